/**
 * The bundle against CNCF Distribution: ECI is the emulator, and `registry-endpoint` sends the registry calls to a
 * real registry on loopback, which the step reads the image back from (as the e2e digest tests do with the
 * emulator's stand-in). The image's repository path (octo/shop) is the same on both.
 */
import { runAction, startAction } from '../../test-support/action-runner.js';
import {
  describeWithRealRegistry,
  IMAGE_FORMS,
  REAL_REGISTRY_USERS,
  startRealRegistry,
  type RealRegistry,
  type RegistryAuth
} from '../../test-support/real-registry.js';
import { baseInputs, errorLine, parseResults, REPOSITORY, useEmulator } from '../../test-support/scenario.js';

const currentEmulator = useEmulator({ taskDurationMs: 300 });
const PATH = 'octo/shop';

function useRealRegistry(auth: RegistryAuth): () => RealRegistry {
  let registry: RealRegistry | undefined;
  beforeAll(async () => {
    registry = await startRealRegistry(auth);
  }, 30_000);
  afterAll(async () => {
    await registry?.close();
  });
  return () => {
    if (!registry) throw new Error('The registry did not start');
    return registry;
  };
}

function login(user: { username: string; password: string }): Record<string, string> {
  return { 'registry-username': user.username, 'registry-password': user.password };
}

/** The inputs of a step whose registry calls go to `registry`. */
function inputs(registry: RealRegistry, overrides: Record<string, string>): Record<string, string> {
  return baseInputs(currentEmulator(), { 'registry-endpoint': registry.url, ...overrides });
}

describeWithRealRegistry('the bundle against CNCF Distribution', () => {
  describe('with htpasswd (Basic) auth', () => {
    const registry = useRealRegistry('htpasswd');

    it('skip on an existing tag: answers the Basic challenge with registry-username/password and reports the digest', async () => {
      const pushed = await registry().push(PATH, 'basic-skip');
      const result = await runAction({
        inputs: inputs(registry(), {
          'image-tag': 'basic-skip',
          'if-tag-exists': 'skip',
          ...login(REAL_REGISTRY_USERS.reader)
        })
      });

      expect(result.exitCode).toBe(0);
      expect(currentEmulator().requestsFor('CommitContainer')).toHaveLength(0);
      expect(result.outputs).toMatchObject({
        status: 'Skipped',
        digest: pushed,
        'pinned-image': `${REPOSITORY}@${pushed}`
      });
    });

    it('fail on an existing tag, with the login from a Docker config: nothing is committed', async () => {
      const pushed = await registry().push(PATH, 'basic-fail');
      const { username, password } = REAL_REGISTRY_USERS.reader;
      const auth = Buffer.from(`${username}:${password}`).toString('base64');
      const result = await runAction({
        inputs: inputs(registry(), { 'image-tag': 'basic-fail', 'if-tag-exists': 'fail' }),
        homeFiles: { '.docker/config.json': JSON.stringify({ auths: { [registry().host]: { auth } } }) }
      });

      expect(result.exitCode).toBe(1);
      expect(currentEmulator().requestsFor('CommitContainer')).toHaveLength(0);
      expect(result.stdout).toContain('Registry credentials: the Docker config');
      expect(errorLine(result.stdout)).toContain(
        `${REPOSITORY}:basic-fail already exists (${pushed}) and if-tag-exists is fail`
      );
    });

    it('fail on a new tag: commits, and reads the digest of the image once it is pushed', async () => {
      const running = startAction({
        inputs: inputs(registry(), {
          'image-tag': 'basic-new',
          'if-tag-exists': 'fail',
          digest: 'true',
          ...login(REAL_REGISTRY_USERS.reader)
        })
      });
      await running.waitForOutput(`${REPOSITORY}:basic-new does not exist yet.`);
      // ECI would push now; here skopeo does, while the emulator's task runs.
      const pushed = await registry().push(PATH, 'basic-new');
      const result = await running.result;

      expect(result.exitCode).toBe(0);
      expect(currentEmulator().requestsFor('CommitContainer')).toHaveLength(1);
      expect(result.outputs.digest).toBe(pushed);
      expect(parseResults(result.outputs.results)[0]).toMatchObject({ status: 'Succeeded', digest: pushed });
    });

    it('a wrong password fails skip before any commit, saying the registry refused the inputs', async () => {
      await registry().push(PATH, 'basic-wrong');
      const result = await runAction({
        inputs: inputs(registry(), {
          'image-tag': 'basic-wrong',
          'if-tag-exists': 'skip',
          ...login({ username: REAL_REGISTRY_USERS.reader.username, password: 'WrongPassword-9' })
        })
      });

      expect(result.exitCode).toBe(1);
      expect(currentEmulator().requestsFor('CommitContainer')).toHaveLength(0);
      expect(errorLine(result.stdout)).toMatch(
        /Could not check whether .*:basic-wrong already exists.*the registry refused the credentials from the registry-username and registry-password inputs/
      );
    });
  });

  describe('with token auth', () => {
    const registry = useRealRegistry('token');

    it.each(IMAGE_FORMS)('skip reports the digest of a %s image', async (form) => {
      const pushed = await registry().push(PATH, `token-${form}`, form);
      const result = await runAction({
        inputs: inputs(registry(), {
          'image-tag': `token-${form}`,
          'if-tag-exists': 'skip',
          ...login(REAL_REGISTRY_USERS.reader)
        })
      });

      expect(result.exitCode).toBe(0);
      expect(result.outputs).toMatchObject({ status: 'Skipped', digest: pushed });
    });

    it('a login whose token grants no pull fails fail before any commit, as a missing pull permission', async () => {
      await registry().push(PATH, 'token-nopull');
      const result = await runAction({
        inputs: inputs(registry(), {
          'image-tag': 'token-nopull',
          'if-tag-exists': 'fail',
          ...login(REAL_REGISTRY_USERS.nopull)
        })
      });

      expect(result.exitCode).toBe(1);
      expect(currentEmulator().requestsFor('CommitContainer')).toHaveLength(0);
      expect(errorLine(result.stdout)).toMatch(/lack pull permission/);
    });

    it('a wrong password: digest auto warns that the token service refused it, and the step succeeds', async () => {
      const result = await runAction({
        inputs: inputs(registry(), {
          'image-tag': 'token-wrong',
          ...login({ username: REAL_REGISTRY_USERS.reader.username, password: 'WrongPassword-9' })
        })
      });

      expect(result.exitCode).toBe(0);
      expect(result.outputs.status).toBe('Succeeded');
      expect(result.outputs.digest).toBe('');
      expect(result.stdout).toMatch(
        /::warning::Could not read the digest of .*:token-wrong.*the token service refused the credentials from the registry-username and registry-password inputs/
      );
    });
  });

  describe('with no auth', () => {
    const registry = useRealRegistry('none');

    it('fail on a new tag commits: a real 404 shows a registry', async () => {
      const result = await runAction({
        inputs: inputs(registry(), { 'image-tag': 'none-new', 'if-tag-exists': 'fail', digest: 'false' })
      });

      expect(result.exitCode).toBe(0);
      expect(currentEmulator().requestsFor('CommitContainer')).toHaveLength(1);
      expect(result.stdout).toContain(`${REPOSITORY}:none-new does not exist yet.`);
    });
  });
});
