import { describe, expect, it } from '@jest/globals';
import { formatIsoSeconds } from '../../src/model/format.js';

const isoSeconds = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

describe('formatIsoSeconds', () => {
  it('writes what toISOString writes, to the second', () => {
    expect(formatIsoSeconds(Date.UTC(2026, 11, 3, 7, 35, 9, 999))).toBe('2026-12-03T07:35:09Z');
    expect(formatIsoSeconds(0)).toBe('1970-01-01T00:00:00Z');
  });

  it('agrees with toISOString across leap days, month ends and far years', () => {
    const instants = [
      Date.UTC(2024, 1, 29, 23, 59, 59),
      Date.UTC(2000, 0, 1),
      Date.UTC(1999, 11, 31, 23, 59, 59, 500),
      Date.UTC(9999, 11, 31, 23, 59, 59),
      Date.UTC(10000, 0, 1),
      Date.UTC(-1, 0, 1),
      -1
    ];
    for (let ms = Date.UTC(1960, 0, 1); ms < Date.UTC(2100, 0, 1); ms += 7_777_777_777) instants.push(ms);
    for (const ms of instants) expect(formatIsoSeconds(ms)).toBe(isoSeconds(ms));
  });

  it('refuses an invalid time, as toISOString does', () => {
    expect(() => formatIsoSeconds(Number.NaN)).toThrow(RangeError);
    expect(() => formatIsoSeconds(8.64e15 + 1)).toThrow(RangeError);
  });
});
