/** Every request the emulator received, for tests and the benchmark to inspect. */
import type { IncomingHttpHeaders } from 'node:http';

export type InjectedFault = 'error' | 'drop-before-processing' | 'drop-after-processing';

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
