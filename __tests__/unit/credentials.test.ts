import { jest } from '@jest/globals';
import type { OidcSettings } from '../../src/model/settings.js';
import type { StsContext, TemporaryCredential } from '../../src/eci/sts-oidc.js';
import { apiError, FakeClock } from '../../test-support/fakes.js';
import { core, linesAt, recorded, resetRecorded } from '../../test-support/core-stand-in.js';

jest.unstable_mockModule('@actions/core', () => core);
const assumeRoleWithOidc = jest.fn<(settings: OidcSettings, context: StsContext) => Promise<TemporaryCredential>>();
jest.unstable_mockModule('../../src/eci/sts-oidc.js', () => ({ assumeRoleWithOidc }));

/**
 * The default chain's providers that come from @alicloud/credentials, as it exports them: each test scripts their
 * answers. The ECS RAM role and credentials URI links are the action's own (chain-http.test.ts).
 */
type ChainAnswer = () => Promise<{ accessKeyId?: string; accessKeySecret?: string; securityToken?: string }>;
const chain: Record<string, ChainAnswer | 'not configured'> = {};
// Classes in the library: functions with a static builder().
const chainProvider = (name: string) =>
  Object.assign(function ChainProviderClass() {}, {
    builder: () => ({
      build: () => {
        const answer = chain[name] ?? 'not configured';
        if (answer === 'not configured') throw new Error(`${name} is not configured`);
        return { getCredentials: () => answer() };
      }
    })
  });
jest.unstable_mockModule('@alicloud/credentials', () => ({
  OIDCRoleArnCredentialsProvider: chainProvider('OIDCRoleArnCredentialsProvider'),
  CLIProfileCredentialsProvider: chainProvider('CLIProfileCredentialsProvider'),
  ProfileCredentialsProvider: chainProvider('ProfileCredentialsProvider')
}));

const { createCredentialProvider, describeCredentialSource, OidcCredentialProvider, DefaultChainProvider } =
  await import('../../src/eci/credentials.js');
type ProviderContext = import('../../src/eci/credentials.js').ProviderContext;
const { isRenewable } = await import('../../src/eci/credential.js');

const OIDC: OidcSettings = {
  roleArn: 'acs:ram::1234567890123456:role/github-eci',
  providerArn: 'acs:ram::1234567890123456:oidc-provider/GitHub',
  audience: 'sts.aliyuncs.com',
  sessionName: 'github-1-1',
  durationSeconds: 3600,
  stsEndpoint: { protocol: 'https', host: 'sts.aliyuncs.com' }
};

function context(clock: FakeClock, logs: string[] = []): ProviderContext {
  return {
    env: {},
    clock,
    retry: { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 1000 },
    log: { info: core.info, warning: (line: string) => logs.push(line) },
    userAgent: 'test',
    connectTimeoutMs: 1000,
    readTimeoutMs: 1000,
    proxy: { noProxy: [] },
    openApiUtil: {} as ProviderContext['openApiUtil']
  };
}

/** STS hands out credential number n, valid for `lifetimeMs` from the fake clock's now. */
function stsIssuing(clock: FakeClock, lifetimeMs: number): void {
  let issued = 0;
  assumeRoleWithOidc.mockImplementation(async () => {
    issued += 1;
    return {
      accessKeyId: `STS.id-${issued}`,
      accessKeySecret: `secret-${issued}`,
      securityToken: `token-${issued}`,
      expiresAt: clock.now() + lifetimeMs
    };
  });
}

beforeEach(() => {
  resetRecorded();
  assumeRoleWithOidc.mockReset();
});

describe('describeCredentialSource', () => {
  it.each<[Parameters<typeof describeCredentialSource>[0], string]>([
    [
      { kind: 'oidc', oidc: OIDC },
      'GitHub OIDC, assuming acs:ram::1234567890123456:role/github-eci with STS AssumeRoleWithOIDC'
    ],
    [
      { kind: 'static', accessKeyId: 'a', accessKeySecret: 'b', source: 'inputs' },
      'the access-key-id/access-key-secret inputs'
    ],
    [
      { kind: 'static', accessKeyId: 'a', accessKeySecret: 'b', securityToken: 't', source: 'environment' },
      'the ALIBABA_CLOUD_ACCESS_KEY_* environment variables (temporary, with security token)'
    ],
    [{ kind: 'default-chain' }, 'the default Alibaba Cloud credential chain (credentials file, ECS RAM role, ...)']
  ])('describes %j without any secret', (settings, expected) => {
    expect(describeCredentialSource(settings)).toBe(expected);
  });
});

describe('createCredentialProvider', () => {
  it('hands static credentials out as they are', async () => {
    const provider = createCredentialProvider(
      { kind: 'static', accessKeyId: 'LTAI', accessKeySecret: 's', source: 'inputs' },
      context(new FakeClock())
    );
    await expect(provider.getCredential()).resolves.toStrictEqual({ accessKeyId: 'LTAI', accessKeySecret: 's' });
    expect(isRenewable(provider)).toBe(false);
  });

  it('keeps the security token of static temporary credentials', async () => {
    const provider = createCredentialProvider(
      { kind: 'static', accessKeyId: 'STS.x', accessKeySecret: 's', securityToken: 't', source: 'environment' },
      context(new FakeClock())
    );
    await expect(provider.getCredential()).resolves.toStrictEqual({
      accessKeyId: 'STS.x',
      accessKeySecret: 's',
      securityToken: 't'
    });
  });

  it('makes a renewable provider for OIDC and a chain provider otherwise', () => {
    const clock = new FakeClock();
    const oidc = createCredentialProvider({ kind: 'oidc', oidc: OIDC }, context(clock));
    expect(oidc).toBeInstanceOf(OidcCredentialProvider);
    expect(isRenewable(oidc)).toBe(true);
    expect(createCredentialProvider({ kind: 'default-chain' }, context(clock))).toBeInstanceOf(DefaultChainProvider);
    expect(assumeRoleWithOidc).not.toHaveBeenCalled();
  });
});

describe('OidcCredentialProvider', () => {
  it('assumes the role on first use only, then reuses the credentials', async () => {
    const clock = new FakeClock();
    stsIssuing(clock, 3_600_000);
    const provider = new OidcCredentialProvider(OIDC, context(clock));
    const first = await provider.getCredential();
    clock.advance(30 * 60_000);
    const second = await provider.getCredential();
    expect(first).toEqual({
      accessKeyId: 'STS.id-1',
      accessKeySecret: 'secret-1',
      securityToken: 'token-1',
      expiresAt: clock.now() + 30 * 60_000
    });
    expect(second).toBe(first);
    expect(assumeRoleWithOidc).toHaveBeenCalledTimes(1);
    expect(assumeRoleWithOidc.mock.calls[0][0]).toBe(OIDC);
    expect(linesAt('info')).toEqual([
      'Assumed acs:ram::1234567890123456:role/github-eci with GitHub OIDC; the credentials last 1h.'
    ]);
  });

  // The renewal margin is a share of the credentials' whole lifetime, fixed when they are issued: a share of the
  // time *left*, recomputed at each look, would shrink with it, and the credentials would be renewed only once they
  // had expired.
  it.each<[string, number, number, number]>([
    // lifetime, still used at, renewed at (ms after issue)
    ['1 h credentials: five minutes before the end', 3_600_000, 3_600_000 - 300_001, 3_600_000 - 300_000],
    ['15 min credentials: a quarter of the lifetime before the end', 900_000, 675_000 - 1, 675_000],
    ['1 min credentials: a quarter of the lifetime before the end', 60_000, 45_000 - 1, 45_000]
  ])('renews %s', async (_, lifetimeMs, stillUsedAt, renewedAt) => {
    const clock = new FakeClock();
    const issuedAt = clock.now();
    stsIssuing(clock, lifetimeMs);
    const provider = new OidcCredentialProvider(OIDC, context(clock));
    await provider.getCredential();

    clock.time = issuedAt + stillUsedAt;
    expect((await provider.getCredential()).accessKeyId).toBe('STS.id-1');
    clock.time = issuedAt + renewedAt;
    expect((await provider.getCredential()).accessKeyId).toBe('STS.id-2');
    expect(assumeRoleWithOidc).toHaveBeenCalledTimes(2);
    expect(linesAt('info')[1]).toMatch(/^Renewed acs:ram::1234567890123456:role\/github-eci with GitHub OIDC;/);
  });

  it('renews on demand (after the service said the token expired)', async () => {
    const clock = new FakeClock();
    stsIssuing(clock, 3_600_000);
    const provider = new OidcCredentialProvider(OIDC, context(clock));
    await provider.getCredential();
    await provider.renew();
    expect((await provider.getCredential()).accessKeyId).toBe('STS.id-2');
  });

  it('retries AssumeRoleWithOIDC on transient errors, logging each retry', async () => {
    const clock = new FakeClock();
    const logs: string[] = [];
    assumeRoleWithOidc
      .mockRejectedValueOnce(apiError({ action: 'AssumeRoleWithOIDC', code: 'ServiceUnavailable' }))
      .mockResolvedValueOnce({
        accessKeyId: 'STS.a',
        accessKeySecret: 's',
        securityToken: 't',
        expiresAt: clock.now() + 3_600_000
      });
    const provider = new OidcCredentialProvider(OIDC, context(clock, logs));
    expect((await provider.getCredential()).accessKeyId).toBe('STS.a');
    expect(assumeRoleWithOidc).toHaveBeenCalledTimes(2);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(
      /^AssumeRoleWithOIDC: attempt 1 of 3 failed with ServiceUnavailable \(HTTP 503\); retrying in/
    );
  });

  it('fails at once on a final STS error', async () => {
    const clock = new FakeClock();
    const denied = apiError({
      action: 'AssumeRoleWithOIDC',
      code: 'AuthenticationFail.NoPermission',
      retryable: false
    });
    assumeRoleWithOidc.mockRejectedValue(denied);
    const provider = new OidcCredentialProvider(OIDC, context(clock));
    await expect(provider.getCredential()).rejects.toBe(denied);
    expect(assumeRoleWithOidc).toHaveBeenCalledTimes(1);
    expect(clock.sleeps).toEqual([]);
  });
});

describe('DefaultChainProvider', () => {
  const SECRET = 'TopSecretFromCliConfig';
  beforeEach(() => {
    for (const name of Object.keys(chain)) delete chain[name];
  });

  it('takes the first provider that answers, masks its secret once, and never shows the errors of the others', async () => {
    chain.CLIProfileCredentialsProvider = () =>
      Promise.reject(new Error(`parse failed: {"access_key_secret":"${SECRET}"`));
    chain.ProfileCredentialsProvider = () =>
      Promise.resolve({ accessKeyId: 'LTAI5tFile', accessKeySecret: 'file-secret' });
    const provider = new DefaultChainProvider({});
    await expect(provider.getCredential()).resolves.toEqual({
      accessKeyId: 'LTAI5tFile',
      accessKeySecret: 'file-secret'
    });
    await provider.getCredential();
    expect(recorded.secrets).toEqual(['file-secret']);
  });

  it('says what it tried, never what the library said, when nothing answers', async () => {
    chain.CLIProfileCredentialsProvider = () => Promise.reject(new Error(`parse failed: ${SECRET}`));
    const error = await new DefaultChainProvider({}).getCredential().catch((thrown: unknown) => thrown);
    expect(String(error)).toContain('No Alibaba Cloud credentials found.');
    expect(String(error)).toContain('the Alibaba Cloud CLI profile (~/.aliyun/config.json): nothing usable');
    expect(String(error)).toContain('the ECS RAM role (instance metadata): not configured');
    expect(String(error)).not.toContain(SECRET);
    // The credentials URI is asked only when one is configured (the library's own chain asks https://undefined/).
    expect(String(error)).not.toContain('credentials URI');
  });

  it('hides the text of the library when the chosen provider later fails to renew', async () => {
    let calls = 0;
    chain.ProfileCredentialsProvider = () =>
      ++calls === 1
        ? Promise.resolve({ accessKeyId: 'LTAI5tFile', accessKeySecret: 'file-secret' })
        : Promise.reject(new Error(`unmarshal fail: {"AccessKeySecret":"${SECRET}"}`));
    const provider = new DefaultChainProvider({});
    await provider.getCredential();
    const error = await provider.getCredential().catch((thrown: unknown) => thrown);
    expect(String(error)).toBe(
      'Error: Could not renew the credentials from the credentials file (~/.alibabacloud/credentials).'
    );
  });
});
