/**
 * The built action against answers shaped as Alibaba Cloud sends them (see emulator/FIDELITY.md): throttling as
 * Alibaba's clients define it, x-acs-retry-after in milliseconds, lower-camel and XML error bodies, RAM's
 * AccessDeniedDetail, the OIDC codes, a not-found container group, ACR-only repositories; and the README's own
 * trust and permission policies, evaluated by the emulator.
 */
import { runAction } from '../../test-support/action-runner.js';
import { fencedBlocks, readText } from '../docs/support.js';
import type { PolicyDocument } from '../../emulator/ram-policy.js';
import { defaultOidcProviders } from '../../emulator/sts-actions.js';
import { baseInputs, oidcInputs, parseResults, useEmulator } from '../../test-support/scenario.js';

const currentEmulator = useEmulator({ taskDurationMs: 500, githubOidc: { repository: 'octo-org/shop' } });

afterEach(() => {
  currentEmulator().configure({
    errorShape: 'json',
    trustPolicies: {},
    permissionPolicies: {},
    unknownContainerGroup: 'empty-list',
    githubTokenClaims: {},
    oidcProviders: defaultOidcProviders()
  });
});

const THROTTLED = { status: 400, code: 'Throttling.User', message: 'Request was denied due to user flow control.' };

function gapsBetween(times: number[]): number[] {
  return times.slice(1).map((time, index) => time - times[index]);
}

describe('throttling, as Alibaba’s clients see it', () => {
  it('waits the x-acs-retry-after milliseconds: 800 means about 0.8 s', async () => {
    const emulator = currentEmulator();
    emulator.injectError({ action: 'CommitContainer', ...THROTTLED, retryAfterMs: 800 });
    const result = await runAction({ inputs: baseInputs(emulator) });

    expect(result.exitCode).toBe(0);
    const [gap] = gapsBetween(emulator.requestsFor('CommitContainer').map((request) => request.receivedAt));
    expect(gap).toBeGreaterThanOrEqual(800);
    expect(gap).toBeLessThan(1400);
    expect(result.stdout).toContain('retrying in 800ms (as the service asked)');
    expect(emulator.tasks).toHaveLength(1);
  });

  it('retries Rejected.Throttling', async () => {
    const emulator = currentEmulator();
    emulator.injectError({
      action: 'CommitContainer',
      status: 400,
      code: 'Rejected.Throttling',
      message: 'flow control'
    });
    const result = await runAction({ inputs: baseInputs(emulator) });

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/CommitContainer: attempt 1 of 5 failed with Rejected\.Throttling \(HTTP 400\)/);
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(2);
    expect(emulator.tasks).toHaveLength(1);
  });

  it('retries any error answer that carries a positive x-acs-retry-after, whatever its code and status', async () => {
    const emulator = currentEmulator();
    emulator.injectError({
      action: 'CommitContainer',
      status: 403,
      code: 'Forbidden.Quota',
      message: 'come back later',
      retryAfterMs: 300
    });
    const result = await runAction({ inputs: baseInputs(emulator) });

    expect(result.exitCode).toBe(0);
    const [gap] = gapsBetween(emulator.requestsFor('CommitContainer').map((request) => request.receivedAt));
    expect(gap).toBeGreaterThanOrEqual(300);
    expect(gap).toBeLessThan(900);
    expect(emulator.tasks).toHaveLength(1);
  });
});

describe('error bodies', () => {
  it('reads lower-camel keys: a {"code": "Throttling.User"} answer is throttling, not HTTP400', async () => {
    const emulator = currentEmulator();
    emulator.injectError({ action: 'CommitContainer', ...THROTTLED, shape: 'camel-json' });
    const result = await runAction({ inputs: baseInputs(emulator) });

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/CommitContainer: attempt 1 of 5 failed with Throttling\.User \(HTTP 400\)/);
    expect(emulator.tasks).toHaveLength(1);
  });

  it('reads an XML error: code, message and RequestId', async () => {
    const emulator = currentEmulator();
    emulator.configure({ errorShape: 'xml' });
    emulator.injectError({
      action: 'CommitContainer',
      status: 400,
      code: 'InvalidParameter',
      message: 'The specified parameter "Image.Repository" is not valid & <checked>.'
    });
    const result = await runAction({ inputs: baseInputs(emulator) });

    expect(result.exitCode).toBe(1);
    const [commit] = emulator.requestsFor('CommitContainer');
    expect(result.stdout).toContain(
      `::error::CommitContainer failed: InvalidParameter (HTTP 400): The specified parameter "Image.Repository" is not valid & <checked>. [RequestId: ${commit.requestId}]`
    );
  });

  it('surfaces a lower-camel accessDeniedDetail: the denied action, the principal, the types, and how to decode', async () => {
    const emulator = currentEmulator();
    emulator.injectError({
      action: 'CommitContainer',
      status: 403,
      code: 'Forbidden.RAM',
      message: "User not authorized to operate on the specified resource, or this API doesn't support RAM.",
      shape: 'camel-json',
      accessDeniedDetail: {
        AuthAction: 'eci:CommitContainer',
        AuthPrincipalType: 'SubUser',
        AuthPrincipalDisplayName: 'ci-bot',
        NoPermissionType: 'ExplicitDeny',
        PolicyType: 'AccountLevelIdentityBasedPolicy',
        EncodedDiagnosticMessage: 'AQIBAAAAAGVuY29kZWQ='
      }
    });
    const result = await runAction({ inputs: baseInputs(emulator) });

    expect(result.exitCode).toBe(1);
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(1);
    expect(result.stdout).toContain(
      'RAM denied eci:CommitContainer to SubUser ci-bot (ExplicitDeny, AccountLevelIdentityBasedPolicy). Decode the diagnostic with RAM DecodeDiagnosticMessage'
    );
    expect(result.stdout).toContain('AQIBAAAAAGVuY29kZWQ=');
    expect(result.stdout).toContain('Hint: RAM refused eci:CommitContainer: a Deny statement in a policy of ci-bot');
  });
});

describe("the README's policies, evaluated by the emulator", () => {
  const readme = readText('README.md');
  const policies = fencedBlocks(readme)
    .filter((block) => block.lang === 'json')
    .map((block) => JSON.parse(block.text) as PolicyDocument);
  const trustPolicy = policies.find((policy) => JSON.stringify(policy).includes('sts:AssumeRole'))!;
  const permissionPolicy = policies.find((policy) => JSON.stringify(policy).includes('eci:CommitContainer'))!;
  const providerArn = String(
    ([] as string[]).concat(trustPolicy.Statement[0].Principal?.Federated ?? [])[0] ?? 'no Federated principal'
  );
  const roleArn = 'acs:ram::1234567890123456:role/github-eci-commit';

  /** The account as the README sets it up: the provider, the role trusting it, the role's permissions. */
  function setUpAccount(permissions: PolicyDocument = permissionPolicy): void {
    currentEmulator().configure({
      oidcProviders: [{ providerArn, audience: 'sts.aliyuncs.com', roleArns: [] }],
      trustPolicies: { [roleArn]: trustPolicy },
      permissionPolicies: { [roleArn]: [permissions] }
    });
  }
  const inputs = (overrides: Record<string, string> = {}) =>
    oidcInputs(currentEmulator(), {
      'oidc-role-arn': roleArn,
      'oidc-provider-arn': providerArn,
      'container-name': '*',
      ...overrides
    });

  it('finds both policies in the README', () => {
    expect(trustPolicy).toBeDefined();
    expect(permissionPolicy).toBeDefined();
  });

  it('lets the documented workflow through: OIDC from octo-org/shop on main, several containers', async () => {
    const emulator = currentEmulator();
    setUpAccount();
    const result = await runAction({ inputs: inputs(), env: { ...emulator.githubOidcEnv() } });

    expect(result.exitCode).toBe(0);
    expect(parseResults(result.outputs.results).map((entry) => entry.status)).toEqual([
      'Succeeded',
      'Succeeded',
      'Succeeded'
    ]);
    expect(emulator.requests.filter((request) => request.status === 403)).toEqual([]);
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
    const [statement] = permissionPolicy.Statement;
    const actions = ([] as string[]).concat(statement.Action);
    setUpAccount({
      ...permissionPolicy,
      Statement: [{ ...statement, Action: actions.filter((action) => action !== 'eci:CommitContainer') }]
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

describe('a container group that does not exist', () => {
  it.each(['empty-list', 'not-found-error'] as const)(
    'ends in one message naming container-group-id and the ID when DescribeContainerGroups answers with %s',
    async (answer) => {
      const emulator = currentEmulator();
      emulator.configure({ unknownContainerGroup: answer });
      const result = await runAction({
        inputs: baseInputs(emulator, { 'container-group-id': 'eci-unknown0000000000', 'container-name': '*' })
      });

      expect(result.exitCode).toBe(1);
      expect(emulator.requestsFor('DescribeContainerGroups')).toHaveLength(1);
      expect(result.stdout).toContain(
        "::error::Invalid container-group-id 'eci-unknown0000000000': no such container group in region cn-hangzhou."
      );
      expect(result.stdout).not.toContain('Hint:');
    }
  );
});

describe('ACR only', () => {
  it.each(['docker.io/library/app', 'ghcr.io/octo-org/app'])(
    'refuses %s before any request, naming image-repository and why',
    async (repository) => {
      const emulator = currentEmulator();
      const result = await runAction({ inputs: baseInputs(emulator, { 'image-repository': repository }) });

      expect(result.exitCode).toBe(1);
      expect(emulator.requests).toEqual([]);
      expect(result.stdout).toContain(
        `::error::Invalid image-repository '${repository}': ${repository.split('/')[0]} is not a Container Registry (ACR) host, and ECI pushes images only to ACR`
      );
    }
  );

  it("accepts an Enterprise Edition instance's custom domain with acr-instance-id", async () => {
    const emulator = currentEmulator();
    const result = await runAction({
      inputs: baseInputs(emulator, { 'image-repository': 'images.example.com/ns/app', 'acr-instance-id': 'cri-abc123' })
    });

    expect(result.exitCode).toBe(0);
    const [commit] = emulator.requestsFor('CommitContainer');
    expect(commit.params['Image.Repository']).toBe('images.example.com/ns/app');
    expect(commit.params['AcrRegistryInfo.InstanceId']).toBe('cri-abc123');
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

it('ends the whole fault matrix with exactly one task per container', async () => {
  const emulator = currentEmulator();
  emulator.injectError({ action: 'DescribeContainerGroups', status: 400, code: 'Rejected.Throttling', message: 'x' });
  emulator.injectError({ action: 'CommitContainer', ...THROTTLED, shape: 'camel-json' });
  emulator.injectError({
    action: 'CommitContainer',
    status: 503,
    code: 'ServiceUnavailable',
    message: 'x',
    shape: 'xml'
  });
  emulator.injectError({ action: 'CommitContainer', status: 403, code: 'Busy', message: 'x', retryAfterMs: 100 });
  emulator.processThenDrop({ action: 'CommitContainer' });
  emulator.injectError({ action: 'DescribeCommitContainerTask', ...THROTTLED, retryAfterMs: 50, shape: 'xml' });
  emulator.dropConnections({ action: 'CommitContainer' });
  const result = await runAction({ inputs: baseInputs(emulator, { 'container-name': '*', 'max-attempts': '8' }) });

  expect(result.exitCode).toBe(0);
  const byContainer = emulator.tasks.map((task) => task.containerName).sort();
  expect(byContainer).toEqual(['app', 'logger', 'sidecar']);
  expect(emulator.armedFaults.errors).toEqual([]);
  expect(emulator.armedFaults.dropsBeforeProcessing).toEqual([]);
  expect(emulator.armedFaults.dropsAfterProcessing).toEqual([]);
});
