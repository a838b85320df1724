import type { AccessDeniedDetail } from '../model/errors.js';
import { untrusted } from '../model/untrusted.js';
import { readXmlError } from './error-xml.js';

/** The fields an error answer carries, each neutralised (they come from the network). */
export interface ErrorAnswer {
  code?: string;
  message?: string;
  requestId?: string;
  accessDenied?: AccessDeniedDetail;
}

const DETAIL_KEYS: Array<keyof AccessDeniedDetail> = [
  'AuthAction',
  'AuthPrincipalType',
  'AuthPrincipalDisplayName',
  'AuthPrincipalOwnerId',
  'NoPermissionType',
  'PolicyType',
  'EncodedDiagnosticMessage'
];

/**
 * Other names a detail field goes by: the lower-camel model (AgentRun's `AccessDeniedDetail`) calls the encoded
 * diagnostic `encodedDiagnosticInfo`, where RAM's own pages say `EncodedDiagnosticMessage`.
 */
const ALIASES: Partial<Record<keyof AccessDeniedDetail, string>> = {
  EncodedDiagnosticMessage: 'EncodedDiagnosticInfo'
};

/** Error answers are short; what fits in the first 64 KiB is all that is read of one. */
export const MAX_ERROR_BODY = 64 * 1024;

/** An encoded diagnostic is only useful whole; other fields are short. */
const MAX_LENGTH: Partial<Record<keyof AccessDeniedDetail, number>> = { EncodedDiagnosticMessage: 4000 };

/**
 * Reads an error answer as Alibaba's own client does (@alicloud/openapi-client `doRequest`): `Code`/`code`,
 * `Message`/`message`, `RequestId`/`requestId` and `AccessDeniedDetail`/`accessDeniedDetail`, from a JSON body or an
 * XML `<Error>` body. Undefined fields were not found.
 */
export function readErrorAnswer(body: string, contentType: string | undefined): ErrorAnswer {
  try {
    return readFields(body.slice(0, MAX_ERROR_BODY), contentType);
  } catch {
    // Whatever a broken body makes the parser do, the answer is then just unreadable.
    return {};
  }
}

function readFields(body: string, contentType: string | undefined): ErrorAnswer {
  const fields = looksLikeXml(body, contentType) ? readXmlError(body) : readJson(body);
  if (!fields) return {};
  const text = (upper: string): string | undefined => {
    const value = pick(fields, upper);
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  };
  const code = text('Code');
  const message = text('Message');
  const requestId = text('RequestId');
  const accessDenied = readAccessDenied(pick(fields, 'AccessDeniedDetail'));
  return {
    ...(code ? { code: untrusted(code, 120) } : {}),
    ...(message ? { message: untrusted(message) } : {}),
    ...(requestId ? { requestId: untrusted(requestId, 120) } : {}),
    ...(accessDenied ? { accessDenied } : {})
  };
}

/**
 * The wait an `x-acs-retry-after` header asks for, in milliseconds (darabonba-openapi: "Retry After(ms)").
 * Absent, empty, not a whole number, or not positive: no wait was asked for.
 */
export function parseRetryAfterMs(value: string | undefined): number | undefined {
  const trimmed = value?.trim() ?? '';
  if (!/^\d+$/.test(trimmed)) return undefined;
  const ms = Number(trimmed);
  return ms > 0 && Number.isSafeInteger(ms) ? ms : undefined;
}

function looksLikeXml(body: string, contentType: string | undefined): boolean {
  return /\bxml\b/i.test(contentType ?? '') || body.trimStart().startsWith('<');
}

function readJson(body: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Some APIs send the detail as a JSON string rather than an object. */
function readAccessDenied(value: unknown): AccessDeniedDetail | undefined {
  const object = typeof value === 'string' ? readJson(value) : value;
  if (!isRecord(object)) return undefined;
  const detail: AccessDeniedDetail = {};
  for (const key of DETAIL_KEYS) {
    const field = pick(object, key) ?? (ALIASES[key] ? pick(object, ALIASES[key]) : undefined);
    if (typeof field === 'string' && field.trim()) detail[key] = untrusted(field, MAX_LENGTH[key] ?? 200);
  }
  return Object.keys(detail).length > 0 ? detail : undefined;
}

/** `Key` or its lower-camel form `key`, as the official client reads both. */
function pick(fields: Record<string, unknown>, upper: string): unknown {
  return fields[upper] ?? fields[upper[0].toLowerCase() + upper.slice(1)];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
