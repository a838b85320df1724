/** STS 2015-04-01 AssumeRoleWithOIDC: exchanges an OIDC token (here, the GitHub stand-in's) for STS credentials. */
import { createHash, type KeyObject } from 'node:crypto';
import { ApiError } from './api-error.js';
import type { ActionHandler, ActionRequest } from './action-registry.js';
import type { CredentialStore } from './credentials.js';
import { GITHUB_OIDC_ISSUER } from './github-oidc.js';
import { decodeJwt, hasValidRs256Signature, type JwtDecodeFailure } from './jwt.js';
import { optionalParam, requiredParam } from './params.js';
import { evaluateOidcTrust, type PolicyDocument } from './ram-policy.js';
import { isoSeconds } from './time-format.js';

export const STS_VERSION = '2015-04-01';

export interface OidcProviderConfig {
  providerArn: string;
  /** The provider's client IDs: the token's aud must contain one of them. */
  audience: string | string[];
  /** Roles whose trust policy names this provider. */
  roleArns: string[];
  /** The provider's issuer URL, which the token's iss must equal; default: GitHub Actions' issuer. */
  issuer?: string;
  /**
   * false: the fingerprint registered on the provider does not match the issuer's certificate, and STS answers
   * AuthenticationFail.OIDCToken.PublicKeyFingerprintMismatch. Default true.
   */
  fingerprintMatches?: boolean;
}

export const DEFAULT_ACCOUNT_ID = '1234567890123456';
export const DEFAULT_OIDC_PROVIDER_ARN = `acs:ram::${DEFAULT_ACCOUNT_ID}:oidc-provider/GitHubActions`;
export const DEFAULT_ROLE_ARN = `acs:ram::${DEFAULT_ACCOUNT_ID}:role/eci-commit-container`;
export const DEFAULT_OIDC_AUDIENCE = 'sts.aliyuncs.com';

export function defaultOidcProviders(): OidcProviderConfig[] {
  return [{ providerArn: DEFAULT_OIDC_PROVIDER_ARN, audience: DEFAULT_OIDC_AUDIENCE, roleArns: [DEFAULT_ROLE_ARN] }];
}

export interface StsDependencies {
  oidcProviders(): readonly OidcProviderConfig[];
  /** Trust policies by role ARN; a role without one trusts the providers that list it. */
  trustPolicies(): Readonly<Record<string, PolicyDocument>>;
  /** Lifetime of issued credentials; undefined: DurationSeconds. */
  credentialLifetimeMs(): number | undefined;
  credentials: CredentialStore;
  /** Public key of the GitHub stand-in's tokens (the provider's JWKS, in effect). */
  oidcPublicKey: KeyObject;
}

export function createStsActions(deps: StsDependencies): Record<string, ActionHandler> {
  return { AssumeRoleWithOIDC: (request) => assumeRoleWithOidc(deps, request) };
}

const ROLE_SESSION_NAME = /^[a-zA-Z0-9.@_-]{2,64}$/;
const MIN_DURATION_SECONDS = 900;
const MAX_DURATION_SECONDS = 43200;
const DEFAULT_DURATION_SECONDS = 3600;

const authenticationFail = (code: string, message: string): ApiError =>
  new ApiError(401, `AuthenticationFail.${code}`, message);

const DECODE_FAILURE_MESSAGES: Record<JwtDecodeFailure, string> = {
  'not-three-parts': "The number of Jwt field should be divided into 3 parts with '.' .",
  'bad-base64': 'Cannot decode base64 encoded response(format invalided).',
  'bad-json': 'The Jwt content is invalid that cannot be recognized.'
};

function assumeRoleWithOidc(deps: StsDependencies, { params, nowMs }: ActionRequest): object {
  const roleArn = requiredParam(params, 'RoleArn');
  const providerArn = requiredParam(params, 'OIDCProviderArn');
  const roleSessionName = requiredParam(params, 'RoleSessionName');
  if (!ROLE_SESSION_NAME.test(roleSessionName)) {
    throw new ApiError(400, 'InvalidParameter.RoleSessionName', 'The parameter RoleSessionName is wrongly formed.');
  }
  const durationSeconds = readDurationSeconds(optionalParam(params, 'DurationSeconds'));
  const token = optionalParam(params, 'OIDCToken');
  if (token === undefined) throw authenticationFail('OIDCToken.Invalid', 'The OIDCToken can not empty.');

  const provider = deps.oidcProviders().find((candidate) => candidate.providerArn === providerArn);
  if (!provider) throw authenticationFail('NoPermission', 'No such OIDC Provider registered.');

  const decoded = decodeJwt(token);
  if (!decoded.ok) throw authenticationFail('OIDCToken.Invalid', DECODE_FAILURE_MESSAGES[decoded.failure]);
  const { header, payload } = decoded.jwt;
  if (header['alg'] !== 'RS256') {
    throw authenticationFail(
      'OIDCToken.Invalid',
      `The algorithm ${String(header['alg'])} that be specified in Jwt header is unknown.`
    );
  }
  if (!hasValidRs256Signature(decoded.jwt, deps.oidcPublicKey)) {
    throw authenticationFail('OIDCToken.InvalidSignature', 'OIDC token validate failed: invalid signature.');
  }
  if (provider.fingerprintMatches === false) {
    // The code is confirmed (aliyun/credentials-go integration tests); the message and status are not.
    throw authenticationFail(
      'OIDCToken.PublicKeyFingerprintMismatch',
      "The fingerprint of the OIDC Provider's certificate does not match the fingerprints registered."
    );
  }
  if (payload['iss'] !== (provider.issuer ?? GITHUB_OIDC_ISSUER)) {
    throw authenticationFail(
      'OIDCToken.IssuerNotMatch',
      "The issuer in the OIDC Token doesn't match the OIDC Provider registered."
    );
  }
  const expiresAt = payload['exp'];
  if (typeof expiresAt !== 'number') throw authenticationFail('OIDCToken.Invalid', 'The exp claim is missing.');
  if (expiresAt * 1000 <= nowMs) throw authenticationFail('OIDCToken.Expired', 'This JsonWebToken is expired.');
  const tokenAudiences = toList(payload['aud']);
  if (!toList(provider.audience).some((clientId) => tokenAudiences.includes(clientId))) {
    throw authenticationFail('OIDCToken.AudienceNotMatch', 'Invalid audience.');
  }
  const trustPolicy = deps.trustPolicies()[roleArn];
  const trusted = trustPolicy
    ? evaluateOidcTrust(trustPolicy, { providerArn, claims: payload }) === 'allow'
    : provider.roleArns.includes(roleArn);
  if (!trusted) throw authenticationFail('NoPermission', 'There is no permission');

  const lifetimeMs = deps.credentialLifetimeMs() ?? durationSeconds * 1000;
  const credential = deps.credentials.issueSts(roleArn, roleSessionName, lifetimeMs, nowMs);
  const issuedAt = payload['iat'];
  return {
    OIDCTokenInfo: {
      Subject: String(payload['sub'] ?? ''),
      Issuer: String(payload['iss']),
      ClientIds: tokenAudiences.join(','),
      ExpirationTime: isoSeconds(expiresAt * 1000),
      IssuanceTime: typeof issuedAt === 'number' ? isoSeconds(issuedAt * 1000) : '',
      VerificationInfo: 'Success'
    },
    AssumedRoleUser: {
      AssumedRoleId: `${roleId(roleArn)}:${roleSessionName}`,
      Arn: `${roleArn}/${roleSessionName}`
    },
    Credentials: {
      SecurityToken: credential.securityToken,
      Expiration: isoSeconds(credential.expiresAtMs),
      AccessKeySecret: credential.accessKeySecret,
      AccessKeyId: credential.accessKeyId
    }
  };
}

function readDurationSeconds(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_DURATION_SECONDS;
  const seconds = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(seconds >= MIN_DURATION_SECONDS && seconds <= MAX_DURATION_SECONDS)) {
    throw new ApiError(400, 'InvalidParameter.DurationSeconds', 'The Min/Max value of DurationSeconds is 15min/12hr.');
  }
  return seconds;
}

function toList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** A stable numeric role ID, as RAM shows it. */
function roleId(roleArn: string): string {
  return (BigInt(`0x${createHash('sha256').update(roleArn).digest('hex').slice(0, 14)}`) % 10n ** 17n)
    .toString()
    .padStart(17, '3');
}
