import type { ImageTarget } from './containers.js';
import type { Settings } from './settings.js';

/** The CommitContainer request, named as the API reference names its fields. */
export interface CommitContainerParams {
  RegionId: string;
  ContainerGroupId: string;
  ContainerName: string;
  Image: { Repository: string; Tag: string; Message?: string; Author?: string };
  AcrRegistryInfo?: { InstanceId?: string; RegionId?: string; ArnService?: string; ArnUser?: string };
  Arn?: { RoleArn: string; RoleType: string };
}

/** The request for one container: exactly the fields given or derived, nothing else. */
export function buildCommitContainerParams(
  settings: Settings,
  container: string,
  target: ImageTarget
): CommitContainerParams {
  const { image, acr, role } = settings;
  return {
    RegionId: settings.regionId,
    ContainerGroupId: settings.containerGroupId,
    ContainerName: container,
    Image: withoutUndefined({
      Repository: target.repository,
      Tag: target.tag,
      Message: image.message,
      Author: image.author
    }),
    ...(acr
      ? {
          AcrRegistryInfo: withoutUndefined({
            InstanceId: acr.instanceId,
            RegionId: acr.regionId,
            ArnService: acr.arnService,
            ArnUser: acr.arnUser
          })
        }
      : {}),
    ...(role ? { Arn: { RoleArn: role.roleArn, RoleType: role.roleType } } : {})
  };
}

/** The parameters as they travel on the wire (`Image.Repository=...`), for logs and tests. */
export function flattenParams(params: object, prefix = ''): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    const name = prefix ? `${prefix}.${key}` : key;
    if (Array.isArray(value)) {
      value.forEach((item, index) => Object.assign(flat, flattenParams({ [index + 1]: item }, name)));
    } else if (typeof value === 'object' && value !== null) {
      Object.assign(flat, flattenParams(value, name));
    } else {
      flat[name] = String(value);
    }
  }
  return flat;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function imageReference(params: CommitContainerParams): string {
  return `${params.Image.Repository}:${params.Image.Tag}`;
}
