import * as core from '@actions/core';
import type { Clock } from './clock.js';

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Jitter source, injectable so that tests know each backoff; Math.random otherwise. */
  random?: () => number;
}

/** A retry policy but for the number of attempts (which the max-attempts input gives). */
export type RetryBackoff = Omit<RetryPolicy, 'maxAttempts'>;

/** When the step started and when its time is up (epoch ms; Infinity until a budget is set). */
export interface Deadline {
  readonly startedAt: number;
  readonly at: number;
}

/** Where the step's own lines go: the runner's log. */
export interface StepLog {
  info(line: string): void;
  warning(line: string): void;
}

export const runnerLog: StepLog = { info: core.info, warning: core.warning };

/**
 * What every part of a step shares, under the same names everywhere: the clock, the signal that ends every call and
 * loop (the job's cancellation or the step's deadline), the deadline itself, the log, the retry policy and the
 * environment. A call that needs more takes small options of its own.
 */
export interface StepContext {
  readonly env: NodeJS.ProcessEnv;
  readonly clock: Clock;
  readonly signal: AbortSignal;
  readonly deadline: Deadline;
  readonly log: StepLog;
  readonly retry: RetryPolicy;
}
