import type { CommitTask } from './commit-task.js';

export const FIRST_POLL_DELAY_MS = 1000;
const GROWTH = 1.5;
const MIN_DELAY_MS = 1000;

export interface PollState {
  /** Delay used before the previous query; undefined before the first. */
  previousDelayMs?: number;
  /** Milliseconds since the task was created. */
  elapsedMs: number;
  task?: CommitTask;
}

/**
 * How long to wait before the next status query. Small commits finish fast, so the first query comes after
 * about a second; then the pause grows up to `maxDelayMs`. When the task's progress lets us estimate when it
 * will finish, the query is moved to just after that moment instead of waiting out the full pause.
 */
export function nextPollDelay(state: PollState, maxDelayMs: number): number {
  if (state.previousDelayMs === undefined) return Math.min(FIRST_POLL_DELAY_MS, maxDelayMs);
  const grown = Math.min(maxDelayMs, Math.max(MIN_DELAY_MS, state.previousDelayMs * GROWTH));
  const remaining = estimateRemainingMs(state);
  if (remaining === undefined) return grown;
  return Math.max(MIN_DELAY_MS, Math.min(grown, remaining + 250));
}

/** Linear estimate from TaskProgress: a task 40% done after 8 s needs about 12 s more. */
export function estimateRemainingMs(state: PollState): number | undefined {
  const progress = state.task?.progress;
  if (progress === undefined || progress <= 0 || progress >= 100 || state.elapsedMs <= 0) return undefined;
  return (state.elapsedMs / progress) * (100 - progress);
}
