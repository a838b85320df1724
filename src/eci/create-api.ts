import type { StepContext } from '../runtime/step-context.js';
import { createCredentialProvider } from './credentials.js';
import type { CredentialProvider } from './credential.js';
import { EciClient, type EciApi } from './eci-client.js';
import { retryingEciApi } from './retrying-api.js';
import type { CallTransport } from './openapi-call.js';
import { proxyConfigFromEnv } from '../net/proxy.js';
import { loadEciSdk } from './eci-sdk.js';
import type { CommonSettings } from '../model/settings.js';
import { USER_AGENT } from '../model/version.js';

const CONNECT_TIMEOUT_MS = 5_000;
const READ_TIMEOUT_MS = 20_000;

/** What the clients take from the step context. */
export type ApiContext = Pick<StepContext, 'env' | 'signal' | 'clock' | 'retry' | 'log'>;

/** How every call of the step travels: user agent, timeouts, proxy, cancellation, the SDK's signer. */
export async function apiTransport(context: ApiContext): Promise<CallTransport> {
  const sdk = await loadEciSdk();
  return {
    userAgent: USER_AGENT,
    connectTimeoutMs: CONNECT_TIMEOUT_MS,
    readTimeoutMs: READ_TIMEOUT_MS,
    proxy: proxyConfigFromEnv(context.env),
    signal: context.signal,
    openApiUtil: sdk.OpenApiUtil
  };
}

/** One provider per step's settings: the ECI calls and the ACR token share credentials (and one OIDC exchange). */
const providers = new WeakMap<CommonSettings, Promise<CredentialProvider>>();

export function credentialsFor(settings: CommonSettings, context: ApiContext): Promise<CredentialProvider> {
  let provider = providers.get(settings);
  if (!provider) {
    provider = apiTransport(context).then((transport) =>
      createCredentialProvider(settings.credentials, {
        ...transport,
        env: context.env,
        clock: context.clock,
        retry: context.retry,
        log: context.log
      })
    );
    providers.set(settings, provider);
  }
  return provider;
}

/** The ECI client with its credentials resolved (a credential problem is reported before any ECI call), retrying. */
export async function createEciApi(settings: CommonSettings, context: ApiContext): Promise<EciApi> {
  const transport = await apiTransport(context);
  const credentials = await credentialsFor(settings, context);
  await credentials.getCredential(context.signal);
  const client = await EciClient.create({
    ...transport,
    endpoint: settings.endpoint,
    regionId: settings.regionId,
    credentials
  });
  return retryingEciApi(client, context);
}
