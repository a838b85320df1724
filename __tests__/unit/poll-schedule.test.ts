import {
  finishWindow,
  FIRST_POLL_DELAY_MS,
  MAX_QUERIES_PER_MINUTE,
  PollSchedule,
  type PollState
} from '../../src/modes/poll-schedule.js';
import type { CommitTask } from '../../src/model/task.js';
import { task } from '../../test-support/fakes.js';

/** One decision of a fresh schedule, as the first query of a wait (wait-for-task.ts) makes it. */
const firstDecision = (state: PollState, maxDelayMs: number): number => new PollSchedule(maxDelayMs).next(state);

/** The delays of `count` polls in a row for a task that tells nothing about its progress. */
function schedule(maxDelayMs: number, count: number): number[] {
  const delays: number[] = [];
  const schedule = new PollSchedule(maxDelayMs);
  let previousDelayMs: number | undefined;
  for (let i = 0; i < count; i++) {
    previousDelayMs = schedule.next({ previousDelayMs, elapsedMs: delays.reduce((a, b) => a + b, 0) });
    delays.push(previousDelayMs);
  }
  return delays;
}

describe('PollSchedule.next', () => {
  it('asks first after one second', () => {
    expect(FIRST_POLL_DELAY_MS).toBe(1000);
    expect(firstDecision({ elapsedMs: 0 }, 5000)).toBe(1000);
    expect(firstDecision({ elapsedMs: 0, task: task({ progress: 50 }) }, 5000)).toBe(1000);
  });

  it('never waits longer than the poll interval for the first query', () => {
    expect(firstDecision({ elapsedMs: 0 }, 1000)).toBe(1000);
    expect(firstDecision({ elapsedMs: 0 }, 400)).toBe(400);
  });

  it.each<[number, number[]]>([
    [1000, [1000, 1000, 1000, 1000]],
    [2000, [1000, 1500, 2000, 2000]],
    [5000, [1000, 1500, 2250, 3375, 5000, 5000, 5000]],
    [10_000, [1000, 1500, 2250, 3375, 5062.5, 7593.75, 10_000, 10_000]]
  ])('grows by half each time up to the %d ms poll interval', (maxDelayMs, expected) => {
    expect(schedule(maxDelayMs, expected.length)).toEqual(expected);
  });

  it('never goes below one second, even after a shorter pause', () => {
    expect(firstDecision({ previousDelayMs: 100, elapsedMs: 100 }, 5000)).toBe(1000);
  });

  it.each<[string, PollState, number]>([
    // 40% after 8 s: about 12 s more; the grown pause (7.5 s) is shorter, so it stays.
    ['a long way to go', { previousDelayMs: 5000, elapsedMs: 8000, task: task({ progress: 40 }) }, 7500],
    // 90% after 9 s: about 1 s more; ask 250 ms after that.
    ['almost done', { previousDelayMs: 5000, elapsedMs: 9000, task: task({ progress: 90 }) }, 1250],
    ['50% after 4 s', { previousDelayMs: 3375, elapsedMs: 4000, task: task({ progress: 50 }) }, 4250],
    // 99.9% after 1 s: 1 ms more, but never sooner than one second.
    ['a hair from done', { previousDelayMs: 1000, elapsedMs: 1000, task: task({ progress: 99.9 }) }, 1000],
    ['no progress yet', { previousDelayMs: 1000, elapsedMs: 1000, task: task({ progress: 0 }) }, 1500],
    ['progress 100', { previousDelayMs: 1000, elapsedMs: 1000, task: task({ progress: 100 }) }, 1500],
    ['unknown progress', { previousDelayMs: 1000, elapsedMs: 1000, task: task() }, 1500],
    ['no time elapsed', { previousDelayMs: 1000, elapsedMs: 0, task: task({ progress: 50 }) }, 1500]
  ])('with %s', (_, state, expected) => {
    expect(firstDecision(state, 30_000)).toBe(expected);
  });

  it('never exceeds the poll interval, whatever the estimate', () => {
    for (const progress of [1, 10, 50, 90, 99]) {
      for (const previousDelayMs of [1000, 5000, 60_000]) {
        const delay = firstDecision({ previousDelayMs, elapsedMs: 10_000, task: task({ progress }) }, 5000);
        expect(delay).toBeGreaterThanOrEqual(1000);
        expect(delay).toBeLessThanOrEqual(5000);
      }
    }
  });
});

describe('PollSchedule over a whole wait', () => {
  /** Plays one wait as wait.ts does, answers coming back at once: the query times and how late the finish is seen. */
  function waitFor(
    durationMs: number,
    progressAt: (fraction: number) => number | undefined,
    maxDelayMs = 5000
  ): { queries: number[]; latencyMs: number } {
    const queries: number[] = [];
    let elapsedMs = 0;
    let previousDelayMs: number | undefined;
    let seen: CommitTask | undefined;
    const schedule = new PollSchedule(maxDelayMs);
    for (;;) {
      previousDelayMs = schedule.next({ previousDelayMs, elapsedMs, task: seen });
      elapsedMs += previousDelayMs;
      queries.push(elapsedMs);
      if (elapsedMs >= durationMs) return { queries, latencyMs: elapsedMs - durationMs };
      seen = task({ progress: progressAt(elapsedMs / durationMs) });
    }
  }
  const inTenPercentSteps = (fraction: number): number => Math.floor(fraction * 10) * 10;
  const mostInAMinute = (queries: number[]): number =>
    Math.max(...queries.map((start) => queries.filter((at) => at >= start && at < start + 60_000).length));

  it.each([3000, 20_000, 45_000, 60_000, 300_000])(
    'asks within a second of the finish of a %d ms task whose progress grows steadily',
    (durationMs) => {
      const { queries, latencyMs } = waitFor(durationMs, inTenPercentSteps);
      expect(latencyMs).toBeLessThanOrEqual(1000);
      expect(mostInAMinute(queries)).toBeLessThanOrEqual(MAX_QUERIES_PER_MINUTE);
    }
  );

  it('keeps to the back-off when TaskProgress tells nothing', () => {
    expect(waitFor(60_000, () => undefined).queries.slice(0, 7)).toEqual([
      1000, 2500, 4750, 8125, 13_125, 18_125, 23_125
    ]);
  });

  it.each<[string, (fraction: number) => number]>([
    ['stuck at each phase', (fraction) => (fraction < 0.2 ? 10 : fraction < 0.7 ? 40 : 80)],
    ['fast, then slow', (fraction) => Math.floor(Math.sqrt(fraction) * 10) * 10],
    ['slow, then fast', (fraction) => Math.floor(fraction * fraction * 10) * 10]
  ])(
    'never asks more than 15 times a minute, nor waits more than 5 s, when the progress misleads: %s',
    (_, progressAt) => {
      for (const durationMs of [30_000, 60_000, 120_000, 600_000]) {
        const { queries } = waitFor(durationMs, progressAt);
        expect(mostInAMinute(queries)).toBeLessThanOrEqual(MAX_QUERIES_PER_MINUTE);
        expect(Math.max(...queries.map((at, i) => at - (queries[i - 1] ?? 0)))).toBeLessThanOrEqual(5000);
      }
    }
  );

  it('asks again after a second once the last phase has succeeded', () => {
    const schedule = new PollSchedule(5000);
    schedule.next({ elapsedMs: 0 });
    const pushed = task({
      progress: 90,
      phases: [
        { phase: 'PullBaseImage', status: 'Success' },
        { phase: 'CommitContainer', status: 'Success' },
        { phase: 'PushCommittedImage', status: 'Success' }
      ]
    });
    expect(schedule.next({ previousDelayMs: 1000, elapsedMs: 1000, task: pushed })).toBe(1000);
  });

  it('keeps one history per schedule: two waits do not mix their observations', () => {
    const first = new PollSchedule(5000);
    const second = new PollSchedule(5000);
    first.next({ elapsedMs: 0 });
    second.next({ elapsedMs: 0 });
    // The first wait sees steady progress; the second sees nothing. Only the first may move its query earlier.
    first.next({ previousDelayMs: 1000, elapsedMs: 1000, task: task({ taskId: 'a', progress: 10 }) });
    const early = first.next({ previousDelayMs: 1500, elapsedMs: 2500, task: task({ taskId: 'a', progress: 20 }) });
    second.next({ previousDelayMs: 1000, elapsedMs: 1000 });
    const regular = second.next({ previousDelayMs: 1500, elapsedMs: 2500 });
    expect(regular).toBe(2250);
    expect(early).toBeLessThanOrEqual(regular);
  });
});

describe('finishWindow', () => {
  it('bounds the finish from both sides with the step the values share', () => {
    // 30% at 3 s and 40% at 4.5 s, in steps of 10: the task finishes after 4.5/0.5 = 9 s and by 3/0.3 = 10 s.
    const window = finishWindow(
      [
        { sentMs: 3000, receivedMs: 3000, progress: 30 },
        { sentMs: 4500, receivedMs: 4500, progress: 40 }
      ],
      4500
    );
    expect(window).toEqual({ earliestMs: 9000, latestMs: 10_000, distinctValues: 2 });
  });

  it('drops the older observations when the rate changed', () => {
    // 50% at 1 s promised a finish by 2 s; 60% at 6 s is the only one that still holds.
    const window = finishWindow(
      [
        { sentMs: 1000, receivedMs: 1000, progress: 50 },
        { sentMs: 6000, receivedMs: 6000, progress: 60 }
      ],
      6000
    );
    expect(window?.latestMs).toBe(10_000);
  });

  it('knows nothing without a progress between 0 and 100', () => {
    expect(finishWindow([{ sentMs: 1000, receivedMs: 1000, progress: 0 }], 1000)).toBeUndefined();
    expect(finishWindow([], 1000)).toBeUndefined();
  });
});
