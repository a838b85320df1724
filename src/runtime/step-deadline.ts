import * as core from '@actions/core';
import type { Clock } from './clock.js';
import type { Deadline } from './step-context.js';
import type { CommonSettings } from '../model/settings.js';
import { formatDuration } from '../model/format.js';

/**
 * Time for everything outside the waits: 10 minutes for credentials and planning, and 3 more for each container's
 * commit with its retries and lost-answer lookups (their worst case, with every retry used, is a few minutes), so
 * that one container's retries do not eat a later container's wait.
 */
export const STEP_ALLOWANCE_MS = 10 * 60_000;
export const CONTAINER_ALLOWANCE_MS = 3 * 60_000;
/** How long a cancelled step may take to wrap up before it is ended regardless (the runner kills at 7.5 s). */
const CANCEL_GRACE_MS = 5_000;

/** Why the step stopped early when its own deadline, not the runner, ended it. */
export class StepTimeout extends Error {
  override readonly name = 'StepTimeout';
}

/**
 * The whole step's budget: step-timeout when given, else wait-timeout for each container waited for plus the
 * allowances.
 */
export function stepBudgetMs(
  settings: Pick<CommonSettings, 'stepTimeoutMs' | 'wait' | 'waitTimeoutMs'>,
  containers: number
): number {
  if (settings.stepTimeoutMs !== undefined) return settings.stepTimeoutMs;
  const count = Math.max(1, containers);
  return STEP_ALLOWANCE_MS + CONTAINER_ALLOWANCE_MS * count + (settings.wait ? settings.waitTimeoutMs * count : 0);
}

/**
 * One signal that ends every call and loop of the step: when the job is cancelled (with the cancellation's reason)
 * or when the step's deadline passes (with a StepTimeout). The deadline may be set again once planning knows how
 * many containers there are; only the latest one counts.
 */
export class StepDeadline implements Deadline {
  private readonly controller = new AbortController();
  private generation = 0;
  /** Epoch ms; Infinity until a budget is set. */
  at = Infinity;

  constructor(
    private readonly clock: Clock,
    readonly startedAt: number,
    cancellation: AbortSignal
  ) {
    const cancel = (): void => this.controller.abort(cancellation.reason ?? new Error('cancelled'));
    if (cancellation.aborted) cancel();
    else cancellation.addEventListener('abort', cancel, { once: true });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  setBudget(budgetMs: number): void {
    this.at = this.startedAt + budgetMs;
    const generation = ++this.generation;
    const timer = this.clock.deadlineSignal(this.at);
    const expire = (): void => {
      if (generation !== this.generation || this.controller.signal.aborted) return;
      this.controller.abort(
        new StepTimeout(`the step's deadline passed (${formatDuration(budgetMs)} after it started)`)
      );
    };
    if (timer.aborted) expire();
    else timer.addEventListener('abort', expire, { once: true });
  }
}

/** Aborts when the runner cancels the job: SIGINT first, SIGTERM 7.5 s later. */
export function cancellationFromSignals(): AbortSignal {
  const controller = new AbortController();
  const abort = (signal: NodeJS.Signals): void => {
    if (controller.signal.aborted) return;
    core.info(`Received ${signal}: the job is being cancelled.`);
    controller.abort(signal);
    // Outputs are written as soon as they are known; should anything still hang, do not outstay the runner.
    setTimeout(() => process.exit(1), CANCEL_GRACE_MS).unref();
  };
  process.on('SIGINT', abort);
  process.on('SIGTERM', abort);
  return controller.signal;
}

/** How a stopped step says why: the job was cancelled, or its deadline passed. */
export function stopCause(signal: AbortSignal | boolean): string {
  if (typeof signal !== 'boolean' && signal.reason instanceof StepTimeout) return signal.reason.message;
  return 'the job was cancelled';
}

export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
