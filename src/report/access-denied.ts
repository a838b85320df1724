import type { AccessDeniedDetail } from '../model/errors.js';

/**
 * What a Forbidden.RAM answer's AccessDeniedDetail says, in one line: the denied RAM action, who was denied, why,
 * and how to read the encoded diagnostic (RAM DecodeDiagnosticMessage). The fields are already neutralised.
 */
export function describeAccessDenied(detail: AccessDeniedDetail): string {
  const principal = [detail.AuthPrincipalType, detail.AuthPrincipalDisplayName].filter(Boolean).join(' ');
  const owner = detail.AuthPrincipalOwnerId ? ` of account ${detail.AuthPrincipalOwnerId}` : '';
  const types = [detail.NoPermissionType, detail.PolicyType].filter(Boolean).join(', ');
  const denied = `RAM denied ${detail.AuthAction ?? 'the action'}${principal ? ` to ${principal}${owner}` : ''}${types ? ` (${types})` : ''}.`;
  const diagnostic = detail.EncodedDiagnosticMessage
    ? ` Decode the diagnostic with RAM DecodeDiagnosticMessage (aliyun ram DecodeDiagnosticMessage --EncodedDiagnosticMessage '<message>'): ${detail.EncodedDiagnosticMessage}`
    : '';
  return `${denied}${diagnostic}`;
}

/** A hint for a denied call that names the RAM action to allow, when RAM said which. */
export function accessDeniedHint(detail: AccessDeniedDetail | undefined): string | undefined {
  if (!detail?.AuthAction) return undefined;
  const who = detail.AuthPrincipalDisplayName ? ` of ${detail.AuthPrincipalDisplayName}` : '';
  const fix =
    detail.NoPermissionType === 'ExplicitDeny'
      ? `a Deny statement in a policy${who} forbids ${detail.AuthAction}: remove it or narrow it`
      : `allow ${detail.AuthAction} in a policy attached to the identity${who} (see the README's permission policy)`;
  return `RAM refused ${detail.AuthAction}: ${fix}.`;
}
