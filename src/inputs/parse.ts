import { InputError } from '../model/errors.js';

const DURATION_UNITS_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Longer than any sensible duration ("1h30m15s500ms" is 13): checked first, so no long text reaches a pattern. */
const MAX_DURATION_LENGTH = 32;
/** One `<number><unit>` part, read where the previous one ended (sticky): each character is looked at once. */
const DURATION_PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/y;

/** Parses `90s`, `30m`, `1h`, `1h30m`, `500ms` or plain seconds (`120`) into milliseconds. */
export function parseDuration(name: string, value: string): number {
  const text = value.trim();
  const invalid = new InputError(
    `Invalid ${name} '${value.length > MAX_DURATION_LENGTH ? `${value.slice(0, MAX_DURATION_LENGTH)}…` : value}'. Expected a duration such as 90s, 30m, 1h or plain seconds (e.g. 120).`
  );
  if (text.length === 0 || text.length > MAX_DURATION_LENGTH) throw invalid;
  let ms: number;
  if (/^\d+(\.\d+)?$/.test(text)) {
    ms = Math.round(Number(text) * 1000);
  } else {
    let sum = 0;
    DURATION_PART.lastIndex = 0;
    while (DURATION_PART.lastIndex < text.length) {
      const part = DURATION_PART.exec(text);
      if (!part) throw invalid;
      sum += Number(part[1]) * DURATION_UNITS_MS[part[2]];
    }
    ms = Math.round(sum);
  }
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
