import type { Clock } from './clock.js';
import type { CommonSettings } from './inputs/settings.js';
import { formatDuration } from './report/format.js';

/**
 * Time for everything outside the waits (credentials, planning, each commit with its retries and lost-answer
 * lookups). Generous: its worst case, with every retry used, is a few minutes per container.
 */
export const STEP_ALLOWANCE_MS = 10 * 60_000;

/** Why the step stopped early when its own deadline, not the runner, ended it. */
export class StepTimeout extends Error {
  override readonly name = 'StepTimeout';
}

/** The whole step's budget: step-timeout when given, else wait-timeout for each container waited for plus the allowance. */
export function stepBudgetMs(
  settings: Pick<CommonSettings, 'stepTimeoutMs' | 'wait' | 'waitTimeoutMs'>,
  containers: number
): number {
  if (settings.stepTimeoutMs !== undefined) return settings.stepTimeoutMs;
  return STEP_ALLOWANCE_MS + (settings.wait ? settings.waitTimeoutMs * Math.max(1, containers) : 0);
}

/**
 * One signal that ends every call and loop of the step: when the job is cancelled (with the cancellation's reason)
 * or when the step's deadline passes (with a StepTimeout). The deadline may be set again once planning knows how
 * many containers there are; only the latest one counts.
 */
export class StepDeadline {
  private readonly controller = new AbortController();
  private generation = 0;
  /** Epoch ms; Infinity until a budget is set. */
  at = Infinity;

  constructor(
    private readonly clock: Clock,
    private readonly startedAt: number,
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

/** How a stopped step says why: the job was cancelled, or its deadline passed. */
export function stopCause(signal: AbortSignal | boolean): string {
  if (typeof signal !== 'boolean' && signal.reason instanceof StepTimeout) return signal.reason.message;
  return 'the job was cancelled';
}

export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
