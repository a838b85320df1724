import type { CommitRequest } from '../model/request.js';
import type { CommitResult, EciApi } from '../eci/eci-client.js';
import { ApiError, errorMessage } from '../model/errors.js';
import { formatDuration } from '../model/format.js';
import { untrusted } from '../model/untrusted.js';
import { withRetry } from '../net/retry.js';
import { commitMayHaveCreatedTask, commitNotSentAgain, resendsCommit } from '../eci/retry-rules.js';
import { logOtherTasks, otherOwnTasks, ownTasks, type OwnTaskContext } from './own-tasks.js';
import type { TasksBefore } from './tasks-before.js';

export { CREATION_TIME_ALLOWANCE_MS } from './own-tasks.js';

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

export interface CommitOutcome extends CommitResult {
  /** The task was found after an answer was lost, not created by the answer we read. */
  adopted: boolean;
  /** Other tasks of this container from this step's requests, found after sending CommitContainer again. */
  otherTaskIds?: string[];
  /** CommitContainer was sent more than once: a task of an earlier request may still show up (lateOwnTasks). */
  resent: boolean;
}

/** Lookups that would run past `deadline` give up instead of sending again. */
export type CommitContext = OwnTaskContext;

export interface CommitOptions {
  /** The group's tasks listed just before the commit; absent: tasks are told ours by their creation time. */
  before?: TasksBefore;
}

/** Failures after which a task of the container may exist, its ID unknown: the group may be busy committing it. */
const mayHaveCreatedTask = new WeakSet<object>();

export function taskMayExist(error: unknown): boolean {
  return typeof error === 'object' && error !== null && mayHaveCreatedTask.has(error);
}

/**
 * Sends CommitContainer so that a step never creates two tasks. The call is not idempotent: when an answer is
 * lost (the request may have been processed), the container group's tasks are searched for one of this container
 * that was not listed before the commit (or, without that list, one created since the step started) before anything
 * is sent again.
 */
export async function commitContainer(
  api: EciApi,
  request: CommitRequest,
  context: CommitContext,
  options: CommitOptions = {}
): Promise<CommitOutcome> {
  const { before } = options;
  let mayHaveCreated = false;
  const attempt = async (attemptNumber: number): Promise<CommitOutcome> => {
    const resending = mayHaveCreated;
    const last = attemptNumber >= context.retry.maxAttempts;
    try {
      const created = await api.commitContainer(request);
      if (!resending) return { ...created, adopted: false, resent: false };
      const others = await otherOwnTasks(api, request, context, [created.taskId], before);
      return { ...created, adopted: false, resent: true, ...(others.length > 0 ? { otherTaskIds: others } : {}) };
    } catch (error) {
      if (!(error instanceof ApiError) || context.signal.aborted) throw error;
      if (commitMayHaveCreatedTask(error, mayHaveCreated)) {
        mayHaveCreated = true;
        context.log.warning(
          `CommitContainer: ${untrusted(`${error.code} (${error.detail})`)}; the request may have reached ECI, looking for its task${last ? '' : ' before sending again'}.`
        );
        // After the last attempt too: a task that shows up within the grace is adopted rather than reported lost.
        const adopted = await lookUpOwnTask(api, request, context, error, { resending, last, before });
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
  try {
    // The mode's own loop, unlike the read calls' (retrying-api.ts): between attempts it looks for the task a lost
    // answer may have created. What is sent again is decided in eci/retry-rules.ts.
    return await withRetry('CommitContainer', attempt, context, { shouldRetry: resendsCommit });
  } catch (error) {
    if (mayHaveCreated && typeof error === 'object' && error !== null) mayHaveCreatedTask.add(error);
    throw error;
  }
}

interface LookupRound {
  /** CommitContainer was sent before, its answer lost too: the tasks of both requests may be listed. */
  resending: boolean;
  /** Nothing is sent after this attempt. */
  last: boolean;
  before?: TasksBefore;
}

/** Looks for the task a lost answer may hide; when the lookup itself fails, nothing may be sent again. */
async function lookUpOwnTask(
  api: EciApi,
  request: CommitRequest,
  context: CommitContext,
  lost: ApiError,
  round: LookupRound
): Promise<CommitOutcome | undefined> {
  try {
    return await findOwnTask(api, request, context, round);
  } catch (lookupError) {
    const why = untrusted(
      lookupError instanceof ApiError ? `${lookupError.code}: ${lookupError.detail}` : errorMessage(lookupError)
    );
    throw commitNotSentAgain({
      action: 'CommitContainer',
      code: lost.code,
      message: `the answer was lost, and looking for the task it may have created failed too (${why}); not sending CommitContainer again, since a task may exist. Check the container group's tasks with DescribeCommitContainerTask`,
      requestId: lost.requestId,
      statusCode: lost.statusCode,
      ambiguous: false
    });
  }
}

/**
 * Looks for the task for the grace period, with growing pauses, within the step's deadline. When the requests of two
 * attempts may each have created a task, the newest is adopted and the others are named, not orphaned.
 */
async function findOwnTask(
  api: EciApi,
  request: CommitRequest,
  context: CommitContext,
  round: LookupRound
): Promise<CommitOutcome | undefined> {
  const { clock } = context;
  const startedAt = clock.now();
  let pause = FIRST_LOOKUP_PAUSE_MS;
  for (let lookup = 1; ; lookup++) {
    const found = await ownTasks(api, request, context, round.before);
    if (found.length > 0) {
      const [{ task, requestId }, ...rest] = found;
      context.log.warning(
        `Adopted commit task ${task.taskId} (${task.creationTime ? `created ${untrusted(task.creationTime, 40)}` : 'no creation time given'}), found by DescribeCommitContainerTask RequestId ${requestId}; not sending CommitContainer again.`
      );
      const others = round.resending ? rest.map((entry) => entry.task.taskId) : [];
      if (others.length > 0) logOtherTasks(context, request, task.taskId, others);
      return {
        taskId: task.taskId,
        requestId,
        adopted: true,
        resent: round.resending,
        ...(others.length > 0 ? { otherTaskIds: others } : {})
      };
    }
    const left = ADOPTION_GRACE_MS - (clock.now() - startedAt);
    if (left <= 0) {
      context.log.warning(
        `No ${round.before ? 'new task of this container (one not listed before the commit)' : 'task of this container created since the step started'} was found in ${lookup} lookups over ${formatDuration(clock.now() - startedAt)} (a new task can take that long to show)${round.last ? '' : '; sending CommitContainer again'}.`
      );
      return undefined;
    }
    const wait = Math.min(pause, left);
    if (clock.now() + wait >= context.deadline.at) {
      throw new Error("the step's deadline came before the task could have become visible");
    }
    await clock.sleep(wait, context.signal);
    if (context.signal.aborted) return undefined;
    pause = Math.min(MAX_LOOKUP_PAUSE_MS, pause * LOOKUP_PAUSE_GROWTH);
  }
}
