/** RAM policies in the emulator: the evaluator itself, then trust and permission policies on the wire. */
import {
  checkPermission,
  evaluateOidcTrust,
  evaluatePermission,
  wildcardMatches,
  type PolicyDocument
} from '../../emulator/ram-policy.js';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { DEFAULT_OIDC_AUDIENCE, DEFAULT_OIDC_PROVIDER_ARN, DEFAULT_ROLE_ARN } from '../../emulator/sts-actions.js';
import { COMMIT_PARAMS, assumeRole, callApi, rawHttp } from './helpers.js';

const allow = (...actions: string[]): PolicyDocument => ({
  Version: '1',
  Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }]
});

describe('wildcardMatches', () => {
  it.each<[string, string, boolean]>([
    ['eci:CommitContainer', 'eci:CommitContainer', true],
    ['eci:commitcontainer', 'eci:CommitContainer', true],
    ['eci:*', 'eci:DescribeContainerGroups', true],
    ['eci:Describe*', 'eci:DescribeCommitContainerTask', true],
    ['eci:Describe*', 'eci:CommitContainer', false],
    ['*', 'cr:GetAuthorizationToken', true],
    ['eci:Commit?ontainer', 'eci:CommitContainer', true],
    ['eci:Commit.Container', 'eci:CommitXContainer', false],
    ['ecs:*', 'eci:CommitContainer', false]
  ])('%s against %s: %s', (pattern, value, expected) => {
    expect(wildcardMatches(pattern, value)).toBe(expected);
  });
});

describe('evaluatePermission', () => {
  it('allows what a statement allows, and nothing else', () => {
    expect(evaluatePermission([allow('eci:CommitContainer')], 'eci:CommitContainer')).toBe('allow');
    expect(evaluatePermission([allow('eci:CommitContainer')], 'eci:DescribeContainerGroups')).toBe('implicit-deny');
    expect(evaluatePermission([], 'eci:CommitContainer')).toBe('implicit-deny');
  });

  it('lets a Deny win over an Allow', () => {
    const deny: PolicyDocument = { Statement: [{ Effect: 'Deny', Action: 'eci:Commit*' }] };
    expect(evaluatePermission([allow('eci:*'), deny], 'eci:CommitContainer')).toBe('explicit-deny');
    expect(evaluatePermission([allow('eci:*'), deny], 'eci:DescribeContainerGroups')).toBe('allow');
  });

  it('refuses with Forbidden.RAM and an AccessDeniedDetail naming the action and principal', () => {
    const principal = { type: 'AssumedRoleUser' as const, displayName: 'ci/github-1', ownerId: '1234567890123456' };
    expect(checkPermission([allow('eci:*')], 'eci:CommitContainer', principal)).toBeUndefined();
    const refusal = checkPermission([allow('eci:Describe*')], 'cr:GetAuthorizationToken', principal);
    expect(refusal).toMatchObject({
      status: 403,
      code: 'Forbidden.RAM',
      accessDeniedDetail: {
        AuthAction: 'cr:GetAuthorizationToken',
        AuthPrincipalType: 'AssumedRoleUser',
        AuthPrincipalDisplayName: 'ci/github-1',
        AuthPrincipalOwnerId: '1234567890123456',
        NoPermissionType: 'ImplicitDeny',
        PolicyType: 'AccountLevelIdentityBasedPolicy',
        EncodedDiagnosticMessage: expect.stringMatching(/^[A-Za-z0-9+/=]{20,}$/)
      }
    });
  });
});

describe('evaluateOidcTrust', () => {
  const provider = 'acs:ram::1234567890123456:oidc-provider/GitHub';
  const trust = (condition: PolicyDocument['Statement'][0]['Condition']): PolicyDocument => ({
    Version: '1',
    Statement: [
      { Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Federated: [provider] }, Condition: condition }
    ]
  });
  const claims = {
    iss: 'https://token.actions.githubusercontent.com',
    aud: 'sts.aliyuncs.com',
    sub: 'repo:octo-org/shop:ref:refs/heads/main'
  };

  it.each<[string, PolicyDocument['Statement'][0]['Condition'], Record<string, unknown>, string, string]>([
    [
      'all three claims equal',
      { StringEquals: { 'oidc:iss': claims.iss, 'oidc:aud': [claims.aud], 'oidc:sub': claims.sub } },
      claims,
      provider,
      'allow'
    ],
    [
      'an issuer without its scheme',
      { StringEquals: { 'oidc:iss': 'token.actions.githubusercontent.com' } },
      claims,
      provider,
      'implicit-deny'
    ],
    [
      'another repository',
      { StringEquals: { 'oidc:sub': claims.sub } },
      { ...claims, sub: 'repo:octo-org/other:ref:refs/heads/main' },
      provider,
      'implicit-deny'
    ],
    [
      'a StringLike pattern',
      { StringLike: { 'oidc:sub': 'repo:octo-org/shop:*' } },
      { ...claims, sub: 'repo:octo-org/shop:pull_request' },
      provider,
      'allow'
    ],
    [
      'StringEquals does not expand *',
      { StringEquals: { 'oidc:sub': 'repo:octo-org/shop:*' } },
      claims,
      provider,
      'implicit-deny'
    ],
    [
      'an audience list in the token',
      { StringEquals: { 'oidc:aud': 'sts.aliyuncs.com' } },
      { ...claims, aud: ['other', 'sts.aliyuncs.com'] },
      provider,
      'allow'
    ],
    [
      'another provider',
      { StringEquals: { 'oidc:iss': claims.iss } },
      claims,
      'acs:ram::1234567890123456:oidc-provider/Other',
      'implicit-deny'
    ],
    [
      'an operator the emulator does not know',
      { StringNotEquals: { 'oidc:sub': 'x' } },
      claims,
      provider,
      'implicit-deny'
    ],
    ['a key the emulator does not know', { StringEquals: { 'oidc:jti': 'x' } }, claims, provider, 'implicit-deny']
  ])('%s', (_what, condition, tokenClaims, providerArn, expected) => {
    expect(evaluateOidcTrust(trust(condition), { providerArn, claims: tokenClaims })).toBe(expected);
  });

  it('needs sts:AssumeRole in the statement', () => {
    const policy: PolicyDocument = {
      Statement: [{ Effect: 'Allow', Action: 'sts:GetCallerIdentity', Principal: { Federated: provider } }]
    };
    expect(evaluateOidcTrust(policy, { providerArn: provider, claims })).toBe('implicit-deny');
  });
});

describe('policies on the wire', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ taskDurationMs: 0 });
  });
  afterEach(() => {
    emulator.reset();
    emulator.configure({ trustPolicies: {}, permissionPolicies: {}, githubTokenClaims: {} });
  });
  afterAll(() => emulator.close());

  it('assumes a role only when its trust policy allows the token, answering as STS does', async () => {
    emulator.configure({
      trustPolicies: {
        [DEFAULT_ROLE_ARN]: {
          Version: '1',
          Statement: [
            {
              Effect: 'Allow',
              Action: 'sts:AssumeRole',
              Principal: { Federated: [DEFAULT_OIDC_PROVIDER_ARN] },
              Condition: { StringEquals: { 'oidc:sub': 'repo:octo-org/eci-commit-container:ref:refs/heads/main' } }
            }
          ]
        }
      }
    });
    expect((await assumeRole(emulator)).status).toBe(200);
    const refused = await assumeRole(emulator, {
      OIDCToken: emulator.mintGithubOidcToken(DEFAULT_OIDC_AUDIENCE, { sub: 'repo:octo-org/other:ref:refs/heads/main' })
    });
    expect(refused.status).toBe(401);
    expect(refused.json).toMatchObject({ Code: 'AuthenticationFail.NoPermission', Message: 'There is no permission' });
  });

  it('refuses a signed call its permission policies do not allow, with Forbidden.RAM and AccessDeniedDetail', async () => {
    emulator.configure({ permissionPolicies: { [emulator.accessKeyId]: [allow('eci:Describe*')] } });
    const describe = await callApi(emulator, {
      action: 'DescribeContainerGroups',
      params: { RegionId: 'cn-hangzhou' }
    });
    expect(describe.status).toBe(200);
    const commit = await callApi(emulator, { action: 'CommitContainer', params: COMMIT_PARAMS });
    expect(commit.status).toBe(403);
    expect(commit.json).toMatchObject({
      Code: 'Forbidden.RAM',
      AccessDeniedDetail: {
        AuthAction: 'eci:CommitContainer',
        AuthPrincipalType: 'SubUser',
        // A RAM user is named by its numeric user ID (DecodeDiagnosticMessage example), never by its AccessKey ID.
        AuthPrincipalDisplayName: expect.stringMatching(/^\d{16}$/),
        NoPermissionType: 'ImplicitDeny'
      }
    });
    expect(JSON.stringify(commit.json)).not.toContain(emulator.accessKeyId);
    expect(emulator.tasks).toHaveLength(0);
  });

  it('applies a role’s policies to the STS credentials assumed from it', async () => {
    emulator.configure({ permissionPolicies: { [DEFAULT_ROLE_ARN]: [allow('eci:CommitContainer')] } });
    const credentials = (await assumeRole(emulator)).json.Credentials;
    const sts = {
      accessKeyId: credentials.AccessKeyId,
      accessKeySecret: credentials.AccessKeySecret,
      securityToken: credentials.SecurityToken
    };
    expect((await callApi(emulator, { action: 'CommitContainer', params: COMMIT_PARAMS, ...sts })).status).toBe(200);
    const query = await callApi(emulator, {
      action: 'DescribeCommitContainerTask',
      params: { RegionId: 'cn-hangzhou', ContainerGroupId: COMMIT_PARAMS.ContainerGroupId },
      ...sts
    });
    expect(query.status).toBe(403);
    expect(query.json.AccessDeniedDetail).toMatchObject({
      AuthAction: 'eci:DescribeCommitContainerTask',
      AuthPrincipalType: 'AssumedRoleUser',
      AuthPrincipalDisplayName: 'eci-commit-container/github-actions'
    });
  });

  it('takes policies and answer shapes through the admin API, and refuses malformed policies', async () => {
    const postConfig = (body: unknown) =>
      rawHttp(`${emulator.url}/__emulator/config`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body)
      });
    const configured = await postConfig({
      errorShape: 'camel-json',
      unknownContainerGroup: 'not-found-error',
      githubTokenClaims: { sub: 'repo:octo-org/other:ref:refs/heads/main' },
      permissionPolicies: { [emulator.accessKeyId]: [allow('eci:Describe*')] },
      oidcProviders: [
        { providerArn: DEFAULT_OIDC_PROVIDER_ARN, audience: 'sts.aliyuncs.com', roleArns: [], fingerprintMatches: true }
      ],
      faults: { injectError: { status: 400, code: 'X', message: 'y', retryAfterMs: 5, shape: 'xml' } }
    });
    expect(configured.status).toBe(200);
    const commit = await callApi(emulator, { action: 'CommitContainer', params: COMMIT_PARAMS });
    expect(commit.headers['x-acs-retry-after']).toBe('5');
    expect(commit.text).toContain('<Code>X</Code>');
    const denied = await callApi(emulator, { action: 'CommitContainer', params: COMMIT_PARAMS });
    expect(denied.json).toMatchObject({
      code: 'Forbidden.RAM',
      accessDeniedDetail: { authAction: 'eci:CommitContainer' }
    });

    const malformed = await postConfig({ trustPolicies: { role: { Statement: [{ Effect: 'Maybe', Action: 'x' }] } } });
    expect(malformed.status).toBe(400);
    expect(malformed.json.error).toContain('config.trustPolicies.role.Statement[0].Effect');
    emulator.configure({
      errorShape: 'json',
      unknownContainerGroup: 'empty-list',
      oidcProviders: [
        { providerArn: DEFAULT_OIDC_PROVIDER_ARN, audience: DEFAULT_OIDC_AUDIENCE, roleArns: [DEFAULT_ROLE_ARN] }
      ]
    });
  });
});
