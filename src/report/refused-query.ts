import { ApiError, errorMessage } from '../model/errors.js';
import { accessDeniedHint, describeAccessDenied } from './access-denied.js';
import { hintFor, PERMISSION_CODES } from './hints.js';

/**
 * Why a step given task-id could not read its tasks, once for all of them: the query was refused for good (a
 * permission, a parameter). Its hints name what such a step sends (only DescribeCommitContainerTask, with the IDs
 * and the region), not the commit inputs.
 */
export function describeRefusedQuery(error: unknown, openIds: string[], regionId: string): string {
  const ids = openIds.join(', ');
  const keepsRunning =
    openIds.length > 1
      ? ` Tasks ${ids} keep running on ECI; check them with DescribeCommitContainerTask, or wait for them again with task-id.`
      : ` Task ${ids} keeps running on ECI; check it with DescribeCommitContainerTask TaskId=${ids}, or wait for it again with task-id.`;
  if (!(error instanceof ApiError)) return `${sentence(errorMessage(error))}${keepsRunning}`;
  // ECI may refuse an unknown task ID with a not-found error rather than leave it out of the list (which of the two
  // is unconfirmed): then the IDs are what to check.
  if (/NotFound/i.test(error.code)) {
    return `${sentence(error.message)} Check task-id (${ids}) and region-id (${regionId}): a task is listed only in the region it was created in.`;
  }
  const hint = accessDeniedHint(error.accessDenied) ?? taskIdHint(error.code) ?? hintFor(error.code, error.action);
  const denied = error.accessDenied ? `\n${describeAccessDenied(error.accessDenied)}` : '';
  return `${sentence(error.message)}${keepsRunning}${denied}${hint ? `\nHint: ${hint}` : ''}`;
}

function taskIdHint(code: string): string | undefined {
  if (PERMISSION_CODES.test(code)) {
    return 'The RAM policy of these credentials needs eci:DescribeCommitContainerTask (a step with task-id sends no other ECI call).';
  }
  if (/^InvalidParameter/.test(code)) {
    return 'ECI rejected a parameter of DescribeCommitContainerTask: check task-id (IDs as CommitContainer returned them, such as t-2zej6nstkg744qc3abcd) and region-id (a task is listed only in the region it was created in).';
  }
  return undefined;
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
