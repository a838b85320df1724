import { isIP } from 'node:net';

export interface ProxyConfig {
  httpsProxy?: URL;
  httpProxy?: URL;
  /** NO_PROXY entries, lower-cased: `*`, hosts, domain suffixes (`.example.com`), optionally with `:port`. */
  noProxy: string[];
}

function proxyUrl(value: string | undefined): URL | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
  } catch {
    throw new Error(`The proxy address '${text}' (HTTPS_PROXY/HTTP_PROXY) is not a valid URL.`);
  }
}

/** Reads HTTPS_PROXY, HTTP_PROXY and NO_PROXY (either case, lower case first, as curl does). */
export function proxyConfigFromEnv(env: NodeJS.ProcessEnv): ProxyConfig {
  const noProxy = env.no_proxy ?? env.NO_PROXY ?? '';
  return {
    httpsProxy: proxyUrl(env.https_proxy ?? env.HTTPS_PROXY),
    httpProxy: proxyUrl(env.http_proxy ?? env.HTTP_PROXY),
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

/** The proxy to use for a request to `protocol://hostname:port`, or undefined to connect directly. */
export function proxyFor(
  config: ProxyConfig,
  protocol: 'http' | 'https',
  hostname: string,
  port: string
): URL | undefined {
  const proxy = protocol === 'https' ? config.httpsProxy : config.httpProxy;
  if (!proxy) return undefined;
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return config.noProxy.some((entry) => bypasses(entry, host, port)) ? undefined : proxy;
}
