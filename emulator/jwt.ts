/**
 * Minimal RS256 JWTs: the GitHub token stand-in issues them and the STS stand-in checks them, like the real
 * pair (GitHub signs with RS256; Alibaba STS refuses HS256 and unsigned tokens).
 */
import { createSign, createVerify, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';

export type JwtClaims = Record<string, unknown>;

export interface DecodedJwt {
  header: JwtClaims;
  payload: JwtClaims;
  signingInput: string;
  signature: Buffer;
}

export type JwtDecodeFailure = 'not-three-parts' | 'bad-base64' | 'bad-json';
export type JwtDecodeResult = { ok: true; jwt: DecodedJwt } | { ok: false; failure: JwtDecodeFailure };

export interface JwtSigningKey {
  keyId: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

let processSigningKey: JwtSigningKey | undefined;

/** One RSA key per process: generating it costs tens of milliseconds, and every emulator may share it. */
export function emulatorSigningKey(): JwtSigningKey {
  if (!processSigningKey) {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    processSigningKey = { keyId: randomUUID(), privateKey, publicKey };
  }
  return processSigningKey;
}

export function signJwt(payload: JwtClaims, key: JwtSigningKey): string {
  const header = { typ: 'JWT', alg: 'RS256', kid: key.keyId };
  const signingInput = `${encodeSegment(header)}.${encodeSegment(payload)}`;
  const signature = createSign('RSA-SHA256').update(signingInput).sign(key.privateKey);
  return `${signingInput}.${signature.toString('base64url')}`;
}

/** Builds a token with any header and an arbitrary signature, for tests of malformed or forged tokens. */
export function assembleJwt(header: JwtClaims, payload: JwtClaims, signature = ''): string {
  return `${encodeSegment(header)}.${encodeSegment(payload)}.${signature}`;
}

export function decodeJwt(token: string): JwtDecodeResult {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, failure: 'not-three-parts' };
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  if (![headerPart, payloadPart, signaturePart].every((part) => /^[A-Za-z0-9_-]*$/.test(part))) {
    return { ok: false, failure: 'bad-base64' };
  }
  const header = parseJsonObject(Buffer.from(headerPart, 'base64url').toString('utf8'));
  const payload = parseJsonObject(Buffer.from(payloadPart, 'base64url').toString('utf8'));
  if (!header || !payload) return { ok: false, failure: 'bad-json' };
  return {
    ok: true,
    jwt: {
      header,
      payload,
      signingInput: `${headerPart}.${payloadPart}`,
      signature: Buffer.from(signaturePart, 'base64url')
    }
  };
}

export function hasValidRs256Signature(jwt: DecodedJwt, publicKey: KeyObject): boolean {
  return createVerify('RSA-SHA256').update(jwt.signingInput).verify(publicKey, jwt.signature);
}

function encodeSegment(value: JwtClaims): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

function parseJsonObject(text: string): JwtClaims | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JwtClaims) : undefined;
  } catch {
    return undefined;
  }
}
