import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, runAction } from '../helpers/action-runner.js';
import { baseInputs, oidcInputs, useEmulator, visibleLog } from '../helpers/scenario.js';
import { DEFAULT_OIDC_PROVIDER_ARN, DEFAULT_ROLE_ARN } from '../../scripts/emulator/sts-actions.js';

const emulator = useEmulator({ taskDurationMs: 600 });

function oidcEnv(): Record<string, string> {
  return { ...emulator().githubOidcEnv() };
}

function eciRequests() {
  return emulator().requests.filter((request) => request.service === 'eci');
}

describe('credentials', () => {
  it('exchanges the GitHub OIDC token for STS credentials and signs every ECI call with them', async () => {
    const ecs = emulator();
    const result = await runAction({ inputs: oidcInputs(emulator()), env: oidcEnv() });

    expect(result.exitCode).toBe(0);
    const [issued] = ecs.issuedStsCredentials();
    expect(ecs.issuedStsCredentials()).toHaveLength(1);
    const [assume] = ecs.requestsFor('AssumeRoleWithOIDC');
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
    const token = ecs.requestsFor('AssumeRoleWithOIDC')[0].params.OIDCToken;
    for (const secret of [issued.accessKeySecret, issued.securityToken, token]) {
      expect(shown).not.toContain(secret);
      expect(result.stdout).toContain(`::add-mask::${secret}`);
    }
  });

  it('reports an audience the provider does not accept, with a hint', async () => {
    const result = await runAction({ inputs: oidcInputs(emulator(), { 'oidc-audience': 'not-sts' }), env: oidcEnv() });

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /::error::AssumeRoleWithOIDC failed: AuthenticationFail\.OIDCToken\.AudienceNotMatch/
    );
    expect(result.stdout).toContain('oidc-audience must equal a client ID');
    expect(eciRequests()).toHaveLength(0);
  });

  it('reports an unknown OIDC provider, with a hint about the trust policy', async () => {
    const result = await runAction({
      inputs: oidcInputs(emulator(), { 'oidc-provider-arn': 'acs:ram::1234567890123456:oidc-provider/Unknown' }),
      env: oidcEnv()
    });

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error::AssumeRoleWithOIDC failed: AuthenticationFail\.NoPermission/);
    expect(result.stdout).toContain('trust policy');
    expect(eciRequests()).toHaveLength(0);
  });

  it('says to add `permissions: id-token: write` when the job has no OIDC token', async () => {
    const ecs = emulator();
    const result = await runAction({ inputs: oidcInputs(emulator()) });

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      '::error::GitHub did not offer an OIDC token to this job. Add `permissions: id-token: write`'
    );
    expect(ecs.requests).toHaveLength(0);
  });

  it('assumes the role again when the credentials expire during the wait', async () => {
    const ecs = emulator();
    ecs.configure({ taskDurationMs: 5000, stsCredentialLifetimeMs: 1500 });
    const result = await runAction({
      inputs: oidcInputs(emulator(), { 'role-duration-seconds': '900' }),
      env: oidcEnv()
    });

    expect(result.exitCode).toBe(0);
    expect(result.outputs.status).toBe('Succeeded');
    expect(ecs.issuedStsCredentials().length).toBeGreaterThanOrEqual(2);
    expect(result.stdout).toContain(`Renewed ${DEFAULT_ROLE_ARN} with GitHub OIDC`);
    expect(
      eciRequests().every((request) => request.status === 200 || request.errorCode === 'InvalidSecurityToken.Expired')
    ).toBe(true);
  });

  it('warns when role-duration-seconds is shorter than wait-timeout', async () => {
    const result = await runAction({
      inputs: oidcInputs(emulator(), { 'role-duration-seconds': '900', 'wait-timeout': '1h' }),
      env: oidcEnv()
    });

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('::warning::role-duration-seconds (900) is shorter than wait-timeout (1h)');
  });

  describe('precedence, first match wins', () => {
    it('OIDC over access keys', async () => {
      const ecs = emulator();
      const result = await runAction({
        inputs: oidcInputs(emulator(), { 'access-key-id': ecs.accessKeyId, 'access-key-secret': ecs.accessKeySecret }),
        env: oidcEnv()
      });
      expect(result.exitCode).toBe(0);
      expect(eciRequests().every((request) => request.accessKeyId === ecs.issuedStsCredentials()[0].accessKeyId)).toBe(
        true
      );
    });

    it('inputs over the environment', async () => {
      const ecs = emulator();
      const result = await runAction({
        inputs: baseInputs(ecs),
        env: { ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tSomeoneElse', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'not-this-one' }
      });
      expect(result.exitCode).toBe(0);
      expect(eciRequests().every((request) => request.accessKeyId === ecs.accessKeyId)).toBe(true);
      expect(result.stdout).toContain('credentials from the access-key-id/access-key-secret inputs');
    });

    it('the environment (configure-aliyun-credentials-action) over the default chain', async () => {
      const ecs = emulator();
      const result = await runAction({
        inputs: baseInputs(ecs, { 'access-key-id': '', 'access-key-secret': '' }),
        env: { ALIBABA_CLOUD_ACCESS_KEY_ID: ecs.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: ecs.accessKeySecret },
        homeFiles: {
          '.alibabacloud/credentials':
            '[default]\ntype = access_key\naccess_key_id = LTAI5tFromFile\naccess_key_secret = from-file\n'
        }
      });
      expect(result.exitCode).toBe(0);
      expect(eciRequests().every((request) => request.accessKeyId === ecs.accessKeyId)).toBe(true);
      expect(result.stdout).toContain('ALIBABA_CLOUD_ACCESS_KEY_* environment variables');
      expect(visibleLog(result.everything)).not.toContain(ecs.accessKeySecret);
    });

    it('the default chain (a credentials file) when nothing else is configured', async () => {
      const ecs = emulator();
      const result = await runAction({
        inputs: baseInputs(ecs, { 'access-key-id': '', 'access-key-secret': '' }),
        homeFiles: {
          '.alibabacloud/credentials': `[default]\ntype = access_key\naccess_key_id = ${ecs.accessKeyId}\naccess_key_secret = ${ecs.accessKeySecret}\n`
        }
      });
      expect(result.exitCode).toBe(0);
      expect(eciRequests().every((request) => request.accessKeyId === ecs.accessKeyId)).toBe(true);
      expect(result.stdout).toContain('the default Alibaba Cloud credential chain');
      expect(visibleLog(result.everything)).not.toContain(ecs.accessKeySecret);
    });
  });

  it('with nothing configured, the default chain connects nowhere (no metadata service) and the step says how to provide credentials', async () => {
    const ecs = emulator();
    const dir = mkdtempSync(join(tmpdir(), 'eci-connections-'));
    const log = join(dir, 'connections');
    writeFileSync(log, '');
    try {
      const result = await runAction({
        inputs: baseInputs(ecs, { 'access-key-id': '', 'access-key-secret': '' }),
        env: {
          NODE_OPTIONS: `--require ${join(PROJECT_ROOT, '__tests__/helpers/record-connections.cjs')}`,
          RECORD_CONNECTIONS_TO: log
        }
      });
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toContain('::error::No Alibaba Cloud credentials found.');
      expect(result.stdout).toContain('permissions: id-token: write');
      expect(readFileSync(log, 'utf8')).toBe('');
      expect(ecs.requests).toHaveLength(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
