import { estimateRemainingMs, FIRST_POLL_DELAY_MS, nextPollDelay, type PollState } from '../../src/poll-schedule.js';
import { task } from './fakes.js';

/** The delays of `count` polls in a row for a task that tells nothing about its progress. */
function schedule(maxDelayMs: number, count: number): number[] {
  const delays: number[] = [];
  let previousDelayMs: number | undefined;
  for (let i = 0; i < count; i++) {
    previousDelayMs = nextPollDelay({ previousDelayMs, elapsedMs: delays.reduce((a, b) => a + b, 0) }, maxDelayMs);
    delays.push(previousDelayMs);
  }
  return delays;
}

describe('nextPollDelay', () => {
  it('asks first after one second', () => {
    expect(FIRST_POLL_DELAY_MS).toBe(1000);
    expect(nextPollDelay({ elapsedMs: 0 }, 5000)).toBe(1000);
    expect(nextPollDelay({ elapsedMs: 0, task: task({ progress: 50 }) }, 5000)).toBe(1000);
  });

  it('never waits longer than the poll interval for the first query', () => {
    expect(nextPollDelay({ elapsedMs: 0 }, 1000)).toBe(1000);
    expect(nextPollDelay({ elapsedMs: 0 }, 400)).toBe(400);
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
    expect(nextPollDelay({ previousDelayMs: 100, elapsedMs: 100 }, 5000)).toBe(1000);
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
    expect(nextPollDelay(state, 30_000)).toBe(expected);
  });

  it('never exceeds the poll interval, whatever the estimate', () => {
    for (const progress of [1, 10, 50, 90, 99]) {
      for (const previousDelayMs of [1000, 5000, 60_000]) {
        const delay = nextPollDelay({ previousDelayMs, elapsedMs: 10_000, task: task({ progress }) }, 5000);
        expect(delay).toBeGreaterThanOrEqual(1000);
        expect(delay).toBeLessThanOrEqual(5000);
      }
    }
  });
});

describe('estimateRemainingMs', () => {
  it.each<[number | undefined, number, number | undefined]>([
    [40, 8000, 12_000],
    [50, 10_000, 10_000],
    [25, 1000, 3000],
    [99, 99_000, 1000],
    [0, 8000, undefined],
    [100, 8000, undefined],
    [undefined, 8000, undefined],
    [50, 0, undefined],
    [-5, 8000, undefined],
    [120, 8000, undefined]
  ])('progress %s after %d ms leaves %s ms', (progress, elapsedMs, expected) => {
    expect(estimateRemainingMs({ elapsedMs, task: task({ progress }) })).toBe(expected);
  });

  it('knows nothing without a task', () => {
    expect(estimateRemainingMs({ elapsedMs: 1000 })).toBeUndefined();
  });
});
