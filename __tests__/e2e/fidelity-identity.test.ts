/**
 * The built action against Alibaba Cloud's identity side (see emulator/FIDELITY.md): the documented trust policy
 * (docs/credentials.md) and permission policy (README.md) evaluated by the emulator, the OIDC setup mistakes users hit, and the default credential
 * chain's message.
 */
import { runAction } from '../../test-support/action-runner.js';
import { fencedBlocks, markdownFiles, readText } from '../docs/support.js';
import type { PolicyDocument } from '../../emulator/ram-policy.js';
import { defaultOidcProviders } from '../../emulator/sts-actions.js';
import { baseInputs, oidcInputs, parseResults, useEmulator } from '../../test-support/scenario.js';

const currentEmulator = useEmulator({ taskDurationMs: 500, githubOidc: { repository: 'octo-org/shop' } });

describe('the documented policies, evaluated by the emulator', () => {
  // README.md first: its permission policy is the one shown first.
  const policies = markdownFiles().flatMap((path) =>
    fencedBlocks(readText(path))
      .filter((block) => block.lang === 'json')
      .map((block) => JSON.parse(block.text) as PolicyDocument)
  );
  const trustPolicy = policies.find((policy) => policy.Statement.some((statement) => statement.Principal?.Federated))!;
  const permissionPolicy = policies.find((policy) => JSON.stringify(policy).includes('eci:CommitContainer'))!;
  /** The permission policy without its cr: actions, as a user who copies only the eci: part would have it. */
  const eciOnlyPolicy: PolicyDocument = {
    ...permissionPolicy,
    Statement: permissionPolicy.Statement.map((statement) => ({
      ...statement,
      Action: ([] as string[]).concat(statement.Action).filter((action) => !action.startsWith('cr:'))
    })).filter((statement) => statement.Action.length > 0)
  };
  const providerArn = String(
    ([] as string[]).concat(trustPolicy.Statement[0].Principal?.Federated ?? [])[0] ?? 'no Federated principal'
  );
  const roleArn = 'acs:ram::1234567890123456:role/github-eci-commit';

  /** The account as the README sets it up: the provider, the role trusting it, the role's permissions. */
  function setUpAccount(...permissions: PolicyDocument[]): void {
    currentEmulator().configure({
      oidcProviders: [{ providerArn, audience: 'sts.aliyuncs.com', roleArns: [] }],
      trustPolicies: { [roleArn]: trustPolicy },
      permissionPolicies: { [roleArn]: permissions.length > 0 ? permissions : [permissionPolicy] }
    });
  }
  const inputs = (overrides: Record<string, string> = {}) =>
    oidcInputs(currentEmulator(), {
      'oidc-role-arn': roleArn,
      'oidc-provider-arn': providerArn,
      'container-name': '*',
      ...overrides
    });

  it('finds the OIDC trust policy and the permission policy, which includes the registry read-back', () => {
    expect(trustPolicy).toBeDefined();
    expect(permissionPolicy).toBeDefined();
    expect(JSON.stringify(permissionPolicy)).toMatch(/cr:GetAuthorizationToken[\s\S]*cr:PullRepository/);
    expect(JSON.stringify(eciOnlyPolicy)).not.toContain('cr:');
  });

  it('lets the documented workflow through: OIDC from octo-org/shop on main, several containers, digests', async () => {
    const emulator = currentEmulator();
    setUpAccount(permissionPolicy);
    const result = await runAction({ inputs: inputs(), env: { ...emulator.githubOidcEnv() } });

    expect(result.exitCode).toBe(0);
    const results = parseResults(result.outputs.results);
    expect(results.map((entry) => entry.status)).toEqual(['Succeeded', 'Succeeded', 'Succeeded']);
    for (const entry of results) expect(entry.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(emulator.requests.filter((request) => request.status === 403)).toEqual([]);
  });

  it('commits with only the eci: actions, warning once per image in one line that names the fix', async () => {
    const emulator = currentEmulator();
    setUpAccount(eciOnlyPolicy);
    const result = await runAction({ inputs: inputs(), env: { ...emulator.githubOidcEnv() } });

    expect(result.exitCode).toBe(0);
    expect(parseResults(result.outputs.results).map((entry) => entry.status)).toEqual([
      'Succeeded',
      'Succeeded',
      'Succeeded'
    ]);
    expect(emulator.requests.filter((request) => request.status === 403).map((request) => request.action)).toEqual(
      expect.arrayContaining(['GetAuthorizationToken'])
    );
    expect(emulator.requests.filter((request) => request.status === 403 && request.service !== 'cr')).toEqual([]);
    const digestWarnings = result.stdout.split('\n').filter((line) => line.startsWith('::warning::Could not read'));
    expect(digestWarnings).toHaveLength(3);
    for (const warning of digestWarnings) {
      expect(warning).toMatch(
        /^::warning::Could not read the digest of \S+ \(GetAuthorizationToken failed: Forbidden\.RAM/
      );
      expect(warning).toContain('Fix: allow cr:GetAuthorizationToken and cr:PullRepository');
      expect(warning.length).toBeLessThan(420);
    }
  });

  it('refuses a token from another repository with AuthenticationFail.NoPermission', async () => {
    const emulator = currentEmulator();
    setUpAccount();
    emulator.configure({
      githubTokenClaims: { sub: 'repo:octo-org/other:ref:refs/heads/main', repository: 'octo-org/other' }
    });
    const result = await runAction({ inputs: inputs(), env: { ...emulator.githubOidcEnv() } });

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('::error::AssumeRoleWithOIDC failed: AuthenticationFail.NoPermission (HTTP 401)');
    expect(emulator.requests.filter((request) => request.service === 'eci')).toEqual([]);
  });

  it('refuses a call the permission policy lacks, naming the denied action from AccessDeniedDetail', async () => {
    const emulator = currentEmulator();
    setUpAccount({
      ...permissionPolicy,
      Statement: permissionPolicy.Statement.map((statement) => ({
        ...statement,
        Action: ([] as string[]).concat(statement.Action).filter((action) => action !== 'eci:CommitContainer')
      }))
    });
    const result = await runAction({ inputs: inputs(), env: { ...emulator.githubOidcEnv() } });

    expect(result.exitCode).toBe(1);
    expect(emulator.tasks).toEqual([]);
    expect(result.stdout).toContain('CommitContainer failed: Forbidden.RAM (HTTP 403)');
    expect(result.stdout).toContain(
      'RAM denied eci:CommitContainer to AssumedRoleUser github-eci-commit/github-987654321-1 of account 1234567890123456 (ImplicitDeny, AccountLevelIdentityBasedPolicy)'
    );
    expect(result.stdout).toContain('RAM DecodeDiagnosticMessage');
    expect(result.stdout).toContain('Hint: RAM refused eci:CommitContainer: allow eci:CommitContainer');
  });
});

describe('OIDC setup mistakes', () => {
  const provider = defaultOidcProviders()[0];

  it('answers PublicKeyFingerprintMismatch with the fingerprint hint', async () => {
    const emulator = currentEmulator();
    emulator.configure({ oidcProviders: [{ ...provider, fingerprintMatches: false }] });
    const result = await runAction({ inputs: oidcInputs(emulator), env: { ...emulator.githubOidcEnv() } });

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('AuthenticationFail.OIDCToken.PublicKeyFingerprintMismatch');
    expect(result.stdout).toContain('Hint: The fingerprint registered on the RAM OIDC provider does not match');
  });

  it('answers IssuerNotMatch with the issuer hint, and no word of fingerprints', async () => {
    const emulator = currentEmulator();
    emulator.configure({ oidcProviders: [{ ...provider, issuer: 'token.actions.githubusercontent.com' }] });
    const result = await runAction({ inputs: oidcInputs(emulator), env: { ...emulator.githubOidcEnv() } });

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('AuthenticationFail.OIDCToken.IssuerNotMatch');
    expect(result.stdout).toContain(
      "Hint: The RAM OIDC provider's issuer URL must be exactly https://token.actions.githubusercontent.com"
    );
    expect(result.stdout).not.toMatch(/fingerprint/i);
  });
});

it('says which variables the default chain reads for OIDC, ALIBABA_CLOUD_OIDC_PROVIDER_ARN among them', async () => {
  const emulator = currentEmulator();
  const result = await runAction({ inputs: baseInputs(emulator, { 'access-key-id': '', 'access-key-secret': '' }) });

  expect(result.exitCode).toBe(1);
  expect(result.stdout).toContain(
    'an OIDC token file (ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN and ALIBABA_CLOUD_OIDC_TOKEN_FILE'
  );
  expect(emulator.requests).toEqual([]);
});
