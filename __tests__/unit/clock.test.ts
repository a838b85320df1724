import { jest } from '@jest/globals';
import { systemClock } from '../../src/runtime/clock.js';
import { StepDeadline } from '../../src/runtime/step-deadline.js';

describe('systemClock', () => {
  afterEach(() => jest.useRealTimers());

  it('tells the time of Date.now', () => {
    const spy = jest.spyOn(Date, 'now').mockReturnValue(1_234);
    try {
      expect(systemClock.now()).toBe(1_234);
    } finally {
      spy.mockRestore();
    }
  });

  it('sleeps for the time asked (on fake timers)', async () => {
    jest.useFakeTimers();
    let done = false;
    const sleeping = systemClock.sleep(5000).then(() => (done = true));
    await jest.advanceTimersByTimeAsync(4999);
    expect(done).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    await sleeping;
    expect(done).toBe(true);
  });

  it.each([0, -5])('returns at once for %d ms', async (ms) => {
    jest.useFakeTimers();
    await systemClock.sleep(ms);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('returns at once when already aborted', async () => {
    jest.useFakeTimers();
    const controller = new AbortController();
    controller.abort();
    await systemClock.sleep(60_000, controller.signal);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('wakes up early, without error, when the signal aborts, and leaves no timer behind', async () => {
    jest.useFakeTimers();
    const controller = new AbortController();
    const sleeping = systemClock.sleep(60_000, controller.signal);
    expect(jest.getTimerCount()).toBe(1);
    controller.abort();
    await expect(sleeping).resolves.toBeUndefined();
    expect(jest.getTimerCount()).toBe(0);
  });

  it('removes its abort listener once the sleep is over', async () => {
    jest.useFakeTimers();
    const controller = new AbortController();
    const remove = jest.spyOn(controller.signal, 'removeEventListener');
    const sleeping = systemClock.sleep(10, controller.signal);
    await jest.advanceTimersByTimeAsync(10);
    await sleeping;
    expect(remove).toHaveBeenCalledWith('abort', expect.any(Function));
  });
});

describe('systemClock beyond the reach of one timer', () => {
  afterEach(() => jest.useRealTimers());
  const FAR = 2 ** 32 + 5_000;

  it('aborts a deadline more than 2^32 ms away when it comes, not before (and does not throw)', async () => {
    jest.useFakeTimers();
    const signal = systemClock.deadlineSignal(Date.now() + FAR);
    await jest.advanceTimersByTimeAsync(2 ** 31);
    expect(signal.aborted).toBe(false);
    await jest.advanceTimersByTimeAsync(FAR - 2 ** 31 - 1);
    expect(signal.aborted).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(signal.aborted).toBe(true);
    expect((signal.reason as Error).name).toBe('TimeoutError');
  });

  it('aborts a deadline already passed', async () => {
    jest.useFakeTimers();
    const signal = systemClock.deadlineSignal(Date.now() - 1);
    await jest.advanceTimersByTimeAsync(0);
    expect(signal.aborted).toBe(true);
  });

  it('sleeps for 2^31 ms and more rather than 1 ms', async () => {
    jest.useFakeTimers();
    let done = false;
    const sleeping = systemClock.sleep(2 ** 31 + 10).then(() => (done = true));
    await jest.advanceTimersByTimeAsync(2 ** 31);
    expect(done).toBe(false);
    await jest.advanceTimersByTimeAsync(10);
    await sleeping;
    expect(done).toBe(true);
  });

  it('keeps a step budget of 600 hours (on real timers)', async () => {
    const deadline = new StepDeadline(systemClock, Date.now(), new AbortController().signal);
    deadline.setBudget(600 * 3_600_000);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(deadline.signal.aborted).toBe(false);
  });
});
