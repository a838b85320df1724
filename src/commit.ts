import type { Clock } from './clock.js';
import type { CommitContainerParams } from './commit-request.js';
import type { CommitTask } from './commit-task.js';
import type { CommitResult, EciApi } from './eci-client.js';
import { ApiError } from './errors.js';
import { formatDuration } from './parsers.js';
import { backoffDelay, withRetry, type RetryPolicy } from './retry.js';

/**
 * TaskCreationTime has whole seconds, and ECI's clock is not ours (NTP keeps both within a second or so). Kept
 * small: a wider window could adopt a task that an earlier run created just before this step started.
 */
export const CREATION_TIME_ALLOWANCE_MS = 1_000 + 5_000;
/** Lookups of a task whose creation answer was lost, allowing for eventual consistency. */
const ADOPTION_LOOKUPS = 2;

export interface CommitOutcome extends CommitResult {
  /** The task was found after an answer was lost, not created by the answer we read. */
  adopted: boolean;
}

export interface CommitContext {
  policy: RetryPolicy;
  clock: Clock;
  log: (line: string) => void;
  signal?: AbortSignal;
  /** Epoch ms at which the step started: only tasks created since then can be ours. */
  stepStartedAt: number;
  random?: () => number;
}

/**
 * Sends CommitContainer so that a step never creates two tasks. The call is not idempotent: when an answer is
 * lost (the request may have been processed), the container group's tasks are searched for one created since
 * the step started before anything is sent again.
 */
export async function commitContainer(
  api: EciApi,
  params: CommitContainerParams,
  context: CommitContext
): Promise<CommitOutcome> {
  const random = context.random ?? Math.random;
  let mayHaveCreated = false;
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await api.commitContainer(params);
      return { ...result, adopted: false };
    } catch (error) {
      if (!(error instanceof ApiError) || context.signal?.aborted) throw error;
      // A task we may have created makes ECI refuse the next commit on the group: look for it.
      const conflict = mayHaveCreated && error.code === 'IncorrectStatusDetail';
      if (error.ambiguous || conflict) {
        mayHaveCreated = true;
        context.log(
          `CommitContainer: ${error.code} (${error.detail}); the request may have reached ECI, looking for its task before sending again.`
        );
        const adopted = await findOwnTask(api, params, context);
        if (adopted) return adopted;
        if (conflict) throw error;
      }
      const retryable = error.retryable || error.ambiguous;
      if (!retryable || attempt >= context.policy.maxAttempts) {
        throw attempt > 1 ? new ApiError({ ...error.details(), attempts: attempt }) : error;
      }
      const delay = backoffDelay(context.policy, attempt, random, error.retryAfterSeconds);
      context.log(
        `CommitContainer: attempt ${attempt} of ${context.policy.maxAttempts} failed with ${error.code}${error.statusCode ? ` (HTTP ${error.statusCode})` : ''}; retrying in ${formatDuration(delay)}${error.retryAfterSeconds !== undefined && error.retryAfterSeconds * 1000 >= delay ? ' (as the service asked)' : ''}.`
      );
      await context.clock.sleep(delay, context.signal);
      if (context.signal?.aborted) throw error;
    }
  }
}

async function findOwnTask(
  api: EciApi,
  params: CommitContainerParams,
  context: CommitContext
): Promise<CommitOutcome | undefined> {
  const since = context.stepStartedAt - CREATION_TIME_ALLOWANCE_MS;
  for (let lookup = 1; lookup <= ADOPTION_LOOKUPS; lookup++) {
    const result = await withRetry(
      'DescribeCommitContainerTask',
      () => api.describeCommitTasks({ regionId: params.RegionId, containerGroupId: params.ContainerGroupId }),
      { policy: context.policy, clock: context.clock, log: context.log, signal: context.signal, random: context.random }
    );
    const task = newestOwnTask(result.tasks, params.ContainerName, since);
    if (task) {
      context.log(
        `Adopted commit task ${task.taskId} (created ${task.creationTime}), found by DescribeCommitContainerTask RequestId ${result.requestId}; not sending CommitContainer again.`
      );
      return { taskId: task.taskId, requestId: result.requestId, adopted: true };
    }
    if (lookup < ADOPTION_LOOKUPS) await context.clock.sleep(1_000 * lookup, context.signal);
    if (context.signal?.aborted) return undefined;
  }
  context.log('No task of this container was created since the step started; sending CommitContainer again is safe.');
  return undefined;
}

export function newestOwnTask(tasks: CommitTask[], containerName: string, sinceMs: number): CommitTask | undefined {
  return tasks
    .filter((task) => task.containerName === containerName && task.creationTime)
    .map((task) => ({ task, created: Date.parse(task.creationTime!) }))
    .filter(({ created }) => Number.isFinite(created) && created >= sinceMs)
    .sort((a, b) => b.created - a.created)[0]?.task;
}
