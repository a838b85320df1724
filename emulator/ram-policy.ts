/**
 * RAM policies, evaluated as RAM does for what the action exercises: a role's trust policy on AssumeRoleWithOIDC,
 * and permission policies on every signed call. The document shape (Version "1", Statement[], Effect, Action,
 * Principal.Federated, Condition StringEquals/StringLike on oidc:iss/oidc:aud/oidc:sub) is from FIDELITY.md.
 * What is not modelled (Resource, other condition keys and operators) never grants: an unknown operator fails its
 * statement, so the emulator refuses rather than allows what RAM might refuse.
 */
import { createHash } from 'node:crypto';
import { ApiError } from './api-error.js';

export type OneOrMany<T> = T | T[];

export interface PolicyStatement {
  Effect: 'Allow' | 'Deny';
  Action: OneOrMany<string>;
  Resource?: OneOrMany<string>;
  Principal?: { Federated?: OneOrMany<string>; RAM?: OneOrMany<string>; Service?: OneOrMany<string> };
  Condition?: Record<string, Record<string, OneOrMany<string>>>;
}

export interface PolicyDocument {
  Version?: string;
  Statement: PolicyStatement[];
}

export type PolicyDecision = 'allow' | 'implicit-deny' | 'explicit-deny';

/** `*` matches any run of characters, `?` one character; RAM actions compare without regard to case. */
export function wildcardMatches(pattern: string, value: string, ignoreCase = true): boolean {
  const source = pattern
    .split('')
    .map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, ignoreCase ? 'i' : '').test(value);
}

function list<T>(value: OneOrMany<T> | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function decide(statements: PolicyStatement[], applies: (statement: PolicyStatement) => boolean): PolicyDecision {
  const matching = statements.filter(applies);
  if (matching.some((statement) => statement.Effect === 'Deny')) return 'explicit-deny';
  return matching.some((statement) => statement.Effect === 'Allow') ? 'allow' : 'implicit-deny';
}

/** Whether `ramAction` (e.g. `eci:CommitContainer`, `cr:GetAuthorizationToken`) is allowed by these policies. */
export function evaluatePermission(policies: readonly PolicyDocument[], ramAction: string): PolicyDecision {
  const statements = policies.flatMap((policy) => policy.Statement ?? []);
  return decide(statements, (statement) =>
    list(statement.Action).some((pattern) => wildcardMatches(pattern, ramAction))
  );
}

/** What a role's trust policy is asked about an AssumeRoleWithOIDC call. */
export interface OidcTrustRequest {
  providerArn: string;
  /** The token's claims: `iss`, `aud` (a string or a list), `sub`. */
  claims: Record<string, unknown>;
}

const OIDC_CONDITION_CLAIMS: Record<string, string> = { 'oidc:iss': 'iss', 'oidc:aud': 'aud', 'oidc:sub': 'sub' };

/** A trust policy allows the call when a statement for sts:AssumeRole trusts the provider and its conditions hold. */
export function evaluateOidcTrust(policy: PolicyDocument, request: OidcTrustRequest): PolicyDecision {
  return decide(policy.Statement ?? [], (statement) => {
    if (!list(statement.Action).some((pattern) => wildcardMatches(pattern, 'sts:AssumeRole'))) return false;
    if (!list(statement.Principal?.Federated).includes(request.providerArn)) return false;
    return Object.entries(statement.Condition ?? {}).every(([operator, conditions]) =>
      Object.entries(conditions).every(([key, expected]) => conditionHolds(operator, key, list(expected), request))
    );
  });
}

/** Each value of the claim must match one expected value; a missing claim fails. */
function conditionHolds(operator: string, key: string, expected: string[], request: OidcTrustRequest): boolean {
  const claim = OIDC_CONDITION_CLAIMS[key];
  if (!claim) return false;
  const actual = list(request.claims[claim] as OneOrMany<unknown> | undefined).filter(
    (value): value is string => typeof value === 'string'
  );
  if (actual.length === 0) return false;
  const matches = (value: string): boolean => {
    if (operator === 'StringEquals') return expected.includes(value);
    if (operator === 'StringLike') return expected.some((pattern) => wildcardMatches(pattern, value, false));
    return false;
  };
  return actual.some(matches);
}

/** Who made a signed call, as RAM names it in an AccessDeniedDetail. */
export interface CallPrincipal {
  type: 'SubUser' | 'AssumedRoleUser';
  displayName: string;
  ownerId: string;
}

export const FORBIDDEN_RAM_MESSAGE =
  "User not authorized to operate on the specified resource, or this API doesn't support RAM.";

/**
 * Refuses `ramAction` unless the principal's policies allow it: Forbidden.RAM (HTTP 403) with the
 * AccessDeniedDetail that Alibaba's APIs document. Usable by any emulated service: the action name carries it.
 */
export function checkPermission(
  policies: readonly PolicyDocument[],
  ramAction: string,
  principal: CallPrincipal
): ApiError | undefined {
  const decision = evaluatePermission(policies, ramAction);
  if (decision === 'allow') return undefined;
  const noPermissionType = decision === 'explicit-deny' ? 'ExplicitDeny' : 'ImplicitDeny';
  const diagnostic = JSON.stringify({ action: ramAction, principal: principal.displayName, noPermissionType });
  return new ApiError(403, 'Forbidden.RAM', FORBIDDEN_RAM_MESSAGE, {
    AuthAction: ramAction,
    AuthPrincipalType: principal.type,
    AuthPrincipalDisplayName: principal.displayName,
    AuthPrincipalOwnerId: principal.ownerId,
    NoPermissionType: noPermissionType,
    PolicyType: 'AccountLevelIdentityBasedPolicy',
    // Opaque to the caller, as RAM's is; only DecodeDiagnosticMessage reads it.
    EncodedDiagnosticMessage: `${createHash('sha256').update(diagnostic).digest('base64').slice(0, 16)}${Buffer.from(diagnostic).toString('base64')}`
  });
}
