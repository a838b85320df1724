import type { Clock } from '../clock.js';
import type { CommitRequest } from './request.js';
import type { CommitTask } from './task.js';
import type { CommitResult, EciApi } from '../api/eci-client.js';
import { ApiError, errorMessage } from '../errors.js';
import { formatDuration } from '../report/format.js';
import { untrusted } from '../report/untrusted.js';
import { withRetry, type RetryPolicy } from '../api/retry.js';

/**
 * TaskCreationTime has whole seconds, and ECI's clock is not ours (NTP keeps both within a second or so). Kept
 * small: a wider window could adopt a task that an earlier run created just before this step started.
 */
export const CREATION_TIME_ALLOWANCE_MS = 1_000 + 5_000;
/**
 * How long a task created by a lost answer may stay invisible to DescribeCommitContainerTask before sending again is
 * judged safe: longer than the wait allows a new task (five queries, about 13 s), since absence right after an
 * ambiguous commit proves nothing until then.
 */
export const ADOPTION_GRACE_MS = 20_000;
/** Pauses between lookups within the grace period: 1 s, growing by half, at most 5 s (about eight lookups). */
const FIRST_LOOKUP_PAUSE_MS = 1_000;
const LOOKUP_PAUSE_GROWTH = 1.5;
const MAX_LOOKUP_PAUSE_MS = 5_000;
/** The largest page DescribeCommitContainerTask gives. */
const LOOKUP_PAGE_SIZE = 50;
/** Pages read per lookup: 250 tasks of one container group is far more than a group keeps in practice. */
const MAX_LOOKUP_PAGES = 5;

export interface CommitOutcome extends CommitResult {
  /** The task was found after an answer was lost, not created by the answer we read. */
  adopted: boolean;
  /** Other tasks of this container created since the step started, found after sending CommitContainer again. */
  otherTaskIds?: string[];
}

export interface CommitContext {
  policy: RetryPolicy;
  clock: Clock;
  log: (line: string) => void;
  signal?: AbortSignal;
  /** Epoch ms at which the step started: only tasks created since then can be ours. */
  stepStartedAt: number;
  /** Epoch ms at which the step's time is up: lookups that would run past it give up instead of sending again. */
  deadline?: number;
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
  const attempt = async (attemptNumber: number): Promise<CommitOutcome> => {
    const resending = mayHaveCreated;
    // Nothing is sent after the last attempt: one look for its task is enough, there is no duplicate to avoid.
    const last = attemptNumber >= context.policy.maxAttempts;
    try {
      const created = await api.commitContainer(request);
      if (!resending) return { ...created, adopted: false };
      const others = await otherOwnTasks(api, request, context, created.taskId);
      return { ...created, adopted: false, ...(others.length > 0 ? { otherTaskIds: others } : {}) };
    } catch (error) {
      if (!(error instanceof ApiError) || context.signal?.aborted) throw error;
      // After a lost answer, ECI refuses the next commit on the group if the first one did create a task.
      const refusedForOurTask = mayHaveCreated && error.code === 'IncorrectStatusDetail';
      if (error.ambiguous || refusedForOurTask) {
        mayHaveCreated = true;
        context.log(
          `CommitContainer: ${untrusted(`${error.code} (${error.detail})`)}; the request may have reached ECI, looking for its task${last ? '' : ' before sending again'}.`
        );
        const adopted = await lookUpOwnTask(api, request, context, error, last ? 0 : ADOPTION_GRACE_MS);
        if (adopted) return adopted;
        if (last) {
          throw new ApiError({
            ...error.details(),
            message: `${error.detail}; no task of this container is visible yet, but the request may have created one: check the container group's tasks with DescribeCommitContainerTask`
          });
        }
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
  lost: ApiError,
  graceMs: number
): Promise<CommitOutcome | undefined> {
  try {
    return await findOwnTask(api, request, context, graceMs);
  } catch (lookupError) {
    const why = untrusted(
      lookupError instanceof ApiError ? `${lookupError.code}: ${lookupError.detail}` : errorMessage(lookupError)
    );
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

/** Looks for the task for the grace period, with growing pauses, within the step's deadline. */
async function findOwnTask(
  api: EciApi,
  request: CommitRequest,
  context: CommitContext,
  graceMs: number
): Promise<CommitOutcome | undefined> {
  const { clock } = context;
  const startedAt = clock.now();
  let pause = FIRST_LOOKUP_PAUSE_MS;
  for (let lookup = 1; ; lookup++) {
    const [found] = await ownTasks(api, request, context);
    if (found) {
      const { task, requestId } = found;
      context.log(
        `Adopted commit task ${task.taskId} (created ${untrusted(task.creationTime, 40)}), found by DescribeCommitContainerTask RequestId ${requestId}; not sending CommitContainer again.`
      );
      return { taskId: task.taskId, requestId, adopted: true };
    }
    const left = graceMs - (clock.now() - startedAt);
    if (graceMs === 0) return undefined;
    if (left <= 0) {
      context.log(
        `No task of this container created since the step started was found in ${lookup} lookups over ${formatDuration(clock.now() - startedAt)} (a new task can take that long to show); sending CommitContainer again.`
      );
      return undefined;
    }
    const wait = Math.min(pause, left);
    if (context.deadline !== undefined && clock.now() + wait >= context.deadline) {
      throw new Error("the step's deadline came before the task could have become visible");
    }
    await clock.sleep(wait, context.signal);
    if (context.signal?.aborted) return undefined;
    pause = Math.min(MAX_LOOKUP_PAUSE_MS, pause * LOOKUP_PAUSE_GROWTH);
  }
}

/**
 * One pass over the group's tasks: those of this container created since the step started, newest first, each with
 * the RequestId of the query that listed it.
 */
async function ownTasks(
  api: EciApi,
  request: CommitRequest,
  context: CommitContext
): Promise<Array<{ task: CommitTask; requestId: string }>> {
  const since = context.stepStartedAt - CREATION_TIME_ALLOWANCE_MS;
  const found = new Map<string, { task: CommitTask; requestId: string }>();
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
    for (const task of ownTasksSince(result.tasks, request.containerName, since)) {
      if (!found.has(task.taskId)) found.set(task.taskId, { task, requestId: result.requestId });
    }
    nextToken = result.nextToken;
    if (!nextToken) break;
  }
  const created = (entry: { task: CommitTask }): number => Date.parse(entry.task.creationTime!);
  return [...found.values()].sort((a, b) => created(b) - created(a));
}

/**
 * After sending CommitContainer again, one look at the group: should the first request have created a task after
 * all (it stayed invisible through the grace period), two tasks exist, and the caller says so rather than orphan one.
 */
async function otherOwnTasks(
  api: EciApi,
  request: CommitRequest,
  context: CommitContext,
  createdTaskId: string
): Promise<string[]> {
  try {
    const others = (await ownTasks(api, request, context))
      .map(({ task }) => task.taskId)
      .filter((taskId) => taskId !== createdTaskId);
    if (others.length > 0) {
      context.log(
        `Container ${request.containerName} has ${others.length + 1} commit tasks from this step: ${createdTaskId} (created by the request sent again, the one followed) and ${others.join(', ')} (created by the request whose answer was lost). Both commit the container to the same image.`
      );
    }
    return others;
  } catch (error) {
    context.log(
      `Could not check whether the lost CommitContainer created a task as well (${untrusted(errorMessage(error))}); check the group's tasks with DescribeCommitContainerTask.`
    );
    return [];
  }
}

function ownTasksSince(tasks: CommitTask[], containerName: string, sinceMs: number): CommitTask[] {
  return tasks.filter((task) => {
    const created = Date.parse(task.creationTime ?? '');
    return task.containerName === containerName && Number.isFinite(created) && created >= sinceMs;
  });
}

export function newestOwnTask(tasks: CommitTask[], containerName: string, sinceMs: number): CommitTask | undefined {
  return ownTasksSince(tasks, containerName, sinceMs).sort(
    (a, b) => Date.parse(b.creationTime!) - Date.parse(a.creationTime!)
  )[0];
}
