import { jest } from '@jest/globals';
import type { CommitTask } from '../../src/model/task.js';

import { FakeEciApi } from '../../test-support/fake-eci-api.js';
import { ApiError, TaskNotFoundError } from '../../src/model/errors.js';
import type { RetryPolicy } from '../../src/runtime/step-context.js';
import { waitForTask, type WaitOptions, type WaitOutcome } from '../../src/modes/wait-for-task.js';
import { retryingEciApi } from '../../src/eci/retrying-api.js';
import { apiError, FakeClock, linesLog, silentLog, task } from '../../test-support/fakes.js';

const TASK_ID = 'commit-task-1';

/** One scripted answer: the tasks DescribeCommitContainerTask lists, or what it throws. */
type Answer = CommitTask[] | Error | ((clock: FakeClock) => CommitTask[]);

const FAST_RETRIES: RetryPolicy = { maxAttempts: 2, baseDelayMs: 1000, maxDelayMs: 1000 };

interface Harness {
  clock: FakeClock;
  api: FakeEciApi;
  logs: string[];
  seen: CommitTask[];
  startedAt: number;
  run(overrides?: Partial<WaitOptions> & { retry?: RetryPolicy }): Promise<WaitOutcome>;
  /** Milliseconds after startedAt at which each query was made. */
  queryTimes(): number[];
}

function harness(script: Answer[]): Harness {
  const clock = new FakeClock();
  const api = new FakeEciApi(clock, { describes: script });
  const logs: string[] = [];
  const seen: CommitTask[] = [];
  const startedAt = clock.now();
  return {
    clock,
    api,
    logs,
    seen,
    startedAt,
    run: ({ retry = FAST_RETRIES, ...overrides } = {}) => {
      const log = overrides.log ?? linesLog(logs);
      return waitForTask(retryingEciApi(api, { retry, clock, log }), {
        regionId: 'cn-hangzhou',
        taskId: TASK_ID,
        startedAt,
        timeoutMs: 60_000,
        pollIntervalMs: 5000,
        clock,
        log,
        onTask: (t) => seen.push(t),
        ...overrides
      });
    },
    queryTimes: () => api.describeCalls.map((call) => call.at - startedAt)
  };
}

const running = (progress?: number): CommitTask[] => [task({ status: 'Running', progress })];
const succeeded = [task({ status: 'Succeeded', progress: 100 })];
const failed = [
  task({
    status: 'Failed',
    statusMessage: 'push failed',
    phases: [{ phase: 'PushCommittedImage', status: 'Failed', message: 'denied' }]
  })
];
const unavailable = (): ApiError => apiError({ code: 'ServiceUnavailable', statusCode: 503, message: 'try later' });

describe('waitForTask: how it ends', () => {
  it('returns the finished task when it succeeds', async () => {
    const h = harness([running(10), running(60), succeeded]);
    const outcome = await h.run();
    expect(outcome).toEqual({ state: 'finished', task: succeeded[0] });
    expect(h.api.describeCalls).toHaveLength(3);
    expect(h.api.describeCalls.map((call) => call.query)).toEqual(
      Array.from({ length: 3 }, () => ({ regionId: 'cn-hangzhou', taskIds: [TASK_ID] }))
    );
    expect(h.seen).toEqual([running(10)[0], running(60)[0], succeeded[0]]);
  });

  it('returns the finished task when it fails (failing the step is the caller’s call)', async () => {
    const h = harness([running(), failed]);
    expect(await h.run()).toEqual({ state: 'finished', task: failed[0] });
    expect(h.api.describeCalls).toHaveLength(2);
  });

  it('stops at once when the first answer is final', async () => {
    const h = harness([succeeded]);
    expect(await h.run()).toEqual({ state: 'finished', task: succeeded[0] });
    expect(h.queryTimes()).toEqual([1000]);
  });

  it('keeps polling a status it does not know, as not finished', async () => {
    const h = harness([[task({ status: 'Pending' })], [task({ status: 'Unknown' })], succeeded]);
    expect((await h.run()).state).toBe('finished');
    expect(h.api.describeCalls).toHaveLength(3);
  });

  it('picks its own task out of a list', async () => {
    const other = task({ taskId: 'other-task', status: 'Succeeded' });
    const h = harness([
      [other, task({ status: 'Running' })],
      [other, ...succeeded]
    ]);
    expect(await h.run()).toEqual({ state: 'finished', task: succeeded[0] });
    expect(h.seen.map((t) => t.taskId)).toEqual([TASK_ID, TASK_ID]);
  });

  it('times out at the deadline with the last task seen', async () => {
    const h = harness([running(5)]);
    const outcome = await h.run({ timeoutMs: 10_000 });
    expect(outcome).toEqual({ state: 'timeout', task: running(5)[0], lastError: undefined });
    // 1000, +1500, +2250, +3375, then the last pause is cut short to end on the deadline.
    expect(h.queryTimes()).toEqual([1000, 2500, 4750, 8125, 10_000]);
    expect(h.clock.now() - h.startedAt).toBe(10_000);
  });

  it('times out without a task when none was ever read', async () => {
    const h = harness([unavailable()]);
    const outcome = await h.run({ timeoutMs: 3000 });
    expect(outcome).toEqual({ state: 'timeout', task: undefined, lastError: 'ServiceUnavailable: try later' });
  });

  it('returns a task that finishes on the very last query, not a timeout', async () => {
    const h = harness([running(), succeeded]);
    expect(await h.run({ timeoutMs: 2500 })).toEqual({ state: 'finished', task: succeeded[0] });
    expect(h.queryTimes()).toEqual([1000, 2500]);
  });
});

describe('waitForTask: timing', () => {
  it.each<[string, number]>([
    ['now', 0],
    ['a while ago', 30_000]
  ])('makes the first query about a second after it starts, for a task created %s', async (_, age) => {
    const h = harness([succeeded]);
    const startAt = h.clock.now();
    await waitForTask(retryingEciApi(h.api, { retry: FAST_RETRIES, clock: h.clock, log: silentLog }), {
      regionId: 'cn-hangzhou',
      taskId: TASK_ID,
      startedAt: startAt - age,
      timeoutMs: 60_000,
      pollIntervalMs: 30_000,
      clock: h.clock,
      log: silentLog,
      onTask: () => {}
    });
    expect(h.api.describeCalls[0].at - startAt).toBeLessThanOrEqual(1000);
    expect(h.api.describeCalls[0].at - startAt).toBeGreaterThan(0);
  });

  it('backs off up to poll-interval and no further', async () => {
    const h = harness([running()]);
    await h.run({ timeoutMs: 30_000, pollIntervalMs: 5000 });
    const gaps = h.queryTimes().map((time, i, all) => time - (i === 0 ? 0 : all[i - 1]));
    expect(gaps.slice(0, 6)).toEqual([1000, 1500, 2250, 3375, 5000, 5000]);
    expect(Math.max(...gaps)).toBe(5000);
  });

  it('asks sooner when the progress says the task is about to finish', async () => {
    // At t=1000 the task is 80% done: about 250 ms more, so ask again after the 1 s minimum, not 1.5 s.
    const h = harness([running(80), succeeded]);
    await h.run({ pollIntervalMs: 30_000 });
    expect(h.queryTimes()).toEqual([1000, 2000]);
  });

  it.each<[number, number, Answer[]]>([
    [1000, 1000, [running()]],
    [2500, 5000, [running()]],
    [7000, 5000, [running()]],
    [61_000, 5000, [running(), unavailable(), running()]],
    [30_000, 60_000, [running(1)]],
    [20_000, 5000, [unavailable()]],
    [20_000, 5000, [apiError({ code: 'Throttling', retryAfterMs: 30_000 })]],
    [20_000, 5000, [apiError({ code: 'Throttling', retryAfterMs: 3000 })]],
    [1_800_000, 5000, [[], running(), unavailable(), running(50)]]
  ])('ends by the deadline (timeout %d ms, poll interval %d ms)', async (timeoutMs, pollIntervalMs, script) => {
    const h = harness(script);
    const outcome = await h.run({ timeoutMs, pollIntervalMs, retry: { ...FAST_RETRIES, maxAttempts: 3 } });
    expect(outcome.state).toBe('timeout');
    expect(h.clock.now() - h.startedAt).toBeLessThanOrEqual(timeoutMs);
    expect(h.clock.now() - h.startedAt).toBeGreaterThanOrEqual(timeoutMs - 5000);
    expect(h.queryTimes().every((time) => time <= timeoutMs)).toBe(true);
  });

  it('counts the deadline from startedAt, not from when it is called', async () => {
    const h = harness([running()]);
    h.clock.advance(7000); // the commit took 7 s
    await h.run({ timeoutMs: 10_000 });
    expect(h.clock.now() - h.startedAt).toBe(10_000);
  });

  it('does not sleep at all when the deadline has already passed, and asks once', async () => {
    const h = harness([running()]);
    h.clock.advance(20_000);
    const outcome = await h.run({ timeoutMs: 10_000 });
    expect(outcome.state).toBe('timeout');
    expect(h.clock.sleeps).toEqual([0]);
    expect(h.api.describeCalls).toHaveLength(1);
  });
});

describe('waitForTask: a task not visible yet', () => {
  it('keeps asking while the new task is not listed yet', async () => {
    const h = harness([[], [], running(), succeeded]);
    expect(await h.run()).toEqual({ state: 'finished', task: succeeded[0] });
    expect(h.api.describeCalls).toHaveLength(4);
    // Said once, then the count when it shows.
    expect(h.logs).toEqual([
      `Task ${TASK_ID} is not visible yet; asking again.`,
      `Task ${TASK_ID} is listed after 3 queries.`
    ]);
    expect(h.seen).toHaveLength(2);
  });

  it('counts a list of other tasks as not visible', async () => {
    const h = harness([[task({ taskId: 'someone-else' })], succeeded]);
    expect((await h.run()).state).toBe('finished');
    expect(h.logs).toEqual([
      `Task ${TASK_ID} is not visible yet; asking again.`,
      `Task ${TASK_ID} is listed after 2 queries.`
    ]);
  });

  it.each<[number | undefined, number]>([
    [undefined, 6],
    [0, 1],
    [3, 4]
  ])('gives up with maxInvisiblePolls %s after %d queries', async (maxInvisiblePolls, queries) => {
    const h = harness([[]]);
    const outcome = h.run({ maxInvisiblePolls });
    await expect(outcome).rejects.toThrow(TaskNotFoundError);
    await expect(outcome).rejects.toThrow(
      `Task ${TASK_ID} was not found by DescribeCommitContainerTask after ${queries} queries.`
    );
    expect(h.api.describeCalls).toHaveLength(queries);
    expect(h.seen).toEqual([]);
  });

  it('starts counting again once the task has been seen', async () => {
    const h = harness([[], [], running(), [], [], running(), succeeded]);
    expect((await h.run({ maxInvisiblePolls: 2 })).state).toBe('finished');
    expect(h.api.describeCalls).toHaveLength(7);
  });

  it('does not count failed queries as misses', async () => {
    const h = harness([[], unavailable(), unavailable(), unavailable(), unavailable(), [], succeeded]);
    expect((await h.run({ maxInvisiblePolls: 2 })).state).toBe('finished');
  });
});

describe('waitForTask: errors', () => {
  it('retries a transient error within one query, logging each retry', async () => {
    const h = harness([running(), unavailable(), succeeded]);
    const outcome = await h.run({ retry: { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 1000 } });
    expect(outcome.state).toBe('finished');
    expect(h.api.describeCalls).toHaveLength(3);
    expect(h.logs).toHaveLength(1);
    expect(h.logs[0]).toMatch(
      /^DescribeCommitContainerTask: attempt 1 of 3 failed with ServiceUnavailable \(HTTP 503\); retrying in \d+m?s\.$/
    );
  });

  it('does not end the wait when transient errors outlast the retries', async () => {
    const h = harness([running(), unavailable(), unavailable(), unavailable(), unavailable(), succeeded]);
    const outcome = await h.run();
    expect(outcome).toEqual({ state: 'finished', task: succeeded[0] });
    expect(h.logs.filter((line) => line.startsWith('Could not read'))).toEqual([
      'Could not read the task status (ServiceUnavailable: try later); will try again.'
    ]);
    expect(h.logs).toContain('Still could not read the task status; will try again.');
  });

  it('reports the last transient error on timeout, and forgets it after a good answer', async () => {
    const failing = harness([running(), unavailable()]);
    expect(await failing.run({ timeoutMs: 20_000 })).toEqual({
      state: 'timeout',
      task: running()[0],
      lastError: 'ServiceUnavailable: try later'
    });

    const recovered = harness([unavailable(), unavailable(), running()]);
    expect(await recovered.run({ timeoutMs: 20_000 })).toEqual({
      state: 'timeout',
      task: running()[0],
      lastError: undefined
    });
  });

  it.each<[string, Error]>([
    ['a final API error', apiError({ code: 'Forbidden.RAM', statusCode: 403, retryable: false })],
    ['a bug', new TypeError('boom')]
  ])('ends the wait with %s', async (_, error) => {
    const h = harness([running(), error, succeeded]);
    await expect(h.run()).rejects.toBe(error);
    expect(h.api.describeCalls).toHaveLength(2);
  });

  it('ends the wait with a final error that follows transient ones, counting attempts', async () => {
    const final = apiError({ code: 'InvalidAccessKeyId.NotFound', statusCode: 404, retryable: false });
    const h = harness([unavailable(), final]);
    const error = await h.run({ retry: { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 1000 } }).then(
      () => undefined,
      (thrown: unknown) => thrown as ApiError
    );
    expect(error?.code).toBe('InvalidAccessKeyId.NotFound');
    expect(error?.attempts).toBe(2);
  });
});

describe('waitForTask: cancellation', () => {
  it('returns cancelled, with the last task, when the signal aborts during a pause', async () => {
    const controller = new AbortController();
    const h = harness([running(30)]);
    let sleeps = 0;
    h.clock.onSleep = () => {
      if (++sleeps === 3) controller.abort();
    };
    expect(await h.run({ signal: controller.signal })).toEqual({ state: 'cancelled', task: running(30)[0] });
    expect(h.api.describeCalls).toHaveLength(2);
  });

  it('returns cancelled without querying when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const h = harness([running()]);
    expect(await h.run({ signal: controller.signal })).toEqual({ state: 'cancelled', task: undefined });
    expect(h.api.describeCalls).toHaveLength(0);
  });

  it('returns cancelled when a query fails because of the cancellation', async () => {
    const controller = new AbortController();
    const aborted = apiError({ code: 'Aborted', retryable: false, statusCode: undefined });
    const h = harness([
      running(),
      () => {
        controller.abort();
        throw aborted;
      }
    ]);
    expect(await h.run({ signal: controller.signal })).toEqual({ state: 'cancelled', task: running()[0] });
  });

  it('does not retry a query once cancelled', async () => {
    const controller = new AbortController();
    const h = harness([
      () => {
        controller.abort();
        throw unavailable();
      },
      succeeded
    ]);
    expect(await h.run({ signal: controller.signal })).toEqual({ state: 'cancelled', task: undefined });
    expect(h.api.describeCalls).toHaveLength(1);
  });

  it('passes the signal to every pause', async () => {
    const controller = new AbortController();
    const h = harness([running(), succeeded]);
    const sleep = jest.spyOn(h.clock, 'sleep');
    await h.run({ signal: controller.signal });
    expect(sleep.mock.calls).toEqual([
      [1000, controller.signal],
      [1500, controller.signal]
    ]);
  });
});
