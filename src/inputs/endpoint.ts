import { isLoopbackHost } from '../net/proxy.js';
import { InputError } from '../model/errors.js';
import type { Endpoint } from '../model/settings.js';

const HOST_PATTERN =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

/**
 * Accepts `host`, `host:port`, `https://host[:port]` and, for loopback hosts only, `http://host[:port]`:
 * signed requests and security tokens must never travel unencrypted over a network.
 */
export function parseEndpoint(name: string, value: string): Endpoint {
  const text = value.trim();
  const expected = `Expected a host such as eci.cn-hangzhou.aliyuncs.com, or https://host[:port] (http:// only for loopback hosts).`;
  const schemeMatch = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(text);
  const scheme = schemeMatch ? schemeMatch[1].toLowerCase() : 'https';
  if (scheme !== 'https' && scheme !== 'http') {
    throw new InputError(`Invalid ${name} '${value}'. ${expected}`);
  }
  let url: URL;
  try {
    url = new URL(schemeMatch ? text : `https://${text}`);
  } catch {
    throw new InputError(`Invalid ${name} '${value}'. ${expected}`);
  }
  const hostname = url.hostname;
  const validHost = HOST_PATTERN.test(hostname) || /^\[[0-9a-fA-F:.]+\]$/.test(hostname);
  if (
    !validHost ||
    url.username ||
    url.password ||
    (url.pathname !== '/' && url.pathname !== '') ||
    url.search ||
    url.hash
  ) {
    throw new InputError(`Invalid ${name} '${value}'. ${expected}`);
  }
  if (/\/./.test(text.replace(/^[A-Za-z]+:\/\//, ''))) {
    throw new InputError(`Invalid ${name} '${value}'. ${expected}`);
  }
  if (scheme === 'http' && !isLoopbackHost(hostname)) {
    throw new InputError(
      `Invalid ${name} '${value}': http:// is accepted only for loopback hosts (127.0.0.1, localhost, [::1]); signed requests must use https://.`
    );
  }
  return { protocol: scheme, host: url.port ? `${hostname}:${url.port}` : hostname };
}

export function formatEndpoint(endpoint: Endpoint): string {
  return `${endpoint.protocol}://${endpoint.host}`;
}
