/**
 * Runs before every test file (jest `setupFiles`): in-process code under test must never pick up this machine's
 * Alibaba Cloud credentials (~/.alibabacloud/credentials, the CLI's ~/.aliyun/config.json, ALIBABA_CLOUD_*
 * variables) nor query the ECS metadata address. The e2e runs build their own environment and are unaffected.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import { join } from 'node:path';

/** What @alicloud/credentials (2.4) reads from the environment to find credentials. */
const CREDENTIAL_VARIABLES = [
  'ALIBABA_CLOUD_ACCESS_KEY_ID',
  'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  'ALIBABA_CLOUD_SECURITY_TOKEN',
  'ALIBABA_CLOUD_CREDENTIALS_FILE',
  'ALIBABA_CLOUD_PROFILE',
  'ALIBABA_CLOUD_CREDENTIALS_URI',
  'ALIBABA_CLOUD_ECS_METADATA',
  'ALIBABA_CLOUD_ROLE_ARN',
  'ALIBABA_CLOUD_ROLE_SESSION_NAME',
  'ALIBABA_CLOUD_OIDC_PROVIDER_ARN',
  'ALIBABA_CLOUD_OIDC_TOKEN_FILE',
  'ALIBABA_CLOUD_STS_REGION',
  'ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED',
  // A job's own OIDC token must not reach code under test either.
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
];
for (const name of CREDENTIAL_VARIABLES) delete process.env[name];

// Both switches exist in @alicloud/credentials: the ECS RAM role provider and the CLI profile provider stand down.
process.env.ALIBABA_CLOUD_ECS_METADATA_DISABLED = 'true';
process.env.ALIBABA_CLOUD_CLI_PROFILE_DISABLED = 'true';

// The test's process.env is jest's copy: os.homedir() still reads the worker's real HOME, and the profile providers
// of @alicloud/credentials call os.homedir(). So both point at the fresh folder. The os module is shared by the
// test files a worker runs; the folder of the previous file is removed as the next one starts.
const PREVIOUS_HOME = Symbol.for('eci-commit-container.test-home');
const shared = os as typeof os & { [PREVIOUS_HOME]?: string };
if (shared[PREVIOUS_HOME]) rmSync(shared[PREVIOUS_HOME], { recursive: true, force: true });
const home = mkdtempSync(join(os.tmpdir(), 'eci-test-home-'));
shared[PREVIOUS_HOME] = home;
process.env.HOME = home;
process.env.USERPROFILE = home;
os.homedir = () => home;

// In-process code under test connects to loopback only (the emulator, test servers): any other host is refused at
// once, before a DNS lookup, so that a forgotten endpoint fails the test instead of reaching the internet.
const LOOPBACK_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|::1|\[::1\])$/i;
const GUARDED = Symbol.for('eci-commit-container.loopback-guard');
const socketPrototype = net.Socket.prototype as net.Socket & { [GUARDED]?: true };
if (!socketPrototype[GUARDED]) {
  socketPrototype[GUARDED] = true;
  const connect = socketPrototype.connect;
  socketPrototype.connect = function (this: net.Socket, ...args: unknown[]): net.Socket {
    // net.connect() hands over its arguments already normalized, as one array: [options, callback].
    const [first, second] = Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
    const options =
      typeof first === 'object' && first !== null ? (first as { host?: string; path?: string }) : undefined;
    const host = options ? options.host : typeof second === 'string' ? second : undefined;
    const ipcPath = options?.path ?? (typeof first === 'string' && !/^\d+$/.test(first) ? first : undefined);
    if (ipcPath === undefined && host !== undefined && !LOOPBACK_HOST.test(host)) {
      process.nextTick(() => this.destroy(new Error(`a test may connect only to loopback, not to ${host}`)));
      return this;
    }
    return (connect as (...parameters: unknown[]) => net.Socket).apply(this, args);
  } as typeof connect;
}
