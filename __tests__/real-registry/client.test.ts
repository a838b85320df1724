/**
 * The registry client, in process, against CNCF Distribution (test-support/real-registry.ts): the digest of every
 * manifest form skopeo pushes, under no auth, htpasswd (Basic) auth and token auth; tags that do not exist; wrong
 * passwords and a login whose tokens grant no pull; and the tag guard on those answers.
 */
import { jest } from '@jest/globals';
import { core } from '../../test-support/core-stand-in.js';
import {
  describeWithRealRegistry,
  IMAGE_FORMS,
  REAL_REGISTRY_USERS,
  startRealRegistry,
  type ImageForm,
  type RealRegistry,
  type RealRegistryUser,
  type RegistryAuth
} from '../../test-support/real-registry.js';

jest.unstable_mockModule('@actions/core', () => core);
const { ApiError } = await import('../../src/model/errors.js');
const { RegistryClient } = await import('../../src/registry/registry-client.js');
const { guardExistingTags, TagGuardError } = await import('../../src/modes/tag-guard.js');
type ApiError = import('../../src/model/errors.js').ApiError;
type RegistryClient = import('../../src/registry/registry-client.js').RegistryClient;
type RegistryAccess = import('../../src/registry/registry-access.js').RegistryAccess;
type CommitRequest = import('../../src/model/request.js').CommitRequest;
type RegistrySettings = import('../../src/model/settings.js').RegistrySettings;

const REPOSITORY = 'octo/shop';

function clientOf(registry: RealRegistry, user: RealRegistryUser | undefined): RegistryClient {
  return new RegistryClient({
    endpoint: { protocol: 'http', host: registry.host },
    userAgent: 'real-registry-test',
    connectTimeoutMs: 5000,
    readTimeoutMs: 5000,
    proxy: { noProxy: [] },
    credentials: async () => (user ? { ...user, source: `the test login ${user.username}` } : undefined)
  });
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

function useRealRegistry(auth: RegistryAuth): { registry: () => RealRegistry; pushed: Map<ImageForm, string> } {
  let registry: RealRegistry | undefined;
  const pushed = new Map<ImageForm, string>();
  beforeAll(async () => {
    registry = await startRealRegistry(auth);
    for (const form of IMAGE_FORMS) pushed.set(form, await registry.push(REPOSITORY, form, form));
  }, 60_000);
  afterAll(async () => {
    await registry?.close();
  });
  return {
    registry: () => {
      if (!registry) throw new Error('The registry did not start');
      return registry;
    },
    pushed
  };
}

describeWithRealRegistry('the registry client against CNCF Distribution', () => {
  describe.each<[RegistryAuth, RealRegistryUser | undefined]>([
    ['none', undefined],
    ['htpasswd', REAL_REGISTRY_USERS.reader],
    ['token', REAL_REGISTRY_USERS.reader]
  ])('with %s auth', (auth, user) => {
    const { registry, pushed } = useRealRegistry(auth);

    it.each(IMAGE_FORMS)('reads the digest skopeo pushed, for a %s image', async (form) => {
      const digest = await clientOf(registry(), user).manifestDigest(REPOSITORY, form);
      expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
      expect(digest).toBe(pushed.get(form));
    });

    it('says a tag that does not exist is absent, and so is a repository that does not exist', async () => {
      const client = clientOf(registry(), user);
      await expect(client.manifestDigest(REPOSITORY, 'no-such-tag')).resolves.toBeUndefined();
      await expect(client.manifestDigest('octo/no-such-repository', 'v1')).resolves.toBeUndefined();
    });
  });

  describe('with htpasswd (Basic) auth', () => {
    const { registry } = useRealRegistry('htpasswd');

    it('reports a wrong password as refused credentials, naming where they came from but not the password', async () => {
      const wrong = { ...REAL_REGISTRY_USERS.reader, password: 'WrongPassword-9' };
      const error = await failure(clientOf(registry(), wrong).manifestDigest(REPOSITORY, 'docker-schema2'));
      expect(error).toMatchObject({ code: 'UNAUTHORIZED', retryable: false, statusCode: 401 });
      expect(error.message).toContain('the test login reader');
      expect(error.message).not.toContain('WrongPassword-9');
    });

    it('says that the registry wants credentials when none were found', async () => {
      const error = await failure(clientOf(registry(), undefined).manifestDigest(REPOSITORY, 'docker-schema2'));
      expect(error).toMatchObject({ code: 'UNAUTHORIZED', retryable: false, statusCode: 401 });
      expect(error.message).toMatch(/no registry credentials were found/);
    });
  });

  describe('with token auth', () => {
    const { registry } = useRealRegistry('token');

    it('asks the token service for pull access to the repository only, with the credentials', async () => {
      const service = registry().tokenService!;
      service.requests.length = 0;
      await clientOf(registry(), REAL_REGISTRY_USERS.reader).manifestDigest(REPOSITORY, 'oci-manifest');
      expect(service.requests).toEqual([
        { account: 'reader', withCredentials: true, scopes: [`repository:${REPOSITORY}:pull`], status: 200 }
      ]);
    });

    it('reports a wrong password as refused by the token service', async () => {
      const wrong = { ...REAL_REGISTRY_USERS.reader, password: 'WrongPassword-9' };
      const error = await failure(clientOf(registry(), wrong).manifestDigest(REPOSITORY, 'oci-manifest'));
      expect(error).toMatchObject({ code: 'UNAUTHORIZED', retryable: false, statusCode: 401 });
      expect(error.message).toContain('the token service refused the credentials from the test login reader');
      expect(error.message).not.toContain('WrongPassword-9');
    });

    it('reports a login whose token grants no pull as lacking pull permission', async () => {
      const error = await failure(
        clientOf(registry(), REAL_REGISTRY_USERS.nopull).manifestDigest(REPOSITORY, 'oci-manifest')
      );
      expect(error).toMatchObject({ code: 'UNAUTHORIZED', retryable: false, statusCode: 401 });
      expect(error.message).toMatch(/lack pull permission/);
    });

    it('reports an anonymous caller, who gets a token granting nothing, as lacking pull permission', async () => {
      const error = await failure(clientOf(registry(), undefined).manifestDigest(REPOSITORY, 'oci-manifest'));
      expect(error).toMatchObject({ code: 'UNAUTHORIZED', retryable: false });
      expect(error.message).toMatch(/lack pull permission/);
    });
  });

  describe('if-tag-exists on its answers', () => {
    const { registry, pushed } = useRealRegistry('token');

    function access(): RegistryAccess {
      const client = clientOf(registry(), REAL_REGISTRY_USERS.reader);
      const read = (repository: string, tag: string): Promise<string | undefined> =>
        client.manifestDigest(repository, tag);
      return { currentDigest: read, pushedDigest: read };
    }

    function plan(...tags: string[]): CommitRequest[] {
      return tags.map((tag) => ({
        regionId: 'cn-hangzhou',
        containerGroupId: 'eci-test',
        containerName: `app-${tag}`,
        image: { repository: REPOSITORY, tag }
      }));
    }

    function settings(ifTagExists: 'fail' | 'skip'): RegistrySettings {
      return {
        digest: 'auto',
        ifTagExists,
        crEndpoint: { protocol: 'https', host: 'cr.invalid' },
        crRegionId: 'cn-hangzhou'
      };
    }

    it('fail stops at an existing tag, naming its digest', async () => {
      const guard = guardExistingTags(access(), plan('docker-schema2'), settings('fail'));
      await expect(guard).rejects.toThrow(TagGuardError);
      await expect(guard).rejects.toThrow(`already exists (${pushed.get('docker-schema2')}) and if-tag-exists is fail`);
    });

    it('skip leaves out the existing tags with their digests, and keeps the new ones', async () => {
      const existing = await guardExistingTags(access(), plan('oci-index', 'brand-new'), settings('skip'));
      expect([...existing]).toEqual([['app-oci-index', pushed.get('oci-index')]]);
    });

    it('fail lets a new tag through', async () => {
      await expect(guardExistingTags(access(), plan('brand-new'), settings('fail'))).resolves.toEqual(new Map());
    });
  });
});
