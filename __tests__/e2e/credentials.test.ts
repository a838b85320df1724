import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, runAction } from '../../test-support/action-runner.js';
import {
  baseInputs,
  errorLine,
  EXPIRED_TOKEN,
  oidcInputs,
  useEmulator,
  visibleLog
} from '../../test-support/scenario.js';
import { DEFAULT_OIDC_PROVIDER_ARN, DEFAULT_ROLE_ARN } from '../../emulator/sts-actions.js';

const currentEmulator = useEmulator({ taskDurationMs: 600 });

function oidcEnv(): Record<string, string> {
  return { ...currentEmulator().githubOidcEnv() };
}

function eciRequests() {
  return currentEmulator().requests.filter((request) => request.service === 'eci');
}

describe('credentials', () => {
  it('exchanges the GitHub OIDC token for STS credentials and signs every ECI call with them', async () => {
    const emulator = currentEmulator();
    const result = await runAction({ inputs: oidcInputs(currentEmulator()), env: oidcEnv() });

    expect(result.exitCode).toBe(0);
    const [issued] = emulator.issuedStsCredentials();
    expect(emulator.issuedStsCredentials()).toHaveLength(1);
    const [assume] = emulator.requestsFor('AssumeRoleWithOIDC');
    expect(assume.params).toMatchObject({
      RoleArn: DEFAULT_ROLE_ARN,
      OIDCProviderArn: DEFAULT_OIDC_PROVIDER_ARN,
      RoleSessionName: 'github-987654321-1',
      DurationSeconds: '3600'
    });
    expect(eciRequests().length).toBeGreaterThanOrEqual(2);
    for (const request of eciRequests()) {
      expect(request.accessKeyId).toBe(issued.accessKeyId);
      expect(request.securityTokenPresent).toBe(true);
      expect(request.signatureValid).toBe(true);
      expect(request.headers['x-acs-security-token']).toBe(issued.securityToken);
    }
    expect(result.stdout).toContain(`credentials from GitHub OIDC, assuming ${DEFAULT_ROLE_ARN}`);
    const shown = visibleLog(result.everything);
    const token = emulator.requestsFor('AssumeRoleWithOIDC')[0].params.OIDCToken;
    for (const secret of [issued.accessKeySecret, issued.securityToken, token]) {
      expect(shown).not.toContain(secret);
      expect(result.stdout).toContain(`::add-mask::${secret}`);
    }
  });

  it('reports an audience the provider does not accept, with a hint', async () => {
    const result = await runAction({
      inputs: oidcInputs(currentEmulator(), { 'oidc-audience': 'not-sts' }),
      env: oidcEnv()
    });

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /::error::AssumeRoleWithOIDC failed: AuthenticationFail\.OIDCToken\.AudienceNotMatch/
    );
    expect(result.stdout).toContain('oidc-audience must equal a client ID');
    expect(eciRequests()).toHaveLength(0);
  });

  it('reports an unknown OIDC provider, with a hint about the trust policy', async () => {
    const result = await runAction({
      inputs: oidcInputs(currentEmulator(), { 'oidc-provider-arn': 'acs:ram::1234567890123456:oidc-provider/Unknown' }),
      env: oidcEnv()
    });

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error::AssumeRoleWithOIDC failed: AuthenticationFail\.NoPermission/);
    expect(result.stdout).toContain('trust policy');
    expect(eciRequests()).toHaveLength(0);
  });

  it('says to add `permissions: id-token: write` when the job has no OIDC token', async () => {
    const emulator = currentEmulator();
    const result = await runAction({ inputs: oidcInputs(currentEmulator()) });

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      '::error::GitHub did not offer an OIDC token to this job. Add `permissions: id-token: write`'
    );
    expect(emulator.requests).toHaveLength(0);
  });

  it('assumes the role again when the credentials expire during the wait', async () => {
    const emulator = currentEmulator();
    emulator.configure({ taskDurationMs: 5000, stsCredentialLifetimeMs: 1500 });
    const result = await runAction({
      inputs: oidcInputs(currentEmulator(), { 'role-duration-seconds': '900' }),
      env: oidcEnv()
    });

    expect(result.exitCode).toBe(0);
    expect(result.outputs.status).toBe('Succeeded');
    expect(emulator.issuedStsCredentials().length).toBeGreaterThanOrEqual(2);
    expect(result.stdout).toContain(`Renewed ${DEFAULT_ROLE_ARN} with GitHub OIDC`);
    expect(
      eciRequests().every((request) => request.status === 200 || request.errorCode === 'InvalidSecurityToken.Expired')
    ).toBe(true);
  });

  it('warns when role-duration-seconds is shorter than wait-timeout', async () => {
    const result = await runAction({
      inputs: oidcInputs(currentEmulator(), { 'role-duration-seconds': '900', 'wait-timeout': '1h' }),
      env: oidcEnv()
    });

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('::warning::role-duration-seconds (900) is shorter than wait-timeout (1h)');
  });

  describe('precedence, first match wins', () => {
    it('OIDC over access keys', async () => {
      const emulator = currentEmulator();
      const result = await runAction({
        inputs: oidcInputs(currentEmulator(), {
          'access-key-id': emulator.accessKeyId,
          'access-key-secret': emulator.accessKeySecret
        }),
        env: oidcEnv()
      });
      expect(result.exitCode).toBe(0);
      expect(
        eciRequests().every((request) => request.accessKeyId === emulator.issuedStsCredentials()[0].accessKeyId)
      ).toBe(true);
    });

    it('inputs over the environment', async () => {
      const emulator = currentEmulator();
      const result = await runAction({
        inputs: baseInputs(emulator),
        env: { ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tSomeoneElse', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'not-this-one' }
      });
      expect(result.exitCode).toBe(0);
      expect(eciRequests().every((request) => request.accessKeyId === emulator.accessKeyId)).toBe(true);
      expect(result.stdout).toContain('credentials from the access-key-id/access-key-secret inputs');
    });

    it('the environment (configure-aliyun-credentials-action) over the default chain', async () => {
      const emulator = currentEmulator();
      const result = await runAction({
        inputs: baseInputs(emulator, { 'access-key-id': '', 'access-key-secret': '' }),
        env: {
          ALIBABA_CLOUD_ACCESS_KEY_ID: emulator.accessKeyId,
          ALIBABA_CLOUD_ACCESS_KEY_SECRET: emulator.accessKeySecret
        },
        homeFiles: {
          '.alibabacloud/credentials':
            '[default]\ntype = access_key\naccess_key_id = LTAI5tFromFile\naccess_key_secret = from-file\n'
        }
      });
      expect(result.exitCode).toBe(0);
      expect(eciRequests().every((request) => request.accessKeyId === emulator.accessKeyId)).toBe(true);
      expect(result.stdout).toContain('ALIBABA_CLOUD_ACCESS_KEY_* environment variables');
      expect(visibleLog(result.everything)).not.toContain(emulator.accessKeySecret);
    });

    it('the default chain (a credentials file) when nothing else is configured', async () => {
      const emulator = currentEmulator();
      const result = await runAction({
        inputs: baseInputs(emulator, { 'access-key-id': '', 'access-key-secret': '' }),
        homeFiles: {
          '.alibabacloud/credentials': `[default]\ntype = access_key\naccess_key_id = ${emulator.accessKeyId}\naccess_key_secret = ${emulator.accessKeySecret}\n`
        }
      });
      expect(result.exitCode).toBe(0);
      expect(eciRequests().every((request) => request.accessKeyId === emulator.accessKeyId)).toBe(true);
      expect(result.stdout).toContain('the default Alibaba Cloud credential chain');
      expect(visibleLog(result.everything)).not.toContain(emulator.accessKeySecret);
    });
  });

  it('with nothing configured, the default chain connects nowhere (no metadata service) and the step says how to provide credentials', async () => {
    const emulator = currentEmulator();
    const dir = mkdtempSync(join(tmpdir(), 'eci-connections-'));
    const log = join(dir, 'connections');
    writeFileSync(log, '');
    try {
      const result = await runAction({
        inputs: baseInputs(emulator, { 'access-key-id': '', 'access-key-secret': '' }),
        env: {
          NODE_OPTIONS: `--require ${join(PROJECT_ROOT, 'test-support/record-connections.cjs')}`,
          RECORD_CONNECTIONS_TO: log
        }
      });
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toContain('::error::No Alibaba Cloud credentials found.');
      expect(result.stdout).toContain('permissions: id-token: write');
      expect(readFileSync(log, 'utf8')).toBe('');
      expect(emulator.requests).toHaveLength(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('security tokens that expire, and secrets in the credential chain', () => {
  it('renews OIDC credentials when ECI says the security token expired, and signs the next call with the new ones', async () => {
    const emulator = currentEmulator();
    // The wait's first status query: the list of the group's tasks before the commit is let through.
    emulator.injectError({ ...EXPIRED_TOKEN, skip: 1 });
    const result = await runAction({ inputs: oidcInputs(currentEmulator()), env: { ...emulator.githubOidcEnv() } });

    expect(result.exitCode).toBe(0);
    expect(result.outputs.status).toBe('Succeeded');
    expect(emulator.requestsFor('AssumeRoleWithOIDC')).toHaveLength(2);
    const [first, second] = emulator.issuedStsCredentials();
    const eci = eciRequests();
    const refused = eci.findIndex((request) => request.errorCode === 'InvalidSecurityToken.Expired');
    expect(refused).toBeGreaterThan(0);
    // An injected error is answered before authentication, so the key is read from the request's own header.
    const keyIds = eci.map((request) => request.headers['x-acs-accesskey-id']);
    expect(keyIds.slice(0, refused + 1).every((keyId) => keyId === first.accessKeyId)).toBe(true);
    const renewedAt = emulator.requestsFor('AssumeRoleWithOIDC')[1].receivedAt;
    expect(renewedAt).toBeGreaterThanOrEqual(eci[refused].receivedAt);
    const after = eci.slice(refused + 1);
    expect(after.length).toBeGreaterThan(0);
    for (const request of after) {
      expect(request.accessKeyId).toBe(second.accessKeyId);
      expect(request.headers['x-acs-security-token']).toBe(second.securityToken);
      expect(request.signatureValid).toBe(true);
      expect(request.status).toBe(200);
    }
    expect(result.stdout).toContain(`Renewed ${DEFAULT_ROLE_ARN} with GitHub OIDC`);
  });

  it('fails with the task still running when a static security token expires during the wait', async () => {
    const emulator = currentEmulator();
    // The wait's first status query: the list of the group's tasks before the commit is let through.
    emulator.injectError({ ...EXPIRED_TOKEN, skip: 1 });
    const result = await runAction({ inputs: baseInputs(emulator, { 'security-token': 'CAISstatic-token-for-test' }) });

    expect(result.exitCode).toBe(1);
    const [task] = emulator.tasks;
    const error = errorLine(result.stdout);
    expect(error).toContain('InvalidSecurityToken.Expired');
    expect(error).toContain(`Task ${task.taskId} keeps running on ECI`);
    expect(error).toContain('The STS security token expired');
    expect(result.outputs['task-id']).toBe(task.taskId);
    expect(result.outputs.status).toBe('Running');
    // Temporary keys from the inputs cannot be renewed: no STS call, no further status query with the dead token.
    expect(emulator.requestsFor('AssumeRoleWithOIDC')).toHaveLength(0);
    // The list before the commit, then the one refused status query.
    expect(emulator.requestsFor('DescribeCommitContainerTask')).toHaveLength(1 + 1);
  });

  describe('security-token goes with every ECI call, and is masked', () => {
    const TOKEN = { inputs: 'CAISsecurity-token-from-inputs', env: 'CAISsecurity-token-from-the-environment' };

    it.each(['inputs', 'env'] as const)('from the %s', async (from) => {
      const emulator = currentEmulator();
      const token = TOKEN[from];
      const result = await runAction(
        from === 'inputs'
          ? { inputs: baseInputs(emulator, { 'security-token': token }) }
          : {
              inputs: baseInputs(emulator, { 'access-key-id': '', 'access-key-secret': '' }),
              // What aliyun/configure-aliyun-credentials-action exports.
              env: {
                ALIBABA_CLOUD_ACCESS_KEY_ID: emulator.accessKeyId,
                ALIBABA_CLOUD_ACCESS_KEY_SECRET: emulator.accessKeySecret,
                ALIBABA_CLOUD_SECURITY_TOKEN: token
              }
            }
      );

      expect(result.exitCode).toBe(0);
      expect(result.stdout).toContain('(temporary, with security token)');
      expect(eciRequests().length).toBeGreaterThanOrEqual(2);
      for (const request of eciRequests()) {
        expect(request.headers['x-acs-security-token']).toBe(token);
        expect(request.headers['x-acs-accesskey-id']).toBe(emulator.accessKeyId);
        expect(request.signatureValid).toBe(true);
      }
      // The afterEach scan checks that the token shows nowhere else.
      expect(result.stdout).toContain(`::add-mask::${token}`);
      expect(result.stdout).toContain(`::add-mask::${emulator.accessKeySecret}`);
    });
  });

  it('never shows a secret from a malformed ~/.aliyun/config.json, not even masked', async () => {
    const emulator = currentEmulator();
    const result = await runAction({
      inputs: baseInputs(emulator, { 'access-key-id': '', 'access-key-secret': '' }),
      homeFiles: {
        // The closing braces are missing.
        '.aliyun/config.json':
          '{"current":"default","profiles":[{"name":"default","mode":"AK","access_key_id":"LTAI5tFromCli","access_key_secret":"TopSecretFromCliConfig"'
      }
    });

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('::error::No Alibaba Cloud credentials found');
    // Raw: stdout with its ::add-mask:: lines, stderr, GITHUB_OUTPUT, the summary and the runner's other files.
    expect(result.everything).not.toContain('TopSecretFromCliConfig');
    expect(emulator.requests).toHaveLength(0);
  });
});
