import { randomUUID } from 'node:crypto';
import { stringify } from 'node:querystring';
import { answerError, toNetworkApiError } from './retry-rules.js';
import { parseRetryAfterMs, readErrorAnswer } from './error-answer.js';
import type { Endpoint } from '../model/settings.js';
import type { CredentialProvider } from './credential.js';
import type { ProxyConfig } from '../net/proxy.js';
import { requestIdOrNothing } from './answer-ids.js';
import { formatIsoSeconds } from '../model/format.js';
import { untrusted } from '../model/untrusted.js';
import type { OpenApiUtil } from './eci-sdk.js';
import { sendHttp, type HttpResponse } from '../net/http.js';

export interface OpenApiCall {
  action: string;
  version: string;
  method: string;
  pathname: string;
  query: Record<string, string>;
  /** Form fields, for the few APIs that send a body. */
  form?: Record<string, string>;
}

/** How every call travels, whatever API it goes to. */
export interface CallTransport {
  userAgent: string;
  connectTimeoutMs: number;
  readTimeoutMs: number;
  proxy: ProxyConfig;
  signal?: AbortSignal;
  openApiUtil: OpenApiUtil;
  /** This call's answer cap, for the one API whose legal answers exceed the transport's default (a log). */
  maxBodyBytes?: number;
}

export interface CallOptions extends CallTransport {
  endpoint: Endpoint;
  /** Omitted for anonymous calls (STS AssumeRoleWithOIDC). */
  credentials?: CredentialProvider;
}

const ALGORITHM = 'ACS3-HMAC-SHA256';

/**
 * Sends one RPC-style OpenAPI call signed by the SDK's own ACS3-HMAC-SHA256 signer. The SDK's HTTP layer is
 * bypassed because it ignores proxies, drops the headers of error answers (x-acs-retry-after), cannot be
 * cancelled, and cannot tell whether a failed request was sent.
 */
export async function callOpenApi(
  call: OpenApiCall,
  options: CallOptions
): Promise<{ statusCode: number; headers: Record<string, string>; body: Record<string, unknown> }> {
  const { openApiUtil } = options;
  const body = call.form && Object.keys(call.form).length > 0 ? stringify(call.form) : '';
  const headers: Record<string, string> = {
    host: options.endpoint.host,
    'x-acs-action': call.action,
    'x-acs-version': call.version,
    'x-acs-date': formatIsoSeconds(Date.now()),
    'x-acs-signature-nonce': randomUUID().replace(/-/g, ''),
    'x-acs-content-sha256': openApiUtil.hexEncode(openApiUtil.hash(Buffer.from(body), ALGORITHM)),
    'user-agent': options.userAgent,
    accept: 'application/json',
    ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {})
  };
  if (options.credentials) {
    const credential = await options.credentials.getCredential(options.signal);
    if (credential.securityToken) {
      headers['x-acs-accesskey-id'] = credential.accessKeyId;
      headers['x-acs-security-token'] = credential.securityToken;
    }
    const signable = { method: call.method, pathname: call.pathname, headers, query: call.query };
    headers.authorization = openApiUtil.getAuthorization(
      signable as unknown as Parameters<OpenApiUtil['getAuthorization']>[0],
      ALGORITHM,
      headers['x-acs-content-sha256'],
      credential.accessKeyId,
      credential.accessKeySecret
    );
  }
  const query = stringify(call.query);
  let response: HttpResponse;
  try {
    response = await sendHttp(
      {
        protocol: options.endpoint.protocol,
        host: options.endpoint.host,
        method: call.method,
        path: `${call.pathname}${query ? `?${query}` : ''}`,
        headers,
        body
      },
      options
    );
  } catch (error) {
    throw toNetworkApiError(call.action, error);
  }
  return readAnswer(call.action, response);
}

function readAnswer(
  action: string,
  response: HttpResponse
): { statusCode: number; headers: Record<string, string>; body: Record<string, unknown> } {
  const headers = Object.fromEntries(
    Object.entries(response.headers).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.join(', ') : (value ?? '')
    ])
  );
  let body: Record<string, unknown> | undefined;
  try {
    const parsed: unknown = JSON.parse(response.body);
    if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
  } catch {
    body = undefined;
  }
  const ok = response.statusCode >= 200 && response.statusCode < 300;
  if (ok && body) return { statusCode: response.statusCode, headers, body };

  const answer = ok ? {} : readErrorAnswer(response.body, headers['content-type']);
  const retryAfterMs = ok ? undefined : parseRetryAfterMs(headers['x-acs-retry-after']);
  // Everything below comes from the network (a proxy's error page among it) and ends up in log lines.
  const requestId = requestIdOrNothing(answer.requestId) ?? requestIdOrNothing(headers['x-acs-request-id']);
  const code = answer.code ?? `HTTP${response.statusCode}`;
  const message =
    answer.message ??
    `unreadable answer (${response.statusCode}, ${untrusted(headers['content-type'] || 'no content type', 80)})${
      // A proxy's error page says what went wrong; a garbled success may hold credentials not masked yet.
      ok ? '' : `: ${untrusted(response.body.slice(0, 120))}`
    }`;
  throw answerError({
    action,
    code,
    message,
    requestId,
    statusCode: response.statusCode,
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    ...(answer.accessDenied ? { accessDenied: answer.accessDenied } : {}),
    // A 2xx without a readable body, or a gateway error, may hide work done.
    ambiguous: ok || response.statusCode >= 500
  });
}
