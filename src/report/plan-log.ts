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
  if (settings.wait) core.info(describeWaitLimit(settings));
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

/** The effective wait, said before any wait begins: a wait-timeout written as a plain number is seconds. */
function describeWaitLimit(settings: StepSettings): string {
  const tasks = settings.mode === 'commit' && settings.containers.kind !== 'single' ? ' for each commit task' : '';
  const step =
    settings.stepTimeoutMs !== undefined
      ? `; the step stops after ${formatDuration(settings.stepTimeoutMs)} (step-timeout)`
      : '';
  return `Waiting up to ${formatDuration(settings.waitTimeoutMs)} (wait-timeout)${tasks}${step}.`;
}

function describeCommits(settings: Settings): string {
  const { containers } = settings;
  const group =
    settings.containerGroupName !== undefined
      ? `the container group named ${settings.containerGroupName}`
      : settings.containerGroupId;
  const where = `${group} (${settings.regionId})`;
  if (containers.kind === 'all') {
    return `Committing every container of ${where} to ${describeTargets(['<container>'], settings, 2)}.`;
  }
  const names = containers.kind === 'single' ? [containers.name] : containers.names;
  return `Committing ${names.length > 1 ? 'containers' : 'container'} ${names.join(', ')} of ${where} to ${describeTargets(names, settings, names.length)}.`;
}

/** The images the named containers are pushed to, as they will be tagged (`-<container>` added with several). */
export function describeTargets(names: string[], settings: Pick<Settings, 'image'>, count: number): string {
  return names
    .map((name) => {
      const target = imageTargetFor(name, settings.image, count);
      return `${target.repository}:${target.tag}`;
    })
    .join(', ');
}

function describeWait(settings: WaitForTasksSettings): string {
  const tasks =
    settings.taskIds.length > 1 ? `commit tasks ${settings.taskIds.join(', ')}` : `commit task ${settings.taskIds[0]}`;
  const image = settings.image ? ` (image ${settings.image.repository}:${settings.image.tag})` : '';
  return `Waiting for ${tasks}${image} in ${settings.regionId}, started earlier (task-id): nothing is committed.`;
}
