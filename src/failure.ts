import { ApiError, errorMessage, InputError } from './errors.js';
import { hintFor } from './hints.js';
import { TaskNotFoundError } from './wait.js';

/** The message a failed step shows: the error, where the task stands, and a hint for common causes. */
export function describeFailure(error: unknown, taskId: string | undefined, cancelled: boolean): string {
  if (error instanceof InputError || error instanceof TaskNotFoundError) return error.message;
  if (cancelled) {
    const during = error instanceof ApiError ? ` during ${error.action}` : '';
    const mayExist =
      error instanceof ApiError && error.action === 'CommitContainer' && !taskId
        ? '; a task may have been created for the container group'
        : '';
    return `The job was cancelled${during}${mayExist}.${taskId ? ` Task ${taskId} keeps running on ECI.` : ''}`;
  }
  const task = taskId
    ? ` Task ${taskId} keeps running on ECI; check it with DescribeCommitContainerTask TaskId=${taskId}.`
    : '';
  if (error instanceof ApiError) {
    const hint = hintFor(error.code, error.action);
    return `${error.message}${task}${hint ? `\nHint: ${hint}` : ''}`;
  }
  return `${errorMessage(error)}${task}`;
}
