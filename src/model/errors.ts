/** A problem with the step's inputs: reported before any network call. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** The container group, once listed, does not allow what the inputs ask (an unknown container, no such group). */
export class PlanError extends Error {
  override readonly name = 'PlanError';
}

/** No usable credentials: found when they are first asked for, which may follow a call (the default chain). */
export class CredentialError extends Error {
  override readonly name = 'CredentialError';
}

/** A task given as task-id (or just created) that ECI never listed. */
export class TaskNotFoundError extends Error {
  override readonly name = 'TaskNotFoundError';
}

/** What RAM says about a denied call (the `AccessDeniedDetail` of a Forbidden.RAM answer). */
export interface AccessDeniedDetail {
  AuthAction?: string;
  AuthPrincipalType?: string;
  AuthPrincipalDisplayName?: string;
  AuthPrincipalOwnerId?: string;
  NoPermissionType?: string;
  PolicyType?: string;
  EncodedDiagnosticMessage?: string;
}

export interface ApiErrorDetails {
  action: string;
  code: string;
  message: string;
  requestId?: string;
  statusCode?: number;
  /**
   * Whether another attempt may help: set only by a client's retry rules (src/eci/retry-rules.ts,
   * src/registry/retry-rules.ts) from the facts below. Absent: final.
   */
  retryable?: boolean;
  /** Milliseconds the service asked us to wait before the next attempt (x-acs-retry-after). */
  retryAfterMs?: number;
  /** RAM's account of a denied call, when the answer carried one. */
  accessDenied?: AccessDeniedDetail;
  /** The request may have reached the service although no answer came back. */
  ambiguous: boolean;
  /** How many attempts were made, when more than one. */
  attempts?: number;
}

/** One error type for every failed API call, whatever the SDK or the network threw. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly action: string;
  readonly code: string;
  readonly detail: string;
  readonly requestId?: string;
  readonly statusCode?: number;
  readonly retryable: boolean;
  readonly retryAfterMs?: number;
  readonly accessDenied?: AccessDeniedDetail;
  readonly ambiguous: boolean;
  readonly attempts?: number;

  constructor(details: ApiErrorDetails) {
    const status = details.statusCode ? ` (HTTP ${details.statusCode})` : '';
    const request = details.requestId ? ` [RequestId: ${details.requestId}]` : '';
    const attempts = details.attempts && details.attempts > 1 ? ` (after ${details.attempts} attempts)` : '';
    super(`${details.action} failed${attempts}: ${details.code}${status}: ${details.message}${request}`);
    this.action = details.action;
    this.code = details.code;
    this.detail = details.message;
    this.requestId = details.requestId;
    this.statusCode = details.statusCode;
    this.retryable = details.retryable ?? false;
    this.retryAfterMs = details.retryAfterMs;
    this.accessDenied = details.accessDenied;
    this.ambiguous = details.ambiguous;
    this.attempts = details.attempts;
  }

  details(): ApiErrorDetails {
    return {
      action: this.action,
      code: this.code,
      message: this.detail,
      requestId: this.requestId,
      statusCode: this.statusCode,
      retryable: this.retryable,
      retryAfterMs: this.retryAfterMs,
      accessDenied: this.accessDenied,
      ambiguous: this.ambiguous,
      attempts: this.attempts
    };
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
