/**
 * Runs before every test file (jest `setupFiles`): in-process code under test must never pick up this machine's
 * Alibaba Cloud credentials (~/.alibabacloud/credentials, the CLI's ~/.aliyun/config.json, ALIBABA_CLOUD_*
 * variables) nor query the ECS metadata address. The e2e runs build their own environment and are unaffected.
 */
import { mkdtempSync, rmSync } from 'node:fs';
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
