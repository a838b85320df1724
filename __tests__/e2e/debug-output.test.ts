import { DEFAULT_REGISTRY_USER } from '../../emulator/registry-standin.js';
import { runAction } from '../../test-support/action-runner.js';
import { PROXY_ONLY_HOST, startProxy } from '../../test-support/proxy-server.js';
import { basicForm } from '../../test-support/secret-scan.js';
import { startTlsFront } from '../../test-support/tls-front.js';
import { oidcInputs, useEmulator } from '../../test-support/scenario.js';

// Every secret of these runs is checked by the emulator's secret scan after each test (test-support/scenario.ts),
// in every form it takes on the wire: Basic forms, URL-decoded proxy credentials, tokens.
const currentEmulator = useEmulator({ taskDurationMs: 300 });

const PROXY_USER = 'proxy-user';
const PROXY_PASSWORD = 'pr0xy p@ss:word';
const DEBUG_ENV = { NODE_DEBUG: 'http,https,net,tls', DEBUG: '*', ACTIONS_STEP_DEBUG: 'true' };

describe('with every debug setting on', () => {
  it('sends registry and proxy credentials without Node printing them, and masks what a library prints', async () => {
    const emulator = currentEmulator();
    const proxy = await startProxy();
    const front = await startTlsFront(emulator.port);
    const tunnelled = `https://${PROXY_ONLY_HOST}:${new URL(front.url).port}`;
    try {
      const proxyUrl = new URL(proxy.url);
      proxyUrl.username = encodeURIComponent(PROXY_USER);
      proxyUrl.password = encodeURIComponent(PROXY_PASSWORD);
      const result = await runAction({
        // ECI and STS through the proxy's tunnel; the registry on loopback, where its http:// realm is allowed.
        inputs: oidcInputs(emulator, {
          endpoint: tunnelled,
          'sts-endpoint': tunnelled,
          'registry-username': DEFAULT_REGISTRY_USER.username,
          'registry-password': DEFAULT_REGISTRY_USER.password
        }),
        env: {
          ...DEBUG_ENV,
          ...emulator.githubOidcEnv(),
          HTTPS_PROXY: proxyUrl.href,
          NODE_EXTRA_CA_CERTS: front.caFile
        }
      });

      expect(result.exitCode).toBe(0);
      expect(result.outputs.digest).toMatch(/^sha256:/);
      // The debug settings did take effect: Node printed its http debug lines, and the proxy was used.
      expect(result.stderr).toMatch(/^HTTP \d+: /m);
      expect(proxy.seen.some((line) => line.startsWith(`CONNECT ${PROXY_ONLY_HOST}`))).toBe(true);
      expect(emulator.requestsFor('RegistryToken')).toHaveLength(1);
      // Each form was masked before it went out, once.
      const masks = result.stdout.split('\n').filter((line) => line.startsWith('::add-mask::'));
      for (const value of [
        basicForm(DEFAULT_REGISTRY_USER.username, DEFAULT_REGISTRY_USER.password),
        basicForm(PROXY_USER, PROXY_PASSWORD),
        PROXY_PASSWORD,
        emulator.githubOidcEnv().ACTIONS_ID_TOKEN_REQUEST_TOKEN,
        ...emulator.registry.issuedBearerTokens()
      ]) {
        expect(masks.filter((line) => line === `::add-mask::${value}`)).toHaveLength(1);
      }
      // No authorization header of the action's own shows in Node's debug output: only @actions/core's (masked).
      const printed = [...result.stderr.matchAll(/authorization'?: '([^']*)'/gi)].map((match) => match[1]);
      expect(new Set(printed)).toEqual(new Set([`Bearer ${emulator.githubOidcEnv().ACTIONS_ID_TOKEN_REQUEST_TOKEN}`]));
      expect(result.stderr).not.toMatch(/x-acs-security-token/i);
    } finally {
      await front.close();
      await proxy.close();
    }
  });
});

describe('an answer cannot choose what gets masked', () => {
  function masks(stdout: string): string[] {
    return stdout.split('\n').filter((line) => line.startsWith('::add-mask::'));
  }

  it('refuses an ACR temporary token of one character instead of masking it', async () => {
    const emulator = currentEmulator();
    emulator.answerRaw({
      action: 'GetAuthorizationToken',
      status: 200,
      body: JSON.stringify({ data: { tempUserName: 'cr_temp_user', authorizationToken: 'e' }, requestId: 'R-1' })
    });
    const result = await runAction({
      inputs: oidcInputs(emulator, { digest: 'true' }),
      env: { ...emulator.githubOidcEnv() }
    });

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('shorter than 8 characters, which is not a token');
    expect(masks(result.stdout)).not.toContain('::add-mask::e');
  });

  it('refuses STS credentials of a few characters instead of masking them', async () => {
    const emulator = currentEmulator();
    emulator.answerRaw({
      action: 'AssumeRoleWithOIDC',
      status: 200,
      body: JSON.stringify({
        RequestId: 'R-2',
        Credentials: {
          AccessKeyId: 'STS.emulator',
          AccessKeySecret: 'a',
          SecurityToken: 'CAIS-long-enough-token',
          Expiration: new Date(Date.now() + 3600_000).toISOString()
        }
      })
    });
    const result = await runAction({ inputs: oidcInputs(emulator), env: { ...emulator.githubOidcEnv() } });

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('shorter than 8 characters, which is not a credential');
    expect(masks(result.stdout)).not.toContain('::add-mask::a');
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(0);
  });
});
