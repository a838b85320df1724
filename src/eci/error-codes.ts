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
