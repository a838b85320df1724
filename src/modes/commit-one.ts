import * as core from '@actions/core';
import { imageReference, type CommitRequest } from '../model/request.js';
import type { ContainerResult } from '../model/results.js';
import type { CommitTask } from '../model/task.js';
import { commitContainer, taskMayExist, type CommitContext } from './create-task.js';
import { lateOwnTasks } from './own-tasks.js';
import { TaskListsBefore } from './tasks-before.js';
import type { EciApi } from '../eci/eci-client.js';
import { describeFailure } from '../report/failure.js';
import type { StepContext } from '../runtime/step-context.js';
import type { Settings } from '../model/settings.js';
import { TaskReporter } from '../report/task-log.js';
import { untilAborted } from '../runtime/until-aborted.js';
import { settle, waitOptions } from './follow-tasks.js';
import { waitForTask, type WaitOutcome } from './wait-for-task.js';
import type { RegistryAccess } from '../registry/registry-access.js';
import { pushedLine, readPushedDigest } from './image-digest.js';
import { withContainersOfGroup, namesContainer } from './unknown-container.js';

export interface ContainerCommitContext extends StepContext {
  settings: Settings;
  /** Called as soon as the task exists, so its outputs are set even if the step fails later. */
  onTaskCreated: (result: ContainerResult) => void;
  /** Where the pushed image's digest is read from; absent: not read. */
  registry?: RegistryAccess;
  /** Lists the group's tasks before each commit of the step; absent: one of this commit's own. */
  taskLists?: TaskListsBefore;
}

/**
 * Commits one container and, unless told not to, waits for its task. Never throws: failures are in the result. A
 * container whose CommitContainer was not sent when the job was cancelled is `Skipped`: it was not committed.
 */
export async function commitOneContainer(
  api: EciApi,
  request: CommitRequest,
  context: ContainerCommitContext
): Promise<ContainerResult> {
  const startedAt = context.clock.now();
  const result: ContainerResult = {
    container: request.containerName,
    containerGroupId: request.containerGroupId,
    image: imageReference(request),
    tag: request.image.tag,
    status: 'Failed',
    durationMs: 0,
    groupBusy: false
  };
  const finish = (): ContainerResult => ({ ...result, durationMs: context.clock.now() - startedAt });
  const commitContext: CommitContext = context;
  const notCommitted = (): ContainerResult => ({ ...finish(), status: 'Skipped' });
  let sending = false;
  try {
    // No log group: a commit says one line (its task), or its warnings when an answer was lost.
    // Just before the commit: after a lost answer, a task of the container not in this list is the request's.
    const before = await (context.taskLists ?? new TaskListsBefore()).take(api, request, context);
    if (context.signal.aborted) return notCommitted();
    sending = true;
    const commit = await commitContainer(api, request, commitContext, { before });
    // Sent more than once: a task of an earlier request is likeliest visible once this one's wait is over.
    const lookLate = async (waited: boolean): Promise<void> => {
      if (!commit.resent) return;
      const known = [commit.taskId, ...(result.otherTaskIds ?? [])];
      const late = await lateOwnTasks(api, request, commitContext, known, waited, before);
      if (late.length > 0) result.otherTaskIds = [...known.slice(1), ...late];
    };
    Object.assign(result, { taskId: commit.taskId, requestId: commit.requestId, status: 'Running' });
    if (commit.otherTaskIds?.length) result.otherTaskIds = commit.otherTaskIds;
    // Logged before any output is written: if GITHUB_OUTPUT cannot take it, the log still has the task.
    context.log.info(
      commit.adopted
        ? `Commit task ${commit.taskId} adopted (its creation answer was lost; RequestId ${commit.requestId} is the query that found it).`
        : `Commit task ${commit.taskId} created (RequestId ${commit.requestId}).`
    );
    context.onTaskCreated(finish());
    if (!context.settings.wait) {
      context.log.info(
        `Not waiting (wait: false). Task ${commit.taskId} runs on ECI; wait for it in a later step or job with task-id: ${commit.taskId}.`
      );
      await lookLate(false);
      return finish();
    }
    const outcome = await core.group(`Waiting for task ${commit.taskId} (${request.containerName})`, () =>
      waitUntilDone(api, commit.taskId, context, (task) => (result.task = task))
    );
    result.task = outcome.task ?? result.task;
    settle(result, outcome, context.settings, context.signal);
    await lookLate(true);
    if (result.status === 'Succeeded') {
      if (context.registry) {
        Object.assign(
          result,
          await readPushedDigest(context.registry, request.image, context.settings.registry, context.signal)
        );
      }
      context.log.info(pushedLine(imageReference(request), result.digest));
    }
  } catch (error) {
    if (!sending && context.signal.aborted) return notCommitted();
    result.status = result.taskId ? 'Running' : 'Failed';
    // A task whose ID is unknown may be running as well: no other commit of the group can start then either.
    result.groupBusy = result.taskId !== undefined || taskMayExist(error);
    result.failure = describeFailure(error, result.taskId, context.signal);
    if (!result.taskId && namesContainer(error) && !context.signal.aborted) {
      result.failure = await withContainersOfGroup(api, request, result.failure, context);
    }
  }
  return finish();
}

async function waitUntilDone(
  api: EciApi,
  taskId: string,
  context: ContainerCommitContext,
  onTask: (task: CommitTask) => void
): Promise<WaitOutcome> {
  const reporter = new TaskReporter(context.log.info);
  let latest: CommitTask | undefined;
  const waiting = waitForTask(api, {
    ...waitOptions(context),
    taskId,
    onTask: (task) => {
      latest = task;
      onTask(task);
      reporter.report(task);
    }
  });
  return untilAborted(waiting, context.signal, () => ({ state: 'cancelled', task: latest }));
}
