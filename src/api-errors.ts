import { ApiError } from './errors.js';

/** What the HTTP layer saw of the response to one call, when one came back. */
export interface ObservedResponse {
  statusCode: number;
  retryAfterSeconds?: number;
  requestId?: string;
}

const RETRYABLE_CODES = new Set(['ServiceUnavailable', 'InternalError', 'ServiceTimeout', 'RequestTimeout']);
/** The request never left this machine: sending it again cannot duplicate anything. */
const NOT_SENT_NETWORK_CODES = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ConnectTimeout']);
/** The request may have been processed: the answer was lost. */
const LOST_ANSWER_NETWORK_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'ECONNABORTED',
  'ETIMEDOUT',
  'ReadTimeout',
  'SocketHangUp'
]);

export function isRetryableApiCode(code: string, statusCode?: number): boolean {
  if (code === 'Throttling' || code.startsWith('Throttling.')) return true;
  if (RETRYABLE_CODES.has(code)) return true;
  return statusCode !== undefined && (statusCode >= 500 || statusCode === 429);
}

interface SdkResponseError {
  code?: unknown;
  message?: unknown;
  statusCode?: unknown;
  data?: Record<string, unknown>;
}

/** Turns whatever the SDK or the network threw into one ApiError. */
export function toApiError(action: string, error: unknown, observed?: ObservedResponse): ApiError {
  if (error instanceof ApiError) return error;
  const sdkError = (error ?? {}) as SdkResponseError & { name?: unknown };
  const data = sdkError.data;
  if (data && typeof data === 'object' && ('Code' in data || 'statusCode' in data)) {
    const statusCode = Number(data.statusCode ?? sdkError.statusCode ?? observed?.statusCode) || undefined;
    const code = String(data.Code ?? data.code ?? sdkError.code ?? `HTTP${statusCode ?? ''}`);
    return new ApiError({
      action,
      code,
      message: String(data.Message ?? data.message ?? 'no message'),
      requestId: stringOrUndefined(data.RequestId ?? data.requestId) ?? observed?.requestId,
      statusCode,
      retryable: isRetryableApiCode(code, statusCode),
      retryAfterSeconds: observed?.retryAfterSeconds,
      ambiguous: false
    });
  }

  const networkCode = networkErrorCode(sdkError);
  if (networkCode) {
    const sent = !NOT_SENT_NETWORK_CODES.has(networkCode);
    return new ApiError({
      action,
      code: networkCode,
      message: describeNetworkError(networkCode, String(sdkError.message ?? '')),
      retryable: NOT_SENT_NETWORK_CODES.has(networkCode) || LOST_ANSWER_NETWORK_CODES.has(networkCode),
      ambiguous: sent
    });
  }

  if (observed) {
    // A response came back but could not be read (e.g. a proxy's HTML error page).
    return new ApiError({
      action,
      code: `HTTP${observed.statusCode}`,
      message: `unreadable response (${String(sdkError.message ?? error)})`,
      requestId: observed.requestId,
      statusCode: observed.statusCode,
      retryable: isRetryableApiCode('', observed.statusCode),
      retryAfterSeconds: observed.retryAfterSeconds,
      ambiguous: observed.statusCode >= 500
    });
  }

  return new ApiError({
    action,
    code: typeof sdkError.code === 'string' && sdkError.code ? sdkError.code : 'UnknownError',
    message: String(sdkError.message ?? error),
    retryable: false,
    ambiguous: false
  });
}

function networkErrorCode(error: SdkResponseError & { name?: unknown }): string | undefined {
  const message = String(error.message ?? '');
  if (error.name === 'RequestTimeoutError' || /^(Connect|Read)Timeout/.test(message)) {
    return message.startsWith('ConnectTimeout') ? 'ConnectTimeout' : 'ReadTimeout';
  }
  if (typeof error.code === 'string' && /^E[A-Z_]+$/.test(error.code)) return error.code;
  if (/socket hang up/i.test(message)) return 'SocketHangUp';
  return undefined;
}

function describeNetworkError(code: string, raw: string): string {
  const reasons: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset before the answer arrived',
    SocketHangUp: 'connection closed before the answer arrived',
    EPIPE: 'connection broken while sending',
    ETIMEDOUT: 'connection timed out',
    ConnectTimeout: 'could not connect in time',
    ReadTimeout: 'no answer in time',
    ENOTFOUND: 'host not found (check region-id or endpoint)',
    EAI_AGAIN: 'temporary DNS failure'
  };
  const reason = reasons[code] ?? 'network error';
  const detail = raw.split(/\.\s/)[0];
  return detail && !detail.includes(reason) ? `${reason} (${detail})` : reason;
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}
