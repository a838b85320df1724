import { ApiError, InputError, TaskNotFoundError } from '../../src/model/errors.js';
import { describeFailure } from '../../src/report/failure.js';
import { apiError } from '../../test-support/fakes.js';

const KEEPS_RUNNING = ' Task t-1 keeps running on ECI; check it with DescribeCommitContainerTask TaskId=t-1.';

describe('describeFailure', () => {
  const forbidden = apiError({
    action: 'CommitContainer',
    code: 'Forbidden.RAM',
    statusCode: 403,
    message: 'User not authorized.',
    retryable: false
  });
  const hint =
    'Hint: The RAM policy of these credentials needs eci:CommitContainer and eci:DescribeCommitContainerTask.';

  it.each<[string, unknown, string | undefined, boolean, string]>([
    ['an input error, as it is', new InputError("Invalid region-id 'x'."), undefined, false, "Invalid region-id 'x'."],
    ['an input error, even when cancelled', new InputError('Invalid x.'), undefined, true, 'Invalid x.'],
    [
      'an API error with a hint',
      forbidden,
      undefined,
      false,
      `CommitContainer failed: Forbidden.RAM (HTTP 403): User not authorized.\n${hint}`
    ],
    [
      'an API error after the task exists',
      forbidden,
      't-1',
      false,
      `CommitContainer failed: Forbidden.RAM (HTTP 403): User not authorized.${KEEPS_RUNNING}\n${hint}`
    ],
    [
      'an API error without a hint',
      new ApiError({ action: 'X', code: 'Weird', message: 'odd', retryable: false, ambiguous: false }),
      undefined,
      false,
      'X failed: Weird: odd'
    ],
    ['any other error', new Error('boom'), undefined, false, 'boom'],
    ['any other error after the task exists', new Error('boom'), 't-1', false, `boom${KEEPS_RUNNING}`],
    [
      'a cancellation before ECI answered CommitContainer',
      apiError({
        action: 'CommitContainer',
        code: 'Aborted',
        statusCode: undefined,
        message: 'cancelled',
        retryable: false
      }),
      undefined,
      true,
      'The job was cancelled during CommitContainer; a task may have been created for the container group.'
    ],
    [
      'a cancellation during another call, which creates nothing',
      apiError({
        action: 'DescribeContainerGroups',
        code: 'Aborted',
        statusCode: undefined,
        message: 'cancelled',
        retryable: false
      }),
      undefined,
      true,
      'The job was cancelled during DescribeContainerGroups.'
    ],
    [
      'a cancellation after the task exists',
      new Error('aborted'),
      't-1',
      true,
      'The job was cancelled. Task t-1 keeps running on ECI.'
    ],
    [
      'a task that never became visible, without claiming it runs',
      new TaskNotFoundError('Task t-1 was not found by DescribeCommitContainerTask after 6 queries.'),
      't-1',
      false,
      'Task t-1 was not found by DescribeCommitContainerTask after 6 queries.'
    ],
    [
      'a permission error of another call, naming that call',
      apiError({
        action: 'DescribeContainerGroups',
        code: 'Forbidden.RAM',
        statusCode: 403,
        message: 'no',
        retryable: false
      }),
      undefined,
      false,
      'DescribeContainerGroups failed: Forbidden.RAM (HTTP 403): no\nHint: The RAM policy of these credentials needs eci:DescribeContainerGroups (besides eci:CommitContainer and eci:DescribeCommitContainerTask; container-name * or a list, and container-group-name, look the group up).'
    ]
  ])('tells %s', (_, error, taskId, cancelled, expected) => {
    expect(describeFailure(error, taskId, cancelled)).toBe(expected);
  });
});
