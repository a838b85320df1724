/**
 * Runs the emulator as a process:
 *   npx tsx emulator/cli.ts [--port N] [--task-duration-ms N] [--sts-credential-lifetime-ms N]
 * Prints one JSON line (url, keys, ids, GitHub OIDC env) once listening; stops on SIGINT/SIGTERM.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_CONTAINER_GROUP_ID, DEFAULT_CONTAINER_NAMES, DEFAULT_REGION_ID } from './container-groups.js';
import { DEFAULT_OIDC_AUDIENCE, DEFAULT_OIDC_PROVIDER_ARN, DEFAULT_ROLE_ARN } from './sts-actions.js';
import { startEmulator } from './server.js';

function nonNegativeInteger(flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value)) {
    throw new Error(`--${flag} expects a non-negative integer, got "${raw}"`);
  }
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'task-duration-ms': { type: 'string' },
      'sts-credential-lifetime-ms': { type: 'string' }
    },
    strict: true
  });
  const port = nonNegativeInteger('port', values.port);
  const taskDurationMs = nonNegativeInteger('task-duration-ms', values['task-duration-ms']);
  const stsCredentialLifetimeMs = nonNegativeInteger(
    'sts-credential-lifetime-ms',
    values['sts-credential-lifetime-ms']
  );

  const emulator = await startEmulator({
    ...(port !== undefined ? { port } : {}),
    ...(taskDurationMs !== undefined ? { taskDurationMs } : {}),
    ...(stsCredentialLifetimeMs !== undefined ? { stsCredentialLifetimeMs } : {})
  });
  process.stdout.write(
    `${JSON.stringify({
      url: emulator.url,
      endpoint: emulator.endpoint,
      accessKeyId: emulator.accessKeyId,
      accessKeySecret: emulator.accessKeySecret,
      regionId: DEFAULT_REGION_ID,
      containerGroupId: DEFAULT_CONTAINER_GROUP_ID,
      containerNames: DEFAULT_CONTAINER_NAMES,
      oidcProviderArn: DEFAULT_OIDC_PROVIDER_ARN,
      roleArn: DEFAULT_ROLE_ARN,
      oidcAudience: DEFAULT_OIDC_AUDIENCE,
      ...emulator.githubOidcEnv()
    })}\n`
  );

  const stop = (): void => {
    emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`emulator: close failed: ${String(error)}\n`);
        process.exit(1);
      }
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`emulator: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
