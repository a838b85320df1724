import type { Clock } from '../clock.js';
import type { CommitRequest } from './request.js';
import type { CommitTask } from './task.js';
import type { CommitResult, EciApi } from '../api/eci-client.js';
import { ApiError } from '../errors.js';
import { withRetry, type RetryPolicy } from '../api/retry.js';

/**
 * TaskCreationTime has whole seconds, and ECI's clock is not ours (NTP keeps both within a second or so). Kept
 * small: a wider window could adopt a task that an earlier run created just before this step started.
 */
export const CREATION_TIME_ALLOWANCE_MS = 1_000 + 5_000;
/** Lookups of a task whose creation answer was lost, allowing for eventual consistency. */
const ADOPTION_LOOKUPS = 2;
/** The largest page DescribeCommitContainerTask gives. */
const LOOKUP_PAGE_SIZE = 50;
/** Pages read per lookup: 250 tasks of one container group is far more than a group keeps in practice. */
const MAX_LOOKUP_PAGES = 5;

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
  request: CommitRequest,
  context: CommitContext
): Promise<CommitOutcome> {
  let mayHaveCreated = false;
  const attempt = async (): Promise<CommitOutcome> => {
    try {
      return { ...(await api.commitContainer(request)), adopted: false };
    } catch (error) {
      if (!(error instanceof ApiError) || context.signal?.aborted) throw error;
      // After a lost answer, ECI refuses the next commit on the group if the first one did create a task.
      const refusedForOurTask = mayHaveCreated && error.code === 'IncorrectStatusDetail';
      if (error.ambiguous || refusedForOurTask) {
        mayHaveCreated = true;
        context.log(
          `CommitContainer: ${error.code} (${error.detail}); the request may have reached ECI, looking for its task before sending again.`
        );
        const adopted = await lookUpOwnTask(api, request, context, error);
        if (adopted) return adopted;
      }
      throw error;
    }
  };
  return withRetry('CommitContainer', attempt, { ...context, log: context.log }, (error) => {
    // A lost answer whose task was not found is safe to send again; a refusal is not worth another try.
    return error instanceof ApiError && error.action === 'CommitContainer' && (error.retryable || error.ambiguous);
  });
}

/** Looks for the task a lost answer may hide; when the lookup itself fails, nothing may be sent again. */
async function lookUpOwnTask(
  api: EciApi,
  request: CommitRequest,
  context: CommitContext,
  lost: ApiError
): Promise<CommitOutcome | undefined> {
  try {
    return await findOwnTask(api, request, context);
  } catch (lookupError) {
    const why = lookupError instanceof ApiError ? `${lookupError.code}: ${lookupError.detail}` : String(lookupError);
    throw new ApiError({
      action: 'CommitContainer',
      code: lost.code,
      message: `the answer was lost, and looking for the task it may have created failed too (${why}); not sending CommitContainer again, since a task may exist. Check the container group's tasks with DescribeCommitContainerTask`,
      requestId: lost.requestId,
      statusCode: lost.statusCode,
      retryable: false,
      ambiguous: false
    });
  }
}

async function findOwnTask(
  api: EciApi,
  request: CommitRequest,
  context: CommitContext
): Promise<CommitOutcome | undefined> {
  const since = context.stepStartedAt - CREATION_TIME_ALLOWANCE_MS;
  for (let lookup = 1; lookup <= ADOPTION_LOOKUPS; lookup++) {
    // The API does not promise an order: page through the group's tasks (boundedly) rather than trust the first.
    let nextToken: string | undefined;
    for (let page = 1; page <= MAX_LOOKUP_PAGES; page++) {
      const result = await withRetry(
        'DescribeCommitContainerTask',
        () =>
          api.describeCommitTasks({
            regionId: request.regionId,
            containerGroupId: request.containerGroupId,
            maxResults: LOOKUP_PAGE_SIZE,
            ...(nextToken ? { nextToken } : {})
          }),
        context
      );
      const task = newestOwnTask(result.tasks, request.containerName, since);
      if (task) {
        context.log(
          `Adopted commit task ${task.taskId} (created ${task.creationTime}), found by DescribeCommitContainerTask RequestId ${result.requestId}; not sending CommitContainer again.`
        );
        return { taskId: task.taskId, requestId: result.requestId, adopted: true };
      }
      nextToken = result.nextToken;
      if (!nextToken) break;
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
