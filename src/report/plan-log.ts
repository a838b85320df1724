import * as core from '@actions/core';
import { describeCredentialSource } from '../eci/credentials.js';
import { imageTargetFor } from '../model/image-target.js';
import { formatEndpoint } from '../inputs/endpoint.js';
import type { Settings, StepSettings, WaitForTasksSettings } from '../model/settings.js';
import { formatDuration } from '../model/format.js';

/** What the step is about to do, before it does it. */
export function logPlan(settings: StepSettings): void {
  core.info(settings.mode === 'commit' ? describeCommits(settings) : describeWait(settings));
  core.info(
    `Endpoint ${formatEndpoint(settings.endpoint)}; credentials from ${describeCredentialSource(settings.credentials)}.`
  );
  const { credentials } = settings;
  if (
    credentials.kind === 'oidc' &&
    settings.wait &&
    credentials.oidc.durationSeconds * 1000 < settings.waitTimeoutMs
  ) {
    core.warning(
      `role-duration-seconds (${credentials.oidc.durationSeconds}) is shorter than wait-timeout (${formatDuration(settings.waitTimeoutMs)}): the role will be assumed again when its credentials run out.`
    );
  }
  core.debug(
    `Wait: ${settings.wait}, timeout ${formatDuration(settings.waitTimeoutMs)}, poll interval up to ${formatDuration(settings.pollIntervalMs)}${settings.mode === 'commit' ? `, fail-fast: ${settings.failFast}` : ''}.`
  );
}

function describeCommits(settings: Settings): string {
  const { containers } = settings;
  const which =
    containers.kind === 'single'
      ? `container ${containers.name}`
      : containers.kind === 'list'
        ? `containers ${containers.names.join(', ')}`
        : 'every container';
  const image = containers.kind === 'single' ? imageTargetFor(containers.name, settings.image, 1) : settings.image;
  return `Committing ${which} of ${settings.containerGroupId} (${settings.regionId}) to ${image.repository}:${image.tag}.`;
}

function describeWait(settings: WaitForTasksSettings): string {
  const tasks =
    settings.taskIds.length > 1 ? `commit tasks ${settings.taskIds.join(', ')}` : `commit task ${settings.taskIds[0]}`;
  const image = settings.image ? ` (image ${settings.image.repository}:${settings.image.tag})` : '';
  return `Waiting for ${tasks}${image} in ${settings.regionId}, started earlier (task-id): nothing is committed.`;
}
