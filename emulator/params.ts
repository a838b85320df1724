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

/** What an integer out of its documented range gets: an InvalidParameter error, or the nearest bound. */
export type OutOfRange = 'error' | 'clamp';

/** An integer parameter; one out of [min, max] is refused or clamped; one that is not an integer is always refused. */
export function boundedIntegerParam(
  params: ActionParams,
  name: string,
  { min, max, fallback }: { min: number; max: number; fallback: number },
  outOfRange: OutOfRange
): number {
  const raw = optionalParam(params, name);
  if (raw === undefined) return fallback;
  const value = /^-?\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value)) throw invalidParameter(name, `expected an integer, got "${raw}".`);
  if (value >= min && value <= max) return value;
  if (outOfRange === 'clamp') return Math.min(max, Math.max(min, value));
  throw invalidParameter(name, `expected an integer from ${min} to ${max}, got "${raw}".`);
}

/** `true` or `false` (any case); absent: `fallback`. */
export function optionalBooleanParam(params: ActionParams, name: string, fallback: boolean): boolean {
  const raw = optionalParam(params, name);
  if (raw === undefined) return fallback;
  const lower = raw.toLowerCase();
  if (lower === 'true' || lower === 'false') return lower === 'true';
  throw invalidParameter(name, `expected true or false, got "${raw}".`);
}

const MAX_CONTAINER_GROUP_IDS = 20;

/** ContainerGroupIds is a JSON array in a string, at most 20 IDs: `["eci-a","eci-b"]`. */
export function containerGroupIdsParam(params: ActionParams): string[] | undefined {
  const raw = optionalParam(params, 'ContainerGroupIds');
  if (raw === undefined) return undefined;
  let ids: unknown;
  try {
    ids = JSON.parse(raw);
  } catch {
    ids = undefined;
  }
  if (!Array.isArray(ids) || !ids.every((id): id is string => typeof id === 'string')) {
    throw invalidParameter('ContainerGroupIds', 'expected a JSON array of container group IDs.');
  }
  if (ids.length > MAX_CONTAINER_GROUP_IDS) {
    throw invalidParameter('ContainerGroupIds', `at most ${MAX_CONTAINER_GROUP_IDS} IDs are allowed.`);
  }
  return ids;
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
