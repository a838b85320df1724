/**
 * ACS3-HMAC-SHA256, the request signature of Alibaba Cloud's "V3 request structure and signature" spec.
 *
 * Written from the public spec, independently of the Alibaba Cloud SDK, so that the emulator checks the SDK
 * rather than agreeing with it by construction.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';

export const ACS3_ALGORITHM = 'ACS3-HMAC-SHA256';
export const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
export const DEFAULT_MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

/** Header values as node:http gives them (`IncomingHttpHeaders`) or as a client builds them. */
export type HeaderBag = Readonly<Record<string, string | readonly string[] | undefined>>;
export type QueryPairs = ReadonlyArray<readonly [name: string, value: string]>;

export interface SignatureError {
  status: number;
  code: string;
  message: string;
}

export type VerificationResult = { ok: true; accessKeyId: string } | { ok: false; error: SignatureError };

export interface ParsedAuthorization {
  algorithm: string;
  accessKeyId: string;
  signedHeaders: string[];
  signature: string;
}

const UNRESERVED_BYTE = /^[A-Za-z0-9\-_.~]$/;

/** RFC 3986 encoding of the UTF-8 bytes: everything but A-Z a-z 0-9 - _ . ~ becomes %XX (upper-case hex). */
export function percentEncode(value: string): string {
  let encoded = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const char = String.fromCharCode(byte);
    encoded += UNRESERVED_BYTE.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return encoded;
}

/**
 * Splits a raw query string into decoded name/value pairs. A `+` is read as a space (form encoding), which is how
 * gateways read it; the SDK never sends a bare `+`. Throws URIError on a malformed %-escape.
 */
export function parseRawQuery(rawQuery: string): Array<[string, string]> {
  if (rawQuery === '') return [];
  return rawQuery
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const equals = part.indexOf('=');
      const rawName = equals < 0 ? part : part.slice(0, equals);
      const rawValue = equals < 0 ? '' : part.slice(equals + 1);
      return [decodeFormComponent(rawName), decodeFormComponent(rawValue)];
    });
}

function decodeFormComponent(component: string): string {
  return decodeURIComponent(component.replace(/\+/g, ' '));
}

/** Sorted by name (then value, for repeated names), both encoded, joined as `a=1&b=2`. */
export function canonicalQueryString(params: QueryPairs | Readonly<Record<string, string>>): string {
  const pairs: QueryPairs = Array.isArray(params) ? params : Object.entries(params);
  return [...pairs]
    .sort(([nameA, valueA], [nameB, valueB]) => compareStrings(nameA, nameB) || compareStrings(valueA, valueB))
    .map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`)
    .join('&');
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Each path segment encoded on its own; the RPC style path `/` stays `/`. */
export function canonicalUri(path: string): string {
  return path
    .split('/')
    .map((segment) => percentEncode(segment))
    .join('/');
}

/** The headers the spec requires in a signature: host, content-type and every x-acs-* header (lower-case, sorted). */
export function requiredSignedHeaderNames(headers: HeaderBag): string[] {
  return Object.keys(headers)
    .map((name) => name.toLowerCase())
    .filter((name) => headerValues(headers, name).length > 0)
    .filter((name) => name === 'host' || name === 'content-type' || name.startsWith('x-acs-'))
    .filter((name, index, names) => names.indexOf(name) === index)
    .sort();
}

export function headerValues(headers: HeaderBag, lowerCaseName: string): string[] {
  const values: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() !== lowerCaseName || value === undefined) continue;
    if (typeof value === 'string') values.push(value);
    else values.push(...value);
  }
  return values;
}

/** `name:trimmed value\n` for each signed header; repeated values are sorted and joined with a comma. */
export function canonicalHeaders(headers: HeaderBag, signedHeaderNames: readonly string[]): string {
  return signedHeaderNames
    .map((name) => {
      const values = headerValues(headers, name)
        .map((value) => value.trim())
        .sort();
      return `${name}:${values.join(',')}\n`;
    })
    .join('');
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export interface CanonicalRequestParts {
  method: string;
  path: string;
  query: QueryPairs | Readonly<Record<string, string>>;
  headers: HeaderBag;
  signedHeaderNames: readonly string[];
  hashedPayload: string;
}

export function canonicalRequest(parts: CanonicalRequestParts): string {
  return [
    parts.method.toUpperCase(),
    canonicalUri(parts.path),
    canonicalQueryString(parts.query),
    canonicalHeaders(parts.headers, parts.signedHeaderNames),
    parts.signedHeaderNames.join(';'),
    parts.hashedPayload
  ].join('\n');
}

export function stringToSign(canonical: string): string {
  return `${ACS3_ALGORITHM}\n${sha256Hex(canonical)}`;
}

export function computeSignature(accessKeySecret: string, toSign: string): string {
  return createHmac('sha256', accessKeySecret).update(toSign, 'utf8').digest('hex');
}

export function formatAuthorization(
  accessKeyId: string,
  signedHeaderNames: readonly string[],
  signature: string
): string {
  return `${ACS3_ALGORITHM} Credential=${accessKeyId},SignedHeaders=${signedHeaderNames.join(';')},Signature=${signature}`;
}

/** Parses `ACS3-HMAC-SHA256 Credential=...,SignedHeaders=a;b,Signature=...`; undefined when garbled. */
export function parseAuthorization(header: string): ParsedAuthorization | undefined {
  const match = /^\s*(\S+)\s+(.+?)\s*$/.exec(header);
  if (!match) return undefined;
  const algorithm = match[1];
  const rest = match[2];
  const fields = new Map<string, string>();
  for (const field of rest.split(',')) {
    const equals = field.indexOf('=');
    if (equals <= 0) return undefined;
    fields.set(field.slice(0, equals).trim(), field.slice(equals + 1).trim());
  }
  const accessKeyId = fields.get('Credential');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (!accessKeyId || !signedHeaders || !signature || fields.size !== 3) return undefined;
  return { algorithm, accessKeyId, signedHeaders: signedHeaders.split(';').map((name) => name.trim()), signature };
}

export interface SignRequestInput {
  method: string;
  path: string;
  query?: QueryPairs | Readonly<Record<string, string>>;
  /** Must include host; x-acs-action, x-acs-version and any other x-acs-* header the caller wants to send. */
  headers: Readonly<Record<string, string>>;
  body?: string | Uint8Array;
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
  /** ISO 8601 UTC date, e.g. 2023-10-26T10:22:32Z; defaults to now. */
  date?: string;
  nonce?: string;
}

/** Adds x-acs-date, x-acs-signature-nonce, x-acs-content-sha256 (and token) and the Authorization header. */
export function signRequest(input: SignRequestInput): Record<string, string> {
  const headers: Record<string, string> = {
    ...input.headers,
    'x-acs-date': input.date ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    'x-acs-signature-nonce': input.nonce ?? randomBytes(16).toString('hex'),
    'x-acs-content-sha256': sha256Hex(input.body ?? '')
  };
  if (input.securityToken !== undefined) headers['x-acs-security-token'] = input.securityToken;
  const signedHeaderNames = requiredSignedHeaderNames(headers);
  const canonical = canonicalRequest({
    method: input.method,
    path: input.path,
    query: input.query ?? [],
    headers,
    signedHeaderNames,
    hashedPayload: headers['x-acs-content-sha256']
  });
  headers['Authorization'] = formatAuthorization(
    input.accessKeyId,
    signedHeaderNames,
    computeSignature(input.accessKeySecret, stringToSign(canonical))
  );
  return headers;
}
