import { CERTIFICATE_CODES } from '../net/certificate-errors.js';

/** One line that says what usually causes an error code and what to do about it. */
const HINTS: Array<[RegExp, string]> = [
  [
    /^Forbidden\.RAM$|^Forbidden(\..*)?$|^NoPermission/,
    'The RAM policy of these credentials needs eci:CommitContainer and eci:DescribeCommitContainerTask.'
  ],
  [
    /^IncorrectStatusDetail$/,
    'The container group or container is not in a state that can be committed: it must be running, and only one commit per container group can run at a time.'
  ],
  // Before the generic InvalidParameter entry: the first match wins.
  [
    /^InvalidParameter\.DurationSeconds$/,
    "role-duration-seconds must lie between 900 and the role's maximum session duration."
  ],
  // ECI's two answers to an unknown container group or container: 404 InvalidParameter.NotFound, and the API
  // reference's 400 InvalidParameter (whose hint names the IDs first for that reason).
  [
    /^InvalidParameter\.NotFound$/,
    'ECI finds no such container group or container: check container-group-id, region-id and container-name.'
  ],
  [
    /^InvalidParameter/,
    'ECI rejected a parameter: check container-group-id, region-id and container-name (an unknown group or container is answered so too), then image-repository, image-tag and the ACR inputs.'
  ],
  [/^MissingParameter/, 'ECI says a required parameter is missing: check the inputs named in the message.'],
  // The API reference lists this code for CommitContainer with a message copied from ResizeContainerGroupVolume:
  // what it means for a commit is not documented, so the hint claims no more than that.
  [
    /^InvalidVolumeType$/,
    "ECI refused the commit over the container group's volumes. The API reference documents this code for CommitContainer only with ResizeContainerGroupVolume's message (\"only volume of cloud disk support capacity resize\"): read ECI's message above and check the group's volumes."
  ],
  [
    /^InvalidAction/,
    'ECI does not allow this action for the container group (or the region does not offer CommitContainer).'
  ],
  [
    /^SignatureDoesNotMatch$/,
    'The access-key-secret does not belong to the access-key-id (or the request was altered on the way).'
  ],
  [
    /^InvalidAccessKeyId/,
    'The AccessKey ID is unknown or disabled: check access-key-id (or the credentials exported by an earlier step).'
  ],
  [
    /^InvalidSecurityToken\.Expired$/,
    'The STS security token expired: get fresh temporary credentials (or use OIDC so the action renews them).'
  ],
  [
    /^InvalidSecurityToken/,
    'The STS security token is missing or does not match the AccessKey ID: pass security-token with temporary credentials.'
  ],
  [/^InvalidTimeStamp/, "The runner's clock is off by more than 15 minutes."],
  [
    /^USER_NOT_EXIST$/,
    'ACR Personal Edition issues temporary tokens only to a user with a registry password: sign in to the Container Registry console once as this RAM user and set the registry password for the Personal Edition, or pass registry-username and registry-password.'
  ],
  [/Throttling/, 'Alibaba Cloud throttled the API calls: run fewer commits at once, or raise max-attempts.'],
  [
    /^(ServiceUnavailable|InternalError|HTTP5\d\d)$/,
    'Alibaba Cloud had a transient failure: re-run the job; check the Alibaba Cloud status page if it persists.'
  ],
  [
    /^AuthenticationFail\.OIDCToken\.AudienceNotMatch$/,
    'oidc-audience must equal a client ID of the RAM OIDC provider (sts.aliyuncs.com unless you changed it).'
  ],
  [
    /^AuthenticationFail\.NoPermission$/,
    "Check oidc-provider-arn and the role's trust policy: it must trust this OIDC provider, and its oidc:iss (https://token.actions.githubusercontent.com), oidc:aud and oidc:sub conditions must match this token's issuer, audience, repository and ref."
  ],
  [
    /^AuthenticationFail\.OIDCToken\.Expired$/,
    "The GitHub OIDC token expired before STS saw it: check the runner's clock and re-run."
  ],
  [
    /^AuthenticationFail\.OIDCToken\.PublicKeyFingerprintMismatch$/,
    "The fingerprint registered on the RAM OIDC provider does not match the certificate of https://token.actions.githubusercontent.com: update the provider's fingerprint (RAM console, or UpdateOIDCProvider)."
  ],
  [
    /^AuthenticationFail\.OIDCToken\.IssuerNotMatch$/,
    "The RAM OIDC provider's issuer URL must be exactly https://token.actions.githubusercontent.com, the iss of GitHub's token (and the trust policy's oidc:iss)."
  ],
  [
    /^AuthenticationFail\.OIDCToken\.(Invalid|InvalidSignature)$/,
    'STS could not read or verify the GitHub OIDC token: check that oidc-provider-arn names the provider created for GitHub (issuer https://token.actions.githubusercontent.com).'
  ],
  [
    /^EntityNotExist\.(Role|OIDCProvider)/,
    'The RAM role or OIDC provider does not exist: check oidc-role-arn and oidc-provider-arn.'
  ],
  [
    /^ProxyConnect(Refused|Failed)$/,
    "The proxy in HTTPS_PROXY would not open a tunnel: check its credentials (http://user:password@host:port), that it allows CONNECT to the endpoint's port, or list the endpoint in NO_PROXY."
  ],
  [
    CERTIFICATE_CODES,
    "The endpoint's TLS certificate was not accepted, and asking again will not change it: check that the endpoint input (endpoint, sts-endpoint, cr-endpoint or registry-endpoint) names the right host; if it (or a proxy that inspects TLS) uses a private CA, add that CA's certificate to the runner with NODE_EXTRA_CA_CERTS=/path/to/ca.pem."
  ],
  [/^ENOTFOUND$/, 'The API host could not be resolved: check region-id and endpoint.'],
  [
    /^(ECONNREFUSED|ConnectTimeout|EHOSTUNREACH|ENETUNREACH)$/,
    'The API endpoint could not be reached: check endpoint, the network and any proxy (HTTPS_PROXY, NO_PROXY).'
  ],
  [
    /^(ECONNRESET|SocketHangUp|ReadTimeout|ETIMEDOUT|EPIPE)$/,
    'The connection to the API endpoint broke: check the network and any proxy.'
  ]
];

export const PERMISSION_CODES = /^Forbidden\.RAM$|^Forbidden(\..*)?$|^NoPermission/;
const ALWAYS_NEEDED = ['CommitContainer', 'DescribeCommitContainerTask'];

/** Calls only `debug-report: true` makes: a policy written for the commit alone lacks them. */
const DEBUG_REPORT_ACTIONS = ['DescribeContainerLog', 'DescribeContainerGroupEvents'];

/** Why the step asks DescribeContainerGroups, for its permission hint. */
const LOOKS_UP_GROUPS = 'container-name * or a list, and container-group-name, look the group up';

function debugReportNeeds(action: string): string {
  return `debug-report: true needs eci:${action} in the RAM policy of these credentials (on the container group, or *): add it, or set debug-report: false.`;
}

/** A call of the debug report's capture that failed: a refusal names debug-report, whichever call it was. */
export function hintForCapture(code: string, action: string): string | undefined {
  return PERMISSION_CODES.test(code) ? debugReportNeeds(action) : hintFor(code, action);
}

/**
 * `action` is the call that failed: a permission hint then names it first. `detail`, ECI's message, tells which
 * parameter an InvalidParameter error is about.
 */
export function hintFor(code: string, action?: string, detail?: string): string | undefined {
  if (PERMISSION_CODES.test(code) && action && DEBUG_REPORT_ACTIONS.includes(action)) return debugReportNeeds(action);
  if (PERMISSION_CODES.test(code) && action && !ALWAYS_NEEDED.includes(action) && !action.startsWith('AssumeRole')) {
    const why = action === 'DescribeContainerGroups' ? `; ${LOOKS_UP_GROUPS}` : '';
    return `The RAM policy of these credentials needs eci:${action} (besides eci:CommitContainer and eci:DescribeCommitContainerTask${why}).`;
  }
  if (/^InvalidParameter|NotFound/.test(code) && detail && /ContainerGroupId|container ?group ?id/i.test(detail)) {
    return 'ECI does not know this container group: check container-group-id and region-id (a group is found only in the region it runs in, and its ID changes when it is recreated; container-group-name finds it by name).';
  }
  return HINTS.find(([pattern]) => pattern.test(code))?.[1];
}

/**
 * What usually makes a commit task fail in `phase` (its message may say more). ECI documents the three phases, not
 * the causes of their failures: each hint names what its phase depends on.
 */
export function hintForPhase(phase: string, message = ''): string | undefined {
  switch (phase) {
    case 'PushCommittedImage':
      return /denied|unauthori[sz]ed|forbidden|permission|not ?authori/i.test(message)
        ? 'ECI was refused the push: check that the RAM role ECI pushes with (role-arn, role-type: service) may push to this ACR repository, that its namespace exists, and that image-repository is in the registry of that region (acr-instance-id for an Enterprise Edition instance).'
        : 'ECI could not push the image: check that the namespace exists, that image-repository names an ACR registry of that region (acr-instance-id for an Enterprise Edition instance), and the push permission of role-arn.';
    case 'PullBaseImage':
      return "ECI could not pull the container's image to commit on top of it: check that its registry can be reached from the container group, and that the group's image registry credentials still give access to it.";
    case 'CommitContainer':
      return 'ECI could not commit the container: check that it is still running, that it is not being restarted, and that the container group has the disk space for the new layer.';
    default:
      return undefined;
  }
}
