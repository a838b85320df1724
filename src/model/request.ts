import type { Settings } from './settings.js';
import type { ImageTarget } from './image-target.js';

/**
 * The CommitContainer request: the one shape that planning builds, the SDK models are made from (their fields
 * share these names) and the logs show in wire names.
 */
export interface CommitRequest {
  regionId: string;
  containerGroupId: string;
  containerName: string;
  image: { repository: string; tag: string; message?: string; author?: string };
  /** Only for ACR Enterprise Edition instances. */
  acrRegistryInfo?: { instanceId?: string; regionId?: string; arnService?: string; arnUser?: string };
  /** The RAM role ECI assumes to push. */
  arn?: { roleArn: string; roleType: string };
}

/** The request for one container: exactly the fields given or derived, nothing else. */
export function buildCommitRequest(settings: Settings, container: string, target: ImageTarget): CommitRequest {
  const { image, acr, role } = settings;
  return {
    regionId: settings.regionId,
    containerGroupId: settings.containerGroupId,
    containerName: container,
    image: withoutUndefined({
      repository: target.repository,
      tag: target.tag,
      message: image.message,
      author: image.author
    }),
    ...(acr
      ? {
          acrRegistryInfo: withoutUndefined({
            instanceId: acr.instanceId,
            regionId: acr.regionId,
            arnService: acr.arnService,
            arnUser: acr.arnUser
          })
        }
      : {}),
    ...(role ? { arn: { roleArn: role.roleArn, roleType: role.roleType } } : {})
  };
}

/** The parameters as they travel on the wire (`Image.Repository=...`), for logs and tests. */
export function wireParams(params: object, prefix = ''): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    const wireKey = key.charAt(0).toUpperCase() + key.slice(1);
    const name = prefix ? `${prefix}.${wireKey}` : wireKey;
    if (Array.isArray(value)) {
      value.forEach((item, index) => Object.assign(flat, wireParams({ [index + 1]: item }, name)));
    } else if (typeof value === 'object' && value !== null) {
      Object.assign(flat, wireParams(value, name));
    } else {
      flat[name] = String(value);
    }
  }
  return flat;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function imageReference(request: CommitRequest): string {
  return `${request.image.repository}:${request.image.tag}`;
}
