import { isIP } from 'node:net';
import { InputError } from '../model/errors.js';

export function isLoopbackHost(hostname: string): boolean {
  const bare = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(?:\.\d{1,3}){3}$/.test(bare);
}

/**
 * Only HTTPS calls are ever proxied, through an HTTP CONNECT tunnel: plain http:// is allowed for loopback
 * endpoints only, and a loopback host is never sent to a proxy (the proxy's loopback is not ours, and a signed
 * request must not leave the machine unencrypted).
 */
export interface ProxyConfig {
  /** HTTPS_PROXY as given: read only when a call would use it, so a proxy that is never used cannot fail a step. */
  httpsProxy?: string;
  /** NO_PROXY entries, lower-cased: `*`, hosts, domain suffixes (`.example.com`), optionally with `:port`. */
  noProxy: string[];
}

/** The proxy address with any user information hidden: it may hold the proxy's password. */
function redacted(text: string): string {
  const at = text.lastIndexOf('@');
  if (at < 0) return text;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(text)?.[0] ?? '';
  return `${scheme}***${text.slice(at)}`;
}

function proxyUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
  } catch {
    throw new InputError(
      `Invalid HTTPS_PROXY '${redacted(text)}'. Expected a URL such as http://proxy.example.com:3128.`
    );
  }
  if (url.protocol !== 'http:') {
    throw new InputError(
      `Invalid HTTPS_PROXY '${redacted(text)}': only http:// proxies (HTTP CONNECT) are supported. Expected a URL such as http://proxy.example.com:3128.`
    );
  }
  return url;
}

/** Reads HTTPS_PROXY and NO_PROXY (either case, lower case first, as curl does). */
export function proxyConfigFromEnv(env: NodeJS.ProcessEnv): ProxyConfig {
  const noProxy = env.no_proxy ?? env.NO_PROXY ?? '';
  const httpsProxy = (env.https_proxy ?? env.HTTPS_PROXY)?.trim();
  return {
    ...(httpsProxy ? { httpsProxy } : {}),
    noProxy: noProxy
      .split(/[\s,]+/)
      .map((entry) => entry.trim().toLowerCase())
      .filter(Boolean)
  };
}

function bypasses(entry: string, hostname: string, port: string): boolean {
  if (entry === '*') return true;
  // `[::1]:8080`, `[::1]`, and a bare IPv6 address (`::1`), whose colons are not a port separator.
  const bracketed = /^\[([^\]]*)\](?::(\d+))?$/.exec(entry);
  const portMatch = bracketed ?? (isIP(entry) === 6 ? [entry, entry] : /^(.*?)(?::(\d+))?$/.exec(entry)!);
  const [entryHost, entryPort] = [portMatch[1], portMatch[2]];
  if (entryPort && entryPort !== port) return false;
  if (isIP(hostname) || isIP(entryHost)) return hostname === entryHost;
  const domain = entryHost.replace(/^\*?\./, '');
  return hostname === domain || hostname.endsWith(`.${domain}`);
}

/**
 * The proxy to use for a request to `protocol://hostname:port`, or undefined to connect directly. Throws an
 * InputError, before anything is sent, when the proxy that would be used is not a usable http:// URL.
 */
export function proxyFor(
  config: ProxyConfig,
  protocol: 'http' | 'https',
  hostname: string,
  port: string
): URL | undefined {
  if (!config.httpsProxy || protocol !== 'https' || isLoopbackHost(hostname)) return undefined;
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return config.noProxy.some((entry) => bypasses(entry, host, port)) ? undefined : proxyUrl(config.httpsProxy);
}
