import { withActionDefaults } from '../../test-support/action-inputs.js';
import { jest } from '@jest/globals';

import { core, linesAt, recorded, resetRecorded } from '../../test-support/core-stand-in.js';
jest.unstable_mockModule('@actions/core', () => core);
const { readSettings } = await import('../../src/inputs/read-settings.js');
const { createRegistryAccess } = await import('../../src/registry/registry-access.js');
const { systemClock } = await import('../../src/runtime/clock.js');
const { runnerLog } = await import('../../src/runtime/step-context.js');
const { startEmulator } = await import('../../emulator/server.js');
const { DEFAULT_ACR_INSTANCE_ID } = await import('../../emulator/cr-actions.js');

type Emulator = Awaited<ReturnType<typeof startEmulator>>;
let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator();
});
beforeEach(() => resetRecorded());
afterAll(async () => {
  await emulator.close();
});

describe('the ACR temporary token of a registry in another region than the container group', () => {
  it('asks GetAuthorizationToken for the region of the registry, the region of the default cr endpoint', async () => {
    const repository = 'shop-registry.cn-shenzhen.cr.aliyuncs.com/octo/shop';
    const inputs: Record<string, string> = {
      'region-id': 'cn-hangzhou',
      'container-group-id': 'eci-2zelg8vwnlzdhf8hv7ab',
      'container-name': 'app',
      'image-repository': repository,
      'image-tag': 'v1',
      'access-key-id': emulator.accessKeyId,
      'access-key-secret': emulator.accessKeySecret,
      'acr-instance-id': DEFAULT_ACR_INSTANCE_ID,
      'registry-endpoint': emulator.url,
      'cr-endpoint': emulator.url
    };
    const settings = readSettings(withActionDefaults(inputs), {});
    if (settings.mode !== 'commit') throw new Error('expected commit settings');
    const digest = emulator.registry.seedImage(repository, 'v1');
    const access = await createRegistryAccess(settings, {
      env: {},
      signal: new AbortController().signal,
      clock: systemClock,
      retry: { maxAttempts: 1, baseDelayMs: 10, maxDelayMs: 10 },
      log: runnerLog
    });

    await expect(access.currentDigest(repository, 'v1')).resolves.toBe(digest);
    const [token] = emulator.requestsFor('GetAuthorizationToken');
    expect(token.params).toMatchObject({ InstanceId: DEFAULT_ACR_INSTANCE_ID, RegionId: 'cn-shenzhen' });
    expect(settings.registry.crRegionId).toBe('cn-shenzhen');
    expect(linesAt('info')).toEqual([
      `Registry credentials: an ACR temporary token of instance ${DEFAULT_ACR_INSTANCE_ID} from ${emulator.url}.`
    ]);
    expect(recorded.secrets).toContain(emulator.accessKeySecret);
  });
});
