import type { EciApi } from '../eci/eci-client.js';
import { errorMessage } from '../model/errors.js';
import type { StepContext } from '../runtime/step-context.js';
import { untrusted } from '../model/untrusted.js';
import type { CommitRequest } from '../model/request.js';
import type { CommitTask } from '../model/task.js';

/**
 * TaskCreationTime has whole seconds, and ECI's clock is not ours (NTP keeps both within a second or so). Kept
 * small: a wider window could adopt a task that an earlier run created just before this step started.
 */
export const CREATION_TIME_ALLOWANCE_MS = 1_000 + 5_000;
/** The largest page DescribeCommitContainerTask gives. */
const LOOKUP_PAGE_SIZE = 50;
/** Pages read per lookup: 250 tasks of one container group is far more than a group keeps in practice. */
const MAX_LOOKUP_PAGES = 5;
/**
 * With wait: false, how long to let a task of a lost request become visible before the last look for it: short,
 * since the step has nothing else to do, and the grace before sending again has already passed.
 */
export const LATE_TASK_PAUSE_MS = 5_000;

/** Only tasks created since the step started (`deadline.startedAt`) can be ours; lookups end at `deadline.at`. */
export type OwnTaskContext = Pick<StepContext, 'clock' | 'retry' | 'log' | 'signal' | 'deadline'>;

export interface OwnTask {
  task: CommitTask;
  /** The RequestId of the query that listed it. */
  requestId: string;
}

/** One pass over the group's tasks: those of this container created since the step started, newest first. */
export async function ownTasks(api: EciApi, request: CommitRequest, context: OwnTaskContext): Promise<OwnTask[]> {
  const since = context.deadline.startedAt - CREATION_TIME_ALLOWANCE_MS;
  const found = new Map<string, OwnTask>();
  // The API does not promise an order: page through the group's tasks (boundedly) rather than trust the first.
  let nextToken: string | undefined;
  for (let page = 1; page <= MAX_LOOKUP_PAGES; page++) {
    const result = await api.describeCommitTasks({
      regionId: request.regionId,
      containerGroupId: request.containerGroupId,
      maxResults: LOOKUP_PAGE_SIZE,
      ...(nextToken ? { nextToken } : {})
    });
    for (const task of ownTasksSince(result.tasks, request.containerName, since)) {
      if (!found.has(task.taskId)) found.set(task.taskId, { task, requestId: result.requestId });
    }
    nextToken = result.nextToken;
    if (!nextToken) break;
  }
  const created = (entry: OwnTask): number => Date.parse(entry.task.creationTime!);
  return [...found.values()].sort((a, b) => created(b) - created(a));
}

/** Says that the step created more than one task for a container, rather than orphan any of them. */
export function logOtherTasks(
  context: Pick<OwnTaskContext, 'log'>,
  request: CommitRequest,
  followed: string,
  others: string[]
): void {
  context.log.warning(
    `Container ${request.containerName} has ${others.length + 1} commit tasks from this step: ${followed} (the one followed) and ${others.join(', ')} (created by a request whose answer was lost). Both commit the container to the same image.`
  );
}

/**
 * Tasks of this container from this step other than `known`, after CommitContainer was sent again: should an
 * earlier request have created a task after all (it stayed invisible through the grace period), two tasks exist, and
 * the caller says so rather than orphan one. A failed look is told, not thrown: the commit itself succeeded.
 */
export async function otherOwnTasks(
  api: EciApi,
  request: CommitRequest,
  context: OwnTaskContext,
  known: string[]
): Promise<string[]> {
  try {
    const others = (await ownTasks(api, request, context))
      .map(({ task }) => task.taskId)
      .filter((taskId) => !known.includes(taskId));
    if (others.length > 0) logOtherTasks(context, request, known[0], [...known.slice(1), ...others]);
    return others;
  } catch (error) {
    context.log.warning(
      `Could not check whether the lost CommitContainer created a task as well (${untrusted(errorMessage(error))}); check the group's tasks with DescribeCommitContainerTask.`
    );
    return [];
  }
}

/**
 * The last look for a task of a lost request, once the followed task's wait is over (after a short pause when the
 * step does not wait), when such a task is the likeliest to be visible. Skipped once the step is stopped.
 */
export async function lateOwnTasks(
  api: EciApi,
  request: CommitRequest,
  context: OwnTaskContext,
  known: string[],
  waited: boolean
): Promise<string[]> {
  if (!waited) {
    const left = context.deadline.at - context.clock.now();
    await context.clock.sleep(Math.min(LATE_TASK_PAUSE_MS, left / 2), context.signal);
  }
  if (context.signal.aborted) return [];
  return otherOwnTasks(api, request, context, known);
}

function ownTasksSince(tasks: CommitTask[], containerName: string, sinceMs: number): CommitTask[] {
  return tasks.filter((task) => {
    const created = Date.parse(task.creationTime ?? '');
    return task.containerName === containerName && Number.isFinite(created) && created >= sinceMs;
  });
}
