import type { RetryBackoff, RetryPolicy, StepContext, StepLog } from '../runtime/step-context.js';
import { ApiError, errorMessage } from '../model/errors.js';
import { formatDuration } from '../model/format.js';
import { untrusted } from '../model/untrusted.js';

/** A server may ask for a pause; a step does not sleep longer than this on its word. */
export const MAX_RETRY_AFTER_MS = 60_000;

/** The pauses between attempts; how many attempts is the max-attempts input (its default is action.yml's). */
export const RETRY_BACKOFF: RetryBackoff = { baseDelayMs: 1000, maxDelayMs: 20_000 };

/** What a retried call takes from the step context. */
export type RetryContext = Pick<StepContext, 'retry' | 'clock' | 'log'> & { signal?: AbortSignal };

/** Per call: which errors are worth another attempt, the time after which none starts, and the retry lines' level. */
export interface RetryOptions {
  shouldRetry?: (error: unknown) => boolean;
  /** Epoch ms after which no new attempt starts (the wait's own deadline). */
  until?: number;
  /** Retries within a wait are routine: said as info, not as warnings. */
  level?: keyof StepLog;
}

/**
 * Full-jitter exponential backoff; when the service names a wait with x-acs-retry-after (milliseconds), that wait
 * is taken instead, up to MAX_RETRY_AFTER_MS, as Alibaba's own clients do (@darabonba/typescript `retry.ts`).
 */
export function backoffDelay(
  policy: RetryPolicy,
  attempt: number,
  random: () => number,
  retryAfterMs?: number
): number {
  if (retryAfterMs !== undefined && retryAfterMs > 0) return Math.min(retryAfterMs, MAX_RETRY_AFTER_MS);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(random() * ceiling);
}

/** The verdict a client's retry rules (src/eci/retry-rules.ts, src/registry/retry-rules.ts) wrote on the error. */
export function isRetryable(error: unknown): boolean {
  return error instanceof ApiError && error.retryable;
}

/**
 * Runs `attempt` until it succeeds, fails with an error `shouldRetry` refuses, runs out of attempts, or would
 * have to wait past the deadline. The last error is rethrown with the number of attempts made.
 */
export async function withRetry<T>(
  what: string,
  attempt: (attemptNumber: number) => Promise<T>,
  context: RetryContext,
  options: RetryOptions = {}
): Promise<T> {
  const { shouldRetry = isRetryable, until, level = 'warning' } = options;
  const policy = context.retry;
  const random = policy.random ?? Math.random;
  for (let attemptNumber = 1; ; attemptNumber++) {
    try {
      return await attempt(attemptNumber);
    } catch (error) {
      const last = attemptNumber >= policy.maxAttempts;
      if (!shouldRetry(error) || last || context.signal?.aborted) throw withAttempts(error, attemptNumber);
      const retryAfter = error instanceof ApiError ? error.retryAfterMs : undefined;
      const delay = backoffDelay(policy, attemptNumber, random, retryAfter);
      if (until !== undefined && context.clock.now() + delay >= until) {
        throw withAttempts(error, attemptNumber);
      }
      const reason = untrusted(
        error instanceof ApiError
          ? `${error.code}${error.statusCode ? ` (HTTP ${error.statusCode})` : ''}`
          : errorMessage(error)
      );
      context.log[level](
        `${what}: attempt ${attemptNumber} of ${policy.maxAttempts} failed with ${reason}; retrying in ${formatDuration(delay)}${askedFor(retryAfter, delay)}.`
      );
      await context.clock.sleep(delay, context.signal);
      if (context.signal?.aborted) throw withAttempts(error, attemptNumber);
    }
  }
}

/** Says where a wait came from when the service named it, and that it was shortened when it was. */
function askedFor(retryAfterMs: number | undefined, delay: number): string {
  if (retryAfterMs === undefined || retryAfterMs <= 0) return '';
  return retryAfterMs > delay
    ? ` (the service asked for ${formatDuration(retryAfterMs)}; capped at ${formatDuration(delay)})`
    : ' (as the service asked)';
}

function withAttempts(error: unknown, attempts: number): unknown {
  if (!(error instanceof ApiError) || attempts <= 1) return error;
  return new ApiError({ ...error.details(), attempts });
}
