import * as core from '@actions/core';
import type { Clock } from './clock.js';
import { buildCommitContainerParams, flattenParams, type CommitContainerParams } from './commit-request.js';
import { imageTargetFor, selectContainers } from './containers.js';
import type { EciApi } from './eci-client.js';
import { InputError } from './errors.js';
import { checkImageTag, checkRepository } from './inputs.js';
import { withRetry, type RetryPolicy } from './retry.js';
import type { Settings } from './settings.js';

/** The request for each container to commit, in order; lists the group only when several are asked for. */
export async function planCommits(
  api: EciApi,
  settings: Settings,
  retry: { clock: Clock; policy: RetryPolicy; signal: AbortSignal }
): Promise<CommitContainerParams[]> {
  const { containers: selection } = settings;
  let available: string[] = [];
  if (selection.kind !== 'single') {
    const group = await withRetry(
      'DescribeContainerGroups',
      () => api.describeContainerGroup(settings.regionId, settings.containerGroupId),
      { ...retry, log: core.warning }
    );
    if (!group) {
      throw new InputError(
        `Container group ${settings.containerGroupId} was not found in region ${settings.regionId}.`
      );
    }
    available = group.containers;
  }
  const names = selectContainers(selection, available, settings.containerGroupId);
  if (names.length > 1 && !settings.wait) {
    throw new InputError(
      `Input wait is false but container group ${settings.containerGroupId} has ${names.length} containers (${names.join(', ')}). ECI runs one commit per container group at a time, so several containers are committed one after another, each waited for: set wait: true, or name a single container.`
    );
  }
  return names.map((name) => {
    const target = imageTargetFor(name, settings.image, names.length);
    checkRepository(target.repository, target.repository, name);
    checkImageTag(target.tag, target.tag, name);
    const params = buildCommitContainerParams(settings, name, target);
    core.debug(`CommitContainer parameters for ${name}: ${JSON.stringify(flattenParams(params))}`);
    return params;
  });
}
