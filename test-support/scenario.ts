import { startEmulator, type Emulator } from '../emulator/server.js';
import type { EmulatorConfigPatch, EmulatorOptions, EmulatorSettings } from '../emulator/emulator-config.js';
import { DEFAULT_CONTAINER_GROUP_ID } from '../emulator/container-groups.js';
import { DEFAULT_OIDC_PROVIDER_ARN, DEFAULT_ROLE_ARN } from '../emulator/sts-actions.js';
import { claimSecretScan, takeFinishedRuns, type SecretValue } from './action-runner.js';
import { assertNoLeakedSecrets, basicForm } from './secret-scan.js';

export { visibleLog } from './secret-scan.js';

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
    // The registry read-back (digest: auto by default) must reach the emulator, never the real ACR.
    'registry-endpoint': emulator.url,
    'cr-endpoint': emulator.url,
    ...overrides
  };
}

/** The patch that puts every setting back as `initial` had it (groups added since are removed). */
function settingsAsStarted(current: Readonly<EmulatorSettings>, initial: EmulatorSettings): EmulatorConfigPatch {
  const added = Object.keys(current.containerGroups).filter((id) => !(id in initial.containerGroups));
  const { containerGroups, ...rest } = structuredClone(initial);
  return { ...rest, containerGroups: { ...containerGroups, ...Object.fromEntries(added.map((id) => [id, null])) } };
}

/** The inputs of a step that waits for tasks started earlier (task-id), against the emulator. */
export function waitInputs(
  emulator: Emulator,
  taskIds: string,
  overrides: Record<string, string> = {}
): Record<string, string> {
  return {
    'region-id': 'cn-hangzhou',
    'task-id': taskIds,
    'access-key-id': emulator.accessKeyId,
    'access-key-secret': emulator.accessKeySecret,
    endpoint: emulator.url,
    'poll-interval': '1s',
    ...overrides
  };
}

/** Starts one emulator for a test file and resets it between tests. */
export function useEmulator(options: EmulatorOptions = {}): () => Emulator {
  let emulator: Emulator | undefined;
  let initial: EmulatorSettings | undefined;
  beforeAll(async () => {
    emulator = await startEmulator(options);
    initial = structuredClone(emulator.settings) as EmulatorSettings;
  });
  claimSecretScan();
  afterEach(() => {
    try {
      // Before reset(), which forgets the credentials the emulator issued and the tokens it saw.
      assertNoLeakedSecrets(takeFinishedRuns(), emulator ? emulatorSecrets(emulator) : []);
    } finally {
      emulator?.reset();
      // reset() keeps settings; a test that changed them must not leak into the next: every setting goes back to
      // what the file started with, and container groups a test added are removed.
      if (emulator && initial) emulator.configure(settingsAsStarted(emulator.settings, initial));
    }
  });
  afterAll(async () => {
    await emulator?.close();
  });
  return () => {
    if (!emulator) throw new Error('The emulator is not running');
    return emulator;
  };
}

/**
 * The secrets the emulator knows of since its last reset: its long-lived access key secrets, every STS
 * credential it issued, and every GitHub OIDC token it was sent.
 */
export function emulatorSecrets(emulator: Emulator): SecretValue[] {
  return [
    ...emulator.settings.credentials.map((pair) => ({
      kind: 'emulator access key secret',
      value: pair.accessKeySecret
    })),
    ...emulator.issuedStsCredentials().flatMap((issued) => [
      { kind: 'STS AccessKeySecret', value: issued.accessKeySecret },
      { kind: 'STS SecurityToken', value: issued.securityToken }
    ]),
    ...emulator
      .requestsFor('AssumeRoleWithOIDC')
      .map((request) => ({ kind: 'GitHub OIDC token', value: request.params.OIDCToken ?? '' })),
    ...emulator.settings.registryUsers.flatMap((user) => [
      { kind: 'registry user password', value: user.password },
      { kind: 'registry user (Basic form)', value: basicForm(user.username, user.password) }
    ]),
    ...emulator.registry.issuedLogins().flatMap((login) => [
      { kind: 'ACR temporary token (AuthorizationToken)', value: login.password },
      { kind: 'ACR temporary login (Basic form)', value: basicForm(login.username, login.password) }
    ]),
    ...emulator.registry.issuedBearerTokens().map((token) => ({ kind: 'registry bearer token', value: token }))
  ];
}

/** Inputs that take credentials from GitHub OIDC through the emulator's STS, instead of access keys. */
export function oidcInputs(emulator: Emulator, overrides: Record<string, string> = {}): Record<string, string> {
  return baseInputs(emulator, {
    'access-key-id': '',
    'access-key-secret': '',
    'oidc-role-arn': DEFAULT_ROLE_ARN,
    'oidc-provider-arn': DEFAULT_OIDC_PROVIDER_ARN,
    'sts-endpoint': emulator.url,
    ...overrides
  });
}

/** One entry of the `results` output. */
export interface ResultEntry {
  container: string;
  taskId: string | null;
  image: string;
  status: string;
  requestId: string | null;
  digest: string | null;
  /** Further tasks the step created for the container (a lost answer whose task showed up late). */
  otherTaskIds?: string[];
  /** With debug-report: true: the files kept about the container, or null. */
  debugReport?: string[] | null;
}

export function parseResults(text: string): ResultEntry[] {
  return JSON.parse(text) as ResultEntry[];
}

export function errorLine(stdout: string): string {
  return stdout.split('\n').find((line) => line.startsWith('::error::')) ?? '';
}

/** Polls `condition` every 10 ms, failing after `timeoutMs`. */
export async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs}ms waiting for ${condition.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A fault knob: the next status query is refused because the security token expired. */
export const EXPIRED_TOKEN = {
  action: 'DescribeCommitContainerTask',
  status: 403,
  code: 'InvalidSecurityToken.Expired',
  message: 'Specified SecurityToken is expired.'
};
