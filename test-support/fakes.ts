import type { Clock } from '../src/runtime/clock.js';
import type { StepLog } from '../src/runtime/step-context.js';
import type { CommitTask } from '../src/model/task.js';
import { ApiError, type ApiErrorDetails } from '../src/model/errors.js';

/** Virtual time: `sleep` advances the clock at once and records what was asked. Never waits for real. */
export class FakeClock implements Clock {
  static readonly MAX_SLEEPS = 10_000;
  readonly sleeps: number[] = [];
  /** Called after each sleep has advanced the time (e.g. to abort a signal mid-wait). */
  onSleep?: (ms: number) => void;
  private readonly deadlines: Array<{ at: number; controller: AbortController }> = [];

  constructor(public time = 1_700_000_000_000) {}

  now(): number {
    return this.time;
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    // A loop that never ends would starve the event loop (and jest's timeout with it): fail it instead.
    if (this.sleeps.length >= FakeClock.MAX_SLEEPS)
      throw new Error(`FakeClock: more than ${FakeClock.MAX_SLEEPS} sleeps`);
    this.sleeps.push(ms);
    if (signal?.aborted) return;
    this.time += Math.max(0, ms);
    this.fireDeadlines();
    this.onSleep?.(ms);
  }

  advance(ms: number): void {
    this.time += ms;
    this.fireDeadlines();
  }

  deadlineSignal(atMs: number): AbortSignal {
    const controller = new AbortController();
    this.deadlines.push({ at: atMs, controller });
    this.fireDeadlines();
    return controller.signal;
  }

  private fireDeadlines(): void {
    for (const deadline of this.deadlines) if (this.time >= deadline.at) deadline.controller.abort();
  }
}

export function apiError(overrides: Partial<ApiErrorDetails> = {}): ApiError {
  return new ApiError({
    action: 'DescribeCommitContainerTask',
    code: 'ServiceUnavailable',
    message: 'The request has failed due to a temporary failure of the server.',
    statusCode: 503,
    retryable: true,
    ambiguous: false,
    ...overrides
  });
}

export function task(overrides: Partial<CommitTask> = {}): CommitTask {
  return { taskId: 'commit-task-1', status: 'Running', phases: [], ...overrides };
}

/** A step log that keeps every line, info and warning alike, in `lines`. */
export function linesLog(lines: string[]): StepLog {
  return { info: (line) => lines.push(line), warning: (line) => lines.push(line) };
}

export const silentLog: StepLog = { info: () => undefined, warning: () => undefined };
