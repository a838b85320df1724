import { ApiError, type ApiErrorDetails } from '../model/errors.js';
import { TransportError } from '../net/http.js';
import { isRetryable } from '../net/retry.js';
import { isRenewable, type CredentialProvider } from './credential.js';
import { isCertificateError } from '../net/certificate-errors.js';

/**
 * Where every retry of an Alibaba Cloud OpenAPI call (ECI, STS, ACR's token API) is decided: which failures get
 * another attempt, what to do with expired credentials, what a lost CommitContainer answer means, and which failures
 * do not end a wait. Callers build errors from facts through this file; src/net/retry.ts only runs the loop.
 */

/** What a failure is; whether it is retried is decided here. */
export type ApiErrorFacts = Omit<ApiErrorDetails, 'retryable'>;

const RETRYABLE_CODES = new Set(['ServiceUnavailable', 'InternalError', 'ServiceTimeout', 'RequestTimeout']);

/**
 * Throttling and server-side failures are worth another attempt; other 4xx answers are not. Throttling is what
 * Alibaba's clients call it: any error answer with a positive x-acs-retry-after (darabonba-openapi), or a code that
 * contains "Throttling" (e.g. Throttling.User, Rejected.Throttling; terraform-provider-alicloud NeedRetry).
 */
export function isRetryableApiCode(code: string, statusCode?: number, retryAfterMs?: number): boolean {
  if (retryAfterMs !== undefined && retryAfterMs > 0) return true;
  if (code.includes('Throttling')) return true;
  if (RETRYABLE_CODES.has(code)) return true;
  return statusCode !== undefined && (statusCode >= 500 || statusCode === 429);
}

/** An error answer, or a 2xx without a readable body: that may be a truncated answer, so it is asked again. */
export function answerError(facts: ApiErrorFacts & { statusCode: number }): ApiError {
  const ok = facts.statusCode >= 200 && facts.statusCode < 300;
  return new ApiError({
    ...facts,
    retryable: ok || isRetryableApiCode(facts.code, facts.statusCode, facts.retryAfterMs)
  });
}

/**
 * A request that got no answer. Sent or not (`ambiguous`), it is tried again unless the failure would only repeat:
 * cancelled, an answer too large, a proxy refusing the connection, an unknown host, a certificate or TLS failure.
 */
export function toNetworkApiError(action: string, error: unknown): ApiError {
  if (!(error instanceof TransportError)) throw error;
  const notSent = !error.requestSent;
  return new ApiError({
    action,
    code: error.code,
    message: error.message,
    retryable:
      error.code !== 'Aborted' &&
      error.code !== 'AnswerTooLarge' &&
      error.code !== 'ProxyConnectRefused' &&
      error.code !== 'ENOTFOUND' &&
      !isCertificateError(error.code),
    ambiguous: !notSent
  });
}

/** Calls that only read: asking again after an answer of unexpected shape does no harm. */
const READS = new Set([
  'DescribeCommitContainerTask',
  'DescribeContainerGroups',
  'DescribeContainerLog',
  'DescribeContainerGroupEvents'
]);

/**
 * A successful answer of unexpected shape (a malformed TaskId or RequestId, incomplete STS credentials): a read is
 * asked again; anything else is final, unless the request may have done its work (`ambiguous`: a CommitContainer
 * answer without a TaskId), which the commit's rules below look into before anything is sent again.
 */
export function malformedAnswer(facts: ApiErrorFacts): ApiError {
  return new ApiError({ ...facts, retryable: READS.has(facts.action) || facts.ambiguous });
}

/** Whether another attempt may help: the verdict the factories above wrote on the error. */
export { isRetryable };

/**
 * A call refused for an expired security token was not processed: the credentials are renewed (when they can be)
 * and the call is sent once more.
 */
export async function renewingExpired<T>(
  send: () => Promise<T>,
  credentials: CredentialProvider,
  signal: AbortSignal | undefined
): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (!(error instanceof ApiError && error.code === 'InvalidSecurityToken.Expired' && isRenewable(credentials)))
      throw error;
    await credentials.renew(signal);
    return send();
  }
}

/**
 * CommitContainer is not idempotent. A lost answer (`ambiguous`), or a refusal because the group is busy right after
 * one (IncorrectStatusDetail: ECI refuses the next commit on the group if the first did create a task), means a task
 * may exist: it is looked for before anything is sent again.
 */
export function commitMayHaveCreatedTask(error: ApiError, lostBefore: boolean): boolean {
  return error.ambiguous || (lostBefore && error.code === 'IncorrectStatusDetail');
}

/** CommitContainer is sent again after a transient failure, or after a lost answer whose task was not found. */
export function resendsCommit(error: unknown): boolean {
  return error instanceof ApiError && error.action === 'CommitContainer' && (error.retryable || error.ambiguous);
}

/** After a lost answer, when looking for its task failed: a task may exist, so CommitContainer is not sent again. */
export function commitNotSentAgain(facts: ApiErrorFacts): ApiError {
  return new ApiError({ ...facts, ambiguous: false, retryable: false });
}

/**
 * A wait polls until its deadline: a transient failure whose retries ran out (or stopped at the deadline) does not
 * end it, the next poll asks again; a final error does.
 */
export function keepsWaiting(error: unknown): boolean {
  return isRetryable(error);
}
