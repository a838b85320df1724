import type { Clock } from '../clock.js';
import { isFinished, type CommitTask } from './task.js';
import type { EciApi } from '../api/eci-client.js';
import { ApiError, errorMessage } from '../errors.js';
import { PollSchedule } from './poll-schedule.js';
import { isRetryable, withRetry, type RetryPolicy } from '../api/retry.js';
import { untrusted } from '../report/untrusted.js';

export interface WaitOptions {
  regionId: string;
  taskId: string;
  /** Epoch ms at which the wait starts (just after the task was created): polling and the deadline count from here. */
  startedAt: number;
  timeoutMs: number;
  pollIntervalMs: number;
  clock: Clock;
  retryPolicy: RetryPolicy;
  log: (line: string) => void;
  onTask: (task: CommitTask) => void;
  signal?: AbortSignal;
  /** How many queries may miss a just-created task (eventual consistency) before giving up. */
  maxInvisiblePolls?: number;
}

export type WaitOutcome =
  | { state: 'finished'; task: CommitTask }
  | { state: 'timeout'; task?: CommitTask; lastError?: string }
  | { state: 'cancelled'; task?: CommitTask };

export class TaskNotFoundError extends Error {
  override readonly name = 'TaskNotFoundError';
}

/** Polls DescribeCommitContainerTask until the task finishes, the deadline passes, or the step is cancelled. */
export async function waitForTask(api: EciApi, options: WaitOptions): Promise<WaitOutcome> {
  const { clock, signal } = options;
  const deadline = options.startedAt + options.timeoutMs;
  const maxInvisible = options.maxInvisiblePolls ?? 5;
  let task: CommitTask | undefined;
  let delay: number | undefined;
  let invisible = 0;
  let lastError: string | undefined;
  const schedule = new PollSchedule(options.pollIntervalMs);

  for (;;) {
    delay = schedule.next({ previousDelayMs: delay, elapsedMs: clock.now() - options.startedAt, task });
    await clock.sleep(Math.max(0, Math.min(delay, deadline - clock.now())), signal);
    if (signal?.aborted) return { state: 'cancelled', task };

    // A call in flight (a slow answer, a credential renewal) may run one poll interval past the deadline, no more:
    // the last query, sent at the deadline, still gets its answer.
    const callDeadline = clock.deadlineSignal(deadline + options.pollIntervalMs);
    const callSignal = signal ? AbortSignal.any([signal, callDeadline]) : callDeadline;
    try {
      const result = await withRetry(
        'DescribeCommitContainerTask',
        () => api.describeCommitTasks({ regionId: options.regionId, taskId: options.taskId }, { signal: callSignal }),
        { policy: options.retryPolicy, clock, log: options.log, deadline, signal: callSignal }
      );
      lastError = undefined;
      const found = result.tasks.find((candidate) => candidate.taskId === options.taskId);
      if (found) {
        task = found;
        invisible = 0;
        options.onTask(found);
        if (isFinished(found)) return { state: 'finished', task: found };
      } else if (++invisible > maxInvisible) {
        throw new TaskNotFoundError(
          `Task ${options.taskId} was not found by DescribeCommitContainerTask after ${invisible} queries.`
        );
      } else {
        options.log(`Task ${options.taskId} is not visible yet; asking again.`);
      }
    } catch (error) {
      if (signal?.aborted) return { state: 'cancelled', task };
      if (callSignal.aborted || (clock.now() >= deadline && isRetryable(error))) {
        const cut = error instanceof ApiError && error.code === 'Aborted';
        return { state: 'timeout', task, lastError: cut ? lastError : describeError(error) };
      }
      if (!isRetryable(error)) throw error;
      // A transient fault that outlasted its retries does not end the wait: the deadline does.
      lastError = describeError(error);
      options.log(`Could not read the task status (${lastError}); will try again.`);
    }

    if (clock.now() >= deadline) return { state: 'timeout', task, lastError };
  }
}

function describeError(error: unknown): string {
  return untrusted(error instanceof ApiError ? `${error.code}: ${error.detail}` : errorMessage(error));
}
