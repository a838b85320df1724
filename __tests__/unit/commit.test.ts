import { jest } from '@jest/globals';
import type { CommitRequest } from '../../src/model/request.js';
import {
  ADOPTION_GRACE_MS,
  commitContainer,
  CREATION_TIME_ALLOWANCE_MS,
  taskMayExist,
  type CommitContext
} from '../../src/modes/create-task.js';
import type { CommitTask } from '../../src/model/task.js';
import type { CommitResult } from '../../src/eci/eci-client.js';
import { FakeEciApi } from '../../test-support/fake-eci-api.js';
import { ownTasks } from '../../src/modes/own-tasks.js';
import { retryingEciApi } from '../../src/eci/retrying-api.js';
import { ApiError } from '../../src/model/errors.js';
import { apiError, FakeClock, linesLog, task } from '../../test-support/fakes.js';

const PARAMS: CommitRequest = {
  regionId: 'cn-hangzhou',
  containerGroupId: 'eci-2zelg8vwnlzdhf8hv7ab',
  containerName: 'app',
  image: { repository: 'registry.cn-hangzhou.aliyuncs.com/ns/app', tag: 'v1' }
};

type CommitAnswer = CommitResult | Error;
type DescribeAnswer = CommitTask[] | Error;

function setup(
  commits: CommitAnswer[],
  describes?: DescribeAnswer[],
  overrides: { retry?: CommitContext['retry']; deadlineAt?: number; signal?: AbortSignal } = {}
): { api: FakeEciApi; clock: FakeClock; logs: string[]; run: () => Promise<unknown> } {
  const clock = new FakeClock(Date.parse('2026-11-28T05:00:00Z'));
  const api = new FakeEciApi(clock, { commits, describes: describes ?? [[]] });
  const logs: string[] = [];
  const context: CommitContext = {
    retry: overrides.retry ?? { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 5000, random: () => 0.5 },
    clock,
    log: linesLog(logs),
    signal: overrides.signal ?? new AbortController().signal,
    deadline: { startedAt: clock.now(), at: overrides.deadlineAt ?? Infinity }
  };
  return { api, clock, logs, run: () => commitContainer(retryingEciApi(api, context), PARAMS, context) };
}

const CREATED: CommitResult = { taskId: 'task-new', requestId: 'REQ-COMMIT' };
const lostAnswer = (): ApiError =>
  apiError({ action: 'CommitContainer', code: 'ReadTimeout', statusCode: undefined, ambiguous: true });
const throttled = (): ApiError =>
  apiError({ action: 'CommitContainer', code: 'Throttling.User', statusCode: 400, retryable: true });
const busy = (): ApiError =>
  apiError({ action: 'CommitContainer', code: 'IncorrectStatusDetail', statusCode: 403, retryable: false });
/** Lookups at 0, 1, 2.5, 4.75, 8.1, 13.1, 18.1 and 20 s. */
const LOOKUPS_IN_GRACE = 8;
const ours = task({ taskId: 'task-lost', containerName: 'app', creationTime: '2026-11-28T05:00:01Z' });

describe('commitContainer', () => {
  it('never sends CommitContainer again when the lookup for a lost answer fails (a task may exist)', async () => {
    const describeThrottled = apiError({ code: 'Throttling.User', statusCode: 400, retryable: true });
    const h = setup([lostAnswer(), CREATED], [describeThrottled]);
    const error = (await h.run().catch((thrown: unknown) => thrown)) as ApiError;
    expect(h.api.commitCalls).toHaveLength(1);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.action).toBe('CommitContainer');
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('looking for the task it may have created failed too (Throttling.User');
    expect(error.message).toContain('not sending CommitContainer again, since a task may exist');
  });

  it('pages through the tasks of the group to find the one a lost answer created', async () => {
    const older = task({ taskId: 'older', containerName: 'app', creationTime: '2026-11-27T05:00:00Z' });
    const h = setup([lostAnswer()], [[older], [ours]]);
    h.api.pages = ['page-2', undefined];
    await expect(h.run()).resolves.toEqual({
      taskId: 'task-lost',
      requestId: 'DESCRIBE-2',
      adopted: true,
      resent: false
    });
    expect(h.api.describeCalls.map((call) => call.query).map((query) => query.nextToken)).toEqual([
      undefined,
      'page-2'
    ]);
    expect(h.api.commitCalls).toHaveLength(1);
  });

  it('returns the created task', async () => {
    const h = setup([CREATED]);
    await expect(h.run()).resolves.toEqual({ ...CREATED, adopted: false, resent: false });
    expect(h.api.commitCalls).toHaveLength(1);
    expect(h.api.describeCalls.map((call) => call.query)).toEqual([]);
    expect(h.logs).toEqual([]);
  });

  it('retries an answer that surely created nothing, without looking for a task', async () => {
    const h = setup([throttled(), CREATED]);
    await expect(h.run()).resolves.toEqual({ ...CREATED, adopted: false, resent: false });
    expect(h.api.commitCalls).toHaveLength(2);
    expect(h.api.describeCalls.map((call) => call.query)).toEqual([]);
    expect(h.logs).toEqual([
      'CommitContainer: attempt 1 of 3 failed with Throttling.User (HTTP 400); retrying in 500ms.'
    ]);
  });

  it('adopts the task a lost answer created, instead of sending again', async () => {
    const h = setup([lostAnswer(), CREATED], [[task({ taskId: 'other', containerName: 'sidecar' }), ours]]);
    await expect(h.run()).resolves.toEqual({
      taskId: 'task-lost',
      requestId: 'DESCRIBE-1',
      adopted: true,
      resent: false
    });
    expect(h.api.commitCalls).toHaveLength(1);
    expect(h.api.describeCalls.map((call) => call.query)).toEqual([
      { regionId: 'cn-hangzhou', containerGroupId: 'eci-2zelg8vwnlzdhf8hv7ab', maxResults: 50 }
    ]);
    expect(h.logs).toEqual([
      'CommitContainer: ReadTimeout (The request has failed due to a temporary failure of the server.); the request may have reached ECI, looking for its task before sending again.',
      'Adopted commit task task-lost (created 2026-11-28T05:00:01Z), found by DescribeCommitContainerTask RequestId DESCRIBE-1; not sending CommitContainer again.'
    ]);
  });

  it('looks again for a task that is not visible yet', async () => {
    const h = setup([lostAnswer(), CREATED], [[], [ours]]);
    await expect(h.run()).resolves.toMatchObject({ taskId: 'task-lost', adopted: true });
    expect(h.api.describeCalls.map((call) => call.query)).toHaveLength(2);
    expect(h.clock.sleeps).toEqual([1000]);
  });

  it('sends again only after looking for the whole grace period, then checks once for a second task', async () => {
    const old = task({ containerName: 'app', creationTime: '2026-11-28T04:59:00Z' });
    const h = setup([lostAnswer(), CREATED], [[old]]);
    await expect(h.run()).resolves.toEqual({ ...CREATED, adopted: false, resent: true });
    expect(h.api.commitCalls).toHaveLength(2);
    // Eight lookups over the grace period, then one look after sending again.
    expect(h.api.describeCalls.map((call) => call.query)).toHaveLength(LOOKUPS_IN_GRACE + 1);
    expect(h.clock.sleeps.slice(0, LOOKUPS_IN_GRACE - 1)).toEqual([1000, 1500, 2250, 3375, 5000, 5000, 1875]);
    expect(h.api.commitCalls[1].at - h.api.commitCalls[0].at).toBeGreaterThanOrEqual(ADOPTION_GRACE_MS);
    expect(h.logs.slice(1)).toEqual([
      `No task of this container created since the step started was found in ${LOOKUPS_IN_GRACE} lookups over 20s (a new task can take that long to show); sending CommitContainer again.`,
      'CommitContainer: attempt 1 of 3 failed with ReadTimeout; retrying in 500ms.'
    ]);
  });

  it('adopts a task that stays invisible for three lookups', async () => {
    const h = setup([lostAnswer(), CREATED], [[], [], [], [ours]]);
    await expect(h.run()).resolves.toMatchObject({ taskId: 'task-lost', adopted: true });
    expect(h.api.commitCalls).toHaveLength(1);
    expect(h.api.describeCalls).toHaveLength(4);
  });

  it('names both tasks when the lost request created one after all, seen only after sending again', async () => {
    const second = task({ taskId: 'task-new', containerName: 'app', creationTime: '2026-11-28T05:00:22Z' });
    const h = setup([lostAnswer(), CREATED], [...Array<CommitTask[]>(LOOKUPS_IN_GRACE).fill([]), [second, ours]]);
    await expect(h.run()).resolves.toEqual({ ...CREATED, adopted: false, resent: true, otherTaskIds: ['task-lost'] });
    expect(h.logs.at(-1)).toBe(
      'Container app has 2 commit tasks from this step: task-new (the one followed) and task-lost (created by a request whose answer was lost). Both commit the container to the same image.'
    );
  });

  it("stops looking at the step's deadline and does not send again", async () => {
    const start = Date.parse('2026-11-28T05:00:00Z');
    const h = setup([lostAnswer(), CREATED], [[]], { deadlineAt: start + 4_000 });
    const error = (await h.run().catch((thrown: unknown) => thrown)) as ApiError;
    expect(error.retryable).toBe(false);
    expect(error.message).toContain("the step's deadline came before the task could have become visible");
    expect(h.api.commitCalls).toHaveLength(1);
  });

  it('after the last attempt, looks for the grace period and says a task may exist, since nothing more is sent', async () => {
    const h = setup([lostAnswer(), lostAnswer()], [[]], {
      retry: { maxAttempts: 2, baseDelayMs: 1000, maxDelayMs: 5000, random: () => 0.5 }
    });
    const error = (await h.run().catch((thrown: unknown) => thrown)) as ApiError;
    expect(h.api.commitCalls).toHaveLength(2);
    expect(h.api.describeCalls).toHaveLength(2 * LOOKUPS_IN_GRACE);
    expect(taskMayExist(error)).toBe(true);
    expect(error.attempts).toBe(2);
    expect(error.message).toContain(
      "no task of this container is visible yet, but the request may have created one: check the container group's tasks"
    );
    expect(h.logs.at(-2)).toMatch(/the request may have reached ECI, looking for its task\.$/);
    expect(h.logs.at(-1)).toMatch(/in 8 lookups over 20s \(a new task can take that long to show\)\.$/);
  });

  it('adopts the task when the re-sent commit is refused because one is running', async () => {
    const h = setup([lostAnswer(), busy()], [...Array<CommitTask[]>(LOOKUPS_IN_GRACE).fill([]), [ours]]);
    await expect(h.run()).resolves.toMatchObject({ taskId: 'task-lost', adopted: true });
    expect(h.api.commitCalls).toHaveLength(2);
    expect(h.api.describeCalls.map((call) => call.query)).toHaveLength(LOOKUPS_IN_GRACE + 1);
  });

  it('gives up with the refusal when the running task cannot be found', async () => {
    const refusal = busy();
    const h = setup([lostAnswer(), refusal], [[]]);
    const error = (await h.run().catch((thrown: unknown) => thrown)) as ApiError;
    expect(error.code).toBe('IncorrectStatusDetail');
    expect(h.api.commitCalls).toHaveLength(2);
    expect(h.api.describeCalls.map((call) => call.query)).toHaveLength(2 * LOOKUPS_IN_GRACE);
  });

  it('fails at once on a refusal that follows no lost answer', async () => {
    const refusal = busy();
    const h = setup([refusal]);
    await expect(h.run()).rejects.toBe(refusal);
    expect(h.api.describeCalls.map((call) => call.query)).toEqual([]);
  });

  it('stops after maxAttempts, saying how many were made', async () => {
    const h = setup([throttled()]);
    const error = (await h.run().catch((thrown: unknown) => thrown)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.attempts).toBe(3);
    expect(error.message).toMatch(/^CommitContainer failed \(after 3 attempts\): Throttling\.User/);
    expect(h.api.commitCalls).toHaveLength(3);
    expect(h.clock.sleeps).toEqual([500, 1000]);
  });

  it('says "as the service asked" only when x-acs-retry-after set the delay', async () => {
    const h = setup([
      apiError({ action: 'CommitContainer', code: 'Throttling', statusCode: 400, retryAfterMs: 4000 }),
      apiError({ action: 'CommitContainer', code: 'Throttling', statusCode: 400, retryAfterMs: 0 }),
      CREATED
    ]);
    await h.run();
    expect(h.clock.sleeps).toEqual([4000, 1000]);
    expect(h.logs).toEqual([
      'CommitContainer: attempt 1 of 3 failed with Throttling (HTTP 400); retrying in 4s (as the service asked).',
      'CommitContainer: attempt 2 of 3 failed with Throttling (HTTP 400); retrying in 1s.'
    ]);
  });

  it('lets an error that is not an ApiError through', async () => {
    const bug = new TypeError('boom');
    const h = setup([bug]);
    await expect(h.run()).rejects.toBe(bug);
  });

  it('neither looks nor retries once cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const lost = lostAnswer();
    const h = setup([lost, CREATED], [[ours]], { signal: controller.signal });
    await expect(h.run()).rejects.toBe(lost);
    expect(h.api.commitCalls).toHaveLength(1);
    expect(h.api.describeCalls.map((call) => call.query)).toEqual([]);
  });

  it('sends nothing more when cancelled during the backoff', async () => {
    const controller = new AbortController();
    const first = throttled();
    const h = setup([first, CREATED], undefined, { signal: controller.signal });
    h.clock.onSleep = () => controller.abort();
    await expect(h.run()).rejects.toBe(first);
    expect(h.api.commitCalls).toHaveLength(1);
  });

  it('passes the signal to the lookups', async () => {
    const controller = new AbortController();
    const h = setup([lostAnswer(), CREATED], [[], [ours]], { signal: controller.signal });
    const sleep = jest.spyOn(h.clock, 'sleep');
    await h.run();
    expect(sleep).toHaveBeenCalledWith(1000, controller.signal);
  });
});

describe('ownTasks: the newest first', () => {
  const since = Date.parse('2026-11-28T05:00:00Z');
  const t = (taskId: string, containerName: string | undefined, creationTime: string | undefined): CommitTask =>
    task({ taskId, containerName, creationTime });

  it.each<[string, CommitTask[], string | undefined]>([
    ['no tasks', [], undefined],
    ['a task of this container since then', [t('a', 'app', '2026-11-28T05:00:05Z')], 'a'],
    ['a task created exactly then', [t('a', 'app', '2026-11-28T05:00:00Z')], 'a'],
    ['a task created just before', [t('a', 'app', '2026-11-28T04:59:59Z')], undefined],
    ['a task of another container', [t('a', 'sidecar', '2026-11-28T05:00:05Z')], undefined],
    ['a task without a creation time', [t('a', 'app', undefined)], undefined],
    ['a task with an unreadable creation time', [t('a', 'app', 'yesterday')], undefined],
    [
      'several: the newest',
      [
        t('a', 'app', '2026-11-28T05:00:05Z'),
        t('b', 'app', '2026-11-28T05:00:09Z'),
        t('c', 'app', '2026-11-28T05:00:07Z')
      ],
      'b'
    ]
  ])('with %s', async (_, tasks, expected) => {
    const clock = new FakeClock(since + CREATION_TIME_ALLOWANCE_MS);
    const context = {
      clock,
      retry: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
      log: linesLog([]),
      signal: new AbortController().signal,
      deadline: { startedAt: clock.now(), at: Infinity }
    };
    const found = await ownTasks(new FakeEciApi(clock, { describes: [tasks] }), PARAMS, context);
    expect(found[0]?.task.taskId).toBe(expected);
  });

  it('allows 6 s for whole seconds and clock skew, no more', () => {
    expect(CREATION_TIME_ALLOWANCE_MS).toBe(6_000);
  });
});
