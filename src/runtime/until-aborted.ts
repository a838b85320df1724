import { ApiError } from '../model/errors.js';

/**
 * `work`, or an `Aborted` ApiError as soon as `signal` aborts (the step's deadline or the job's cancellation), for
 * work that cannot itself be cut short, such as a library's credential lookup. The work goes on, unawaited.
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined, what: string): Promise<T> {
  if (!signal) return work;
  return new Promise((resolve, reject) => {
    const onAbort = (): void =>
      reject(
        new ApiError({
          action: what,
          code: 'Aborted',
          message: 'stopped before it ended',
          retryable: false,
          ambiguous: false
        })
      );
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
