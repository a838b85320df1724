import type { EciApi } from '../eci/eci-client.js';
import { errorMessage } from '../model/errors.js';
import type { StepContext } from '../runtime/step-context.js';
import { untrusted } from '../model/untrusted.js';
import type { CommitRequest } from '../model/request.js';
import type { CommitTask } from '../model/task.js';
import { listGroupTasks, type ListedTask } from './group-tasks.js';
import type { TasksBefore } from './tasks-before.js';

/**
 * Without a list taken before the commit (or with one cut off at the page cap), a task is told ours by its creation
 * time: TaskCreationTime has whole seconds, and ECI's clock is not ours (NTP keeps both within a second or so). Kept
 * small: a wider window could adopt a task that an earlier run created just before this step started.
 */
export const CREATION_TIME_ALLOWANCE_MS = 1_000 + 5_000;
/**
 * With wait: false, how long to let a task of a lost request become visible before the last look for it: short,
 * since the step has nothing else to do, and the grace before sending again has already passed.
 */
export const LATE_TASK_PAUSE_MS = 5_000;

/** Without a list before the commit, only tasks created since `deadline.startedAt` can be ours; lookups end at `deadline.at`. */
export type OwnTaskContext = Pick<StepContext, 'clock' | 'retry' | 'log' | 'signal' | 'deadline'>;

export type OwnTask = ListedTask;

/**
 * One pass over the group's tasks: those of this container that this step's requests may have created, newest
 * first (those without a readable creation time last). With `before`, a task is ours when it was not in that list;
 * without it, or when that list was cut off, it must also have been created since the step started.
 */
export async function ownTasks(
  api: EciApi,
  request: CommitRequest,
  context: OwnTaskContext,
  before?: TasksBefore
): Promise<OwnTask[]> {
  const since = context.deadline.startedAt - CREATION_TIME_ALLOWANCE_MS;
  const { tasks } = await listGroupTasks(api, request);
  const own = tasks.filter(
    ({ task }) =>
      task.containerName === request.containerName &&
      !before?.ids.has(task.taskId) &&
      (before?.complete === true || createdAt(task) >= since)
  );
  return own.sort((a, b) => newestFirst(createdAt(a.task), createdAt(b.task)));
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
  known: string[],
  before?: TasksBefore
): Promise<string[]> {
  try {
    const others = (await ownTasks(api, request, context, before))
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
  waited: boolean,
  before?: TasksBefore
): Promise<string[]> {
  if (!waited) {
    const left = context.deadline.at - context.clock.now();
    await context.clock.sleep(Math.min(LATE_TASK_PAUSE_MS, left / 2), context.signal);
  }
  if (context.signal.aborted) return [];
  return otherOwnTasks(api, request, context, known, before);
}

/** Epoch ms of the task's creation time as ECI gives it; NaN when it gives none that parses. */
function createdAt(task: CommitTask): number {
  return Date.parse(task.creationTime ?? '');
}

/** Known times newest first; unknown ones after them, in the order listed. */
function newestFirst(a: number, b: number): number {
  const known = (time: number): boolean => Number.isFinite(time);
  if (known(a) && known(b)) return b - a;
  return Number(known(b)) - Number(known(a));
}
