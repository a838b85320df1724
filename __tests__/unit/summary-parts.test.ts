/** The pieces the job summary is made of: times, markup, what to copy, and how a result is read. */
import type { ContainerResult } from '../../src/model/results.js';
import { settle } from '../../src/modes/follow-tasks.js';
import type { CommonSettings } from '../../src/model/settings.js';
import { hintForPhase } from '../../src/report/hints.js';
import { actionReference, pullBlock } from '../../src/report/summary-copy.js';
import { breakableCode, codeBlock } from '../../src/report/summary-markup.js';
import { outcomeOf } from '../../src/report/summary-outcome.js';
import { formatUtc, parseEciTime, phaseLines } from '../../src/report/summary-phases.js';
import { StepTimeout } from '../../src/runtime/step-deadline.js';
import { task } from '../../test-support/fakes.js';

describe('parseEciTime', () => {
  it.each<[string, string | undefined]>([
    ['2023-01-05T14:06:40.920005316+08:00', '2023-01-05T06:06:40.920Z'],
    ['2023-03-06T08:22:40Z', '2023-03-06T08:22:40.000Z'],
    ['2023-03-06 08:22:40 -0130', '2023-03-06T09:52:40.000Z'],
    // Without a zone the time could be anyone's: no time rather than a wrong one.
    ['2023-03-06T08:22:40', undefined],
    ['yesterday', undefined],
    ['', undefined]
  ])('reads %j', (value, expected) => {
    const parsed = parseEciTime(value);
    expect(parsed === undefined ? undefined : new Date(parsed).toISOString()).toBe(expected);
  });

  it('formats whole seconds in UTC, with or without the date', () => {
    const ms = Date.parse('2023-01-05T06:06:40.920Z');
    expect(formatUtc(ms, true)).toBe('2023-01-05 06:06:40');
    expect(formatUtc(ms, false)).toBe('06:06:40');
  });
});

describe('phaseLines', () => {
  it('times each finished phase from the record before it, gives a running one none, and dates a new day', () => {
    const lines = phaseLines(
      task({
        creationTime: '2026-12-03T23:59:00Z',
        phases: [
          { phase: 'PullBaseImage', status: 'Success', recordTime: '2026-12-04T07:59:30.1+08:00' },
          { phase: 'CommitContainer', status: 'Running', recordTime: '2026-12-04T08:00:05.9+08:00' }
        ]
      })
    );
    expect(lines).toEqual([
      '✅ <b>PullBaseImage</b> Success · 23:59:30 UTC · took 30s',
      '⏳ <b>CommitContainer</b> Running · 2026-12-04 00:00:05 UTC'
    ]);
  });

  it('gives a phase shorter than a second as <1s, to the second as the times are', () => {
    const lines = phaseLines(
      task({
        creationTime: '2026-12-03T23:59:00Z',
        phases: [{ phase: 'PullBaseImage', status: 'Success', recordTime: '2026-12-03T23:59:00.839Z' }]
      })
    );
    expect(lines).toEqual(['✅ <b>PullBaseImage</b> Success · 23:59:00 UTC · took &#60;1s']);
  });

  it("shows a failed phase's message unless the failure above already says it", () => {
    const failing = task({ phases: [{ phase: 'PushCommittedImage', status: 'Failed', message: 'denied <x>' }] });
    expect(phaseLines(failing)).toEqual(['❌ <b>PushCommittedImage</b> Failed — denied &#60;x&#62;']);
    expect(phaseLines(failing, 'Commit task t-1 failed: denied <x>')).toEqual(['❌ <b>PushCommittedImage</b> Failed']);
  });
});

describe('breakableCode', () => {
  it('lets an image reference wrap after its separators and inside long runs, and reads the same', () => {
    const image = 'registry.cn-hangzhou.aliyuncs.com/ns/averyveryverylongname:v1';
    const html = breakableCode(image);
    expect(html).toBe(
      '<code>registry.<wbr>cn-<wbr>hangzhou.<wbr>aliyuncs.<wbr>com/<wbr>ns/<wbr>averyveryverylon<wbr>gname:<wbr>v1</code>'
    );
    expect(html.replace(/<\/?code>|<wbr>/g, '')).toBe(image);
  });

  it('escapes each character, never breaking inside an entity', () => {
    expect(breakableCode('a<b>/&"')).toBe('<code>a&#60;b&#62;/<wbr>&#38;&#34;</code>');
  });
});

describe('codeBlock', () => {
  it('uses a fence longer than any run of backticks, one line per line, indentation kept', () => {
    expect(codeBlock('yaml', ['a: ```', '  b: c\nd'])).toBe('````yaml\na: ```\n  b: c d\n````');
  });
});

describe('pullBlock', () => {
  const pushed: ContainerResult = {
    container: 'app',
    image: 'registry.cn-hangzhou.aliyuncs.com/ns/app:v1',
    tag: 'v1',
    status: 'Succeeded',
    durationMs: 1,
    groupBusy: false
  };

  it('pulls by tag, and says so, when the digest was not read', () => {
    expect(pullBlock([pushed])?.block).toBe(
      '```sh\n# no digest read: pulled by tag\ndocker pull registry.cn-hangzhou.aliyuncs.com/ns/app:v1\n```'
    );
  });

  it('shows each pinned reference whole, as breakable inline code, above the block that keeps it for copying', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    const copy = pullBlock([{ ...pushed, digest }])!;
    const pinned = `registry.cn-hangzhou.aliyuncs.com/ns/app@${digest}`;
    expect(copy.shown).toBe(breakableCode(pinned));
    expect(copy.shown).toContain('<wbr>');
    expect(copy.block.split('\n')).toEqual(['```sh', pinned, `docker pull ${pinned}`, '```']);
  });

  it('gives nothing to pull when nothing was pushed', () => {
    expect(pullBlock([{ ...pushed, status: 'Failed', failure: 'x' }])).toBeUndefined();
    expect(pullBlock([{ ...pushed, status: 'Skipped' }])).toBeUndefined();
  });
});

describe('actionReference', () => {
  it.each<[NodeJS.ProcessEnv, string | undefined]>([
    [
      { GITHUB_ACTION_REPOSITORY: 'octo-org/eci-commit-container', GITHUB_ACTION_REF: 'v1' },
      'octo-org/eci-commit-container@v1'
    ],
    [{ GITHUB_ACTION_REPOSITORY: 'octo-org/x', GITHUB_ACTION_REF: 'v1\n- run: evil' }, undefined],
    [
      {
        GITHUB_ACTION_PATH: '/home/runner/work/shop/shop/.github/actions/eci',
        GITHUB_WORKSPACE: '/home/runner/work/shop/shop'
      },
      './.github/actions/eci'
    ],
    [{ GITHUB_ACTION_PATH: '/home/runner/work/shop/shop', GITHUB_WORKSPACE: '/home/runner/work/shop/shop' }, './'],
    [{ GITHUB_ACTION_PATH: '/elsewhere', GITHUB_WORKSPACE: '/home/runner/work/shop/shop' }, undefined],
    [{}, undefined]
  ])('%j gives %j', (env, expected) => {
    expect(actionReference(env)).toBe(expected);
  });
});

describe('outcomeOf, on the failures the action writes', () => {
  const SETTINGS = { waitTimeoutMs: 60_000 } as CommonSettings;
  const running = (): ContainerResult => ({
    container: 'app',
    status: 'Running',
    taskId: 't-app1',
    durationMs: 1,
    groupBusy: false
  });
  const stopped = (reason: unknown): AbortSignal => {
    const controller = new AbortController();
    controller.abort(reason);
    return controller.signal;
  };

  it.each<[string, Parameters<typeof settle>[1], AbortSignal, string]>([
    ['a wait that timed out', { state: 'timeout', task: task() }, new AbortController().signal, 'timed-out'],
    ['a cancelled job', { state: 'cancelled', task: task() }, stopped('SIGINT'), 'stopped'],
    [
      "the step's deadline",
      { state: 'cancelled', task: task() },
      stopped(new StepTimeout("the step's deadline passed (20m after it started)")),
      'stopped'
    ],
    ['a failed task', { state: 'finished', task: task({ status: 'Failed' }) }, new AbortController().signal, 'failed']
  ])('reads %s', (_what, outcome, signal, expected) => {
    const result = running();
    settle(result, outcome, SETTINGS, signal);
    expect(outcomeOf(result)).toBe(expected);
  });

  it('reads a wait that broke off for another reason as a task no longer followed', () => {
    expect(outcomeOf({ ...running(), failure: 'DescribeCommitContainerTask failed: Forbidden.RAM' })).toBe(
      'unfollowed'
    );
  });
});

describe('hintForPhase', () => {
  it('names the push role for a refused push, the image registry for a pull, the container for a commit', () => {
    expect(hintForPhase('PushCommittedImage', 'denied: requested access to the resource is denied')).toMatch(
      /role-arn/
    );
    expect(hintForPhase('PullBaseImage')).toMatch(/registry/);
    expect(hintForPhase('CommitContainer')).toMatch(/disk space/);
    expect(hintForPhase('SomethingNew')).toBeUndefined();
  });
});
