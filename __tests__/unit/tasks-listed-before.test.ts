/**
 * After a lost CommitContainer answer, the task of the lost request is the container's task that was not listed just
 * before the commit: whatever ECI's clock says, whatever its answer names the creation time, and never a task an
 * earlier run left. Without that list (or with one cut off), the creation time decides, as it did before.
 */
import { COMMIT_INPUTS } from '../../test-support/step-inputs.js';
import { linesAt, mockCoreAndSummary, recorded } from '../../test-support/core-stand-in.js';

mockCoreAndSummary();

const { startFakeApiStep, stepResults } = await import('../../test-support/fake-api-step.js');
const { ownTasks, CREATION_TIME_ALLOWANCE_MS } = await import('../../src/modes/own-tasks.js');
const { FakeEciApi } = await import('../../test-support/fake-eci-api.js');
const { apiError, FakeClock, linesLog, task } = await import('../../test-support/fakes.js');
type EciScript = import('../../test-support/fake-eci-api.js').EciScript;
type CommitTask = import('../../src/model/task.js').CommitTask;
type CommitResult = import('../../src/eci/eci-client.js').CommitResult;

const START = Date.parse('2026-11-28T05:00:00Z');
const MINUTE = 60_000;
/** Lookups within the 20 s grace: at 0, 1, 2.5, 4.75, 8.1, 13.1, 18.1 and 20 s. */
const LOOKUPS_IN_GRACE = 8;

const lostAnswer = () =>
  apiError({ action: 'CommitContainer', code: 'ReadTimeout', statusCode: undefined, ambiguous: true });
const created = (taskId: string): CommitResult => ({ taskId, requestId: `REQ-${taskId}` });
/** A task of container app whose creation time ECI gives as `createdAtMs` (undefined: no creation time at all). */
const appTask = (taskId: string, createdAtMs: number | undefined, overrides: Partial<CommitTask> = {}) =>
  task({
    taskId,
    containerName: 'app',
    ...(createdAtMs === undefined ? {} : { creationTime: new Date(createdAtMs).toISOString() }),
    ...overrides
  });
const done = (taskId: string, createdAtMs: number | undefined) =>
  appTask(taskId, createdAtMs, {
    status: 'Succeeded',
    progress: 100,
    phases: [{ phase: 'PushCommittedImage', status: 'Success' }]
  });
const nothingFor = (lookups: number): CommitTask[][] => Array<CommitTask[]>(lookups).fill([]);

const startStep = (inputs: Record<string, string>, script: EciScript) =>
  startFakeApiStep(inputs, script, { startMs: START });
const results = stepResults;

describe('the task of a lost answer, told by the list taken before the commit', () => {
  it.each<[string, number | undefined]>([
    ['without any creation time (an answer whose field names are unknown)', undefined],
    ["with ECI's clock 10 minutes behind ours", START - 10 * MINUTE],
    ["with ECI's clock a day behind ours", START - 24 * 60 * MINUTE]
  ])('is adopted, not sent again, %s', async (_, createdAtMs) => {
    const { api, running } = startStep(COMMIT_INPUTS, {
      commits: [lostAnswer(), created('task-second')],
      // The list before the commit: an older task of the container; then the lookup finds the lost request's.
      describes: [
        [done('task-old', START - 60 * MINUTE)],
        [done('task-old', START - 60 * MINUTE), done('task-lost', createdAtMs)]
      ]
    });
    await running;
    expect(api.commitCalls).toHaveLength(1);
    expect(recorded.failed).toEqual([]);
    expect(recorded.outputs.get('task-id')).toBe('task-lost');
    expect(results()).toEqual([expect.objectContaining({ taskId: 'task-lost', status: 'Succeeded' })]);
    expect(results()[0].otherTaskIds).toBeUndefined();
  });

  it('says when ECI gives no creation time, rather than print an empty one', async () => {
    const { running } = startStep(COMMIT_INPUTS, {
      commits: [lostAnswer()],
      describes: [[], [done('task-lost', undefined)]]
    });
    await running;
    expect(linesAt('warning')).toContain(
      'Adopted commit task task-lost (no creation time given), found by DescribeCommitContainerTask RequestId DESCRIBE-2; not sending CommitContainer again.'
    );
  });

  it('is never a task an earlier run created, even one created within the allowance before the step', async () => {
    const earlier = done('task-earlier', START - 2_000);
    const { api, running } = startStep(COMMIT_INPUTS, {
      commits: [lostAnswer(), created('task-new')],
      // Listed before the commit; the lost request created nothing. After sending again: both listed.
      describes: [
        [earlier],
        ...nothingFor(LOOKUPS_IN_GRACE).map(() => [earlier]),
        [earlier, done('task-new', START + 21_000)]
      ]
    });
    await running;
    expect(api.commitCalls).toHaveLength(2);
    expect(recorded.failed).toEqual([]);
    expect(results()).toEqual([expect.objectContaining({ taskId: 'task-new', status: 'Succeeded' })]);
    expect(results()[0].otherTaskIds).toBeUndefined();
    expect(linesAt('warning')).toContain(
      'No new task of this container (one not listed before the commit) was found in 8 lookups over 20s (a new task can take that long to show); sending CommitContainer again.'
    );
    expect(linesAt('warning').join('\n')).not.toContain('task-earlier');
  });

  it('names a task of either lost request when the re-sent answer is lost too, whatever their creation times', async () => {
    const { api, running } = startStep(COMMIT_INPUTS, {
      commits: [lostAnswer(), lostAnswer()],
      describes: [
        [],
        ...nothingFor(LOOKUPS_IN_GRACE),
        [done('task-first', undefined), done('task-second', START - 10 * MINUTE)]
      ]
    });
    await running;
    expect(api.commitCalls).toHaveLength(2);
    // The one with a creation time is followed; the other is named, not orphaned.
    expect(results()).toEqual([
      expect.objectContaining({ taskId: 'task-second', status: 'Succeeded', otherTaskIds: ['task-first'] })
    ]);
  });
});

describe('without the list before the commit', () => {
  const forbidden = () =>
    apiError({ code: 'Forbidden.RAM', statusCode: 403, retryable: false, message: 'not authorized' });

  it('says so once for the step, and tells the task of a lost answer by its creation time', async () => {
    const outage = () => apiError({ message: 'down' });
    const { api, running } = startStep(
      { ...COMMIT_INPUTS, 'container-name': 'app, sidecar', 'max-attempts': '2' },
      {
        groups: [{ containerGroupId: COMMIT_INPUTS['container-group-id'], containers: ['app', 'sidecar'] }],
        commits: [lostAnswer(), created('t-sidecar')],
        // The list fails through its retries; the lookup after the lost answer lists an earlier run's task and the
        // lost one; the waits find both tasks done.
        describes: [
          outage(),
          outage(),
          [
            done('task-earlier', START - 60 * MINUTE),
            done('task-lost', START + 1_000),
            task({ ...done('t-sidecar', START + 30_000), containerName: 'sidecar' })
          ]
        ]
      }
    );
    await running;
    expect(recorded.failed).toEqual([]);
    expect(api.commitCalls.map((call) => call.request.containerName)).toEqual(['app', 'sidecar']);
    expect(results().map(({ container, taskId }) => `${container}:${taskId}`)).toEqual([
      'app:task-lost',
      'sidecar:t-sidecar'
    ]);
    expect(linesAt('warning').filter((line) => line.startsWith('Could not list'))).toEqual([
      "Could not list the container group's commit tasks before committing (DescribeCommitContainerTask failed (after 2 attempts): ServiceUnavailable (HTTP 503): down). Should a CommitContainer answer be lost, a task of the container created since the step started, by ECI's clock, is taken as its task; the list needs eci:DescribeCommitContainerTask."
    ]);
    // Not tried again for sidecar: the group was listed by the failed list (two attempts) and app's lookup only.
    expect(api.describeCalls.filter(({ query }) => !query.taskIds)).toHaveLength(3);
  });

  it('does not adopt a task without a creation time, and sends again after the grace', async () => {
    const { api, running } = startStep(
      { ...COMMIT_INPUTS, wait: 'false' },
      {
        commits: [lostAnswer(), created('task-new')],
        describes: [forbidden(), ...nothingFor(LOOKUPS_IN_GRACE).map(() => [appTask('task-unknown', undefined)])]
      }
    );
    await running;
    expect(api.commitCalls).toHaveLength(2);
    expect(recorded.outputs.get('task-id')).toBe('task-new');
  });
});

describe('ownTasks with a list taken before the commit', () => {
  const context = () => {
    const clock = new FakeClock(START + CREATION_TIME_ALLOWANCE_MS);
    return {
      clock,
      retry: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
      log: linesLog([]),
      signal: new AbortController().signal,
      deadline: { startedAt: START, at: Infinity }
    };
  };
  const REQUEST = {
    regionId: 'cn-hangzhou',
    containerGroupId: COMMIT_INPUTS['container-group-id'],
    containerName: 'app',
    image: { repository: 'registry.cn-hangzhou.aliyuncs.com/octo/shop', tag: 'v1' }
  };
  const found = async (tasks: CommitTask[], before: { ids: string[]; complete: boolean }) => {
    const c = context();
    const listed = await ownTasks(new FakeEciApi(c.clock, { describes: [tasks] }), REQUEST, c, {
      ids: new Set(before.ids),
      complete: before.complete
    });
    return listed.map(({ task: { taskId } }) => taskId);
  };

  it('takes every unlisted task of the container, newest first, those without a time last', async () => {
    const tasks = [
      appTask('no-time', undefined),
      appTask('old-clock', START - 60 * MINUTE),
      appTask('newer-clock', START - 30 * MINUTE),
      appTask('listed', START + 1_000),
      task({ taskId: 'sidecar', containerName: 'sidecar', creationTime: new Date(START).toISOString() })
    ];
    await expect(found(tasks, { ids: ['listed'], complete: true })).resolves.toEqual([
      'newer-clock',
      'old-clock',
      'no-time'
    ]);
  });

  it('also asks for the creation time when the list was cut off at the page cap', async () => {
    const tasks = [appTask('no-time', undefined), appTask('old', START - 60 * MINUTE), appTask('new', START + 1_000)];
    await expect(found(tasks, { ids: [], complete: false })).resolves.toEqual(['new']);
  });

  it('is cut off when every page the cap allows has a next one', async () => {
    const clock = new FakeClock(START);
    const api = new FakeEciApi(clock, {
      describes: [(_, query) => ({ tasks: [], nextToken: `after-${query.nextToken ?? 0}` })]
    });
    const { TaskListsBefore } = await import('../../src/modes/tasks-before.js');
    const before = await new TaskListsBefore().take(api, REQUEST, {
      log: linesLog([]),
      signal: new AbortController().signal
    });
    expect(before?.complete).toBe(false);
    expect(api.describeCalls).toHaveLength(5);
  });
});
