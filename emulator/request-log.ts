/** Every request the emulator received, for tests and the benchmark to inspect. */
import type { IncomingHttpHeaders } from 'node:http';

export type InjectedFault = 'error' | 'drop-before-processing' | 'drop-after-processing' | 'raw-answer';

export interface RecordedRequest {
  requestId: string;
  service: 'eci' | 'sts' | 'cr' | 'registry' | 'github' | 'unknown';
  /** '' when the request named no action. */
  action: string;
  version?: string;
  method: string;
  path: string;
  /** Query and form body merged, flattened as sent: `Image.Repository`, `TaskId.1`, ... */
  params: Record<string, string>;
  headers: IncomingHttpHeaders;
  accessKeyId?: string;
  securityTokenPresent: boolean;
  /** null when no signature was checked (anonymous action, or rejected before authentication). */
  signatureValid: boolean | null;
  /** Epoch ms by the emulator's clock, when the request arrived. */
  receivedAt: number;
  /** HTTP status answered; absent when the connection was destroyed instead. */
  status?: number;
  errorCode?: string;
  injectedFault?: InjectedFault;
  delayedMs?: number;
}

export class RequestLog {
  private records: RecordedRequest[] = [];

  add(record: RecordedRequest): RecordedRequest {
    this.records.push(record);
    return record;
  }

  all(): RecordedRequest[] {
    return [...this.records];
  }

  forAction(action: string): RecordedRequest[] {
    return this.records.filter((record) => record.action === action);
  }

  clear(): void {
    this.records = [];
  }
}

/** Headers and parameters that carry a credential: a signature, a security token, an OIDC or bearer token. */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'x-acs-security-token', 'cookie']);
const SECRET_PARAMS = new Set(['OIDCToken', 'SecurityToken', 'Signature', 'AccessKeySecret', 'Token']);
const REDACTED = '[redacted]';

/**
 * The record as the admin API shows it: the emulator runs on users' machines, where its log may be read by others,
 * so credentials are replaced (keeping an Authorization header's scheme, which says how the request was signed).
 */
export function redactRequest(record: RecordedRequest): RecordedRequest {
  const headers = Object.fromEntries(
    Object.entries(record.headers).map(([name, value]) => {
      if (!SECRET_HEADERS.has(name.toLowerCase())) return [name, value];
      const scheme = name.toLowerCase().endsWith('authorization') ? /^\S+(?=\s)/.exec(String(value))?.[0] : undefined;
      return [name, scheme ? `${scheme} ${REDACTED}` : REDACTED];
    })
  );
  const params = Object.fromEntries(
    Object.entries(record.params).map(([name, value]) => [name, SECRET_PARAMS.has(name) ? REDACTED : value])
  );
  return { ...record, headers, params };
}
