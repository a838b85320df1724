import { createHash } from 'node:crypto';

const CHINA_STANDARD_TIME_OFFSET_MS = 8 * 60 * 60 * 1000;

/** `2023-03-06T08:22:40Z`: UTC, whole seconds (TaskCreationTime, Expiration, ...). */
export function isoSeconds(epochMs: number): string {
  return new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/**
 * `2023-01-05T14:06:40.920005316+08:00`: ECI's RecordTime, local time of the region with nanoseconds. The digits
 * below the millisecond are not known from a millisecond clock; they are derived from `salt` so they look real
 * and stay stable between queries.
 */
export function recordTime(epochMs: number, salt: string): string {
  const shifted = new Date(epochMs + CHINA_STANDARD_TIME_OFFSET_MS).toISOString();
  const subMillisecond = (createHash('sha256').update(salt).digest().readUInt32BE(0) % 1_000_000)
    .toString()
    .padStart(6, '0');
  return `${shifted.slice(0, 23)}${subMillisecond}+08:00`;
}

/**
 * `2023-01-05T06:06:40.920005316Z`: a log line's timestamp, UTC with nanoseconds (Kubernetes' RFC3339Nano, without
 * its trimming of trailing zeros). The digits below the millisecond come from `salt`, as in recordTime.
 */
export function rfc3339Nano(epochMs: number, salt: string): string {
  const subMillisecond = (createHash('sha256').update(salt).digest().readUInt32BE(0) % 1_000_000)
    .toString()
    .padStart(6, '0');
  return `${new Date(epochMs).toISOString().slice(0, 23)}${subMillisecond}Z`;
}
