import type { CommitTask } from '../model/task.js';

export const FIRST_POLL_DELAY_MS = 1000;
const GROWTH = 1.5;
const MIN_DELAY_MS = 1000;
/** How long after the latest possible finish to ask: the answer must say Succeeded by then. */
const AFTER_FINISH_MS = 250;
/** A window of possible finish times wider than this is first split by a query in its middle. */
const SPLIT_WINDOW_ABOVE_MS = 1500;
/** Queries moved earlier by an estimate never push the rate above this; the back-off alone stays below it. */
export const MAX_QUERIES_PER_MINUTE = 15;
const MINUTE_MS = 60_000;
/** Once this phase has succeeded, the task is about to be Succeeded. */
const LAST_PHASE = 'PushCommittedImage';

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
 *
 * The estimate sharpens with every answer: the calls of one wait (one task, in time order) are remembered, and
 * each TaskProgress seen bounds the finish from both sides (`finishWindow`). A wide window is split by a query
 * in its middle. Queries moved earlier never make more than MAX_QUERIES_PER_MINUTE in any minute, even if the
 * estimate is wrong and the back-off has to go on after them.
 */
export class PollSchedule {
  /** What this wait has seen of its task. */
  private history?: History;

  constructor(private readonly maxDelayMs: number) {}

  next(state: PollState): number {
    const { maxDelayMs } = this;
    if (state.previousDelayMs === undefined) {
      this.history = undefined;
      return Math.min(FIRST_POLL_DELAY_MS, maxDelayMs);
    }
    const history = (this.history = remember(this.history, state));
    const regular = Math.min(maxDelayMs, Math.max(MIN_DELAY_MS, history.regularMs * GROWTH));
    history.regularMs = regular;

    const now = state.elapsedMs;
    let delay = regular;
    for (const plan of earlyPlans(state, history)) {
      const first = Math.max(MIN_DELAY_MS, Math.min(regular, plan[0] - now));
      if (first >= regular) break;
      const queries = plan
        .slice(1)
        .reduce((times, at) => [...times, Math.max(at, times.at(-1)! + MIN_DELAY_MS)], [now + first]);
      if (withinBudget(history.queriesAtMs, queries, regular, maxDelayMs)) {
        delay = first;
        break;
      }
    }
    history.lastCallMs = now;
    history.lastDelayMs = delay;
    history.queriesAtMs.push(now + delay);
    return delay;
  }
}

/** A TaskProgress value and when it held: somewhere between the query's sending and its answer. */
export interface Observation {
  sentMs: number;
  receivedMs: number;
  progress: number;
}

export interface FinishWindow {
  /** The task finishes after this (ms since it was created)... */
  earliestMs: number;
  /** ...and by this. */
  latestMs: number;
  /** Distinct TaskProgress values (strictly between 0 and 100) the window rests on. */
  distinctValues: number;
}

/**
 * When the task will finish, assuming a steady rate and TaskProgress rounded down to a step (the greatest common
 * divisor of the values seen, e.g. 10): progress p at time t means p <= 100·t/finish < p + step. Each observation
 * bounds the finish; when they contradict each other, or the task outlived what one of them allowed (the rate
 * changed), only the more recent ones count. Undefined when nothing bounds the finish from above.
 */
export function finishWindow(observations: readonly Observation[], nowMs: number): FinishWindow | undefined {
  const values = observations.map((o) => o.progress).filter((progress) => progress > 0 && progress < 100);
  const step = values.every(Number.isInteger) ? values.reduce(gcd, 0) : 0;
  let earliestMs = 0;
  let latestMs = Infinity;
  for (let i = observations.length - 1; i >= 0; i--) {
    const { sentMs, receivedMs, progress } = observations[i];
    if (progress >= 100 || receivedMs <= 0) continue;
    const latest = progress > 0 ? (100 * receivedMs) / progress : Infinity;
    const earliest = Math.max(sentMs, step > 0 ? (100 * sentMs) / (progress + step) : 0);
    if (latest < nowMs || Math.max(earliestMs, earliest) > Math.min(latestMs, latest)) break;
    earliestMs = Math.max(earliestMs, earliest);
    latestMs = Math.min(latestMs, latest);
  }
  return Number.isFinite(latestMs) ? { earliestMs, latestMs, distinctValues: new Set(values).size } : undefined;
}

/** Query times (ms since creation) that would catch the finish early, best first; the caller checks the budget. */
function earlyPlans(state: PollState, history: History): number[][] {
  const pushed = state.task?.phases.some((phase) => phase.phase === LAST_PHASE && /^succe/i.test(phase.status));
  if (pushed) return [[state.elapsedMs]];
  const window = finishWindow(history.observations, state.elapsedMs);
  if (!window) return [];
  const after = window.latestMs + AFTER_FINISH_MS;
  // The step (and so the window's start) is known only once two values have been seen.
  const split = window.distinctValues >= 2 && window.latestMs - window.earliestMs > SPLIT_WINDOW_ABOVE_MS;
  return split ? [[(window.earliestMs + window.latestMs) / 2, after], [after]] : [[after]];
}

/**
 * Whether the queries planned, followed by a minute of the usual back-off from `regularMs` up to `maxDelayMs` (as
 * if the task were still running), keep every minute at MAX_QUERIES_PER_MINUTE queries or fewer.
 */
function withinBudget(
  made: readonly number[],
  planned: readonly number[],
  regularMs: number,
  maxDelayMs: number
): boolean {
  const queries = [...made, ...planned];
  const ends = [...planned];
  for (let at = planned[planned.length - 1], pause = regularMs; at <= ends[0] + MINUTE_MS;) {
    at += pause;
    pause = Math.min(maxDelayMs, pause * GROWTH);
    queries.push(at);
    ends.push(at);
  }
  return ends.every(
    (end) => queries.filter((at) => at > end - MINUTE_MS && at <= end).length <= MAX_QUERIES_PER_MINUTE
  );
}

/** What the schedule has seen of the task it is waiting for. */
interface History {
  taskId?: string;
  observations: Observation[];
  /** The last task recorded: after a failed query wait.ts passes the same object again, which is no news. */
  lastTask?: CommitTask;
  /** The back-off pause, which early queries do not shorten. */
  regularMs: number;
  lastCallMs: number;
  lastDelayMs: number;
  /** When each query was (or will be) sent, ms since the task was created. */
  queriesAtMs: number[];
}

/** Timers may fire a little before Date.now() says they are due. */
const TIMER_SLACK_MS = 50;

/** Continues `current` when `state` follows the previous call (same task, later, same delay); else starts anew. */
function remember(current: History | undefined, state: PollState): History {
  const previousDelayMs = state.previousDelayMs ?? 0;
  const task = state.task;
  const follows =
    current !== undefined &&
    current.lastDelayMs === previousDelayMs &&
    state.elapsedMs >= current.lastCallMs + previousDelayMs - TIMER_SLACK_MS &&
    (task === undefined || current.taskId === undefined || current.taskId === task.taskId);
  const history: History =
    follows && current
      ? current
      : {
          observations: [],
          regularMs: previousDelayMs,
          lastCallMs: state.elapsedMs,
          lastDelayMs: previousDelayMs,
          queriesAtMs: [state.elapsedMs]
        };
  if (task && task !== history.lastTask && task.progress !== undefined) {
    history.taskId = task.taskId;
    history.lastTask = task;
    const sentMs = follows ? history.lastCallMs + history.lastDelayMs : state.elapsedMs;
    history.observations.push({ sentMs, receivedMs: state.elapsedMs, progress: task.progress });
  }
  return history;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
