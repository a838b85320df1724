import { ApiError } from '../model/errors.js';
import { withRetry, type RetryContext } from '../net/retry.js';
import { isRetryable } from '../eci/retry-rules.js';

/**
 * Where every retry of a registry read is decided. Network failures and ACR's GetAuthorizationToken (an Alibaba
 * Cloud OpenAPI call) follow src/eci/retry-rules.ts; src/net/retry.ts only runs the loop.
 */

/** No lookup (retries included) outlasts this: a registry that does not answer must not hold the step. */
export const LOOKUP_BUDGET_MS = 60_000;

export { toNetworkApiError } from '../eci/retry-rules.js';

/** An endpoint whose answer shows it is no registry: asking it again tells nothing more. */
export const NOT_A_REGISTRY = 'NotARegistry';

/**
 * A registry's answer that says no: throttling (429) and server errors are asked again, and so is a garbled success
 * (a 2xx without a usable token); a refusal, a redirect not followed, a bad digest (no status), or an answer that did
 * not come from a registry is final.
 */
export function registryError(action: string, code: string, message: string, statusCode?: number): ApiError {
  const retryable =
    code !== NOT_A_REGISTRY &&
    statusCode !== undefined &&
    (statusCode === 429 || statusCode >= 500 || (statusCode >= 200 && statusCode < 300));
  return new ApiError({ action, code, message, retryable, ambiguous: false, ...(statusCode ? { statusCode } : {}) });
}

/** GetAuthorizationToken answered, but without a login: final (asking again gets the same answer). */
export function tokenAnswerError(action: string, code: string, message: string, requestId?: string): ApiError {
  return new ApiError({
    action,
    code,
    message,
    ...(requestId ? { requestId } : {}),
    retryable: false,
    ambiguous: false
  });
}

/** One manifest lookup, retried within LOOKUP_BUDGET_MS. */
export function lookupWithRetry<T>(what: string, lookup: () => Promise<T>, context: RetryContext): Promise<T> {
  return withRetry(what, lookup, context, {
    shouldRetry: isRetryable,
    until: context.clock.now() + LOOKUP_BUDGET_MS
  });
}

/**
 * The ACR temporary token, retried by the OpenAPI rules. Its failure is final once its own retries are over: the
 * manifest lookup that asked for it must not retry it all over again.
 */
export async function tokenWithRetry<T>(get: () => Promise<T>, context: RetryContext): Promise<T> {
  try {
    return await withRetry('GetAuthorizationToken', get, context, { shouldRetry: isRetryable });
  } catch (error) {
    throw error instanceof ApiError ? new ApiError({ ...error.details(), retryable: false }) : error;
  }
}
