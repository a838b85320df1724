import type http from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type https from 'node:https';
import { isIP } from 'node:net';
import type tls from 'node:tls';
import { basicAuthorization, decodedUserInfo } from '../runtime/mask.js';
import { maskProxyUserInfo } from './environment-secrets.js';
import { proxyFor, type ProxyConfig } from './proxy.js';

export interface HttpRequest {
  protocol: 'http' | 'https';
  /** host[:port] */
  host: string;
  method: string;
  /** Path with query string. */
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface HttpResponse {
  statusCode: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** The body's exact bytes (a registry digest is the hash of these). */
  raw: Buffer;
}

/** No answer of the APIs this action calls comes near this; anything larger is refused, not read into memory. */
export const MAX_ANSWER_BYTES = 1024 * 1024;

export interface TransportOptions {
  connectTimeoutMs: number;
  /** From the moment the connection stands until the whole answer is in. */
  readTimeoutMs: number;
  proxy: ProxyConfig;
  signal?: AbortSignal;
  /** An answer with a longer body fails with AnswerTooLarge instead of being read on; default MAX_ANSWER_BYTES. */
  maxBodyBytes?: number;
}

/** A network failure, with whether the request may have reached the server (and so been processed). */
export class TransportError extends Error {
  override readonly name = 'TransportError';
  constructor(
    readonly code: string,
    message: string,
    readonly requestSent: boolean
  ) {
    super(message);
  }
}

let plain: { http: typeof http; agent: http.Agent } | undefined;

/** node:http, loaded by the first request: a step that ends before one (bad input) never pays it (about 3 MiB). */
function loadPlain(): { http: typeof http; agent: http.Agent } {
  if (!plain) {
    const module = process.getBuiltinModule('node:http');
    plain = { http: module, agent: new module.Agent({ keepAlive: true, maxSockets: 4 }) };
  }
  return plain;
}

interface Secure {
  https: typeof https;
  tls: typeof tls;
  agent: https.Agent;
}

let secureModules: Promise<Secure> | undefined;

/** node:https and node:tls, loaded by the first https call: a step that ends before one (bad input) never pays them. */
function loadSecure(): Promise<Secure> {
  secureModules ??= Promise.all([import('node:https'), import('node:tls')]).then(([httpsModule, tlsModule]) => ({
    https: httpsModule.default,
    tls: tlsModule.default,
    agent: new httpsModule.default.Agent({ keepAlive: true, maxSockets: 4 })
  }));
  return secureModules;
}

function splitHost(host: string, protocol: 'http' | 'https'): { hostname: string; port: string } {
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host);
  const hostname = (match?.[1] ?? host).replace(/^\[|\]$/g, '');
  return { hostname, port: match?.[2] ?? (protocol === 'https' ? '443' : '80') };
}

function proxyAuthorization(proxy: URL): Record<string, string> {
  if (!proxy.username) return {};
  maskProxyUserInfo(proxy.href);
  const { username, password } = decodedUserInfo(proxy);
  return { 'proxy-authorization': basicAuthorization(username, password) };
}

/**
 * Headers are set on the request once it exists, never passed in its options: with NODE_DEBUG=http Node prints the
 * options of every new connection, and they would carry the authorization headers.
 */
function withHeaders(request: http.ClientRequest, headers: Record<string, string>): http.ClientRequest {
  for (const [name, value] of Object.entries(headers)) request.setHeader(name, value);
  return request;
}

/**
 * Opens a tunnel through an HTTP proxy (CONNECT) and starts TLS inside it, checking the certificate against the
 * target host. The connect timeout and the cancellation signal cover the whole of it, handshake included.
 */
function tunnel(
  tlsModule: typeof tls,
  proxy: URL,
  hostname: string,
  port: string,
  options: TransportOptions
): Promise<tls.TLSSocket> {
  return new Promise((resolve, reject) => {
    const target = `${isIP(hostname) === 6 ? `[${hostname}]` : hostname}:${port}`;
    let secure: tls.TLSSocket | undefined;
    let settled = false;
    const finish = (error?: TransportError): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      if (!error) return resolve(secure!);
      secure?.destroy();
      connect.destroy();
      reject(error);
    };
    const onAbort = (): void => finish(new TransportError('Aborted', 'the request was cancelled', false));
    let answered = false;
    const connect = withHeaders(
      loadPlain().http.request({
        host: proxy.hostname.replace(/^\[|\]$/g, ''),
        port: proxy.port || 80,
        method: 'CONNECT',
        path: target,
        agent: false
      }),
      { host: target, ...proxyAuthorization(proxy) }
    );
    const timer = setTimeout(
      () =>
        finish(
          new TransportError(
            'ConnectTimeout',
            `no TLS tunnel through the proxy in ${options.connectTimeoutMs} ms`,
            false
          )
        ),
      options.connectTimeoutMs
    );
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    connect.on('connect', (response, socket) => {
      answered = true;
      if (response.statusCode !== 200) {
        socket.destroy();
        // A refusal (407 credentials, 403 policy) will not change on its own; a 5xx may.
        const code = (response.statusCode ?? 0) >= 500 ? 'ProxyConnectFailed' : 'ProxyConnectRefused';
        finish(
          new TransportError(code, `the proxy answered CONNECT to ${target} with HTTP ${response.statusCode}`, false)
        );
        return;
      }
      secure = tlsModule.connect({ socket, host: hostname, ...(isIP(hostname) ? {} : { servername: hostname }) });
      secure.once('secureConnect', () => finish());
      secure.once('close', () =>
        finish(new TransportError('SocketHangUp', 'the TLS connection closed during its handshake', false))
      );
      secure.once('error', (error) =>
        finish(new TransportError((error as NodeJS.ErrnoException).code ?? 'TLSError', error.message, false))
      );
    });
    connect.on('error', (error) =>
      finish(
        new TransportError((error as NodeJS.ErrnoException).code ?? 'ProxyError', `proxy: ${error.message}`, false)
      )
    );
    connect.on('close', () => {
      if (!answered)
        finish(new TransportError('SocketHangUp', 'the proxy closed the connection without answering CONNECT', false));
    });
    connect.end();
  });
}

/** Sends one request and reads the whole answer, with connect and read timeouts and an optional proxy. */
export async function sendHttp(request: HttpRequest, options: TransportOptions): Promise<HttpResponse> {
  const { hostname, port } = splitHost(request.host, request.protocol);
  const proxy = proxyFor(options.proxy, request.protocol, hostname, port);
  const headers = {
    ...request.headers,
    ...(request.body ? { 'content-length': String(Buffer.byteLength(request.body)) } : {})
  };
  const base = { method: request.method, signal: options.signal };
  const secure = request.protocol === 'https' ? await loadSecure() : undefined;
  const requestOptions: http.RequestOptions = proxy
    ? {
        ...base,
        host: hostname,
        port,
        path: request.path,
        createConnection: await tunnelFor(proxy, hostname, port, options)
      }
    : { ...base, host: hostname, port, path: request.path, agent: secure?.agent ?? loadPlain().agent };
  return exchange(secure?.https ?? loadPlain().http, requestOptions, headers, request.body, options);
}

async function tunnelFor(
  proxy: URL,
  hostname: string,
  port: string,
  options: TransportOptions
): Promise<() => tls.TLSSocket> {
  const socket = await tunnel((await loadSecure()).tls, proxy, hostname, port, options);
  return () => socket;
}

function exchange(
  library: typeof http | typeof https,
  requestOptions: http.RequestOptions,
  headers: Record<string, string>,
  body: string | undefined,
  options: TransportOptions
): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    let sent = false;
    let settled = false;
    let readTimer: NodeJS.Timeout | undefined;
    const fail = (error: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      clearTimeout(readTimer);
      if (error instanceof TransportError) return reject(error);
      if (error.name === 'AbortError') return reject(new TransportError('Aborted', 'the request was cancelled', sent));
      const code = (error as NodeJS.ErrnoException).code ?? 'NetworkError';
      reject(
        new TransportError(
          code === 'ECONNRESET' && /socket hang up/i.test(error.message) ? 'SocketHangUp' : code,
          error.message,
          sent
        )
      );
    };
    const request = withHeaders(library.request(requestOptions), headers);
    const connectTimer = setTimeout(
      () =>
        request.destroy(
          new TransportError('ConnectTimeout', `could not connect in ${options.connectTimeoutMs} ms`, false)
        ),
      options.connectTimeoutMs
    );
    const startReadTimer = (): void => {
      clearTimeout(connectTimer);
      readTimer ??= setTimeout(
        () =>
          request.destroy(new TransportError('ReadTimeout', `no complete answer in ${options.readTimeoutMs} ms`, true)),
        options.readTimeoutMs
      );
    };
    request.on('socket', (socket) => {
      if (socket.connecting) socket.once('connect', startReadTimer);
      else startReadTimer();
    });
    request.on('finish', () => (sent = true));
    request.on('error', fail);
    // Node destroys the socket of an upgrade nobody listens for and emits neither 'error' nor 'response'; none of
    // the APIs called here upgrades, so a 101 is a broken answer. So is a connection that closes before any.
    request.on('upgrade', (response, socket) => {
      socket.destroy();
      fail(
        new TransportError(
          'UnexpectedUpgrade',
          `the server answered HTTP ${response.statusCode} (Switching Protocols), which is not an answer of this API`,
          true
        )
      );
    });
    request.on('close', () =>
      fail(new TransportError('SocketHangUp', 'the connection closed before a complete answer', sent))
    );
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const limit = options.maxBodyBytes ?? MAX_ANSWER_BYTES;
      const tooLarge = (): void => {
        fail(
          new TransportError(
            'AnswerTooLarge',
            `the answer (HTTP ${response.statusCode}) is larger than ${limit} bytes; it was not read`,
            true
          )
        );
        request.destroy();
      };
      if (Number(response.headers['content-length']) > limit) return tooLarge();
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (settled) return;
        if (size > limit) return tooLarge();
        chunks.push(chunk);
      });
      response.on('error', fail);
      response.on('aborted', () => fail(new TransportError('ECONNRESET', 'the answer was cut off', true)));
      response.on('end', () => {
        if (settled) return;
        settled = true;
        clearTimeout(readTimer);
        const raw = Buffer.concat(chunks);
        resolve({ statusCode: response.statusCode ?? 0, headers: response.headers, body: raw.toString('utf8'), raw });
      });
    });
    request.end(body);
  });
}
