import * as core from '@actions/core';
import type { EciApi } from '../eci/eci-client.js';
import { ApiError, errorMessage } from '../model/errors.js';
import type { WaitForTasksSettings } from '../model/settings.js';
import { describeFailure } from '../report/failure.js';
import { formatDuration } from '../model/format.js';
import { describeRefusedQuery } from '../report/refused-query.js';
import { TaskReporter } from '../report/task-log.js';
import { untrusted } from '../model/untrusted.js';
import type { ContainerResult } from '../model/results.js';
import { untilAborted } from '../runtime/until-aborted.js';
import { settle, waitOptions, type FollowContext } from './follow-tasks.js';
import { checkImageTarget, CONTAINER_PLACEHOLDER, imageTargetFor } from '../model/image-target.js';
import { CONTAINER_NAME, isFinished, type CommitTask } from '../model/task.js';
import { waitForTasks, type TaskOutcome } from './wait-for-task.js';
import type { RegistryAccess } from '../registry/registry-access.js';
import { readPushedDigest } from './image-digest.js';

/**
 * How long a given task ID may go unlisted before the step gives up on it: DescribeCommitContainerTask is eventually
 * consistent, so a task created moments ago (by a step that did not wait) may not be listed yet.
 */
export const UNLISTED_GRACE_MS = 30_000;

export interface WaitForStartedTasksContext extends FollowContext {
  settings: WaitForTasksSettings;
  /** Called whenever a result is new or changed (a task first listed, a task done); `several` with several IDs. */
  onProgress: (latest: ContainerResult, results: ContainerResult[], several: boolean) => void;
  /** Where the digest of the image the workflow names is read from; absent: not read. */
  registry?: RegistryAccess;
}

/**
 * One result per given task ID, known before any call and passed to `onProgress`: what the step reports even if it
 * gets no further.
 */
export function startedTaskResults(
  settings: WaitForTasksSettings,
  onProgress: WaitForStartedTasksContext['onProgress']
): ContainerResult[] {
  const results = settings.taskIds.map((taskId): ContainerResult => ({
    container: '',
    taskId,
    status: 'Running',
    durationMs: 0,
    groupBusy: false,
    ...imageOf(settings, undefined)
  }));
  onProgress(results[results.length - 1], results, results.length > 1);
  return results;
}

/**
 * Waits for commit tasks started earlier (by a step with `wait: false`, perhaps in another job), given by ID: no
 * commit is sent. Fills in `results` (from startedTaskResults), as a commit would. Never throws: failures are in the
 * results.
 */
export async function waitForStartedTasks(
  api: EciApi,
  results: ContainerResult[],
  context: WaitForStartedTasksContext
): Promise<ContainerResult[]> {
  const { settings, clock } = context;
  const startedAt = clock.now();
  const ids = settings.taskIds;
  const byId = new Map(results.map((result) => [result.taskId!, result]));
  if (!settings.image) {
    context.log.info(
      'The image a task pushes is unknown to this step: ECI does not report it. Give image-repository (and image-tag) to set the image and image-tag outputs.'
    );
  }

  const several = ids.length > 1;
  const reporters = new Map(
    ids.map((id) => [
      id,
      new TaskReporter(several ? (line: string) => context.log.info(`${id}: ${line}`) : context.log.info)
    ])
  );
  const onTask = (task: CommitTask, requestId: string): void => {
    const result = byId.get(task.taskId)!;
    const first = result.task === undefined;
    Object.assign(result, { task, requestId, container: containerNameOf(task, first) });
    if (first) {
      context.log.info(
        `Task ${task.taskId} is listed: container ${untrusted(task.containerName ?? 'unknown')}, created ${untrusted(task.creationTime ?? 'at an unknown time')}.`
      );
      Object.assign(result, imageOf(settings, task));
      context.onProgress(result, results, results.length > 1);
    }
    reporters.get(task.taskId)!.report(task);
  };
  try {
    const title = several ? `Waiting for commit tasks ${ids.join(', ')}` : `Waiting for commit task ${ids[0]}`;
    const outcomes = await core.group(title, () =>
      untilAborted(
        waitForTasks(api, {
          ...waitOptions(context),
          taskIds: ids,
          onTask,
          maxInvisiblePolls: Infinity,
          invisibleGraceMs: UNLISTED_GRACE_MS,
          scheduleFromCreation: true
        }),
        context.signal,
        () => new Map(ids.map((id): [string, TaskOutcome] => [id, { state: 'cancelled', task: byId.get(id)!.task }]))
      )
    );
    for (const result of results) settleStarted(result, outcomes.get(result.taskId!)!, settings, context.signal);
    await readNamedDigests(results, context);
  } catch (error) {
    settleRefused(results, error, settings, context.signal);
  }
  for (const result of results) result.durationMs = clock.now() - startedAt;
  context.onProgress(results[results.length - 1], results, results.length > 1);
  return results;
}

/** The digest of each succeeded task's image, when the workflow names it: as after a commit, under `digest`. */
async function readNamedDigests(results: ContainerResult[], context: WaitForStartedTasksContext): Promise<void> {
  const { registry } = context;
  const rules = context.settings.registry;
  if (!registry || !rules) return;
  for (const result of results) {
    if (result.status !== 'Succeeded' || !result.image || !result.tag || context.signal.aborted) continue;
    const repository = result.image.slice(0, -(result.tag.length + 1));
    Object.assign(result, await readPushedDigest(registry, { repository, tag: result.tag }, rules, context.signal));
    if (result.digest) context.log.info(`Digest of ${untrusted(result.image)}: ${result.digest}`);
  }
}

/**
 * The container a task commits, as ECI names it, for `results` and the summary: later steps echo outputs, so only a
 * name of the form ECI allows is kept ('' otherwise, said once).
 */
function containerNameOf(task: CommitTask, first: boolean): string {
  const name = task.containerName ?? '';
  if (name === '' || CONTAINER_NAME.test(name)) return name;
  if (first) {
    core.info(
      `Task ${task.taskId} names its container ${untrusted(name)}, not a container name: the results leave it empty.`
    );
  }
  return '';
}

/**
 * A query refused for good (permissions, a bad parameter) ends the wait: tasks already seen finished keep their
 * result; the others keep running on ECI, unknown to this step, and share one account of why.
 */
function settleRefused(
  results: ContainerResult[],
  error: unknown,
  settings: WaitForTasksSettings,
  stop: AbortSignal
): void {
  const cancelled = stop.aborted;
  const open = results.filter((result) => !(result.task && isFinished(result.task)));
  for (const result of results) {
    if (!open.includes(result)) settleStarted(result, { state: 'finished', task: result.task! }, settings, stop);
  }
  const openIds = open.map((result) => result.taskId!);
  const refused = describeRefusedQuery(error, openIds, settings.regionId);
  for (const result of open) {
    result.failure = cancelled ? describeFailure(error, result.taskId, stop) : refused;
    // A task ECI says it does not know is no task to wait for; any other stays Running, as far as anyone knows.
    if (!cancelled && error instanceof ApiError && /NotFound/i.test(error.code)) result.status = 'Failed';
  }
}

/**
 * The image and tag the workflow names for the task, `{container}` filled in once ECI says which container. The
 * name comes from the network: a target it makes invalid leaves the image unknown.
 */
function imageOf(settings: WaitForTasksSettings, task: CommitTask | undefined): Pick<ContainerResult, 'image' | 'tag'> {
  const template = settings.image;
  if (!template) return {};
  const placeholder =
    template.repository.includes(CONTAINER_PLACEHOLDER) || template.tag.includes(CONTAINER_PLACEHOLDER);
  if (!placeholder) return { image: `${template.repository}:${template.tag}`, tag: template.tag };
  if (!task?.containerName) return {};
  const target = imageTargetFor(task.containerName, template, 1);
  try {
    checkImageTarget(target, template, { container: task.containerName });
  } catch (error) {
    core.info(
      `The image of task ${task.taskId} is unknown: its container name does not make a valid image. ${untrusted(errorMessage(error))}`
    );
    return {};
  }
  return { image: `${target.repository}:${target.tag}`, tag: target.tag };
}

/** As a wait after a commit settles, except that a task never listed is most likely a wrong ID or region. */
function settleStarted(
  result: ContainerResult,
  outcome: TaskOutcome,
  settings: WaitForTasksSettings,
  signal: AbortSignal
): void {
  if (outcome.state === 'finished' && outcome.task.status === 'Succeeded') {
    // This step saw the task succeed, not where it pushed: the image is only what the workflow names.
    result.status = 'Succeeded';
    const named = result.image ? ` (image-repository names it ${untrusted(result.image)})` : '';
    core.info(`Commit task ${result.taskId} succeeded${named}.`);
    return;
  }
  const neverListed = outcome.state === 'timeout' && !outcome.task && !outcome.lastError;
  if (outcome.state !== 'not-found' && !neverListed) {
    settle(result, outcome, settings, signal);
    return;
  }
  const how =
    outcome.state === 'not-found'
      ? `for ${formatDuration(outcome.unlistedMs)} (${outcome.queries} queries)`
      : `before wait-timeout (${formatDuration(settings.waitTimeoutMs)}${outcome.state === 'timeout' && outcome.unlistedQueries ? `; ${outcome.unlistedQueries} queries` : ''})`;
  result.status = 'Failed';
  result.failure =
    `Commit task ${result.taskId} (input task-id) was not found in region ${settings.regionId}: ` +
    `DescribeCommitContainerTask did not list it ${how}. Check task-id, and region-id: a task is listed only in the region it was created in.`;
}
