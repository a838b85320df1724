import { BlockList, isIP } from 'node:net';
import { isLoopbackHost } from '../net/proxy.js';
import type { Endpoint } from '../model/settings.js';

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

/** Private networks (RFC 1918, and RFC 4193's unique local IPv6): a registry must not send the runner into them. */
const PRIVATE = new BlockList();
PRIVATE.addSubnet('10.0.0.0', 8, 'ipv4');
PRIVATE.addSubnet('172.16.0.0', 12, 'ipv4');
PRIVATE.addSubnet('192.168.0.0', 16, 'ipv4');
PRIVATE.addSubnet('fc00::', 7, 'ipv6');

/** Suffix of Alibaba Cloud's own hosts, where ACR's token service (dockerauth) answers. */
export const ALIBABA_CLOUD_SUFFIX = '.aliyuncs.com';

/** Whether `hostname` is an IP literal in `list` (IPv4-mapped IPv6 included). */
function isListedAddress(list: BlockList, hostname: string): boolean {
  const bare = bareHost(hostname);
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(bare);
  if (mapped) {
    const [high, low] = [parseInt(mapped[1], 16), parseInt(mapped[2], 16)];
    return list.check(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`, 'ipv4');
  }
  const mappedDotted = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(bare);
  if (mappedDotted) return list.check(mappedDotted[1], 'ipv4');
  const family = isIP(bare);
  return family === 4 ? list.check(bare, 'ipv4') : family === 6 ? list.check(bare, 'ipv6') : false;
}

/** Whether `hostname` is an IP literal of a link-local or metadata address (IPv4-mapped IPv6 included). */
export function isForbiddenAddress(hostname: string): boolean {
  return isListedAddress(FORBIDDEN, hostname);
}

/** Whether `hostname` is an IP literal in a private network: 10/8, 172.16/12, 192.168/16, fc00::/7. */
export function isPrivateAddress(hostname: string): boolean {
  return isListedAddress(PRIVATE, hostname);
}

/** The hostname of a `host[:port]`, bare and lower case. */
export function hostnameOf(host: string): string {
  return bareHost(new URL(`http://${host}`).hostname);
}

/**
 * Why the registry at `endpoint` must not send the client on to `url`, whether as a redirect or as a token realm;
 * undefined when it may. One rule for both: never a link-local or metadata address, nor an IP literal of a
 * private network unless the registry itself is there; plain http only from a loopback registry to loopback.
 */
export function whyNotTarget(url: URL, endpoint: Endpoint): string | undefined {
  const host = bareHost(url.hostname);
  const registry = hostnameOf(endpoint.host);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'not http(s)';
  if (isForbiddenAddress(host)) return 'a link-local or cloud metadata address';
  if (isPrivateAddress(host) && host !== registry) return 'an address in a private network';
  if (url.protocol === 'http:' && !(isLoopbackHost(host) && isLoopbackHost(registry))) return 'plain http';
  return undefined;
}

/** Whether a registry may send the client on to `url` (see whyNotTarget). */
export function mayFollow(url: URL, endpoint: Endpoint): boolean {
  return whyNotTarget(url, endpoint) === undefined;
}

/**
 * Why credentials (from the inputs, a Docker config or an ACR temporary token) must not go to `url`, or undefined
 * when they may: only to the registry's own host, to the host registry calls go to (registry-endpoint), or to
 * Alibaba Cloud's hosts. Ports do not matter: a token service often answers on another port of the same host.
 */
export function whyNoCredentials(url: URL, registryHosts: string[]): string | undefined {
  const host = bareHost(url.hostname);
  if (registryHosts.some((registryHost) => hostnameOf(registryHost) === host)) return undefined;
  if (host.endsWith(ALIBABA_CLOUD_SUFFIX)) return undefined;
  const names = [...new Set(registryHosts.map(hostnameOf))].join(', ');
  return `neither the registry's host (${names}) nor under ${ALIBABA_CLOUD_SUFFIX}`;
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
