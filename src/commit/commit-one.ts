import * as core from '@actions/core';
import type { Clock } from '../clock.js';
import { imageReference, type CommitRequest } from './request.js';
import { failedPhase, type CommitTask } from './task.js';
import { commitContainer } from './create-task.js';
import type { EciApi } from '../api/eci-client.js';
import { describeFailure } from '../report/failure.js';
import { formatDuration } from '../report/format.js';
import type { RetryPolicy } from '../api/retry.js';
import type { Settings } from '../inputs/settings.js';
import { TaskReporter } from '../report/task-log.js';
import { waitForTask, type WaitOutcome } from './wait-for-task.js';
import type { RegistryAccess } from '../registry/registry-access.js';
import { readPushedDigest } from './image-digest.js';

export type ContainerStatus = 'Succeeded' | 'Failed' | 'Running' | 'Skipped';

/** What became of one container's commit. */
export interface ContainerResult {
  container: string;
  image: string;
  tag: string;
  status: ContainerStatus;
  taskId?: string;
  requestId?: string;
  task?: CommitTask;
  failure?: string;
  durationMs: number;
  /** A commit of the group is still running (timeout, cancellation): no other commit can start. */
  groupBusy: boolean;
  /** The image's digest, read back from the registry (`sha256:` + 64 hex). */
  digest?: string;
}

export interface ContainerCommitContext {
  settings: Settings;
  clock: Clock;
  retryPolicy: RetryPolicy;
  cancellation: AbortSignal;
  stepStartedAt: number;
  /** Called as soon as the task exists, so its outputs are set even if the step fails later. */
  onTaskCreated: (result: ContainerResult) => void;
  /** Where the pushed image's digest is read from; absent: not read. */
  registry?: RegistryAccess;
}

/** Commits one container and, unless told not to, waits for its task. Never throws: failures are in the result. */
export async function commitOneContainer(
  api: EciApi,
  request: CommitRequest,
  context: ContainerCommitContext
): Promise<ContainerResult> {
  const startedAt = context.clock.now();
  const result: ContainerResult = {
    container: request.containerName,
    image: imageReference(request),
    tag: request.image.tag,
    status: 'Failed',
    durationMs: 0,
    groupBusy: false
  };
  const finish = (): ContainerResult => ({ ...result, durationMs: context.clock.now() - startedAt });
  try {
    const commit = await core.group(`CommitContainer ${request.containerName}`, () =>
      commitContainer(api, request, {
        policy: context.retryPolicy,
        clock: context.clock,
        log: core.warning,
        signal: context.cancellation,
        stepStartedAt: context.stepStartedAt
      })
    );
    Object.assign(result, { taskId: commit.taskId, requestId: commit.requestId, status: 'Running' });
    context.onTaskCreated(finish());
    core.info(
      commit.adopted
        ? `Commit task ${commit.taskId} adopted (its creation answer was lost; RequestId ${commit.requestId} is the query that found it).`
        : `Commit task ${commit.taskId} created (RequestId ${commit.requestId}).`
    );
    if (!context.settings.wait) {
      core.info(
        `Not waiting (wait: false). Task ${commit.taskId} runs on ECI; query it with DescribeCommitContainerTask.`
      );
      return finish();
    }
    const outcome = await core.group(`Waiting for task ${commit.taskId} (${request.containerName})`, () =>
      waitUntilDone(api, commit.taskId, context, (task) => (result.task = task))
    );
    result.task = outcome.task ?? result.task;
    settle(result, outcome, context.settings);
    if (result.status === 'Succeeded' && context.registry) {
      Object.assign(result, await readPushedDigest(context.registry, request.image, context.settings.registry));
    }
  } catch (error) {
    result.status = result.taskId ? 'Running' : 'Failed';
    result.groupBusy = result.taskId !== undefined;
    result.failure = describeFailure(error, result.taskId, context.cancellation.aborted);
  }
  return finish();
}

async function waitUntilDone(
  api: EciApi,
  taskId: string,
  context: ContainerCommitContext,
  onTask: (task: CommitTask) => void
): Promise<WaitOutcome> {
  const reporter = new TaskReporter(core.info);
  let latest: CommitTask | undefined;
  const { settings, cancellation } = context;
  const cancelled = new Promise<WaitOutcome>((resolve) => {
    const resolveCancelled = (): void => resolve({ state: 'cancelled', task: latest });
    if (cancellation.aborted) resolveCancelled();
    else cancellation.addEventListener('abort', resolveCancelled, { once: true });
  });
  const waiting = waitForTask(api, {
    regionId: settings.regionId,
    taskId,
    startedAt: context.clock.now(),
    timeoutMs: settings.waitTimeoutMs,
    pollIntervalMs: settings.pollIntervalMs,
    clock: context.clock,
    retryPolicy: context.retryPolicy,
    log: core.info,
    signal: cancellation,
    onTask: (task) => {
      latest = task;
      onTask(task);
      reporter.report(task);
    }
  });
  // An API call in flight must not hold up a cancelled step.
  return Promise.race([waiting, cancelled]);
}

/** Records how the wait ended, and why the step fails if it does. */
function settle(result: ContainerResult, outcome: WaitOutcome, settings: Settings): void {
  const taskId = result.taskId!;
  if (outcome.state === 'finished') {
    result.status = outcome.task.status === 'Succeeded' ? 'Succeeded' : 'Failed';
    if (result.status === 'Succeeded') {
      core.info(`Image ${result.image} committed and pushed.`);
      return;
    }
    const phase = failedPhase(outcome.task);
    const phaseDetail = phase?.message && phase.message !== outcome.task.statusMessage ? ` (${phase.message})` : '';
    const where = phase ? ` in phase ${phase.phase}${phaseDetail}` : '';
    result.failure = `Commit task ${taskId} failed${where}: ${outcome.task.statusMessage ?? 'no status message'}`;
    return;
  }
  result.status = 'Running';
  result.groupBusy = true;
  result.failure =
    outcome.state === 'timeout'
      ? `Timed out after ${formatDuration(settings.waitTimeoutMs)} waiting for commit task ${taskId}` +
        `${outcome.task?.progress !== undefined ? ` (at ${outcome.task.progress}%)` : ''}. ` +
        `The task keeps running on ECI (there is no cancel API); check it with DescribeCommitContainerTask TaskId=${taskId}.` +
        (outcome.lastError ? ` Last error: ${outcome.lastError}.` : '')
      : `The job was cancelled while waiting for commit task ${taskId}. The task keeps running on ECI; check it with DescribeCommitContainerTask TaskId=${taskId}.`;
}
