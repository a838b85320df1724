import { runAction } from '../../test-support/action-runner.js';
import { baseInputs, errorLine, REPOSITORY, useEmulator } from '../../test-support/scenario.js';

const currentEmulator = useEmulator({ taskDurationMs: 300 });

function warnings(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith('::warning::'));
}

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
