import * as core from '@actions/core';
import { readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { RegistryCredentials } from './registry-client.js';

/** A Docker config is a few KiB; a larger file is not read. */
const MAX_CONFIG_BYTES = 1024 * 1024;

interface AuthEntry {
  auth?: unknown;
  username?: unknown;
  password?: unknown;
  identitytoken?: unknown;
  registrytoken?: unknown;
}

interface DockerConfig {
  auths?: Record<string, AuthEntry>;
  credsStore?: unknown;
  credHelpers?: Record<string, unknown>;
}

/** `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`, as the docker CLI reads it. */
export function dockerConfigPath(env: NodeJS.ProcessEnv): string {
  const dir = env.DOCKER_CONFIG?.trim() || join(env.HOME?.trim() || homedir(), '.docker');
  return join(dir, 'config.json');
}

/** `https://host/v1/` and `host` name the same registry: keys are compared by host[:port] only. */
function keyHost(key: string): string {
  return key
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase();
}

/**
 * The credentials a `docker login` (docker/login-action, aliyun/acr-login) stored for one of `hosts`: an `auth`
 * of base64 `user:password`, or `username` and `password`. Credential stores and helpers are not run.
 */
export function dockerConfigCredentials(hosts: string[], env: NodeJS.ProcessEnv): RegistryCredentials | undefined {
  const path = dockerConfigPath(env);
  const config = readConfig(path);
  if (!config) return undefined;
  const wanted = new Set(hosts.map(keyHost));
  const helper = Object.keys(config.credHelpers ?? {}).find((key) => wanted.has(keyHost(key)));
  if (helper) {
    // docker asks a host's credential helper and never reads auths for it: an auths entry there may be stale.
    core.debug(
      `${path} names a credential helper for ${keyHost(helper)}, which this action does not run (docker would not read its auths entry); skipped.`
    );
    return undefined;
  }
  const entry = Object.entries(config.auths ?? {}).find(([key]) => wanted.has(keyHost(key)))?.[1];
  const found = entry ? credentialsOf(entry) : undefined;
  if (found) return { ...found, source: `the Docker config ${path}` };
  if (typeof config.credsStore === 'string') {
    core.debug(
      `${path} keeps the registry credentials in a credential store, which this action does not run; skipped.`
    );
  } else if (entry) {
    core.debug(`${path} has an entry for the registry without auth or username/password (e.g. a token); skipped.`);
  }
  return undefined;
}

function readConfig(path: string): DockerConfig | undefined {
  try {
    if (statSync(path).size > MAX_CONFIG_BYTES) {
      core.debug(`${path} is larger than ${MAX_CONFIG_BYTES} bytes; not read.`);
      return undefined;
    }
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as DockerConfig) : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') core.debug(`${path} could not be read as JSON; skipped.`);
    return undefined;
  }
}

function credentialsOf(entry: AuthEntry): { username: string; password: string } | undefined {
  if (typeof entry.auth === 'string' && entry.auth) {
    core.setSecret(entry.auth);
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    // A password may itself hold ':' (ACR temporary tokens do): only the first one separates.
    if (colon > 0 && colon < decoded.length - 1) {
      const password = decoded.slice(colon + 1);
      core.setSecret(password);
      return { username: decoded.slice(0, colon), password };
    }
  }
  if (typeof entry.username === 'string' && typeof entry.password === 'string' && entry.username && entry.password) {
    core.setSecret(entry.password);
    return { username: entry.username, password: entry.password };
  }
  return undefined;
}
