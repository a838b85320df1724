import * as core from '@actions/core';
import { apiTransport, credentialsFor, type ApiContext } from '../eci/create-api.js';
import type { CallTransport } from '../eci/openapi-call.js';
import { lookupWithRetry, tokenWithRetry } from './retry-rules.js';
import { formatEndpoint } from '../inputs/endpoint.js';
import type { Endpoint, RegistryTargetSettings } from '../model/settings.js';
import { parseAcrHost } from '../model/acr-host.js';
import { acrTemporaryToken } from './acr-token.js';
import { dockerConfigCredentials } from './docker-config.js';
import { RegistryClient, type RegistryCredentials } from './registry-client.js';

/** A manifest just pushed may take a moment to show; it gets this long, asked at growing intervals. */
export const PUSH_GRACE_MS = 10_000;
const FIRST_GRACE_DELAY_MS = 500;

/** What the commit flow asks the image's registry. Errors are ApiErrors that say why the registry could not tell. */
export interface RegistryAccess {
  /** The digest `repository:tag` has now; undefined when the tag does not exist. */
  currentDigest(repository: string, tag: string): Promise<string | undefined>;
  /** The digest of an image just pushed, allowing a short grace for it to show; undefined if it never did. */
  pushedDigest(repository: string, tag: string): Promise<string | undefined>;
}

/** Reads images back from their registries with the step's retry policy, deadline and cancellation. */
export async function createRegistryAccess(
  settings: RegistryTargetSettings,
  context: ApiContext
): Promise<RegistryAccess> {
  const transport = await apiTransport(context);
  const clients = new Map<string, RegistryClient>();
  const clientFor = (repository: string): { client: RegistryClient; name: string } => {
    const [host, ...path] = repository.split('/');
    let client = clients.get(host);
    if (!client) {
      const endpoint = lookupEndpoint(host, settings.registry.endpoint);
      let credentials: Promise<RegistryCredentials | undefined> | undefined;
      client = new RegistryClient({
        ...transport,
        endpoint,
        registryHost: host,
        credentials: () => (credentials ??= registryCredentials(host, endpoint, settings, context, transport))
      });
      clients.set(host, client);
    }
    return { client, name: path.join('/') };
  };
  const lookup = (repository: string, tag: string): Promise<string | undefined> => {
    const { client, name } = clientFor(repository);
    return lookupWithRetry(
      `Reading ${repository}:${tag} from its registry`,
      () => client.manifestDigest(name, tag),
      context
    );
  };
  return {
    currentDigest: lookup,
    pushedDigest: async (repository, tag) => {
      const graceEnd = context.clock.now() + PUSH_GRACE_MS;
      for (let delay = FIRST_GRACE_DELAY_MS; ; delay *= 2) {
        const digest = await lookup(repository, tag);
        if (digest || context.clock.now() + delay > graceEnd || context.signal.aborted) return digest;
        core.info(`${repository}:${tag} is not visible in the registry yet; asking again in ${delay} ms.`);
        await context.clock.sleep(delay, context.signal);
      }
    }
  };
}

/** registry-endpoint, else the registry's public host: a runner cannot reach an ACR VPC host. */
export function lookupEndpoint(host: string, override: Endpoint | undefined): Endpoint {
  if (override) return override;
  const acr = parseAcrHost(host);
  if (acr && acr.publicHost !== host.toLowerCase()) {
    core.info(
      `${host} is reachable only inside Alibaba Cloud (${acr.network}); reading images through its public host ${acr.publicHost} (set registry-endpoint to change this).`
    );
    return { protocol: 'https', host: acr.publicHost };
  }
  return { protocol: 'https', host };
}

/** The first of: the registry-* inputs, a Docker config, an ACR temporary token made with the step's credentials. */
async function registryCredentials(
  host: string,
  endpoint: Endpoint,
  settings: RegistryTargetSettings,
  context: ApiContext,
  transport: CallTransport
): Promise<RegistryCredentials | undefined> {
  const given = settings.registry.credentials;
  if (given) {
    core.info('Registry credentials: the registry-username and registry-password inputs.');
    return { ...given, source: 'the registry-username and registry-password inputs' };
  }
  const acr = parseAcrHost(host);
  const fromConfig = dockerConfigCredentials([host, endpoint.host, ...(acr ? [acr.publicHost] : [])], context.env);
  if (fromConfig) {
    core.info(`Registry credentials: ${fromConfig.source}.`);
    return fromConfig;
  }
  if (!acr) {
    core.info(`${host} is not an ACR registry and no credentials for it were found: asking it anonymously.`);
    return undefined;
  }
  if (acr.edition === 'enterprise' && !settings.acr?.instanceId) {
    core.warning(
      `${host} is an ACR Enterprise Edition registry but acr-instance-id is empty: the temporary token comes from the Personal Edition API and may not open it. Set acr-instance-id, or pass registry-username and registry-password.`
    );
  }
  const instance = settings.acr?.instanceId
    ? { instanceId: settings.acr.instanceId, regionId: settings.registry.crRegionId }
    : undefined;
  const credentials = await credentialsFor(settings, context);
  const token = await tokenWithRetry(
    () => acrTemporaryToken(instance, { ...transport, endpoint: settings.registry.crEndpoint, credentials }),
    context
  );
  core.info(`Registry credentials: ${token.source} from ${formatEndpoint(settings.registry.crEndpoint)}.`);
  return token;
}
