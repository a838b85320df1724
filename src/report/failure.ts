import type { ContainerResult } from '../model/results.js';
import { ApiError, CredentialError, errorMessage, InputError, PlanError, TaskNotFoundError } from '../model/errors.js';
import { accessDeniedHint, describeAccessDenied } from './access-denied.js';
import { hintFor } from './hints.js';
import { capitalized, stopCause } from '../runtime/step-deadline.js';

/**
 * The message a failed step shows: the error, where the task stands, and a hint for common causes. `stopped` is
 * the step's signal (or whether the job was cancelled): when it has aborted, that is the story.
 */
export function describeFailure(error: unknown, taskId: string | undefined, stopped: boolean | AbortSignal): string {
  if (
    error instanceof InputError ||
    error instanceof PlanError ||
    error instanceof CredentialError ||
    error instanceof TaskNotFoundError
  )
    return error.message;
  if (typeof stopped === 'boolean' ? stopped : stopped.aborted) {
    const during = error instanceof ApiError ? ` during ${error.action}` : '';
    const mayExist =
      error instanceof ApiError && error.action === 'CommitContainer' && !taskId
        ? '; a task may have been created for the container group'
        : '';
    const cause = capitalized(stopCause(stopped));
    return `${cause}${during}${mayExist}.${taskId ? ` Task ${taskId} keeps running on ECI.` : ''}`;
  }
  const task = taskId
    ? ` Task ${taskId} keeps running on ECI; check it with DescribeCommitContainerTask TaskId=${taskId}.`
    : '';
  if (error instanceof ApiError) {
    const hint = accessDeniedHint(error.accessDenied) ?? hintFor(error.code, error.action, error.detail);
    const denied = error.accessDenied ? `\n${describeAccessDenied(error.accessDenied)}` : '';
    return `${error.message}${task}${denied}${hint ? `\nHint: ${hint}` : ''}`;
  }
  return `${errorMessage(error)}${task}`;
}

/**
 * Why the step fails, if it does: one failure is told as it is; several are listed, one line a container, or a task
 * when `byTask` (a step given task-id). A failure shared by several (a refused query) is told once, for all of them.
 */
export function summarizeFailures(
  results: ContainerResult[],
  stopped: boolean | AbortSignal,
  byTask = false
): string | undefined {
  const failed = results.filter((result) => result.failure);
  if (failed.length === 0) {
    const isStopped = typeof stopped === 'boolean' ? stopped : stopped.aborted;
    // A container skipped because its tag exists (it carries that image's digest) was not stopped by the stop.
    const stoppedBefore = results.filter((result) => result.status === 'Skipped' && !result.digest).length;
    return isStopped && stoppedBefore > 0
      ? `${capitalized(stopCause(stopped))}; ${stoppedBefore} container(s) were not committed.`
      : undefined;
  }
  if (results.length === 1) return failed[0].failure;
  const keys = new Map<string, string[]>();
  for (const result of failed) {
    const key = byTask ? `${result.taskId}${result.container ? ` [${result.container}]` : ''}` : result.container;
    keys.set(result.failure!, [...(keys.get(result.failure!) ?? []), key || result.taskId!]);
  }
  const lines = [...keys].map(([failure, names]) => `- ${names.join(', ')}: ${failure.replace(/\n/g, '\n  ')}`);
  const what = byTask ? 'commit tasks' : 'container commits';
  // Of all selected, those skipped after a failure (fail-fast) included.
  return `${failed.length} of ${results.length} ${what} failed:\n${lines.join('\n')}`;
}
