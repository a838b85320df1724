import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DebugCapture, LOG_LIMIT_BYTES } from '../../src/modes/debug-capture.js';
import type { GroupState } from '../../src/model/debug-report.js';
import { containerStateSection } from '../../src/report/state-summary.js';
import { hintFor } from '../../src/report/hints.js';
import { apiError, FakeClock } from '../../test-support/fakes.js';
import { FakeEciApi, type EciScript } from '../../test-support/fake-eci-api.js';

const GROUP = 'eci-2zelg8vwnlzdhf8hv7ab';
const OOM: GroupState = {
  containerGroupId: GROUP,
  status: 'Running',
  containers: [
    {
      name: 'app',
      restartCount: 1,
      current: { state: 'Running', startTime: '2026-11-28T04:59:00Z' },
      previous: { state: 'Terminated', exitCode: 137, reason: 'OOMKilled', finishTime: '2026-11-28T04:58:59Z' }
    },
    { name: 'init', restartCount: 0, current: { state: 'Waiting', reason: 'ImagePullBackOff' } }
  ],
  events: [{ type: 'Warning', reason: 'FromGroups', message: 'kept when the events API refuses' }]
};
const LOG = 'secret-looking log line\n2026-11-28T04:59:01Z app: ready\n';

let temp: string;
beforeEach(() => (temp = mkdtempSync(join(tmpdir(), 'debug-capture-'))));
afterEach(() => rmSync(temp, { recursive: true, force: true }));

function setup(script: EciScript) {
  const clock = new FakeClock(Date.parse('2026-11-28T05:00:00Z'));
  const api = new FakeEciApi(clock, script);
  const info: string[] = [];
  const warnings: string[] = [];
  const folders: string[] = [];
  const capture = new DebugCapture(
    api,
    { regionId: 'cn-hangzhou', containerGroupId: GROUP, debug: { logLines: 300 }, onFolder: (f) => folders.push(f) },
    {
      env: { RUNNER_TEMP: temp },
      clock,
      signal: new AbortController().signal,
      deadline: { startedAt: clock.now(), at: Infinity },
      log: { info: (line) => info.push(line), warning: (line) => warnings.push(line) },
      retry: { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 5000, random: () => 0.5 }
    }
  );
  return { api, capture, info, warnings, folders };
}

describe('DebugCapture', () => {
  it('keeps the log and the previous log of a restarted container, asking with the tail and the byte limit', async () => {
    const { api, capture, info, warnings, folders } = setup({
      states: [OOM],
      events: [[{ type: 'Warning', reason: 'OOMKilled', message: 'Out of memory', lastTimestamp: 'b' }]],
      logs: [{ content: LOG }, { content: 'previous run\n' }]
    });
    const report = await capture.before('app');

    expect(report?.files).toEqual(['app.log', 'app.previous.log', 'state.json', 'events.json', 'report.md']);
    expect(api.logCalls.map((call) => call.query)).toEqual([
      expect.objectContaining({ containerName: 'app', tail: 300, limitBytes: LOG_LIMIT_BYTES, lastTime: false }),
      expect.objectContaining({ containerName: 'app', tail: 300, limitBytes: LOG_LIMIT_BYTES, lastTime: true })
    ]);
    expect(folders).toHaveLength(1);
    expect(readFileSync(join(folders[0], 'app.log'), 'utf8')).toBe(LOG);
    expect(warnings).toEqual([]);
    expect(info).toEqual([
      'Debug report for app: Running, 1 restart, last exit 137 (OOMKilled) at 2026-11-28T04:58:59Z; kept app.log, app.previous.log.'
    ]);
    expect(info.join('\n')).not.toContain('secret-looking');
    const events = JSON.parse(readFileSync(join(folders[0], 'events.json'), 'utf8'));
    expect(events.source).toBe('DescribeContainerGroupEvents');
  });

  it('keeps at most log-lines lines and LOG_LIMIT_BYTES bytes when the server gives more', async () => {
    // 400 lines of 2 KB (one 'é' each, two bytes): over log-lines (300), and 300 of them over the byte limit.
    const lines = Array.from({ length: 400 }, (_, index) => `${String(index).padStart(4, '0')} é ${'x'.repeat(2040)}`);
    const { capture, folders } = setup({ states: [OOM], events: [[]], logs: [{ content: `${lines.join('\n')}\n` }] });
    await capture.before('app');

    const kept = readFileSync(join(folders[0], 'app.log'));
    expect(kept.length).toBeLessThanOrEqual(LOG_LIMIT_BYTES);
    expect(kept.length).toBeGreaterThan(LOG_LIMIT_BYTES - 4);
    const text = kept.toString('utf8');
    expect(text).not.toContain('\uFFFD');
    expect(text.endsWith(`${lines[399]}\n`)).toBe(true);
    expect(text.split('\n').length - 1).toBeLessThanOrEqual(300);
    expect(readFileSync(join(folders[0], 'report.md'), 'utf8')).toContain('(cut at the byte limit)');
  });

  it('keeps only the last log-lines lines of a small answer with more lines', async () => {
    const lines = Array.from({ length: 500 }, (_, index) => `line ${index}`);
    const { capture, folders } = setup({ states: [OOM], events: [[]], logs: [{ content: lines.join('\n') }] });
    await capture.before('app');
    expect(readFileSync(join(folders[0], 'app.log'), 'utf8')).toBe(lines.slice(200).join('\n'));
  });

  it('warns once per cause, keeps going, and writes what it got', async () => {
    const denied = apiError({
      action: 'DescribeContainerLog',
      code: 'Forbidden.RAM',
      statusCode: 403,
      retryable: false
    });
    const eventsDenied = apiError({
      action: 'DescribeContainerGroupEvents',
      code: 'Forbidden.RAM',
      statusCode: 403,
      retryable: false
    });
    const { capture, warnings, folders } = setup({ states: [OOM], events: [eventsDenied], logs: [denied] });
    await capture.before('app');
    await capture.before('init');

    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toContain('eci:DescribeContainerGroupEvents');
    expect(warnings[1]).toMatch(
      /DescribeContainerLog failed, the log of app is not kept: Forbidden\.RAM.*eci:DescribeContainerLog/
    );
    expect(warnings[2]).toBe(
      "Debug report: container init never started (Waiting ImagePullBackOff): it has no log. Its state and the group's events say why (see report.md)."
    );
    expect(readdirSync(folders[0]).sort()).toEqual(['events.json', 'report.md', 'state.json']);
    const events = JSON.parse(readFileSync(join(folders[0], 'events.json'), 'utf8'));
    expect(events).toEqual({ source: 'DescribeContainerGroups Events', events: OOM.events });
  });

  it('names debug-report when DescribeContainerGroups is refused during a capture', async () => {
    const denied = apiError({
      action: 'DescribeContainerGroups',
      code: 'Forbidden.RAM',
      statusCode: 403,
      retryable: false
    });
    const { capture, warnings } = setup({ states: [denied] });
    await capture.before('app');
    expect(warnings).toEqual([
      expect.stringMatching(
        /^Debug report: DescribeContainerGroups failed, no state, log or events are kept: Forbidden\.RAM.* debug-report: true needs eci:DescribeContainerGroups in the RAM policy/
      )
    ]);
  });

  it('says once that the group is gone, and still writes the files', async () => {
    const { api, capture, warnings, folders } = setup({ states: [undefined] });
    expect((await capture.before('app'))?.files).toEqual(['state.json', 'events.json', 'report.md']);
    await capture.before('sidecar');
    expect(warnings).toEqual([expect.stringMatching(/^Debug report: container group eci-\w+ is gone/)]);
    expect(api.logCalls).toEqual([]);
    expect(JSON.parse(readFileSync(join(folders[0], 'state.json'), 'utf8')).status).toBeNull();
  });
});

describe('containerStateSection', () => {
  it('is open when a container restarted, escapes remote text and bounds the Warning events', () => {
    const events = Array.from({ length: 15 }, (_, index) => ({
      type: 'Warning',
      reason: `R${index}`,
      message: '<b>x</b>'
    }));
    const html = containerStateSection({
      folder: '/tmp/x',
      groupStatus: 'Running',
      containers: OOM.containers,
      events
    });
    expect(html).toMatch(/^<details open>/);
    expect(html).not.toContain('<b>x</b>');
    expect(html.match(/<li>/g)).toHaveLength(10);
    expect(html).toContain('R14');
    expect(html).not.toContain('<b>R4</b>');
  });

  it('is closed when every container runs and never restarted', () => {
    const html = containerStateSection({
      folder: '/tmp/x',
      groupStatus: 'Running',
      containers: [{ name: 'app', restartCount: 0, current: { state: 'Running' } }],
      events: []
    });
    expect(html).toMatch(/^<details><summary>/);
  });
});

describe('hintFor the debug report', () => {
  it('names the permission debug-report needs', () => {
    expect(hintFor('Forbidden.RAM', 'DescribeContainerLog')).toContain('eci:DescribeContainerLog');
    expect(hintFor('Forbidden.RAM', 'DescribeContainerGroupEvents')).toContain(
      'debug-report: true needs eci:DescribeContainerGroupEvents'
    );
  });
});
