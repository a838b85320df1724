import * as core from '@actions/core';
import type { Clock } from '../clock.js';
import { createCredentialProvider } from './credentials.js';
import { EciClient, type EciApi } from './eci-client.js';
import { proxyConfigFromEnv } from './proxy.js';
import type { RetryPolicy } from './retry.js';
import { loadEciSdk } from './eci-sdk.js';
import type { CommonSettings } from '../inputs/settings.js';
import { USER_AGENT } from '../version.js';

const CONNECT_TIMEOUT_MS = 5_000;
const READ_TIMEOUT_MS = 20_000;

export interface ApiContext {
  env: NodeJS.ProcessEnv;
  signal: AbortSignal;
  clock: Clock;
  policy: RetryPolicy;
}

/** The ECI client with its credentials resolved: a credential problem is reported before any ECI call. */
export async function createEciApi(settings: CommonSettings, context: ApiContext): Promise<EciApi> {
  const proxy = proxyConfigFromEnv(context.env);
  const sdk = await loadEciSdk();
  const transport = {
    userAgent: USER_AGENT,
    connectTimeoutMs: CONNECT_TIMEOUT_MS,
    readTimeoutMs: READ_TIMEOUT_MS,
    proxy,
    signal: context.signal
  };
  const credentials = createCredentialProvider(settings.credentials, {
    ...transport,
    openApiUtil: sdk.OpenApiUtil,
    env: context.env,
    clock: context.clock,
    policy: context.policy,
    log: core.warning
  });
  await credentials.getCredential(context.signal);
  return EciClient.create({ ...transport, endpoint: settings.endpoint, regionId: settings.regionId, credentials });
}
