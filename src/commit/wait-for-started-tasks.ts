import * as core from '@actions/core';
import type { EciApi } from '../api/eci-client.js';
import { ApiError } from '../errors.js';
import type { WaitForTasksSettings } from '../inputs/settings.js';
import { describeFailure } from '../report/failure.js';
import { formatDuration } from '../report/format.js';
import { TaskReporter } from '../report/task-log.js';
import { untrusted } from '../report/untrusted.js';
import type { ContainerResult } from './commit-one.js';
import { settle, unlessCancelled, waitOptions, type FollowContext } from './follow-tasks.js';
import { CONTAINER_PLACEHOLDER, imageTargetFor } from './image-target.js';
import type { CommitTask } from './task.js';
import { waitForTasks, type TaskOutcome } from './wait-for-task.js';

/**
 * How long a given task ID may go unlisted before the step gives up on it: DescribeCommitContainerTask is eventually
 * consistent, so a task created moments ago (by a step that did not wait) may not be listed yet.
 */
export const UNLISTED_GRACE_MS = 30_000;

export interface WaitForStartedTasksContext extends FollowContext {
  settings: WaitForTasksSettings;
  /** Called whenever a result is new or changed (a task first listed, a task done). */
  onProgress: (latest: ContainerResult, results: ContainerResult[]) => void;
}

/**
 * Waits for commit tasks started earlier (by a step with `wait: false`, perhaps in another job), given by ID: no
 * commit is sent. Each task gets a result, as a commit would. Never throws: failures are in the results.
 */
export async function waitForStartedTasks(
  api: EciApi,
  context: WaitForStartedTasksContext
): Promise<ContainerResult[]> {
  const { settings, clock } = context;
  const startedAt = clock.now();
  const ids = settings.taskIds;
  const results = ids.map((taskId): ContainerResult => ({
    container: '',
    taskId,
    status: 'Running',
    durationMs: 0,
    groupBusy: false,
    ...imageOf(settings, undefined)
  }));
  const byId = new Map(results.map((result) => [result.taskId!, result]));
  context.onProgress(results[results.length - 1], results);
  if (!settings.image) {
    core.info(
      'The image a task pushes is unknown to this step: ECI does not report it. Give image-repository (and image-tag) to set the image and image-tag outputs.'
    );
  }

  const several = ids.length > 1;
  const reporters = new Map(
    ids.map((id) => [id, new TaskReporter(several ? (line: string) => core.info(`${id}: ${line}`) : core.info)])
  );
  const onTask = (task: CommitTask, requestId: string): void => {
    const result = byId.get(task.taskId)!;
    const first = result.task === undefined;
    Object.assign(result, {
      task,
      requestId,
      container: untrusted(task.containerName ?? '', 128),
      ...imageOf(settings, task)
    });
    if (first) {
      core.info(
        `Task ${task.taskId} is listed: container ${untrusted(task.containerName ?? 'unknown')}, created ${untrusted(task.creationTime ?? 'at an unknown time')}.`
      );
      context.onProgress(result, results);
    }
    reporters.get(task.taskId)!.report(task);
  };
  try {
    const title = several ? `Waiting for commit tasks ${ids.join(', ')}` : `Waiting for commit task ${ids[0]}`;
    const outcomes = await core.group(title, () =>
      unlessCancelled(
        waitForTasks(api, {
          ...waitOptions(context),
          taskIds: ids,
          onTask,
          maxInvisiblePolls: Infinity,
          invisibleGraceMs: UNLISTED_GRACE_MS,
          scheduleFromCreation: true
        }),
        context.cancellation,
        () => new Map(ids.map((id): [string, TaskOutcome] => [id, { state: 'cancelled', task: byId.get(id)!.task }]))
      )
    );
    for (const result of results) {
      settleStarted(result, outcomes.get(result.taskId!)!, settings, context.cancellation);
      result.durationMs = clock.now() - startedAt;
      context.onProgress(result, results);
    }
  } catch (error) {
    // A query refused for good (permissions, a bad parameter): every task keeps running on ECI, unknown to this step.
    const refused = refusedIds(error, settings);
    for (const result of results) {
      result.failure = refused ?? describeFailure(error, result.taskId, context.cancellation);
      if (refused) result.status = 'Failed';
      result.durationMs = clock.now() - startedAt;
    }
    context.onProgress(results[results.length - 1], results);
  }
  return results;
}

/** The image and tag the workflow names for the task, `{container}` filled in once ECI says which container. */
function imageOf(settings: WaitForTasksSettings, task: CommitTask | undefined): Pick<ContainerResult, 'image' | 'tag'> {
  const template = settings.image;
  if (!template) return {};
  const placeholder =
    template.repository.includes(CONTAINER_PLACEHOLDER) || template.tag.includes(CONTAINER_PLACEHOLDER);
  if (!placeholder) return { image: `${template.repository}:${template.tag}`, tag: template.tag };
  if (!task?.containerName) return {};
  const target = imageTargetFor(task.containerName, template, 1);
  return { image: `${target.repository}:${target.tag}`, tag: target.tag };
}

/** As a wait after a commit settles, except that a task never listed is most likely a wrong ID or region. */
function settleStarted(
  result: ContainerResult,
  outcome: TaskOutcome,
  settings: WaitForTasksSettings,
  cancellation: AbortSignal
): void {
  const neverListed = outcome.state === 'timeout' && !outcome.task && !outcome.lastError;
  if (outcome.state !== 'not-found' && !neverListed) {
    settle(result, outcome, settings, cancellation);
    return;
  }
  const how =
    outcome.state === 'not-found'
      ? `for ${formatDuration(outcome.unlistedMs)} (${outcome.queries} queries)`
      : `before wait-timeout (${formatDuration(settings.waitTimeoutMs)})`;
  result.status = 'Failed';
  result.failure =
    `Commit task ${result.taskId} (input task-id) was not found in region ${settings.regionId}: ` +
    `DescribeCommitContainerTask did not list it ${how}. Check task-id, and region-id: a task is listed only in the region it was created in.`;
}

/**
 * ECI may refuse an unknown task ID with a not-found error rather than leave it out of the list (which of the two is
 * unconfirmed): then the IDs are what to check, not the commit inputs the generic hint names.
 */
function refusedIds(error: unknown, settings: WaitForTasksSettings): string | undefined {
  if (!(error instanceof ApiError) || !/NotFound/i.test(error.code)) return undefined;
  return `${error.message}. Check task-id (${settings.taskIds.join(', ')}) and region-id (${settings.regionId}): a task is listed only in the region it was created in.`;
}
