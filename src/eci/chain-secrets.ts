import * as core from '@actions/core';
import { readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Credential files are small; a larger one is not read here (the chain will fail on it anyway). */
const MAX_FILE_BYTES = 1024 * 1024;
/** Keys of the credentials file and the CLI profile whose values are secret. */
const SECRET_KEY = /secret|token|password/i;

function readSmall(path: string | undefined): string | undefined {
  if (!path) return undefined;
  try {
    // Only a regular file: a FIFO or a device reports size 0 and would block the step on its read.
    const stat = statSync(path);
    return stat.isFile() && stat.size <= MAX_FILE_BYTES ? readFileSync(path, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/** Values of secret-looking keys in an INI file (`access_key_secret = ...`). */
function iniSecrets(text: string): string[] {
  return (
    text
      .split(/\r?\n/)
      // Trimmed first: the pattern then has no run of spaces to try at every position of a long line.
      .map((line) => /^([\w.-]+)\s*=\s*(.*)$/.exec(line.trim()))
      .filter((match): match is RegExpExecArray => match !== null && SECRET_KEY.test(match[1]))
      .map((match) => match[2].replace(/^(["'])(.*)\1$/, '$2'))
  );
}

/** Values of secret-looking keys anywhere in a JSON document (the CLI's config.json profiles). */
function jsonSecrets(text: string): string[] {
  const found: string[] = [];
  const visit = (value: unknown, key = ''): void => {
    if (typeof value === 'string' && SECRET_KEY.test(key)) found.push(value);
    else if (value && typeof value === 'object')
      for (const [name, entry] of Object.entries(value)) visit(entry, Array.isArray(value) ? key : name);
  };
  try {
    visit(JSON.parse(text));
  } catch {
    // Not JSON: the chain will not use it either.
  }
  return found;
}

/**
 * Masks every secret the default credential chain will read, before it reads them: the OIDC token file's content,
 * and the secrets of the credentials file and the CLI profile. Whatever a library might print of them (its debug
 * output, an error quoting a file) is then hidden by the runner.
 */
export function maskChainSecrets(env: NodeJS.ProcessEnv): string[] {
  const home = env.HOME || homedir();
  const token = readSmall(env.ALIBABA_CLOUD_OIDC_TOKEN_FILE);
  const secrets = [
    ...(token ? [token, token.trim()] : []),
    ...iniSecrets(readSmall(env.ALIBABA_CLOUD_CREDENTIALS_FILE || join(home, '.alibabacloud', 'credentials')) ?? ''),
    ...jsonSecrets(readSmall(join(home, '.aliyun', 'config.json')) ?? '')
  ].filter((secret) => secret.trim().length > 0);
  const unique = [...new Set(secrets)];
  for (const secret of unique) core.setSecret(secret);
  return unique;
}
