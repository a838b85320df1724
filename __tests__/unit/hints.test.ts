import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { hintFor } from '../../src/report/hints.js';

const ACTION_INPUTS = Object.keys(
  (parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as { inputs: Record<string, unknown> })
    .inputs
);

const PERMISSION = 'The RAM policy of these credentials needs eci:CommitContainer and eci:DescribeCommitContainerTask.';
const STATE =
  'The container group or container is not in a state that can be committed: it must be running, and only one commit per container group can run at a time.';
const PARAMETER =
  'ECI rejected a parameter: check container-group-id, region-id and container-name (an unknown group or container is answered so too), then image-repository, image-tag and the ACR inputs.';
const TRANSIENT =
  'Alibaba Cloud had a transient failure: re-run the job; check the Alibaba Cloud status page if it persists.';
const UNREACHABLE =
  'The API endpoint could not be reached: check endpoint, the network and any proxy (HTTPS_PROXY, NO_PROXY).';
const BROKEN = 'The connection to the API endpoint broke: check the network and any proxy.';

describe('hintFor', () => {
  it.each<[string, string]>([
    ['Forbidden.RAM', PERMISSION],
    ['Forbidden', PERMISSION],
    ['Forbidden.NotAuthorized', PERMISSION],
    ['NoPermission', PERMISSION],
    ['NoPermission.Role', PERMISSION],
    ['IncorrectStatusDetail', STATE],
    ['InvalidParameter', PARAMETER],
    ['InvalidParameter.Image.Repository', PARAMETER],
    ['MissingParameter', 'ECI says a required parameter is missing: check the inputs named in the message.'],
    [
      'InvalidParameter.NotFound',
      'ECI finds no such container group or container: check container-group-id, region-id and container-name.'
    ],
    [
      'InvalidVolumeType',
      "ECI refused the commit over the container group's volumes. The API reference documents this code for CommitContainer only with ResizeContainerGroupVolume's message (\"only volume of cloud disk support capacity resize\"): read ECI's message above and check the group's volumes."
    ],
    [
      'InvalidAction.NotSupported',
      'ECI does not allow this action for the container group (or the region does not offer CommitContainer).'
    ],
    [
      'SignatureDoesNotMatch',
      'The access-key-secret does not belong to the access-key-id (or the request was altered on the way).'
    ],
    [
      'InvalidAccessKeyId.NotFound',
      'The AccessKey ID is unknown or disabled: check access-key-id (or the credentials exported by an earlier step).'
    ],
    [
      'InvalidAccessKeyId.Inactive',
      'The AccessKey ID is unknown or disabled: check access-key-id (or the credentials exported by an earlier step).'
    ],
    [
      'InvalidSecurityToken.Expired',
      'The STS security token expired: get fresh temporary credentials (or use OIDC so the action renews them).'
    ],
    [
      'InvalidSecurityToken.MismatchWithAccessKey',
      'The STS security token is missing or does not match the AccessKey ID: pass security-token with temporary credentials.'
    ],
    ['InvalidTimeStamp.Expired', "The runner's clock is off by more than 15 minutes."],
    ['Throttling', 'Alibaba Cloud throttled the API calls: run fewer commits at once, or raise max-attempts.'],
    ['Throttling.User', 'Alibaba Cloud throttled the API calls: run fewer commits at once, or raise max-attempts.'],
    ['ServiceUnavailable', TRANSIENT],
    ['InternalError', TRANSIENT],
    ['HTTP500', TRANSIENT],
    ['HTTP502', TRANSIENT],
    ['HTTP504', TRANSIENT],
    [
      'AuthenticationFail.OIDCToken.AudienceNotMatch',
      'oidc-audience must equal a client ID of the RAM OIDC provider (sts.aliyuncs.com unless you changed it).'
    ],
    [
      'AuthenticationFail.NoPermission',
      "Check oidc-provider-arn and the role's trust policy: it must trust this OIDC provider, and its oidc:iss (https://token.actions.githubusercontent.com), oidc:aud and oidc:sub conditions must match this token's issuer, audience, repository and ref."
    ],
    [
      'AuthenticationFail.OIDCToken.Expired',
      "The GitHub OIDC token expired before STS saw it: check the runner's clock and re-run."
    ],
    [
      'AuthenticationFail.OIDCToken.InvalidSignature',
      'STS could not read or verify the GitHub OIDC token: check that oidc-provider-arn names the provider created for GitHub (issuer https://token.actions.githubusercontent.com).'
    ],
    [
      'AuthenticationFail.OIDCToken.PublicKeyFingerprintMismatch',
      "The fingerprint registered on the RAM OIDC provider does not match the certificate of https://token.actions.githubusercontent.com: update the provider's fingerprint (RAM console, or UpdateOIDCProvider)."
    ],
    [
      'AuthenticationFail.OIDCToken.IssuerNotMatch',
      "The RAM OIDC provider's issuer URL must be exactly https://token.actions.githubusercontent.com, the iss of GitHub's token (and the trust policy's oidc:iss)."
    ],
    ['Rejected.Throttling', 'Alibaba Cloud throttled the API calls: run fewer commits at once, or raise max-attempts.'],
    [
      'EntityNotExist.OIDCProvider',
      'The RAM role or OIDC provider does not exist: check oidc-role-arn and oidc-provider-arn.'
    ],
    ['EntityNotExist.Role', 'The RAM role or OIDC provider does not exist: check oidc-role-arn and oidc-provider-arn.'],
    // The STS hint must win over the generic /^InvalidParameter/ entry, which also matches this code.
    [
      'InvalidParameter.DurationSeconds',
      "role-duration-seconds must lie between 900 and the role's maximum session duration."
    ],
    ['ENOTFOUND', 'The API host could not be resolved: check region-id and endpoint.'],
    ['ECONNREFUSED', UNREACHABLE],
    ['ConnectTimeout', UNREACHABLE],
    ['EHOSTUNREACH', UNREACHABLE],
    ['ENETUNREACH', UNREACHABLE],
    ['ECONNRESET', BROKEN],
    ['SocketHangUp', BROKEN],
    ['ReadTimeout', BROKEN],
    ['ETIMEDOUT', BROKEN],
    ['EPIPE', BROKEN]
  ])('%s: %s', (code, hint) => {
    expect(hintFor(code)).toBe(hint);
  });

  it.each([
    '',
    'UnknownError',
    'InvalidResponse',
    'HTTP404',
    'HTTP5000',
    'HTTP429',
    'ForbiddenX',
    'forbidden.ram',
    'IncorrectStatusDetail.Extra',
    'InvalidVolumeTypes',
    'SignatureDoesNotMatchX',
    'Aborted',
    'ECONNRESETX',
    'throttling',
    'EntityNotExist.Task',
    'MissingContainerName'
  ])('has no hint for %j', (code) => {
    expect(hintFor(code)).toBeUndefined();
  });

  it.each(['AuthenticationFail.OIDCToken.IssuerNotMatch', 'AuthenticationFail.OIDCToken.Invalid', 'Forbidden.RAM'])(
    'speaks of the fingerprint only for PublicKeyFingerprintMismatch, not for %s',
    (code) => {
      expect(hintFor(code)).not.toMatch(/fingerprint/i);
    }
  );

  it('mentions only inputs that action.yml declares', () => {
    const codes = [
      'Forbidden',
      'IncorrectStatusDetail',
      'InvalidParameter',
      'MissingParameter',
      'SignatureDoesNotMatch',
      'InvalidAccessKeyId',
      'InvalidSecurityToken.Expired',
      'InvalidSecurityToken',
      'Throttling',
      'ServiceUnavailable',
      'AuthenticationFail.OIDCToken.AudienceNotMatch',
      'AuthenticationFail.NoPermission',
      'EntityNotExist.Role',
      'InvalidParameter.DurationSeconds',
      'ENOTFOUND',
      'ECONNREFUSED',
      'ECONNRESET'
    ];
    const words = new Set(['re-run']);
    for (const code of codes) {
      const hint = hintFor(code) ?? '';
      for (const [name] of hint.matchAll(/\b[a-z]+(?:-[a-z]+)+\b/g)) {
        if (words.has(name)) continue;
        expect({ code, name, declared: ACTION_INPUTS.includes(name) }).toEqual({ code, name, declared: true });
      }
    }
  });
});
