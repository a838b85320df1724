import { ApiError, errorMessage, InputError } from './errors.js';
import { hintFor } from './hints.js';

/** The message a failed step shows: the error, where the task stands, and a hint for common causes. */
export function describeFailure(error: unknown, taskId: string | undefined, cancelled: boolean): string {
  if (error instanceof InputError) return error.message;
  if (cancelled && !taskId) {
    return `The job was cancelled before ECI answered CommitContainer; a task may have been created for the container group (${errorMessage(error)}).`;
  }
  const task = taskId
    ? ` Task ${taskId} keeps running on ECI; check it with DescribeCommitContainerTask TaskId=${taskId}.`
    : '';
  if (error instanceof ApiError) {
    const hint = hintFor(error.code);
    return `${error.message}${task}${hint ? `\nHint: ${hint}` : ''}`;
  }
  return `${errorMessage(error)}${task}`;
}
