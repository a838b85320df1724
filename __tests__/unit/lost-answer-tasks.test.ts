/**
 * Lost CommitContainer answers that leave more than one task, or an unknown one: every task named, the group left
 * alone while one may run, and the results handed over whatever ends the step.
 */
import { COMMIT_INPUTS } from '../../test-support/step-inputs.js';
import { linesAt, mockCoreAndSummary, recorded } from '../../test-support/core-stand-in.js';

mockCoreAndSummary();

const { startFakeApiStep, stepResults } = await import('../../test-support/fake-api-step.js');
const { commitContainer, taskMayExist } = await import('../../src/modes/create-task.js');
const { retryingEciApi } = await import('../../src/eci/retrying-api.js');
const { LATE_TASK_PAUSE_MS } = await import('../../src/modes/own-tasks.js');
const { FakeEciApi } = await import('../../test-support/fake-eci-api.js');
const { apiError, FakeClock, linesLog, task } = await import('../../test-support/fakes.js');
type EciScript = import('../../test-support/fake-eci-api.js').EciScript;
type CommitTask = import('../../src/model/task.js').CommitTask;
type CommitResult = import('../../src/eci/eci-client.js').CommitResult;

const START = Date.parse('2026-11-28T05:00:00Z');
const INPUTS = COMMIT_INPUTS;
const REQUEST = {
  regionId: 'cn-hangzhou',
  containerGroupId: 'eci-2zelg8vwnlzdhf8hv7ab',
  containerName: 'app',
  image: { repository: 'registry.cn-hangzhou.aliyuncs.com/octo/shop', tag: 'v1' }
};
/** Lookups within the 20 s grace: at 0, 1, 2.5, 4.75, 8.1, 13.1, 18.1 and 20 s. */
const LOOKUPS_IN_GRACE = 8;

const lostAnswer = () =>
  apiError({ action: 'CommitContainer', code: 'ReadTimeout', statusCode: undefined, ambiguous: true });
const created = (taskId: string): CommitResult => ({ taskId, requestId: `REQ-${taskId}` });
const ownTask = (taskId: string, secondsAfterStart: number, overrides: Partial<CommitTask> = {}) =>
  task({
    taskId,
    containerName: 'app',
    creationTime: new Date(START + secondsAfterStart * 1000).toISOString(),
    ...overrides
  });
const nothingFor = (lookups: number): CommitTask[][] => Array<CommitTask[]>(lookups).fill([]);
/** A step lists the group's tasks just before each commit: here none. */
const LISTED_BEFORE: CommitTask[] = [];
const doneTask = (taskId: string, seconds: number) =>
  ownTask(taskId, seconds, {
    status: 'Succeeded',
    progress: 100,
    phases: [{ phase: 'PushCommittedImage', status: 'Success' }]
  });

function direct(script: EciScript, maxAttempts = 3) {
  const clock = new FakeClock(START);
  const api = new FakeEciApi(clock, script);
  const logs: string[] = [];
  const context = {
    retry: { maxAttempts, baseDelayMs: 1000, maxDelayMs: 5000, random: () => 0.5 },
    clock,
    log: linesLog(logs),
    signal: new AbortController().signal,
    deadline: { startedAt: START, at: Infinity }
  };
  const outcome = commitContainer(retryingEciApi(api, context), REQUEST, context);
  return { api, clock, logs, outcome };
}

const startStep = (inputs: Record<string, string>, script: EciScript) =>
  startFakeApiStep(inputs, script, { startMs: START });
const results = stepResults;
const warnings = () => linesAt('warning');

describe('a re-sent commit whose answer is lost as well', () => {
  it('adopts the newest task and names the older one, instead of orphaning it', async () => {
    const h = direct({
      commits: [lostAnswer(), lostAnswer()],
      describes: [...nothingFor(LOOKUPS_IN_GRACE), [ownTask('task-first', 1), ownTask('task-second', 22)]]
    });
    await expect(h.outcome).resolves.toEqual({
      taskId: 'task-second',
      requestId: `DESCRIBE-${LOOKUPS_IN_GRACE + 1}`,
      adopted: true,
      resent: true,
      otherTaskIds: ['task-first']
    });
    expect(h.api.commitCalls).toHaveLength(2);
    expect(h.logs).toContain(
      'Container app has 2 commit tasks from this step: task-second (the one followed) and task-first (created by a request whose answer was lost). Both commit the container to the same image.'
    );
  });

  it('adopts the one task it finds without naming others', async () => {
    const h = direct({
      commits: [lostAnswer(), lostAnswer()],
      describes: [...nothingFor(LOOKUPS_IN_GRACE), [ownTask('task-second', 22)]]
    });
    const outcome = await h.outcome;
    expect(outcome).toMatchObject({ taskId: 'task-second', adopted: true });
    expect(outcome.otherTaskIds).toBeUndefined();
  });
});

describe('a lost answer on the last attempt', () => {
  it('adopts a task that shows on the second lookup, with max-attempts 1', async () => {
    const h = direct({ commits: [lostAnswer()], describes: [[], [ownTask('task-lost', 1)]] }, 1);
    await expect(h.outcome).resolves.toMatchObject({ taskId: 'task-lost', adopted: true });
    expect(h.api.commitCalls).toHaveLength(1);
  });

  it('marks the failure as one after which a task may exist; a plain refusal is not', async () => {
    const lost = direct({ commits: [lostAnswer()], describes: [[]] }, 1);
    expect(taskMayExist(await lost.outcome.catch((error: unknown) => error))).toBe(true);
    const refused = direct({ commits: [apiError({ action: 'CommitContainer', code: 'Forbidden', retryable: false })] });
    expect(taskMayExist(await refused.outcome.catch((error: unknown) => error))).toBe(false);
  });

  it('commits no further container of the group, even with fail-fast: false', async () => {
    const { api, running } = startStep(
      { ...INPUTS, 'container-name': '*', 'max-attempts': '1', 'fail-fast': 'false' },
      {
        groups: [{ containerGroupId: INPUTS['container-group-id'], containers: ['app', 'sidecar'] }],
        commits: [lostAnswer(), created('t-sidecar')],
        describes: [LISTED_BEFORE, []]
      }
    );
    await running;
    expect(api.commitCalls.map((call) => call.request.containerName)).toEqual(['app']);
    expect(results().map(({ container, status }) => `${container}:${status}`)).toEqual([
      'app:Failed',
      'sidecar:Skipped'
    ]);
    expect(warnings()).toContain('Not committing sidecar: a commit of the group is still running.');
  });
});

describe('the task of a lost request that shows up only after the commit was sent again', () => {
  it('is found by a last look after a short pause with wait: false, and is in results', async () => {
    const { api, clock, running } = startStep(
      { ...INPUTS, wait: 'false' },
      {
        commits: [lostAnswer(), created('task-new')],
        // The list before the commit, the grace, the look right after sending again, then the look after the pause.
        describes: [
          LISTED_BEFORE,
          ...nothingFor(LOOKUPS_IN_GRACE + 1),
          [ownTask('task-new', 22), ownTask('task-lost', 1)]
        ]
      }
    );
    await running;
    expect(api.describeCalls).toHaveLength(1 + LOOKUPS_IN_GRACE + 2);
    expect(clock.sleeps.at(-1)).toBe(LATE_TASK_PAUSE_MS);
    expect(results()).toEqual([
      expect.objectContaining({ container: 'app', taskId: 'task-new', status: 'Running', otherTaskIds: ['task-lost'] })
    ]);
    expect(warnings()).toContain(
      'Container app has 2 commit tasks from this step: task-new (the one followed) and task-lost (created by a request whose answer was lost). Both commit the container to the same image.'
    );
    expect(recorded.summary.join('\n')).toContain('task-lost');
  });

  it('is found by a last look once the followed task is done, with wait: true', async () => {
    const { api, running } = startStep(INPUTS, {
      commits: [lostAnswer(), created('task-new')],
      describes: [
        LISTED_BEFORE,
        ...nothingFor(LOOKUPS_IN_GRACE + 1),
        [doneTask('task-new', 22), ownTask('task-lost', 1)]
      ]
    });
    await running;
    expect(recorded.failed).toEqual([]);
    expect(results()).toEqual([
      expect.objectContaining({ taskId: 'task-new', status: 'Succeeded', otherTaskIds: ['task-lost'] })
    ]);
    expect(api.commitCalls).toHaveLength(2);
  });

  it('is not looked for when the commit was sent once', async () => {
    const { api, clock, running } = startStep({ ...INPUTS, wait: 'false' }, { commits: [created('task-new')] });
    await running;
    // Only the list taken before the commit.
    expect(api.describeCalls).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });
});

describe('results with several containers', () => {
  it('are written when the process exits before the step ends (a crash)', async () => {
    const before = process.listeners('exit');
    const { api, running } = startStep(
      { ...INPUTS, 'container-name': '*' },
      {
        groups: [{ containerGroupId: INPUTS['container-group-id'], containers: ['app', 'sidecar'] }],
        commits: [created('t-app'), (() => new Promise(() => undefined)) as unknown as CommitResult],
        describes: [LISTED_BEFORE, [doneTask('t-app', 1)]]
      }
    );
    for (let turn = 0; turn < 1_000 && api.commitCalls.length < 2; turn++) await new Promise(setImmediate);
    expect(api.commitCalls).toHaveLength(2);
    expect(recorded.outputs.has('results')).toBe(false);

    const added = process.listeners('exit').filter((listener) => !before.includes(listener));
    expect(added).toHaveLength(1);
    added[0](1);
    expect(results()).toEqual([expect.objectContaining({ container: 'app', taskId: 't-app', status: 'Succeeded' })]);
    process.removeListener('exit', added[0]);
    void running;
  });

  it('leave no exit listener behind once the step is over', async () => {
    const before = process.listenerCount('exit');
    const { running } = startStep(INPUTS, { commits: [created('t-one')], describes: [[doneTask('t-one', 1)]] });
    await running;
    expect(process.listenerCount('exit')).toBe(before);
  });
});
