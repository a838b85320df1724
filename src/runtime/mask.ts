import * as core from '@actions/core';

const masked = new Set<string>();

/**
 * Asks the runner to hide `value` in the rest of the job's log, once per value: every form a credential takes on
 * the wire (a base64 `user:password`, a URL-decoded proxy password, a token) goes through here before it is sent,
 * since Node's own debug output (NODE_DEBUG) may print it.
 */
export function maskSecret(value: string): void {
  if (!value || masked.has(value)) return;
  masked.add(value);
  core.setSecret(value);
}

/** `user:password` as a Basic authorization header value, masked in both its forms before it exists. */
/** A URL's user information, percent-decoded as a proxy receives it; as given where it is not valid encoding. */
export function decodedUserInfo(url: URL): { username: string; password: string } {
  try {
    return { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
  } catch {
    return { username: url.username, password: url.password };
  }
}

export function basicAuthorization(username: string, password: string): string {
  const encoded = Buffer.from(`${username}:${password}`).toString('base64');
  maskSecret(password);
  maskSecret(encoded);
  return `Basic ${encoded}`;
}
