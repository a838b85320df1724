import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SecretValue } from './secret-scan.js';

/**
 * The secrets of the Docker configs a run is given (a `.docker/config.json` home file, the config.json under
 * DOCKER_CONFIG): each `auth` value, the password it decodes to, and any password or token fields. Read when the
 * run starts, since a test may remove its config directory once the run ends.
 */
export function dockerConfigSecrets(
  homeFiles: Record<string, string> = {},
  env: Record<string, string> = {}
): SecretValue[] {
  const texts = [homeFiles['.docker/config.json']];
  if (env.DOCKER_CONFIG) {
    try {
      texts.push(readFileSync(join(env.DOCKER_CONFIG, 'config.json'), 'utf8'));
    } catch {
      // No file: nothing to scan for.
    }
  }
  const secrets: SecretValue[] = [];
  for (const text of texts) {
    let auths: Record<string, Record<string, unknown>> = {};
    try {
      auths = (JSON.parse(text ?? '{}') as { auths?: typeof auths }).auths ?? {};
    } catch {
      continue;
    }
    for (const entry of Object.values(auths)) {
      if (typeof entry.auth === 'string' && entry.auth) {
        secrets.push({ kind: 'Docker config auth', value: entry.auth });
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const password = decoded.slice(decoded.indexOf(':') + 1);
        if (decoded.includes(':') && password) secrets.push({ kind: 'Docker config password (auth)', value: password });
      }
      if (typeof entry.username === 'string' && typeof entry.password === 'string' && entry.password) {
        const basic = Buffer.from(`${entry.username}:${entry.password}`).toString('base64');
        secrets.push({ kind: 'Docker config username and password (Basic form)', value: basic });
      }
      for (const field of ['password', 'identitytoken', 'registrytoken']) {
        const value = entry[field];
        if (typeof value === 'string' && value) secrets.push({ kind: `Docker config ${field}`, value });
      }
    }
  }
  return secrets;
}
