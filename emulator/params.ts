/** Reading and validating flattened RPC parameters. */
import { invalidParameter, missingParameter } from './api-error.js';
import type { ActionParams } from './action-registry.js';

export function requiredParam(params: ActionParams, name: string): string {
  const value = params[name];
  if (value === undefined || value.trim() === '') throw missingParameter(name);
  return value;
}

export function optionalParam(params: ActionParams, name: string): string | undefined {
  const value = params[name];
  return value === undefined || value === '' ? undefined : value;
}

export function optionalIntegerParam(
  params: ActionParams,
  name: string,
  { min, max, fallback }: { min: number; max: number; fallback: number }
): number {
  const raw = optionalParam(params, name);
  if (raw === undefined) return fallback;
  const value = /^-?\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw invalidParameter(name, `expected an integer from ${min} to ${max}, got "${raw}".`);
  }
  return value;
}

/** `TaskId.1`, `TaskId.2`, ... in index order. */
export function repeatedParam(params: ActionParams, name: string): string[] {
  const pattern = new RegExp(`^${name.replace(/\./g, '\\.')}\\.(\\d+)$`);
  return Object.entries(params)
    .map(([key, value]) => ({ index: Number(pattern.exec(key)?.[1] ?? Number.NaN), value }))
    .filter(({ index, value }) => !Number.isNaN(index) && value !== '')
    .sort((a, b) => a.index - b.index)
    .map(({ value }) => value);
}

/** Page tokens are opaque to clients; here they carry the offset of the next page. */
export function encodePageToken(offset: number): string {
  return Buffer.from(`offset:${offset}`, 'utf8').toString('base64url');
}

export function decodePageToken(params: ActionParams, name = 'NextToken'): number {
  const token = optionalParam(params, name);
  if (token === undefined) return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!match) throw invalidParameter(name, 'the token was not issued by this service.');
  return Number(match[1]);
}
