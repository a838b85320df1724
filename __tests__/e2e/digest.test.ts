import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_ACR_INSTANCE_ID } from '../../emulator/cr-actions.js';
import { DEFAULT_REGISTRY_USER } from '../../emulator/registry-standin.js';
import { runAction, takeFinishedRuns } from '../../test-support/action-runner.js';
import { assertNoLeakedSecrets } from '../../test-support/secret-scan.js';
import {
  baseInputs,
  emulatorSecrets,
  errorLine,
  parseResults,
  REPOSITORY,
  useEmulator,
  visibleLog
} from '../../test-support/scenario.js';

const currentEmulator = useEmulator({ taskDurationMs: 300 });

const DIGEST = /^sha256:[a-f0-9]{64}$/;
const REGISTRY_LOGIN = {
  'registry-username': DEFAULT_REGISTRY_USER.username,
  'registry-password': DEFAULT_REGISTRY_USER.password
};

function registryTraffic(): string[] {
  return currentEmulator()
    .requests.filter((request) => request.service === 'registry' || request.service === 'cr')
    .map((request) => `${request.method} ${request.path}`);
}

function warnings(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith('::warning::'));
}

describe('the digest read back from the registry', () => {
  it('with explicit registry credentials: outputs, results and the summary carry it', async () => {
    const emulator = currentEmulator();
    const result = await runAction({ inputs: baseInputs(emulator, { 'image-tag': 'v1', ...REGISTRY_LOGIN }) });

    expect(result.exitCode).toBe(0);
    const digest = emulator.registry.digestOf(REPOSITORY, 'v1');
    expect(digest).toMatch(DIGEST);
    expect(result.outputs.digest).toBe(digest);
    expect(result.outputs['pinned-image']).toBe(`${REPOSITORY}@${digest}`);
    expect(parseResults(result.outputs.results)[0].digest).toBe(digest);
    expect(result.summary).toContain(digest);
    expect(emulator.requestsFor('GetAuthorizationToken')).toHaveLength(0);
    // The HEAD is asked, challenged, the realm gives a token, and the HEAD is asked again.
    expect(registryTraffic()).toEqual([
      'HEAD /v2/octo/shop/manifests/v1',
      'GET /auth',
      'HEAD /v2/octo/shop/manifests/v1'
    ]);
    expect(emulator.requestsFor('RegistryToken')[0].params).toEqual({
      service: 'registry.aliyuncs.com:cn-hangzhou:26842',
      scope: 'repository:octo/shop:pull'
    });
  });

  it('with a Docker config login (DOCKER_CONFIG or ~/.docker/config.json)', async () => {
    const emulator = currentEmulator();
    const auth = Buffer.from(`${DEFAULT_REGISTRY_USER.username}:${DEFAULT_REGISTRY_USER.password}`).toString('base64');
    const config = JSON.stringify({ auths: { 'registry.cn-hangzhou.aliyuncs.com': { auth } } });

    const fromHome = await runAction({
      inputs: baseInputs(emulator, { 'image-tag': 'home' }),
      homeFiles: { '.docker/config.json': config }
    });
    expect(fromHome.exitCode).toBe(0);
    expect(fromHome.outputs.digest).toBe(emulator.registry.digestOf(REPOSITORY, 'home'));
    expect(fromHome.stdout).toContain('Registry credentials: the Docker config');

    // DOCKER_CONFIG wins over ~/.docker, whose credential store is not run; keys may carry a scheme and a path.
    const dockerConfig = mkdtempSync(join(tmpdir(), 'docker-config-'));
    const { username, password } = DEFAULT_REGISTRY_USER;
    writeFileSync(
      join(dockerConfig, 'config.json'),
      JSON.stringify({ auths: { 'https://registry.cn-hangzhou.aliyuncs.com/v1/': { username, password } } })
    );
    try {
      const fromDockerConfig = await runAction({
        inputs: baseInputs(emulator, { 'image-tag': 'docker-config' }),
        homeFiles: { '.docker/config.json': '{"credsStore":"desktop"}' },
        env: { DOCKER_CONFIG: dockerConfig }
      });
      expect(fromDockerConfig.exitCode).toBe(0);
      expect(fromDockerConfig.outputs.digest).toBe(emulator.registry.digestOf(REPOSITORY, 'docker-config'));
    } finally {
      rmSync(dockerConfig, { recursive: true, force: true });
    }
    expect(emulator.requestsFor('GetAuthorizationToken')).toHaveLength(0);

    // A credential store alone is skipped (with a debug note): the temporary token is next.
    const storeOnly = await runAction({
      inputs: baseInputs(emulator, { 'image-tag': 'store' }),
      homeFiles: { '.docker/config.json': '{"credsStore":"desktop","auths":{"registry.cn-hangzhou.aliyuncs.com":{}}}' },
      env: { RUNNER_DEBUG: '1' }
    });
    expect(storeOnly.outputs.digest).toMatch(DIGEST);
    expect(storeOnly.stdout).toMatch(/::debug::.*credential store, which this action does not run; skipped/);
    expect(emulator.requestsFor('GetAuthorizationToken')).toHaveLength(1);

    // The scan looks for the Docker configs' own secrets too: the auth value and the password it holds.
    const runs = takeFinishedRuns();
    const scanned = runs.flatMap((run) => run.secrets.map((secret) => secret.value));
    expect(scanned).toEqual(expect.arrayContaining([auth, DEFAULT_REGISTRY_USER.password]));
    expect(runs[1].secrets).toContainEqual({ kind: 'Docker config password', value: password });
    assertNoLeakedSecrets(runs, emulatorSecrets(emulator));
  });

  it('with an ACR Enterprise Edition temporary token made with the step credentials', async () => {
    const emulator = currentEmulator();
    const result = await runAction({
      inputs: baseInputs(emulator, { 'image-tag': 'ee', 'acr-instance-id': DEFAULT_ACR_INSTANCE_ID })
    });

    expect(result.exitCode).toBe(0);
    expect(result.outputs.digest).toBe(emulator.registry.digestOf(REPOSITORY, 'ee'));
    const [token] = emulator.requestsFor('GetAuthorizationToken');
    expect(token).toMatchObject({
      version: '2018-12-01',
      service: 'cr',
      signatureValid: true,
      status: 200,
      params: { InstanceId: DEFAULT_ACR_INSTANCE_ID, RegionId: 'cn-hangzhou' }
    });
    expect(emulator.registry.issuedLogins()).toHaveLength(1);
  });

  it('with an ACR Personal Edition temporary token (GET /tokens)', async () => {
    const emulator = currentEmulator();
    const result = await runAction({ inputs: baseInputs(emulator, { 'image-tag': 'personal' }) });

    expect(result.exitCode).toBe(0);
    expect(result.outputs.digest).toBe(emulator.registry.digestOf(REPOSITORY, 'personal'));
    const [token] = emulator.requestsFor('GetAuthorizationToken');
    expect(token).toMatchObject({ version: '2016-06-07', method: 'GET', path: '/tokens', signatureValid: true });
  });

  it('warns that an Enterprise Edition registry without acr-instance-id gets a Personal Edition token', async () => {
    const emulator = currentEmulator();
    const repository = 'shop-registry.cn-hangzhou.cr.aliyuncs.com/octo/shop';
    emulator.registry.seedImage(repository, 'v1');
    const result = await runAction({
      inputs: baseInputs(emulator, { 'image-repository': repository, 'image-tag': 'v1', 'if-tag-exists': 'skip' })
    });

    expect(result.exitCode).toBe(0);
    expect(result.outputs.status).toBe('Skipped');
    expect(emulator.requestsFor('GetAuthorizationToken').map((request) => request.version)).toEqual(['2016-06-07']);
    expect(warnings(result.stdout)).toEqual([
      expect.stringMatching(
        /shop-registry\.cn-hangzhou\.cr\.aliyuncs\.com is an ACR Enterprise Edition registry but acr-instance-id is empty/
      )
    ]);
  });

  it('auto without access warns why and how to enable it, leaves the outputs empty and succeeds', async () => {
    const emulator = currentEmulator();
    const result = await runAction({
      inputs: baseInputs(emulator, {
        'image-tag': 'v1',
        'registry-username': 'robot',
        'registry-password': 'wrong-pass'
      })
    });

    expect(result.exitCode).toBe(0);
    expect(result.outputs.status).toBe('Succeeded');
    expect(result.outputs.digest).toBe('');
    expect(result.outputs['pinned-image']).toBe('');
    const [warning] = warnings(result.stdout);
    expect(warning).toMatch(/Could not read the digest of .*octo\/shop:v1/);
    expect(warning).toContain(
      '(registry token failed: UNAUTHORIZED: the token service refused the credentials from the registry-username and registry-password inputs'
    );
    expect(warning).not.toMatch(/\n/);
    expect(warning).toMatch(/cr:GetAuthorizationToken and cr:PullRepository/);
    expect(warning).toContain('digest: false');
  });

  it('true without access fails the step, saying why', async () => {
    const emulator = currentEmulator();
    emulator.injectError({
      action: 'GetAuthorizationToken',
      status: 403,
      code: 'NoPermission',
      message: 'You are not authorized to do this action.'
    });
    const result = await runAction({ inputs: baseInputs(emulator, { 'image-tag': 'v1', digest: 'true' }) });

    expect(result.exitCode).toBe(1);
    expect(result.outputs.status).toBe('Succeeded');
    expect(result.outputs.digest).toBe('');
    expect(errorLine(result.stdout)).toMatch(
      /its digest could not be read \(digest: true\): GetAuthorizationToken failed: NoPermission/
    );
  });

  it('false makes no registry call at all', async () => {
    const emulator = currentEmulator();
    const result = await runAction({
      inputs: baseInputs(emulator, { 'image-tag': 'v1', digest: 'false', ...REGISTRY_LOGIN })
    });

    expect(result.exitCode).toBe(0);
    expect(result.outputs.digest).toBe('');
    expect(registryTraffic()).toEqual([]);
  });

  it('allows a manifest just pushed a short grace to show', async () => {
    const emulator = currentEmulator();
    emulator.registry.configure({ hiddenManifestQueries: 2 });
    const result = await runAction({
      inputs: baseInputs(emulator, { 'image-tag': 'v1', digest: 'true', ...REGISTRY_LOGIN })
    });

    expect(result.exitCode).toBe(0);
    expect(result.outputs.digest).toBe(emulator.registry.digestOf(REPOSITORY, 'v1'));
    expect(result.stdout).toMatch(/not visible in the registry yet/);
  });

  it('hashes the manifest when the registry sends no Docker-Content-Digest', async () => {
    const emulator = currentEmulator();
    emulator.registry.configure({ omitDigestHeader: true });
    const result = await runAction({ inputs: baseInputs(emulator, { 'image-tag': 'v1', ...REGISTRY_LOGIN }) });

    expect(result.outputs.digest).toBe(emulator.registry.digestOf(REPOSITORY, 'v1'));
    expect(registryTraffic().at(-1)).toBe('GET /v2/octo/shop/manifests/v1');
  });
});

describe('if-tag-exists', () => {
  it('fail on an existing tag: nothing is committed, and the message names the image and its digest', async () => {
    const emulator = currentEmulator();
    const existing = emulator.registry.seedImage(REPOSITORY, 'v1');
    const result = await runAction({ inputs: baseInputs(emulator, { 'image-tag': 'v1', 'if-tag-exists': 'fail' }) });

    expect(result.exitCode).toBe(1);
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(0);
    expect(errorLine(result.stdout)).toContain(
      `${REPOSITORY}:v1 already exists (${existing}) and if-tag-exists is fail`
    );
  });

  it('skip on an existing tag: nothing is committed, status Skipped, the existing image described, success', async () => {
    const emulator = currentEmulator();
    const existing = emulator.registry.seedImage(REPOSITORY, 'v1');
    const result = await runAction({ inputs: baseInputs(emulator, { 'image-tag': 'v1', 'if-tag-exists': 'skip' }) });

    expect(result.exitCode).toBe(0);
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(0);
    expect(result.outputs).toMatchObject({
      status: 'Skipped',
      digest: existing,
      'pinned-image': `${REPOSITORY}@${existing}`,
      image: `${REPOSITORY}:v1`,
      'task-id': ''
    });
    expect(parseResults(result.outputs.results)).toEqual([
      {
        container: 'app',
        containerGroupId: 'eci-emulator0000000001',
        taskId: null,
        image: `${REPOSITORY}:v1`,
        status: 'Skipped',
        requestId: null,
        digest: existing
      }
    ]);
    expect(result.summary).toContain(existing);
  });

  it('fail on a new tag: commits, then reports the new digest', async () => {
    const emulator = currentEmulator();
    const result = await runAction({ inputs: baseInputs(emulator, { 'image-tag': 'v2', 'if-tag-exists': 'fail' }) });

    expect(result.exitCode).toBe(0);
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(1);
    expect(result.outputs.digest).toBe(emulator.registry.digestOf(REPOSITORY, 'v2'));
    expect(visibleLog(result.stdout)).toContain(`${REPOSITORY}:v2 does not exist yet.`);
  });

  it('skip with several containers commits only those whose tags do not exist yet', async () => {
    const emulator = currentEmulator();
    const existing = emulator.registry.seedImage(REPOSITORY, 'v1-app');
    const result = await runAction({
      inputs: baseInputs(emulator, { 'container-name': 'app,sidecar', 'image-tag': 'v1', 'if-tag-exists': 'skip' })
    });

    expect(result.exitCode).toBe(0);
    expect(emulator.requestsFor('CommitContainer').map((request) => request.params.ContainerName)).toEqual(['sidecar']);
    expect(
      parseResults(result.outputs.results).map(({ container, status, digest }) => [container, status, digest])
    ).toEqual([
      ['app', 'Skipped', existing],
      ['sidecar', 'Succeeded', emulator.registry.digestOf(REPOSITORY, 'v1-sidecar')]
    ]);
  });

  it('skip with refused registry credentials fails before any commit', async () => {
    const emulator = currentEmulator();
    emulator.registry.configure({ refuseCredentials: true });
    const result = await runAction({
      inputs: baseInputs(emulator, { 'image-tag': 'v1', 'if-tag-exists': 'skip', ...REGISTRY_LOGIN })
    });

    expect(result.exitCode).toBe(1);
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(0);
    expect(errorLine(result.stdout)).toMatch(
      /Could not check whether .*octo\/shop:v1 already exists, which if-tag-exists: skip needs before committing; nothing was committed/
    );
  });

  it('a registry that is down fails skip before any commit, after the retries', async () => {
    const emulator = currentEmulator();
    emulator.registry.configure({ down: true });
    const result = await runAction({
      inputs: baseInputs(emulator, {
        'image-tag': 'v1',
        'if-tag-exists': 'skip',
        'max-attempts': '2',
        ...REGISTRY_LOGIN
      })
    });

    expect(result.exitCode).toBe(1);
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(0);
    expect(registryTraffic()).toHaveLength(2);
    expect(errorLine(result.stdout)).toMatch(/HTTP503/);
  });

  it('a token without pull access is reported as a refusal', async () => {
    const emulator = currentEmulator();
    emulator.registry.configure({ denyPull: true });
    const result = await runAction({
      inputs: baseInputs(emulator, { 'image-tag': 'v1', 'if-tag-exists': 'fail', ...REGISTRY_LOGIN })
    });

    expect(result.exitCode).toBe(1);
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(0);
    expect(errorLine(result.stdout)).toMatch(/DENIED.*lack pull permission/);
  });
});

describe('the secret scan with registry credentials', () => {
  it('shows neither the registry password nor the temporary token anywhere', async () => {
    const emulator = currentEmulator();
    const withPassword = await runAction({ inputs: baseInputs(emulator, { 'image-tag': 'a', ...REGISTRY_LOGIN }) });
    const withToken = await runAction({
      inputs: baseInputs(emulator, { 'image-tag': 'b', 'acr-instance-id': DEFAULT_ACR_INSTANCE_ID })
    });

    expect([withPassword.exitCode, withToken.exitCode]).toEqual([0, 0]);
    const [login] = emulator.registry.issuedLogins();
    expect(login.password).toContain(':');
    for (const secret of [DEFAULT_REGISTRY_USER.password, login.password, ...emulator.registry.issuedBearerTokens()]) {
      expect(visibleLog(withPassword.everything)).not.toContain(secret);
      expect(visibleLog(withToken.everything)).not.toContain(secret);
    }
    // The step masked them for the runner before anything could print them.
    expect(withPassword.stdout).toContain(`::add-mask::${DEFAULT_REGISTRY_USER.password}`);
    expect(withToken.stdout).toContain(`::add-mask::${login.password}`);
  });
});
