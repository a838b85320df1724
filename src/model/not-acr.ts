import { parseAcrHost } from './acr-host.js';

/** Registries that are not ACR whatever instance is named: no Enterprise Edition custom domain can be one of them. */
const PUBLIC_REGISTRIES = new Set([
  'docker.io',
  'index.docker.io',
  'registry-1.docker.io',
  'ghcr.io',
  'quay.io',
  'gcr.io',
  'registry.gitlab.com'
]);
/** Domains of other clouds' registries (Google Container/Artifact Registry, Azure, Amazon ECR). */
const PUBLIC_REGISTRY_DOMAINS = ['.gcr.io', '.pkg.dev', '.azurecr.io', '.amazonaws.com'];

/**
 * Why `host` cannot be an ACR registry even as a custom domain, or undefined when it may be one. Alibaba's own
 * aliyuncs.com hosts are ACR only in the forms parseAcrHost knows; a custom domain is the user's own domain.
 */
export function whyNotAcr(host: string): string | undefined {
  const name = host.toLowerCase().replace(/:\d+$/, '');
  if (PUBLIC_REGISTRIES.has(name) || PUBLIC_REGISTRY_DOMAINS.some((domain) => name.endsWith(domain))) {
    return 'a public registry outside Alibaba Cloud';
  }
  if ((name === 'aliyuncs.com' || name.endsWith('.aliyuncs.com')) && !parseAcrHost(host)) {
    return 'an Alibaba Cloud host that is not a Container Registry (ACR) registry';
  }
  return undefined;
}
