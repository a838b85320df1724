/** Time, injectable so that tests of retries and polling do not wait. */
export interface Clock {
  now(): number;
  /** Resolves after `ms`, or early (without error) when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** A signal that aborts when `now()` reaches `atMs` (a deadline for calls in flight). */
  deadlineSignal(atMs: number): AbortSignal;
}

/**
 * The longest delay one Node timer takes (2^31 - 1 ms, about 24.8 days): a longer one fires after 1 ms, and one of
 * 2^32 ms or more throws. Longer waits are chained timers of at most this.
 */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Calls `fire` once `Date.now()` reaches `atMs`, however far off, through timers of at most MAX_TIMER_MS. The
 * returned function cancels it; `fire` never runs before `at` returns. Unreferenced when `unref`: the timer alone does not keep the process alive.
 */
function at(atMs: number, fire: () => void, unref: boolean): () => void {
  let timer: NodeJS.Timeout | undefined;
  const arm = (): void => {
    timer = setTimeout(check, Math.min(Math.max(0, atMs - Date.now()), MAX_TIMER_MS));
    if (unref) timer.unref();
  };
  const check = (): void => (Date.now() >= atMs ? fire() : arm());
  arm();
  return () => clearTimeout(timer);
}

export const systemClock: Clock = {
  now: () => Date.now(),
  // As AbortSignal.timeout: a TimeoutError reason, and no hold on the process; unlike it, any distance.
  deadlineSignal: (atMs) => {
    const controller = new AbortController();
    at(
      atMs,
      () => controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')),
      true
    );
    return controller.signal;
  },
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal?.aborted || ms <= 0) return resolve();
      const done = (): void => {
        cancel();
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const cancel = at(Date.now() + ms, done, false);
      signal?.addEventListener('abort', done, { once: true });
    })
};
