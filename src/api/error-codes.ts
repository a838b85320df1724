const RETRYABLE_CODES = new Set(['ServiceUnavailable', 'InternalError', 'ServiceTimeout', 'RequestTimeout']);

/** Throttling and server-side failures are worth another attempt; other 4xx answers are not. */
export function isRetryableApiCode(code: string, statusCode?: number): boolean {
  if (code === 'Throttling' || code.startsWith('Throttling.')) return true;
  if (RETRYABLE_CODES.has(code)) return true;
  return statusCode !== undefined && (statusCode >= 500 || statusCode === 429);
}
