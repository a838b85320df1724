import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContainerResult } from '../../src/model/results.js';
import { escapeHtml } from '../../src/model/format.js';
import { checkWaitAllows } from '../../src/model/task.js';
import { buildSummary, renderSummary, writeJobSummary, type SummaryReport } from '../../src/report/summary.js';
import { outcomeOf } from '../../src/report/summary-outcome.js';
import { breakableCode } from '../../src/report/summary-markup.js';
import { renderGitHubMarkdown } from '../../test-support/github-markdown.js';
import { task } from '../../test-support/fakes.js';
import { SUMMARY_SCENARIOS, type SummaryScenario } from '../../test-support/summary-scenarios.js';

const APP: ContainerResult = {
  container: 'app',
  image: 'registry.cn-hangzhou.aliyuncs.com/ns/app:v1',
  tag: 'v1',
  status: 'Succeeded',
  taskId: 't-commit1',
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

const scenario = (name: string): SummaryScenario => SUMMARY_SCENARIOS.find((s) => s.name === name)!;
const markdownOf = (report: SummaryReport): string => renderSummary(buildSummary(report));
/** The text a reader sees: tags and break opportunities gone, entities read. */
const visible = (html: string): string =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&(lt|gt|quot|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[name]!);

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

describe.each(SUMMARY_SCENARIOS.map((s) => [s.name, s] as const))('the summary of %s', (_name, { report }) => {
  const parts = buildSummary(report);
  const markdown = renderSummary(parts);
  const html = renderGitHubMarkdown(markdown);

  it('opens with the headline, before any table', () => {
    expect(markdown.split('\n')[0]).toBe(`<h3>${parts.headline}</h3>`);
    expect(html.indexOf('<h3>')).toBeLessThan(html.indexOf('<table>'));
    expect(html.indexOf('<h3>')).toBe(html.search(/<[a-z]/));
  });

  it('has a narrow table, container, status and image, one row per container, the status as in results', () => {
    expect(parts.header).toEqual(['Container', 'Status', 'Image']);
    expect(parts.rows).toHaveLength(report.containers.length);
    parts.rows.forEach((cells, index) => {
      expect(cells).toHaveLength(3);
      expect(visible(cells[0].html)).toBe(report.containers[index].container);
      expect(cells[1].html).toContain(report.containers[index].status);
    });
    expect(html.match(/<tr>/g)).toHaveLength(report.containers.length + 1);
  });

  it('lists each failure in full below the table, once', () => {
    const afterTable = html.slice(html.indexOf('</table>'));
    for (const result of report.containers.filter((r) => r.failure)) {
      for (const line of result.failure!.split('\n')) {
        expect(visible(afterTable)).toContain(line.replace(/^Hint: /, ''));
      }
    }
    expect(parts.errors).toHaveLength(new Set(report.containers.map((r) => r.failure).filter(Boolean)).size);
  });

  it('has a <details> per container with a task, open when it did not succeed', () => {
    const withTask = report.containers.filter((result) => result.taskId);
    const opened = (html.match(/<details[^>]*>/g) ?? []).map((tag) => /\bopen\b/.test(tag));
    expect(opened).toEqual(withTask.map((result) => ['failed', 'timed-out', 'stopped'].includes(outcomeOf(result))));
    for (const result of withTask) expect(html).toContain(`<code>${result.taskId}</code>`);
  });

  it('gives each pushed image its pinned reference and a docker pull line, in a code block', () => {
    const blocks = [...html.matchAll(/<pre><code[^>]*>([\s\S]*?)<\/code><\/pre>/g)].map((match) => match[1]);
    for (const result of report.containers.filter((r) => r.digest)) {
      const pinned = `${result.image!.slice(0, -(result.tag!.length + 1))}@${result.digest}`;
      expect(blocks.some((block) => block.split('\n').includes(pinned))).toBe(true);
      expect(blocks.some((block) => block.split('\n').includes(`docker pull ${pinned}`))).toBe(true);
    }
  });

  it('shows times to the second, never ECI nanoseconds or its +08:00', () => {
    expect(markdown).not.toMatch(/\d{2}:\d{2}:\d{2}\.\d/);
    expect(markdown).not.toContain('+08:00');
  });

  it('keeps what GitHub would: every element and attribute it relies on survives the filter', () => {
    expect(html.match(/<details/g)?.length ?? 0).toBe(parts.details.length);
    expect(html.match(/<wbr \/>|<wbr>/g)?.length ?? 0).toBe(markdown.match(/<wbr>/g)?.length ?? 0);
    expect(html.match(/ nowrap/g)?.length).toBe(markdown.match(/ nowrap/g)?.length);
  });
});

describe('buildSummary', () => {
  it('says which container was committed where, in the headline', () => {
    const { headline } = buildSummary(scenario('one-succeeded').report);
    expect(headline).toMatch(/^✅ /);
    expect(visible(headline)).toContain('…/shop:1a2b3c4');
  });

  it.each<[string, RegExp]>([
    ['three-one-failed', /^❌ 1 of 3 /],
    ['wait-timeout', /^⏱ .*15m/],
    ['wait-false', /^⏳ /],
    ['failed-long-error', /^❌ /],
    ['cancelled', /^⏹ /],
    ['skipped-tag-exists', /^✅ 1 of 2 /],
    ['commit-refused', /^❌ /]
  ])('%s: the headline starts with the outcome and its count', (name, pattern) => {
    expect(visible(buildSummary(scenario(name).report).headline)).toMatch(pattern);
  });

  it('says an image was pushed although the step failed for it (its digest could not be read)', () => {
    const failure = 'The image was pushed, but its digest could not be read (digest: true): denied\nHint: give access';
    const parts = buildSummary({ ...REPORT, containers: [{ ...APP, failure }] });
    expect(visible(parts.headline)).toMatch(/^⚠️ app committed to …\/app:v1, but the step failed$/);
    expect(parts.rows[0][1].html).toContain('Succeeded');
    expect(parts.errors).toEqual([
      '⚠️ <b><code>app</code></b>: The image was pushed, but its digest could not be read (digest: true): denied<br>💡 <b>Hint:</b> give access'
    ]);
    expect(parts.details[0].open).toBe(true);
  });

  it('says a container never tried pushed nothing, and never names its image', () => {
    const { report } = scenario('cancelled');
    const logger = report.containers.find((result) => result.container === 'logger')!;
    const markdown = markdownOf(report);
    expect(visible(markdown)).not.toContain(logger.image);
    expect(buildSummary(report).rows[2][2].html).toBe('nothing pushed');
  });

  it('names the existing image of a container skipped because its tag exists, as not pushed by this step', () => {
    const { report } = scenario('skipped-tag-exists');
    const app = report.containers[0];
    const block = buildSummary(report).copy[0].block.split('\n');
    const pinned = `${app.image!.slice(0, -(app.tag!.length + 1))}@${app.digest}`;
    expect(block[block.indexOf(pinned) - 1]).toMatch(/^# app: .*not pushed by this step/);
    expect(visible(buildSummary(report).rows[0][1].html)).toContain('Skipped');
  });

  it('gives the step that waits later with task-id, for tasks left running', () => {
    const { copy } = buildSummary(scenario('wait-false').report);
    expect(copy).toHaveLength(1);
    expect(copy[0].block).toContain('- uses: octo-org/eci-commit-container@v1\n');
    expect(copy[0].block).toContain('    task-id: t-2zej6nstkg744qc3abcd\n');
  });

  it('says a failed container did not push the image its row names', () => {
    const [, failed] = buildSummary(scenario('three-one-failed').report).rows;
    expect(visible(failed[1].html)).toContain('Failed');
    expect(visible(failed[2].html)).toMatch(/ \(not pushed\)$/);
  });

  it.each<[string, Array<string | undefined>, string]>([
    ['container names', ['app', 'sidecar'], 'Container'],
    ['task IDs only', [undefined, undefined], 'Task'],
    ['some of each', ['app', undefined], 'Container or task']
  ])('labels the first column of a task-id summary by what it shows: %s', (_, names, header) => {
    const containers = names.map((name, index) => ({ ...APP, container: name ?? '', taskId: `t-${index}` }));
    const parts = buildSummary({ regionId: 'cn-hangzhou', durationMs: 1_000, containers });
    expect(parts.header[0]).toBe(header);
    expect(parts.rows.map((row) => visible(row[0].html))).toEqual(names.map((name, index) => name ?? `t-${index}`));
  });

  it('shows the pinned reference whole, wrapped, above the code block that scrolls', () => {
    const { report } = scenario('one-succeeded');
    const [app] = report.containers;
    const pinned = `${app.image!.slice(0, -(app.tag!.length + 1))}@${app.digest}`;
    const markdown = markdownOf(report);
    const inline = markdown.indexOf(breakableCode(pinned));
    expect(inline).toBeGreaterThan(-1);
    expect(inline).toBeLessThan(markdown.indexOf('```sh'));
    expect(markdown.slice(markdown.indexOf('```sh'))).toContain(`\n${pinned}\n`);
  });

  it('pictures a wait: false step the action allows (one container)', () => {
    const names = scenario('wait-false').report.containers.map((result) => result.container);
    expect(() => checkWaitAllows(names, false)).not.toThrow();
  });

  it('names the image of a single task left running, for the later step to set its outputs', () => {
    const { copy } = buildSummary(scenario('wait-timeout').report);
    expect(copy[0].block).toContain(
      '    image-repository: registry.cn-hangzhou.aliyuncs.com/octo-org/shop\n    image-tag: 1a2b3c4\n'
    );
  });

  it('adds the hint of the phase that failed when the failure has none', () => {
    const [error] = buildSummary(scenario('three-one-failed').report).errors;
    expect(error).toMatch(/<br>💡 <b>Hint:<\/b> .*role-arn/);
  });

  it('keeps the hint the failure already has, and adds none', () => {
    const [error] = buildSummary(scenario('commit-refused').report).errors;
    expect(error.match(/Hint:/g)).toHaveLength(1);
  });

  it('tells a failure shared by several containers once, naming all of them', () => {
    const shared = 'DescribeCommitContainerTask failed: Forbidden.RAM (HTTP 403): denied';
    const { errors } = buildSummary({
      ...REPORT,
      containers: [
        { ...APP, status: 'Running', failure: shared },
        { ...APP, container: 'web', status: 'Running', failure: shared }
      ]
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('<code>app</code>, <code>web</code>');
  });

  it('lists the phases with their state, time (UTC, to the second) and duration', () => {
    const { details } = buildSummary({
      ...REPORT,
      containers: [
        {
          ...APP,
          task: task({
            taskId: 't-commit1',
            status: 'Succeeded',
            creationTime: '2026-11-28T05:00:00Z',
            finishedTime: '2026-11-28T05:01:05Z',
            phases: [
              { phase: 'PullBaseImage', status: 'Success', recordTime: '2026-11-28T13:00:12.123456789+08:00' },
              { phase: 'CommitContainer', status: 'Success', recordTime: '2026-11-28T13:00:50.5+08:00' },
              { phase: 'PushCommittedImage', status: 'Success' }
            ]
          })
        }
      ]
    });
    expect(details).toEqual([
      {
        open: false,
        summary: '<code>app</code> · task <code>t-commit1</code> · 2026-11-28 05:00:00 → 05:01:05 UTC (1m5s)',
        lines: [
          '✅ <b>PullBaseImage</b> Success · 05:00:12 UTC · took 12s',
          '✅ <b>CommitContainer</b> Success · 05:00:50 UTC · took 38s',
          '✅ <b>PushCommittedImage</b> Success'
        ]
      }
    ]);
  });

  it('names both tasks when a container has two', () => {
    const { notes, details } = buildSummary({ ...REPORT, containers: [{ ...APP, otherTaskIds: ['t-lost1'] }] });
    expect(notes).toEqual([expect.stringContaining('<code>t-commit1</code> (followed) and <code>t-lost1</code>')]);
    expect(details[0].lines).toContainEqual(expect.stringContaining('<code>t-lost1</code>'));
  });

  it('escapes everything that comes from inputs or from the API, and keeps it on one line', () => {
    const evil = '<img src=x onerror="alert(1)">&\n\n## Heading\n::error::x';
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
          digest: evil,
          task: task({
            taskId: evil,
            creationTime: evil,
            phases: [{ phase: evil, status: 'Failed', message: evil, recordTime: evil }]
          })
        },
        { ...APP, container: evil, status: 'Failed', failure: `x\n${evil}`, task: task({ phases: [] }) }
      ]
    });
    const markdown = renderSummary(summary);
    expect(markdown).not.toMatch(/<img|onerror="|&(?!#\d+;)|^::|^## /m);
    // No blank line but between blocks: text cannot end an HTML block and start Markdown.
    for (const block of markdown.split('\n\n')) expect(block).toMatch(/^(<|```)/);
    const html = renderGitHubMarkdown(markdown);
    expect(html).not.toMatch(/<img|<h2/);
    expect(visible(html)).toContain('<img src=x onerror="alert(1)">&');
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
    const html = [
      summary.headline,
      summary.intro,
      ...summary.rows.flat().map((cell) => cell.html),
      ...summary.errors,
      ...summary.details.flatMap((detail) => [detail.summary, ...detail.lines])
    ];
    expect(html.join('\n')).not.toMatch(/\p{Cf}/u);
    expect(summary.errors.join('\n')).toContain('failed ok');
  });
});

// Through the real summary file writer: what is checked is what is written into the summary file.
describe('writeJobSummary', () => {
  let dir: string;
  let file: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'summary-test-'));
    file = join(dir, 'step-summary.md');
    writeFileSync(file, '');
    // writeJobSummary reads GITHUB_STEP_SUMMARY from process.env when given no env.
    process.env.GITHUB_STEP_SUMMARY = file;
  });

  afterAll(() => {
    delete process.env.GITHUB_STEP_SUMMARY;
    rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(() => writeFileSync(file, ''));

  it('writes the rendered summary to the step summary file, as it is', async () => {
    await writeJobSummary(REPORT);
    const written = readFileSync(file, 'utf8');
    expect(written).toBe(`${markdownOf(REPORT)}\n`);
    expect(written).toMatch(/^<h3>✅ <code>app<\/code> committed to /);
  });
});
