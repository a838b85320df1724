import { jest } from '@jest/globals';

import { core, linesAt, resetRecorded } from '../../test-support/core-stand-in.js';
jest.unstable_mockModule('@actions/core', () => core);
const { guardExistingTags, accessHint, ACCESS_HINT, TagGuardError, WRONG_ENDPOINT_HINT } =
  await import('../../src/modes/tag-guard.js');
const { ApiError } = await import('../../src/model/errors.js');
type CommitRequest = import('../../src/model/request.js').CommitRequest;
type RegistrySettings = import('../../src/model/settings.js').RegistrySettings;
type RegistryAccess = import('../../src/registry/registry-access.js').RegistryAccess;

const REPOSITORY = 'registry.cn-hangzhou.aliyuncs.com/octo/shop';
const DIGEST = `sha256:${'c'.repeat(64)}`;

function plan(...containers: string[]): CommitRequest[] {
  return containers.map((containerName) => ({
    regionId: 'cn-hangzhou',
    containerGroupId: 'eci-1',
    containerName,
    image: { repository: REPOSITORY, tag: `v1-${containerName}` }
  }));
}

function settings(ifTagExists: RegistrySettings['ifTagExists']): RegistrySettings {
  return {
    digest: 'auto',
    ifTagExists,
    crEndpoint: { protocol: 'https', host: 'cr.cn-hangzhou.aliyuncs.com' },
    crRegionId: 'cn-hangzhou'
  };
}

/** A registry that knows the given tags; every question is recorded. */
function registry(tags: Record<string, string>, error?: Error): RegistryAccess & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    currentDigest: async (repository, tag) => {
      asked.push(`${repository}:${tag}`);
      if (error) throw error;
      return tags[tag];
    },
    pushedDigest: async () => {
      throw new Error('not asked before a commit');
    }
  };
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught
  );
  expect(error).toBeInstanceOf(TagGuardError);
  return error as Error;
}

beforeEach(() => resetRecorded());

describe('guardExistingTags', () => {
  it('asks nothing with overwrite', async () => {
    const access = registry({ 'v1-app': DIGEST });
    await expect(guardExistingTags(access, plan('app'), settings('overwrite'))).resolves.toEqual(new Map());
    expect(access.asked).toEqual([]);
  });

  it('with fail, checks every container before any commit and refuses when a later one exists', async () => {
    const access = registry({ 'v1-sidecar': DIGEST });
    const error = await rejection(guardExistingTags(access, plan('app', 'sidecar'), settings('fail')));
    expect(error.message).toBe(
      `${REPOSITORY}:v1-sidecar already exists (${DIGEST}) and if-tag-exists is fail; nothing was committed. Use a new image-tag, or if-tag-exists: skip or overwrite.`
    );
    expect(access.asked).toEqual([`${REPOSITORY}:v1-app`, `${REPOSITORY}:v1-sidecar`]);
  });

  it('with skip, gives the current digest of each container whose tag exists', async () => {
    const access = registry({ 'v1-sidecar': DIGEST });
    const existing = await guardExistingTags(access, plan('app', 'sidecar', 'worker'), settings('skip'));
    expect([...existing]).toEqual([['sidecar', DIGEST]]);
    expect(linesAt('info')).toEqual([
      `${REPOSITORY}:v1-app does not exist yet.`,
      `${REPOSITORY}:v1-sidecar already exists (${DIGEST}): not committing sidecar (if-tag-exists: skip).`,
      `${REPOSITORY}:v1-worker does not exist yet.`
    ]);
  });

  it('fails when the registry cannot tell, neutralising its text and saying how to give access', async () => {
    const refused = new ApiError({
      action: 'GET /tokens',
      code: 'UNAUTHORIZED',
      message: 'refused\n::error::injected',
      retryable: false,
      ambiguous: false
    });
    const error = await rejection(guardExistingTags(registry({}, refused), plan('app'), settings('skip')));
    expect(error.message).toMatch(/^Could not check whether .*:v1-app already exists, which if-tag-exists: skip needs/);
    expect(error.message).not.toContain('\n::error::');
    expect(error.message.endsWith(`Hint: ${ACCESS_HINT}`)).toBe(true);
  });
});

describe('accessHint', () => {
  it('says where to point registry-endpoint when what answered is not a registry', async () => {
    const notARegistry = new ApiError({
      action: 'GET /v2/octo/shop/manifests/v1',
      code: 'NotARegistry',
      message: 'the endpoint answered 404 without showing it is a registry',
      statusCode: 404,
      retryable: false,
      ambiguous: false
    });
    expect(accessHint(notARegistry)).toBe(WRONG_ENDPOINT_HINT);
    const error = await rejection(guardExistingTags(registry({}, notARegistry), plan('app'), settings('fail')));
    expect(error.message).toMatch(/^Could not check whether .*:v1-app already exists, which if-tag-exists: fail needs/);
    expect(error.message).toContain(`Hint: ${WRONG_ENDPOINT_HINT}`);
  });

  it('leads with setting a registry password when the Personal Edition says USER_NOT_EXIST', () => {
    const noPassword = new ApiError({
      action: 'GetAuthorizationToken',
      code: 'USER_NOT_EXIST',
      message: 'user is not exist.',
      statusCode: 404,
      retryable: false,
      ambiguous: false
    });
    expect(accessHint(noPassword)).toMatch(
      /^ACR Personal Edition issues temporary tokens only to a user with a registry password/
    );
    expect(accessHint(noPassword)).toContain(ACCESS_HINT);
    expect(accessHint(new Error('x'))).toBe(ACCESS_HINT);
    expect(accessHint(undefined)).toBe(ACCESS_HINT);
  });
});
