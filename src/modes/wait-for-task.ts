import { isFinished, type CommitTask } from '../model/task.js';
import type { EciApi } from '../eci/eci-client.js';
import { ApiError, errorMessage, TaskNotFoundError } from '../model/errors.js';
import { PollSchedule } from './poll-schedule.js';
import { keepsWaiting } from '../eci/retry-rules.js';
import type { StepContext } from '../runtime/step-context.js';
import { untrusted } from '../model/untrusted.js';

/**
 * Task IDs sent in one DescribeCommitContainerTask call (TaskId.1 ... TaskId.N). Alibaba documents no maximum
 * (emulator/FIDELITY.md: unconfirmed), so this stays well below the page size ECI allows (MaxResults, up to 50).
 */
export const MAX_TASK_IDS_PER_CALL = 20;
/** ECI's page size when MaxResults is not sent. */
const DEFAULT_PAGE_SIZE = 10;
/** Pages read for one batch of IDs: a page holds the whole batch, so more than one is already unexpected. */
const MAX_PAGES_PER_BATCH = 5;
const DEFAULT_MAX_INVISIBLE_POLLS = 5;

export interface WatchOptions extends Pick<StepContext, 'clock' | 'log'> {
  regionId: string;
  taskIds: string[];
  /** Epoch ms at which the wait starts: polling and the deadline count from here. */
  startedAt: number;
  timeoutMs: number;
  pollIntervalMs: number;
  /** Each answer that lists a task, with the RequestId of that answer. */
  onTask: (task: CommitTask, requestId: string) => void;
  signal?: AbortSignal;
  /** How many queries in a row may miss a task (eventual consistency) before it counts as not found. */
  maxInvisiblePolls?: number;
  /**
   * How long a task may go unlisted before it counts as not found, counted from the first answer that did not list
   * it (not from the start of the wait: retries may delay that first answer); the last query is sent when this runs
   * out.
   */
  invisibleGraceMs?: number;
  /**
   * Count the poll schedule from each task's TaskCreationTime instead of `startedAt`: for tasks created before the
   * wait, so that their progress says when they will finish.
   */
  scheduleFromCreation?: boolean;
}

export interface WaitOptions extends Omit<WatchOptions, 'taskIds' | 'onTask' | 'invisibleGraceMs'> {
  taskId: string;
  onTask: (task: CommitTask) => void;
}

export type WaitOutcome =
  | { state: 'finished'; task: CommitTask }
  | { state: 'timeout'; task?: CommitTask; lastError?: string; unlistedQueries?: number }
  | { state: 'cancelled'; task?: CommitTask };

/** How the wait for one of several tasks ended; `not-found` when ECI never listed it within the allowance. */
export type TaskOutcome = WaitOutcome | { state: 'not-found'; task?: CommitTask; queries: number; unlistedMs: number };

/** Polls DescribeCommitContainerTask until the task finishes, the deadline passes, or the step is cancelled. */
export async function waitForTask(api: EciApi, options: WaitOptions): Promise<WaitOutcome> {
  const { taskId, onTask, ...rest } = options;
  const outcome = (await waitForTasks(api, { ...rest, taskIds: [taskId], onTask: (task) => onTask(task) })).get(
    taskId
  )!;
  if (outcome.state === 'not-found') {
    throw new TaskNotFoundError(
      `Task ${taskId} was not found by DescribeCommitContainerTask after ${outcome.queries} queries.`
    );
  }
  return outcome;
}

interface Watched {
  id: string;
  task?: CommitTask;
  /** Queries in a row that did not list it. */
  misses: number;
  /** Since when no answer has listed it. */
  unlistedSince: number;
  /** The first answer that did not list it (since it was last listed): its grace counts from here. */
  missedSince?: number;
}

/**
 * Polls DescribeCommitContainerTask for several tasks at once (a batch of IDs per call) until each has finished or
 * was not found, the deadline passes, or the step is cancelled. The poll schedule follows the first task still open.
 * Throws on an error that is not worth another query; the caller decides what that means for each task.
 */
export async function waitForTasks(api: EciApi, options: WatchOptions): Promise<Map<string, TaskOutcome>> {
  const { clock, signal } = options;
  const deadline = options.startedAt + options.timeoutMs;
  const maxInvisible = options.maxInvisiblePolls ?? DEFAULT_MAX_INVISIBLE_POLLS;
  const grace = options.invisibleGraceMs ?? Infinity;
  const watched: Watched[] = options.taskIds.map((id) => ({ id, misses: 0, unlistedSince: options.startedAt }));
  const outcomes = new Map<string, TaskOutcome>();
  const open = (): Watched[] => watched.filter((entry) => !outcomes.has(entry.id));
  const endAll = (end: (entry: Watched) => TaskOutcome): Map<string, TaskOutcome> => {
    for (const entry of open()) outcomes.set(entry.id, end(entry));
    return outcomes;
  };
  let delay: number | undefined;
  let lastError: string | undefined;
  const schedule = new PollSchedule(options.pollIntervalMs);

  while (open().length > 0) {
    const lead = open()[0];
    const origin = options.scheduleFromCreation
      ? createdAt(lead.task, options.startedAt, clock.now())
      : options.startedAt;
    delay = schedule.next({ previousDelayMs: delay, elapsedMs: clock.now() - origin, task: lead.task });
    // A task still unlisted gets its last query when its grace runs out, not a pause later.
    const graceEnds = open()
      .filter((entry) => entry.missedSince !== undefined)
      .map((entry) => entry.missedSince! + grace);
    const until = Math.min(clock.now() + delay, deadline, ...graceEnds);
    await clock.sleep(Math.max(0, until - clock.now()), signal);
    if (signal?.aborted) return endAll((entry) => ({ state: 'cancelled', task: entry.task }));

    // A call in flight (a slow answer, a credential renewal) may run one poll interval past the deadline, no more:
    // the last query, sent at the deadline, still gets its answer.
    const callDeadline = clock.deadlineSignal(deadline + options.pollIntervalMs);
    const callSignal = signal ? AbortSignal.any([signal, callDeadline]) : callDeadline;
    try {
      const listed = await listTasks(
        api,
        open().map((entry) => entry.id),
        options,
        callSignal,
        deadline
      );
      lastError = undefined;
      const now = clock.now();
      for (const entry of open()) {
        const found = listed.get(entry.id);
        if (found) {
          if (entry.misses > 0 && entry.task === undefined) {
            options.log.info(`Task ${entry.id} is listed after ${entry.misses + 1} queries.`);
          }
          Object.assign(entry, { task: found.task, misses: 0, unlistedSince: now, missedSince: undefined });
          options.onTask(found.task, found.requestId);
          if (isFinished(found.task)) outcomes.set(entry.id, { state: 'finished', task: found.task });
        } else if (++entry.misses > maxInvisible || now - (entry.missedSince ??= now) >= grace) {
          const { task, misses: queries } = entry;
          outcomes.set(entry.id, { state: 'not-found', task, queries, unlistedMs: now - entry.unlistedSince });
        } else if (entry.misses === 1) {
          // Said once: the outcome (listed, or not found) gives the count.
          options.log.info(`Task ${entry.id} is not visible yet; asking again.`);
        }
      }
    } catch (error) {
      if (signal?.aborted) return endAll((entry) => ({ state: 'cancelled', task: entry.task }));
      if (callSignal.aborted || (clock.now() >= deadline && keepsWaiting(error))) {
        const cut = error instanceof ApiError && error.code === 'Aborted';
        const why = cut ? lastError : describeError(error);
        return endAll((entry) => ({ state: 'timeout', task: entry.task, lastError: why }));
      }
      if (!keepsWaiting(error)) throw error;
      // A transient fault that outlasted its retries does not end the wait: the deadline does.
      const why = describeError(error);
      options.log.info(
        why === lastError
          ? 'Still could not read the task status; will try again.'
          : `Could not read the task status (${why}); will try again.`
      );
      lastError = why;
    }

    if (open().length > 0 && clock.now() >= deadline) {
      return endAll((entry) => ({
        state: 'timeout',
        task: entry.task,
        lastError,
        ...(entry.task ? {} : { unlistedQueries: entry.misses })
      }));
    }
  }
  return outcomes;
}

/** The tasks among `ids` that ECI lists, each with the RequestId of the answer that listed it. */
async function listTasks(
  api: EciApi,
  ids: string[],
  options: WatchOptions,
  signal: AbortSignal,
  deadline: number
): Promise<Map<string, { task: CommitTask; requestId: string }>> {
  const listed = new Map<string, { task: CommitTask; requestId: string }>();
  for (let start = 0; start < ids.length; start += MAX_TASK_IDS_PER_CALL) {
    const batch = ids.slice(start, start + MAX_TASK_IDS_PER_CALL);
    let nextToken: string | undefined;
    for (let page = 1; page <= MAX_PAGES_PER_BATCH; page++) {
      const query = {
        regionId: options.regionId,
        taskIds: batch,
        ...(batch.length > DEFAULT_PAGE_SIZE ? { maxResults: batch.length } : {}),
        ...(nextToken ? { nextToken } : {})
      };
      const result = await api.describeCommitTasks(query, { signal, until: deadline, routine: true });
      for (const task of result.tasks) {
        if (batch.includes(task.taskId)) listed.set(task.taskId, { task, requestId: result.requestId });
      }
      nextToken = result.nextToken;
      if (!nextToken || batch.every((id) => listed.has(id))) break;
    }
  }
  return listed;
}

/** When the task was created, by ECI's TaskCreationTime; `fallback` while unknown, unreadable or in the future. */
function createdAt(task: CommitTask | undefined, fallback: number, now: number): number {
  const created = task?.creationTime ? Date.parse(task.creationTime) : NaN;
  return Number.isFinite(created) && created <= now ? created : fallback;
}

function describeError(error: unknown): string {
  return untrusted(error instanceof ApiError ? `${error.code}: ${error.detail}` : errorMessage(error));
}
