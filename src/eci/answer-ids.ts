import { TASK_ID } from '../model/task.js';
import type { ApiError } from '../model/errors.js';
import { malformedAnswer } from './retry-rules.js';
import { untrusted } from '../model/untrusted.js';

/**
 * A RequestId as Alibaba Cloud gives it (an upper-case UUID in ECI's documentation), allowing other letters and
 * digits with hyphens: nothing that could carry a newline, a `::` or markup into a log line or an output.
 */
export const REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,99}$/;

/** An answer whose TaskId or RequestId has an unexpected shape: its IDs are reported, never used as outputs. */
export function malformedIdError(
  action: string,
  what: 'TaskId' | 'RequestId',
  value: unknown,
  note?: string
): ApiError {
  return malformedAnswer({
    action,
    code: 'InvalidResponse',
    message: `the answer holds a malformed ${what} '${untrusted(value, 80)}'${note ? `; ${note}` : ''}`,
    ambiguous: false
  });
}

/** The RequestId of a successful answer, checked; '' when the answer has none. */
export function checkedRequestId(action: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  if (typeof value === 'string' && REQUEST_ID.test(value)) return value;
  throw malformedIdError(action, 'RequestId', value);
}

/** The RequestId of an error answer: kept only when well-formed, since the error is reported anyway. */
export function requestIdOrNothing(value: unknown): string | undefined {
  return typeof value === 'string' && REQUEST_ID.test(value) ? value : undefined;
}

export function isTaskId(value: unknown): value is string {
  return typeof value === 'string' && TASK_ID.test(value);
}
