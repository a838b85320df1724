/** waitForTasks: several tasks at once, by ID in batches, with pages, a grace for unlisted IDs, and one deadline. */
import type { RetryPolicy } from '../../src/runtime/step-context.js';
import type { CommitTask } from '../../src/model/task.js';
import {
  MAX_TASK_IDS_PER_CALL,
  waitForTasks,
  type TaskOutcome,
  type WatchOptions
} from '../../src/modes/wait-for-task.js';
import { FakeEciApi, listedById } from '../../test-support/fake-eci-api.js';
import { retryingEciApi } from '../../src/eci/retrying-api.js';
import { apiError, FakeClock, linesLog, silentLog, task } from '../../test-support/fakes.js';

const FAST_RETRIES: RetryPolicy = { maxAttempts: 2, baseDelayMs: 1000, maxDelayMs: 1000 };

/** A task that runs until `doneAtMs`, then has `status`. */
const finishing =
  (taskId: string, doneAtMs: number, status = 'Succeeded', extra: Partial<CommitTask> = {}) =>
  (elapsedMs: number): CommitTask =>
    task({ taskId, status: elapsedMs >= doneAtMs ? status : 'Running', ...extra });

type TaskById = Record<string, (elapsedMs: number) => CommitTask | undefined>;

/**
 * ECI as these tests need it: each task has a status by the time since the wait started and is listed only when
 * asked for by ID and visible; pages hold `pageSize` tasks. `failures` are thrown, one per query, before answering.
 */
function eciOf(clock: FakeClock, startedAt: number, tasks: TaskById, pageSize?: number) {
  const failures: Error[] = [];
  const listed = listedById(tasks, { since: startedAt, pageSize });
  const api = new FakeEciApi(clock, {
    describes: [
      (now, query) => {
        const failure = failures.shift();
        if (failure) throw failure;
        return listed(now, query);
      }
    ]
  });
  /** Each query with the ms since the wait started at which it was sent. */
  const queries = () => api.describeCalls.map(({ at, query }) => ({ at: at - startedAt, query }));
  return { api, failures, queries };
}

function harness(tasks: TaskById, pageSize?: number) {
  const clock = new FakeClock();
  const startedAt = clock.now();
  const world = eciOf(clock, startedAt, tasks, pageSize);
  const seen: Array<{ taskId: string; requestId: string }> = [];
  const logs: string[] = [];
  const run = (taskIds: string[], overrides: Partial<WatchOptions> = {}): Promise<Map<string, TaskOutcome>> =>
    waitForTasks(retryingEciApi(world.api, { retry: FAST_RETRIES, clock, log: overrides.log ?? linesLog(logs) }), {
      regionId: 'cn-hangzhou',
      taskIds,
      startedAt,
      timeoutMs: 120_000,
      pollIntervalMs: 5000,
      clock,
      log: linesLog(logs),
      onTask: (found, requestId) => seen.push({ taskId: found.taskId, requestId }),
      ...overrides
    });
  return { clock, world, seen, logs, run };
}

const ids = (count: number): string[] => Array.from({ length: count }, (_, i) => `t-${String(i).padStart(3, '0')}`);

describe('waitForTasks: several tasks', () => {
  it('asks for all open tasks in one query, then only for those still running', async () => {
    const h = harness({ 't-a': finishing('t-a', 2000), 't-b': finishing('t-b', 6000, 'Failed') });
    const outcomes = await h.run(['t-a', 't-b']);

    expect(outcomes.get('t-a')).toEqual({ state: 'finished', task: task({ taskId: 't-a', status: 'Succeeded' }) });
    expect(outcomes.get('t-b')).toEqual({ state: 'finished', task: task({ taskId: 't-b', status: 'Failed' }) });
    const asked = h.world.queries().map(({ at, query }) => [at, query.taskIds]);
    expect(asked).toEqual([
      [1000, ['t-a', 't-b']],
      [2500, ['t-a', 't-b']],
      [4750, ['t-b']],
      [8125, ['t-b']]
    ]);
    expect(h.seen.slice(0, 2)).toEqual([
      { taskId: 't-a', requestId: 'DESCRIBE-1' },
      { taskId: 't-b', requestId: 'DESCRIBE-1' }
    ]);
  });

  it(`sends at most ${MAX_TASK_IDS_PER_CALL} IDs per call, asking for a page that holds them`, async () => {
    const all = ids(45);
    const h = harness(Object.fromEntries(all.map((id) => [id, finishing(id, 0)])), 50);
    const outcomes = await h.run(all);

    expect([...outcomes.values()].every((outcome) => outcome.state === 'finished')).toBe(true);
    expect(h.world.queries().map(({ query }) => [query.taskIds?.length, query.maxResults])).toEqual([
      [20, 20],
      [20, 20],
      [5, undefined]
    ]);
    expect(h.world.queries().flatMap(({ query }) => query.taskIds)).toEqual(all);
  });

  it('follows NextToken within a batch until every task of it is listed', async () => {
    const all = ids(15);
    const h = harness(Object.fromEntries(all.map((id) => [id, finishing(id, 0)])), 4);
    const outcomes = await h.run(all);

    expect(outcomes.size).toBe(15);
    expect([...outcomes.values()].every((outcome) => outcome.state === 'finished')).toBe(true);
    expect(h.world.queries().map(({ query }) => query.nextToken)).toEqual([undefined, '4', '8', '12']);
  });

  it('ends every open task at the deadline, keeping those already finished', async () => {
    const h = harness({ 't-a': finishing('t-a', 1000), 't-b': finishing('t-b', Infinity) });
    const outcomes = await h.run(['t-a', 't-b'], { timeoutMs: 10_000 });

    expect(outcomes.get('t-a')?.state).toBe('finished');
    expect(outcomes.get('t-b')).toEqual({ state: 'timeout', task: task({ taskId: 't-b' }), lastError: undefined });
  });

  it('throws an error not worth another query, whatever the tasks', async () => {
    const h = harness({ 't-a': finishing('t-a', Infinity) });
    h.world.failures.push(apiError({ code: 'Forbidden.RAM', statusCode: 403, retryable: false }));
    await expect(h.run(['t-a'])).rejects.toMatchObject({ code: 'Forbidden.RAM' });
  });

  it('ends every open task as cancelled when the signal aborts', async () => {
    const h = harness({ 't-a': finishing('t-a', Infinity), 't-b': finishing('t-b', Infinity) });
    const controller = new AbortController();
    h.clock.onSleep = () => {
      if (h.world.queries().length >= 2) controller.abort();
    };
    const outcomes = await h.run(['t-a', 't-b'], { signal: controller.signal });
    expect([...outcomes.values()].map((outcome) => outcome.state)).toEqual(['cancelled', 'cancelled']);
  });
});

describe('waitForTasks: IDs not listed', () => {
  const GRACE = { maxInvisiblePolls: Infinity, invisibleGraceMs: 30_000 };

  it('asks for an unlisted ID until the grace runs out, the last time just then, and goes on with the others', async () => {
    const h = harness({ 't-a': finishing('t-a', 50_000) });
    const outcomes = await h.run(['t-a', 't-gone'], GRACE);

    const times = h.world.queries().map(({ at, query }) => [at, query.taskIds?.includes('t-gone')]);
    const askedForGone = times.filter(([, asked]) => asked).map(([at]) => at);
    // The grace counts from the first answer (at 1 s), and the last query is sent when it runs out.
    expect(askedForGone[0]).toBe(1000);
    expect(askedForGone[askedForGone.length - 1]).toBe(31_000);
    expect(outcomes.get('t-gone')).toEqual({
      state: 'not-found',
      task: undefined,
      queries: askedForGone.length,
      unlistedMs: 31_000
    });
    expect(outcomes.get('t-a')?.state).toBe('finished');
    // Said once, however often it is asked for again.
    expect(askedForGone.length).toBeGreaterThan(2);
    expect(h.logs.filter((line) => line === 'Task t-gone is not visible yet; asking again.')).toHaveLength(1);
  });

  it('finds a task listed late within the grace', async () => {
    const late = finishing('t-late', 25_000);
    const h = harness({ 't-late': (elapsed) => (elapsed >= 20_000 ? late(elapsed) : undefined) });
    const outcomes = await h.run(['t-late'], GRACE);
    expect(outcomes.get('t-late')?.state).toBe('finished');
  });

  it('counts the grace from the first answer, not from the start, when retries delay that answer', async () => {
    const late = finishing('t-late', 45_000);
    const h = harness({ 't-late': (elapsed) => (elapsed >= 40_000 ? late(elapsed) : undefined) });
    // Every query fails for the first 35 s (each after its retries): the first answer comes past the grace.
    const start = h.clock.now();
    h.clock.onSleep = () => {
      h.world.failures.length = 0;
      if (h.clock.now() - start < 35_000) h.world.failures.push(apiError());
    };
    const outcomes = await h.run(['t-late'], GRACE);

    const answered = h.world.queries().filter(({ at }) => at >= 35_000);
    expect(answered.length).toBeGreaterThanOrEqual(2);
    expect(outcomes.get('t-late')?.state).toBe('finished');
  });

  it('counts the grace again from the first answer that no longer lists the task', async () => {
    const running = finishing('t-a', Infinity);
    const h = harness({ 't-a': (elapsed) => (elapsed < 10_000 ? running(elapsed) : undefined) });
    const outcome = (await h.run(['t-a'], GRACE)).get('t-a');
    const missedFirst = h.world.queries().find(({ at }) => at >= 10_000)!.at;
    expect(outcome).toMatchObject({ state: 'not-found', task: task({ taskId: 't-a' }) });
    expect(h.world.queries()[h.world.queries().length - 1].at).toBe(missedFirst + 30_000);
    expect(h.clock.now() - h.world.queries()[0].at).toBeGreaterThanOrEqual(38_000);
  });
});

describe('waitForTasks: a task created before the wait', () => {
  it('times the schedule from TaskCreationTime, so its progress tells when it finishes', async () => {
    const clock = new FakeClock();
    const created = new Date(clock.now() - 60_000).toISOString();
    const runningAt90 = (): CommitTask => task({ taskId: 't-old', progress: 90, creationTime: created });
    const queryTimes = async (scheduleFromCreation: boolean): Promise<number[]> => {
      const local = new FakeClock(clock.now());
      const world = eciOf(local, local.now(), { 't-old': runningAt90 });
      await waitForTasks(retryingEciApi(world.api, { retry: FAST_RETRIES, clock: local, log: silentLog }), {
        regionId: 'cn-hangzhou',
        taskIds: ['t-old'],
        startedAt: local.now(),
        timeoutMs: 10_000,
        pollIntervalMs: 5000,
        clock: local,
        log: silentLog,
        onTask: () => undefined,
        scheduleFromCreation
      });
      return world.queries().map(({ at }) => at);
    };
    // Counted from its creation, 90% a minute in says it finishes by 100/90 of 61 s: about 7.8 s into the wait, so
    // the back-off goes on until then and the query after it comes just after that moment.
    const fromCreation = await queryTimes(true);
    expect(fromCreation.slice(0, 3)).toEqual([1000, 2500, 4750]);
    expect(fromCreation[3]).toBeCloseTo((61_000 * 100) / 90 - 60_000 + 250, 0);
    // Counted from the wait's start, 90% after a second would say it is about to finish: queries come sooner.
    expect((await queryTimes(false))[1]).toBeLessThan(2500);
  });
});
