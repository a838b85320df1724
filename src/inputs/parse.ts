import { InputError } from '../errors.js';

const DURATION_UNITS_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Parses `90s`, `30m`, `1h`, `1h30m`, `500ms` or plain seconds (`120`) into milliseconds. */
export function parseDuration(name: string, value: string): number {
  const text = value.trim();
  const invalid = new InputError(
    `Invalid ${name} '${value}'. Expected a duration such as 90s, 30m, 1h or plain seconds (e.g. 120).`
  );
  if (/^\d+(\.\d+)?$/.test(text)) {
    const ms = Math.round(Number(text) * 1000);
    if (!(ms > 0) || !Number.isFinite(ms)) throw invalid;
    return ms;
  }
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text) throw invalid;
  const ms = Math.round(parts.reduce((sum, [, amount, unit]) => sum + Number(amount) * DURATION_UNITS_MS[unit], 0));
  if (!(ms > 0) || !Number.isFinite(ms)) throw invalid;
  return ms;
}

/** YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them. */
export function parseBoolean(name: string, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value.trim())) return true;
  if (['false', 'False', 'FALSE'].includes(value.trim())) return false;
  throw new InputError(`Invalid ${name} '${value}'. Expected true or false.`);
}

export function parsePositiveInteger(name: string, value: string, min: number, max: number): number {
  const text = value.trim();
  const number = Number(text);
  if (!/^\d+$/.test(text) || number < min || number > max) {
    throw new InputError(`Invalid ${name} '${value}'. Expected a whole number from ${min} to ${max}.`);
  }
  return number;
}
