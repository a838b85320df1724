import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContainerResult } from '../../src/model/results.js';
import { escapeHtml } from '../../src/model/format.js';
import { buildSummary, writeJobSummary, type SummaryReport } from '../../src/report/summary.js';
import { task } from '../../test-support/fakes.js';

const APP: ContainerResult = {
  container: 'app',
  image: 'registry.cn-hangzhou.aliyuncs.com/ns/app:v1',
  tag: 'v1',
  status: 'Succeeded',
  taskId: 'commit-task-1',
  requestId: 'REQ-1',
  durationMs: 95_000,
  groupBusy: false
};

const REPORT: SummaryReport = {
  regionId: 'cn-hangzhou',
  containerGroupId: 'eci-2zelg8vwnlzdhf8hv7ab',
  durationMs: 97_000,
  containers: [APP]
};

describe('escapeHtml', () => {
  it.each<[string, string]>([
    ['plain text 123', 'plain text 123'],
    ['<script>alert(1)</script>', '&#60;script&#62;alert(1)&#60;/script&#62;'],
    ['a & b', 'a &#38; b'],
    [`"double" 'single'`, '&#34;double&#34; &#39;single&#39;'],
    ['&#60;', '&#38;#60;'],
    ['', '']
  ])('escapes %j', (text, expected) => {
    expect(escapeHtml(text)).toBe(expected);
  });
});

describe('buildSummary', () => {
  it('has one row per container, after a line about the group', () => {
    expect(buildSummary(REPORT)).toEqual({
      heading: 'ECI commit container',
      intro: 'Container group <code>eci-2zelg8vwnlzdhf8hv7ab</code> in cn-hangzhou, 1m37s in all.',
      header: ['Container', 'Image', 'Task ID', 'Status', 'Duration', 'Error'],
      rows: [
        [
          '<code>app</code>',
          '<code>registry.cn-hangzhou.aliyuncs.com/ns/app:v1</code>',
          '<code>commit-task-1</code>',
          '✅ Succeeded',
          '1m35s',
          '—'
        ]
      ],
      timelines: [],
      notes: []
    });
  });

  it.each<[ContainerResult['status'], string]>([
    ['Succeeded', '✅ Succeeded'],
    ['Failed', '❌ Failed'],
    ['Running', '⏳ Running'],
    ['Skipped', '⏭️ Skipped']
  ])('shows status %j as %j', (status, shown) => {
    expect(buildSummary({ ...REPORT, containers: [{ ...APP, status }] }).rows[0][3]).toBe(shown);
  });

  it('shows a failed commit without a task, a skipped container, and an error on one line', () => {
    const { rows } = buildSummary({
      ...REPORT,
      containers: [
        {
          ...APP,
          taskId: undefined,
          status: 'Failed',
          durationMs: 800,
          failure: 'CommitContainer failed: Forbidden.RAM (HTTP 403): not authorized <b>x</b>\nHint: The RAM policy...'
        },
        {
          ...APP,
          container: 'sidecar',
          image: 'registry.cn-hangzhou.aliyuncs.com/ns/app:v1-sidecar',
          taskId: undefined,
          status: 'Skipped',
          durationMs: 0
        }
      ]
    });
    expect(rows).toEqual([
      [
        '<code>app</code>',
        '<code>registry.cn-hangzhou.aliyuncs.com/ns/app:v1</code>',
        '—',
        '❌ Failed',
        '800ms',
        'CommitContainer failed: Forbidden.RAM (HTTP 403): not authorized &#60;b&#62;x&#60;/b&#62; Hint: The RAM policy...'
      ],
      [
        '<code>sidecar</code>',
        '<code>registry.cn-hangzhou.aliyuncs.com/ns/app:v1-sidecar</code>',
        '—',
        '⏭️ Skipped',
        '—',
        '—'
      ]
    ]);
  });

  it('lists the phases of each container that has some, in order, with message and time when known', () => {
    const { timelines } = buildSummary({
      ...REPORT,
      containers: [
        {
          ...APP,
          task: task({
            status: 'Succeeded',
            phases: [
              { phase: 'PullBaseImage', status: 'Success', recordTime: '2026-11-28T05:00:01Z' },
              {
                phase: 'CommitContainer',
                status: 'Success',
                message: 'layer sha256:ab',
                recordTime: '2026-11-28T05:00:09Z'
              },
              { phase: 'PushCommittedImage', status: 'Success' }
            ]
          })
        },
        { ...APP, container: 'no-phases', task: task() },
        { ...APP, container: 'no-task' },
        { ...APP, container: 'sidecar', task: task({ phases: [{ phase: 'PullBaseImage', status: 'Running' }] }) }
      ]
    });
    expect(timelines).toEqual([
      {
        title: 'Phases of app',
        phases: [
          '<b>PullBaseImage</b>: Success <sub>2026-11-28T05:00:01Z</sub>',
          '<b>CommitContainer</b>: Success — layer sha256:ab <sub>2026-11-28T05:00:09Z</sub>',
          '<b>PushCommittedImage</b>: Success'
        ]
      },
      { title: 'Phases of sidecar', phases: ['<b>PullBaseImage</b>: Running'] }
    ]);
  });

  it('escapes everything that comes from inputs or from the API', () => {
    const evil = '<img src=x onerror="alert(1)">&';
    const summary = buildSummary({
      regionId: evil,
      containerGroupId: evil,
      durationMs: 1000,
      containers: [
        {
          container: evil,
          image: evil,
          tag: evil,
          taskId: evil,
          status: evil as ContainerResult['status'],
          durationMs: 1000,
          failure: evil,
          groupBusy: false,
          task: task({ phases: [{ phase: evil, status: evil, message: evil, recordTime: evil }] })
        }
      ]
    });
    const html = [summary.intro, ...summary.rows.flat(), ...summary.timelines.flatMap((t) => t.phases)].join('\n');
    expect(html).not.toMatch(/<img|onerror="|&(?!#\d+;)/);
    // intro: 2; row: container, image, task ID, status, error: 5; phase: phase, status, message, time: 4.
    expect(html.match(/&#60;img src=x onerror=&#34;alert\(1\)&#34;&#62;&#38;/g)).toHaveLength(11);
  });

  it('drops format characters (bidi overrides, zero-width spaces) from every cell', () => {
    const sly = 'fail\u202Eed\u2066 \u200Bok\uFEFF';
    const summary = buildSummary({
      ...REPORT,
      containers: [
        {
          ...APP,
          container: sly,
          failure: sly,
          task: task({ phases: [{ phase: sly, status: sly, message: sly, recordTime: sly }] })
        }
      ]
    });
    const html = [summary.intro, ...summary.rows.flat(), ...summary.timelines.flatMap((t) => [t.title, ...t.phases])];
    expect(html.join('\n')).not.toMatch(/\p{Cf}/u);
    expect(summary.rows[0][5]).toBe('failed ok');
  });
});

// Through the real @actions/core, not the stand-in: what is checked is the HTML core renders into the summary file.
describe('writeJobSummary', () => {
  let dir: string;
  let file: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'summary-test-'));
    file = join(dir, 'step-summary.md');
    writeFileSync(file, '');
    // @actions/core resolves the file once, on first write.
    process.env.GITHUB_STEP_SUMMARY = file;
  });

  afterAll(() => {
    delete process.env.GITHUB_STEP_SUMMARY;
    rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(() => writeFileSync(file, ''));

  it('writes the heading, the intro, the table and each timeline to the step summary', async () => {
    await writeJobSummary({
      ...REPORT,
      containers: [{ ...APP, task: task({ phases: [{ phase: 'PullBaseImage', status: 'Success', message: 'a<b' }] }) }]
    });
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('<h2>ECI commit container</h2>');
    expect(html).toContain(
      '<p>Container group <code>eci-2zelg8vwnlzdhf8hv7ab</code> in cn-hangzhou, 1m37s in all.</p>'
    );
    expect(html).toContain(
      '<tr><th>Container</th><th>Image</th><th>Task ID</th><th>Status</th><th>Duration</th><th>Error</th></tr>'
    );
    // No empty cell: core's wrap() would drop the end tag of empty content.
    expect(html).toContain(
      '<tr><td><code>app</code></td><td><code>registry.cn-hangzhou.aliyuncs.com/ns/app:v1</code></td><td><code>commit-task-1</code></td><td>✅ Succeeded</td><td>1m35s</td><td>—</td></tr>'
    );
    expect(html).toContain('<h3>Phases of app</h3>');
    expect(html).toContain('<ol><li><b>PullBaseImage</b>: Success — a&#60;b</li></ol>');
  });

  it('writes no timeline when there are no phases', async () => {
    await writeJobSummary(REPORT);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('<td>1m35s</td>');
    expect(html).not.toContain('Phases');
  });
});
