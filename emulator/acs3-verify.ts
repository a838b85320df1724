/** Checking an ACS3-HMAC-SHA256 signature as the API gateway does: the emulator's side of acs3-signature.ts. */
import { timingSafeEqual } from 'node:crypto';
import {
  ACS3_ALGORITHM,
  DEFAULT_MAX_CLOCK_SKEW_MS,
  type HeaderBag,
  type SignatureError,
  type VerificationResult,
  canonicalRequest,
  computeSignature,
  headerValues,
  parseAuthorization,
  parseRawQuery,
  requiredSignedHeaderNames,
  sha256Hex,
  stringToSign
} from './acs3-signature.js';

/** Remembers nonces for the clock-skew window, so a replayed request is refused. */
export class NonceRegistry {
  private readonly seenAt = new Map<string, number>();

  constructor(private readonly retentionMs: number = DEFAULT_MAX_CLOCK_SKEW_MS * 2) {}

  has(nonce: string): boolean {
    return this.seenAt.has(nonce);
  }

  remember(nonce: string, nowMs: number): void {
    for (const [seen, at] of this.seenAt) {
      if (nowMs - at > this.retentionMs) this.seenAt.delete(seen);
    }
    this.seenAt.set(nonce, nowMs);
  }

  clear(): void {
    this.seenAt.clear();
  }
}

export interface VerifyRequestInput {
  method: string;
  path: string;
  rawQuery: string;
  headers: HeaderBag;
  body: Uint8Array;
  lookupSecret: (accessKeyId: string) => string | undefined;
  nowMs: number;
  nonces?: NonceRegistry;
  maxClockSkewMs?: number;
}

const incomplete = (message: string): SignatureError => ({ status: 400, code: 'IncompleteSignature', message });

/** Checks a request's ACS3 signature the way the gateway does; on success the nonce is remembered. */
export function verifyRequest(input: VerifyRequestInput): VerificationResult {
  const fail = (error: SignatureError): VerificationResult => ({ ok: false, error });
  const authorizationHeader = headerValues(input.headers, 'authorization')[0];
  if (!authorizationHeader) return fail(incomplete('The request signature does not conform to Aliyun standards.'));
  const authorization = parseAuthorization(authorizationHeader);
  if (!authorization) return fail(incomplete('The Authorization header is malformed.'));
  if (authorization.algorithm !== ACS3_ALGORITHM) {
    return fail(incomplete(`The signature algorithm ${authorization.algorithm} is not supported.`));
  }

  const single = (name: string): string | undefined => headerValues(input.headers, name)[0];
  for (const name of ['x-acs-date', 'x-acs-signature-nonce', 'x-acs-content-sha256']) {
    if (!single(name)) return fail(incomplete(`The header ${name} is required.`));
  }

  const secret = input.lookupSecret(authorization.accessKeyId);
  if (secret === undefined) {
    return fail({ status: 404, code: 'InvalidAccessKeyId.NotFound', message: 'Specified access key is not found.' });
  }

  const dateError = checkDate(
    single('x-acs-date') ?? '',
    input.nowMs,
    input.maxClockSkewMs ?? DEFAULT_MAX_CLOCK_SKEW_MS
  );
  if (dateError) return fail(dateError);

  const missing = requiredSignedHeaderNames(input.headers).filter(
    (name) => !authorization.signedHeaders.includes(name)
  );
  if (missing.length > 0) {
    return fail(
      incomplete(`SignedHeaders must include every header that needs signing; missing: ${missing.join(';')}.`)
    );
  }

  const declaredPayloadHash = single('x-acs-content-sha256') ?? '';
  if (declaredPayloadHash !== sha256Hex(input.body)) {
    return fail({
      status: 400,
      code: 'SignatureDoesNotMatch',
      message: 'The x-acs-content-sha256 header does not match the SHA-256 of the request body.'
    });
  }

  let query: Array<[string, string]>;
  try {
    query = parseRawQuery(input.rawQuery);
  } catch {
    return fail(incomplete('The query string is not correctly percent-encoded.'));
  }
  const serverStringToSign = stringToSign(
    canonicalRequest({
      method: input.method,
      path: input.path,
      query,
      headers: input.headers,
      signedHeaderNames: authorization.signedHeaders,
      hashedPayload: declaredPayloadHash
    })
  );
  if (!hexEquals(computeSignature(secret, serverStringToSign), authorization.signature)) {
    return fail({
      status: 400,
      code: 'SignatureDoesNotMatch',
      message: `Specified signature is not matched with our calculation. server string to sign is:${serverStringToSign}`
    });
  }

  const nonce = single('x-acs-signature-nonce') ?? '';
  if (input.nonces?.has(nonce)) {
    return fail({ status: 400, code: 'SignatureNonceUsed', message: 'Specified signature nonce was used already.' });
  }
  input.nonces?.remember(nonce, input.nowMs);
  return { ok: true, accessKeyId: authorization.accessKeyId };
}

const ISO_UTC_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function checkDate(date: string, nowMs: number, maxSkewMs: number): SignatureError | undefined {
  const dateMs = ISO_UTC_SECONDS.test(date) ? Date.parse(date) : Number.NaN;
  if (Number.isNaN(dateMs)) {
    return {
      status: 400,
      code: 'InvalidTimeStamp.Format',
      message: `Specified time stamp or date value is not well formatted: ${date}.`
    };
  }
  if (Math.abs(nowMs - dateMs) > maxSkewMs) {
    return { status: 400, code: 'InvalidTimeStamp.Expired', message: 'Specified time stamp or date value is expired.' };
  }
  return undefined;
}

function hexEquals(expected: string, actual: string): boolean {
  const expectedBytes = Buffer.from(expected, 'utf8');
  const actualBytes = Buffer.from(actual, 'utf8');
  return expectedBytes.length === actualBytes.length && timingSafeEqual(expectedBytes, actualBytes);
}
