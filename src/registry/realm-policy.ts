import { BlockList, isIP } from 'node:net';
import { isLoopbackHost } from '../net/proxy.js';

/**
 * Addresses a registry must never make the runner call: link-local (cloud metadata services answer there, e.g.
 * 169.254.169.254), Alibaba Cloud's metadata service 100.100.100.200, AWS's IPv6 one, and "this network" 0.0.0.0/8.
 */
const FORBIDDEN = new BlockList();
FORBIDDEN.addSubnet('169.254.0.0', 16, 'ipv4');
FORBIDDEN.addAddress('100.100.100.200', 'ipv4');
FORBIDDEN.addSubnet('0.0.0.0', 8, 'ipv4');
FORBIDDEN.addSubnet('fe80::', 10, 'ipv6');
FORBIDDEN.addAddress('fd00:ec2::254', 'ipv6');

/** The host part of a URL's hostname, without IPv6 brackets. */
export function bareHost(hostname: string): string {
  return hostname.replace(/^\[|\]$/g, '').toLowerCase();
}

/** Whether `hostname` is an IP literal of a link-local or metadata address (IPv4-mapped IPv6 included). */
export function isForbiddenAddress(hostname: string): boolean {
  const bare = bareHost(hostname);
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(bare);
  if (mapped) {
    const [high, low] = [parseInt(mapped[1], 16), parseInt(mapped[2], 16)];
    return FORBIDDEN.check(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`, 'ipv4');
  }
  const mappedDotted = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(bare);
  if (mappedDotted) return FORBIDDEN.check(mappedDotted[1], 'ipv4');
  const family = isIP(bare);
  return family === 4 ? FORBIDDEN.check(bare, 'ipv4') : family === 6 ? FORBIDDEN.check(bare, 'ipv6') : false;
}

/** Whether a registry may send the client on to `url`: https, or plain http on loopback from a loopback endpoint. */
export function mayFollow(url: URL, endpoint: { protocol: 'http' | 'https'; host: string }): boolean {
  if (isForbiddenAddress(url.hostname)) return false;
  if (url.protocol === 'https:') return true;
  const endpointHost = new URL(`http://${endpoint.host}`).hostname;
  return (
    url.protocol === 'http:' &&
    endpoint.protocol === 'http' &&
    isLoopbackHost(bareHost(endpointHost)) &&
    isLoopbackHost(bareHost(url.hostname))
  );
}

/**
 * Why the client must not ask `realm` for a token, or undefined when it may: plain http off loopback (credentials
 * in clear, or an anonymous request forged by the registry), a link-local or metadata address, or a host outside
 * `realmHostSuffix` when the credentials may go only there.
 */
export function whyNotRealm(realm: URL, realmHostSuffix: string | undefined): string | undefined {
  const host = bareHost(realm.hostname);
  if (isForbiddenAddress(host)) return 'a link-local or cloud metadata address';
  if (realm.protocol === 'http:' && !isLoopbackHost(host)) return 'plain http';
  if (realmHostSuffix && !host.endsWith(realmHostSuffix)) return `a host outside ${realmHostSuffix}`;
  return undefined;
}

/**
 * The scope to ask the token service for: the challenge's, when it is pull access to the repository being read;
 * otherwise pull access to that repository, so a registry cannot have a token for another repository or for push.
 */
export function pullScope(challengeScope: string | undefined, name: string): string {
  const own = `repository:${name}:pull`;
  if (challengeScope === undefined) return own;
  const match = /^repository:([^:\s]+):([a-z*,]+)$/.exec(challengeScope.trim());
  if (!match || match[1] !== name) return own;
  const actions = new Set(match[2].split(','));
  return actions.size === 1 && actions.has('pull') ? challengeScope.trim() : own;
}
