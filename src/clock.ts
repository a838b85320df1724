/** Time, injectable so that tests of retries and polling do not wait. */
export interface Clock {
  now(): number;
  /** Resolves after `ms`, or early (without error) when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** A signal that aborts when `now()` reaches `atMs` (a deadline for calls in flight). */
  deadlineSignal(atMs: number): AbortSignal;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  deadlineSignal: (atMs) => AbortSignal.timeout(Math.max(0, atMs - Date.now())),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal?.aborted || ms <= 0) return resolve();
      const done = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal?.addEventListener('abort', done, { once: true });
    })
};
