import { startEmulator, type Emulator } from '../../scripts/emulator/server.js';
import type { EmulatorOptions } from '../../scripts/emulator/emulator-config.js';
import { DEFAULT_CONTAINER_GROUP_ID } from '../../scripts/emulator/container-groups.js';

export const REPOSITORY = 'registry.cn-hangzhou.aliyuncs.com/octo/shop';

/** The smallest valid set of inputs that reaches the emulator. */
export function baseInputs(emulator: Emulator, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    'region-id': 'cn-hangzhou',
    'container-group-id': DEFAULT_CONTAINER_GROUP_ID,
    'container-name': 'app',
    'image-repository': REPOSITORY,
    'access-key-id': emulator.accessKeyId,
    'access-key-secret': emulator.accessKeySecret,
    endpoint: emulator.url,
    ...overrides
  };
}

/** Starts one emulator for a test file and resets it between tests. */
export function useEmulator(options: EmulatorOptions = {}): () => Emulator {
  let emulator: Emulator | undefined;
  beforeAll(async () => {
    emulator = await startEmulator(options);
  });
  afterEach(() => {
    emulator?.reset();
    // reset() keeps settings; a test that changed them must not leak into the next.
    emulator?.configure({
      taskDurationMs: options.taskDurationMs ?? 800,
      stsCredentialLifetimeMs: options.stsCredentialLifetimeMs
    });
  });
  afterAll(async () => {
    await emulator?.close();
  });
  return () => {
    if (!emulator) throw new Error('The emulator is not running');
    return emulator;
  };
}

/** What the runner would show: the log without the `::add-mask::` commands that hide secrets from it. */
export function visibleLog(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}
