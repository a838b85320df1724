import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runAction } from '../../test-support/action-runner.js';
import { baseInputs, errorLine, REPOSITORY, useEmulator, visibleLog } from '../../test-support/scenario.js';

const currentEmulator = useEmulator({ taskDurationMs: 300 });

/** Any web server at a mistyped registry-endpoint: 404 to every path, as a page. */
let notARegistry: Server;
let notARegistryUrl: string;
const notARegistryHits: string[] = [];

beforeAll(async () => {
  notARegistry = createServer((request, response) => {
    notARegistryHits.push(`${request.method} ${request.url}`);
    response.writeHead(404, { 'content-type': 'text/html' });
    response.end(request.method === 'HEAD' ? undefined : '<html><body><h1>404 Not Found</h1></body></html>');
  });
  await new Promise<void>((resolve) => notARegistry.listen(0, '127.0.0.1', resolve));
  notARegistryUrl = `http://127.0.0.1:${(notARegistry.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => notARegistry.close(resolve));
});

function warnings(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith('::warning::'));
}

describe('a registry-endpoint that is not a registry', () => {
  it.each(['fail', 'skip'])(
    'if-tag-exists: %s stops before any commit when the endpoint answers 404 to everything',
    async (policy) => {
      const emulator = currentEmulator();
      notARegistryHits.length = 0;
      const result = await runAction({
        inputs: baseInputs(emulator, {
          'image-tag': 'v1',
          'if-tag-exists': policy,
          'registry-endpoint': notARegistryUrl
        })
      });

      expect(result.exitCode).toBe(1);
      expect(emulator.requestsFor('CommitContainer')).toHaveLength(0);
      expect(notARegistryHits).toEqual(['HEAD /v2/octo/shop/manifests/v1', 'GET /v2/octo/shop/manifests/v1']);
      const error = errorLine(result.stdout);
      expect(error).toContain(
        `Could not check whether ${REPOSITORY}:v1 already exists, which if-tag-exists: ${policy} needs before committing; nothing was committed.`
      );
      expect(error).toMatch(/NotARegistry.*answered 404 without showing it is a registry/);
      expect(error).toMatch(/Hint: point registry-endpoint at the image's registry/);
      expect(visibleLog(result.stdout)).not.toContain('does not exist yet');
    }
  );

  it('a registry whose answers lack Docker-Distribution-Api-Version still shows an absent tag by its GET error', async () => {
    const emulator = currentEmulator();
    emulator.registry.configure({ omitApiVersionHeader: true });
    const result = await runAction({
      inputs: baseInputs(emulator, {
        'image-tag': 'v1',
        'if-tag-exists': 'fail',
        'registry-username': emulator.settings.registryUsers[0].username,
        'registry-password': emulator.settings.registryUsers[0].password
      })
    });

    expect(result.exitCode).toBe(0);
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(1);
    expect(visibleLog(result.stdout)).toContain(`${REPOSITORY}:v1 does not exist yet.`);
    expect(result.outputs.digest).toBe(emulator.registry.digestOf(REPOSITORY, 'v1'));
  });
});

describe('if-tag-exists and the registry access, on the bundle', () => {
  it('fail with several containers: a later container whose tag exists stops the step before any commit', async () => {
    const emulator = currentEmulator();
    const existing = emulator.registry.seedImage(REPOSITORY, 'v1-sidecar');
    const result = await runAction({
      inputs: baseInputs(emulator, { 'container-name': 'app,sidecar', 'image-tag': 'v1', 'if-tag-exists': 'fail' })
    });

    expect(result.exitCode).toBe(1);
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(0);
    expect(errorLine(result.stdout)).toContain(
      `${REPOSITORY}:v1-sidecar already exists (${existing}) and if-tag-exists is fail; nothing was committed`
    );
  });

  it('auto with no registry credentials at all and the ACR token denied: warns and succeeds', async () => {
    const emulator = currentEmulator();
    emulator.injectError({
      action: 'GetAuthorizationToken',
      status: 403,
      code: 'NoPermission',
      message: 'You are not authorized to do this action.'
    });
    const result = await runAction({ inputs: baseInputs(emulator, { 'image-tag': 'v1' }) });

    expect(result.exitCode).toBe(0);
    expect(result.outputs.status).toBe('Succeeded');
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(1);
    expect(result.outputs.digest).toBe('');
    expect(result.outputs['pinned-image']).toBe('');
    const [warning] = warnings(result.stdout);
    expect(warning).toMatch(/Could not read the digest of .*octo\/shop:v1/);
    expect(warning).toMatch(/GetAuthorizationToken failed: NoPermission/);
    expect(warning).toContain('digest: false');
  });

  it('says how to set a registry password when the Personal Edition answers USER_NOT_EXIST', async () => {
    const emulator = currentEmulator();
    emulator.injectError({
      action: 'GetAuthorizationToken',
      status: 404,
      code: 'USER_NOT_EXIST',
      message: 'user is not exist.'
    });
    const result = await runAction({ inputs: baseInputs(emulator, { 'image-tag': 'v1', 'if-tag-exists': 'skip' }) });

    expect(result.exitCode).toBe(1);
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(0);
    expect(result.stdout).toMatch(/USER_NOT_EXIST/);
    expect(result.stdout).toMatch(/set the registry password for the Personal Edition/);
  });
});
