import { sendHttp, type HttpRequest, type HttpResponse } from '../net/http.js';
import type { ProxyConfig } from '../net/proxy.js';
import type { Clock } from '../runtime/clock.js';

/** What a link of the default chain hands out. */
export interface ChainCredentials {
  accessKeyId?: string;
  accessKeySecret?: string;
  securityToken?: string;
}

export interface ChainProvider {
  getCredentials(signal?: AbortSignal): Promise<ChainCredentials>;
}

/** What the chain's own HTTP links need: the step's clock and proxy settings. */
export interface ChainHttpOptions {
  clock: Pick<Clock, 'now'>;
  proxy: ProxyConfig;
}

/**
 * A credential answer is a few kilobytes of JSON. Bounded far below the transport's 1 MiB, and never inflated: the
 * action asks for no compression, and a gzip answer is bytes that do not parse.
 */
export const MAX_CREDENTIAL_ANSWER_BYTES = 64 * 1024;

/** Temporary credentials are fetched again this long before their Expiration, as @alicloud/credentials does. */
const RENEW_BEFORE_MS = 15 * 60_000;

export interface Timeouts {
  connectTimeoutMs: number;
  readTimeoutMs: number;
}

/** One request through the action's transport, bounded in size and time; `signal` ends it early. */
export function fetchCredentialAnswer(
  request: HttpRequest,
  timeouts: Timeouts,
  options: ChainHttpOptions,
  signal?: AbortSignal
): Promise<HttpResponse> {
  return sendHttp(request, {
    ...timeouts,
    proxy: options.proxy,
    maxBodyBytes: MAX_CREDENTIAL_ANSWER_BYTES,
    ...(signal ? { signal } : {})
  });
}

export interface SessionCredentials extends Required<ChainCredentials> {
  /** Epoch ms; NaN when the answer gave no readable Expiration (then fetched again for each use). */
  expiresAt: number;
}

/**
 * The JSON of a credentials URI or of the ECS metadata service: AccessKeyId, AccessKeySecret, SecurityToken and
 * Expiration (the field names @alicloud/credentials reads). The error never quotes the answer: it holds secrets.
 */
export function parseSessionAnswer(answer: HttpResponse, source: string): SessionCredentials {
  if (answer.statusCode !== 200) throw new Error(`${source} answered HTTP ${answer.statusCode}`);
  let data: unknown;
  try {
    data = JSON.parse(answer.body);
  } catch {
    throw new Error(`${source} answered ${answer.raw.length} bytes that are not JSON`);
  }
  const fields = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const field = (name: string): string => (typeof fields[name] === 'string' ? (fields[name] as string) : '');
  const [accessKeyId, accessKeySecret, securityToken] = ['AccessKeyId', 'AccessKeySecret', 'SecurityToken'].map(field);
  if (!accessKeyId || !accessKeySecret || !securityToken) {
    throw new Error(`${source} answered no complete AccessKeyId, AccessKeySecret and SecurityToken`);
  }
  return { accessKeyId, accessKeySecret, securityToken, expiresAt: Date.parse(field('Expiration')) };
}

/** Reuses a session until shortly before it expires; `fetch` gets a new one. */
export class SessionCache {
  private current?: SessionCredentials;

  constructor(
    private readonly clock: Pick<Clock, 'now'>,
    private readonly fetch: (signal?: AbortSignal) => Promise<SessionCredentials>
  ) {}

  async get(signal?: AbortSignal): Promise<ChainCredentials> {
    const fresh = this.current && this.clock.now() < this.current.expiresAt - RENEW_BEFORE_MS;
    if (!fresh) this.current = await this.fetch(signal);
    const { accessKeyId, accessKeySecret, securityToken } = this.current!;
    return { accessKeyId, accessKeySecret, securityToken };
  }
}
