import { ApiError } from '../model/errors.js';

/**
 * `work`, or, as soon as `signal` aborts (the step's deadline or the job's cancellation), what `stopped` says: the
 * value `stopped()` gives (how a wait ended, say), or, given a name, an `Aborted` ApiError for it. For work that
 * cannot itself be cut short, such as a library's credential lookup or a call in flight: the work goes on, unawaited.
 */
export function untilAborted<T>(
  work: Promise<T>,
  signal: AbortSignal | undefined,
  stopped: string | (() => T)
): Promise<T> {
  if (!signal) return work;
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      if (typeof stopped === 'function') resolve(stopped());
      else
        reject(
          new ApiError({ action: stopped, code: 'Aborted', message: 'stopped before it ended', ambiguous: false })
        );
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    const settle = (): void => signal.removeEventListener('abort', onAbort);
    work.then(
      (value) => {
        settle();
        resolve(value);
      },
      (error: unknown) => {
        settle();
        reject(error);
      }
    );
  });
}
