import type { ContainerResult } from '../model/results.js';
import { failedPhase } from '../model/task.js';
import { formatDuration } from '../model/format.js';
import { breakableCode, code } from './summary-markup.js';

/**
 * What became of one container, as a reader of the summary needs it: `status` alone does not tell a task still
 * running because nobody waited (wait: false) from one whose wait timed out or was stopped, nor a container skipped
 * because its tag exists from one never tried.
 */
export type Outcome =
  | 'committed'
  /** Pushed, but the step failed for it all the same (its digest could not be read under digest: true). */
  | 'pushed-with-error'
  | 'failed'
  /** Not waited for (wait: false). */
  | 'running'
  | 'timed-out'
  /** The job was cancelled or the step's deadline passed while waiting. */
  | 'stopped'
  /** The wait broke off (e.g. a refused query): the task may still run. */
  | 'unfollowed'
  /** if-tag-exists: skip, and the tag exists: nothing committed, the existing image is named. */
  | 'exists'
  /** Not tried: the step stopped before it (fail-fast, a busy group, a cancellation). */
  | 'not-committed';

// The wording of the follow-tasks' settle(), the one place these failures are told; the tests hold the two together.
const TIMED_OUT = /^Timed out after /;
const CANCELLED = /^The job was cancelled/;
const DEADLINE = /^The step's deadline passed/;

export function outcomeOf(result: ContainerResult): Outcome {
  switch (result.status) {
    case 'Succeeded':
      return result.failure ? 'pushed-with-error' : 'committed';
    case 'Running':
      if (!result.failure) return 'running';
      if (TIMED_OUT.test(result.failure)) return 'timed-out';
      return CANCELLED.test(result.failure) || DEADLINE.test(result.failure) ? 'stopped' : 'unfollowed';
    case 'Skipped':
      return result.digest ? 'exists' : 'not-committed';
    default:
      return 'failed';
  }
}

/** Where the step leaves the container: not a success, so its details are open. */
export function needsAttention(outcome: Outcome): boolean {
  return !['committed', 'running', 'exists', 'not-committed'].includes(outcome);
}

const STATUS: Record<Outcome, string> = {
  committed: '✅ Succeeded',
  'pushed-with-error': '⚠️ Succeeded',
  failed: '❌ Failed',
  running: '⏳ Running',
  'timed-out': '⏱ Running, timed out',
  stopped: '⏹ Running, stopped',
  unfollowed: '⚠️ Running, not followed',
  exists: '⏭️ Skipped, tag exists',
  'not-committed': '⏭️ Skipped'
};

/** The status cell: `status` as in `results`, with what it means here. */
export function statusCell(result: ContainerResult): string {
  if (!['Succeeded', 'Failed', 'Running', 'Skipped'].includes(result.status)) return `❓ ${code(result.status, 64)}`;
  const outcome = outcomeOf(result);
  return outcome === 'stopped' && CANCELLED.test(result.failure!) ? '⏹ Running, cancelled' : STATUS[outcome];
}

/**
 * The image cell: the image a container was committed to, or would have been; the status beside it says which.
 * A container never tried says plainly that nothing was pushed.
 */
export function imageCell(result: ContainerResult): string {
  if (outcomeOf(result) === 'not-committed') return 'nothing pushed';
  if (!result.image) return result.status === 'Succeeded' ? 'unknown (no image-repository)' : '—';
  // A failed commit named this image but did not push it (ECI pushes last); the cell must not read as a push.
  return outcomeOf(result) === 'failed' ? `${breakableCode(result.image)} (not pushed)` : breakableCode(result.image);
}

/** How the summary names a container: a task started earlier may not have one. */
export function nameOf(result: ContainerResult): string {
  return result.container || result.taskId || '?';
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** `…/shop:1a2b3c4`: enough of the image to recognise it in a headline; the full reference follows below. */
function shortImage(image: string): string {
  const lastSlash = image.lastIndexOf('/');
  return lastSlash < 0 ? image : `…${image.slice(lastSlash)}`;
}

export interface HeadlineContext {
  results: ContainerResult[];
  /** Containers of a group, or tasks started earlier (task-id). */
  unit: 'container' | 'task';
  waitTimeoutMs?: number;
}

/** The one line a reader sees first: the outcome, and the counts that matter for it. */
export function headline({ results, unit, waitTimeoutMs }: HeadlineContext): string {
  const outcomes = results.map(outcomeOf);
  const count = (...kinds: Outcome[]): number => outcomes.filter((outcome) => kinds.includes(outcome)).length;
  const total = results.length;
  const still = (n: number): string => `${plural(n, 'task')} still running`;

  const failed = count('failed', 'pushed-with-error');
  if (failed > 0) {
    if (total === 1 && outcomes[0] === 'pushed-with-error' && results[0].image) {
      return `⚠️ ${code(nameOf(results[0]), 128)} committed to ${breakableCode(shortImage(results[0].image))}, but the step failed`;
    }
    if (total === 1) {
      const phase = results[0].task ? failedPhase(results[0].task) : undefined;
      return `❌ ${code(nameOf(results[0]), 128)} failed${phase ? ` in ${code(phase.phase, 64)}` : ''}`;
    }
    return `❌ ${failed} of ${plural(total, unit)} failed`;
  }
  const timedOut = count('timed-out');
  if (timedOut > 0) {
    const after = waitTimeoutMs !== undefined ? ` after ${formatDuration(waitTimeoutMs)}` : '';
    return `⏱ Timed out${after}: ${still(timedOut + count('stopped', 'unfollowed'))}`;
  }
  const stopped = results.filter((result) => outcomeOf(result) === 'stopped');
  if (stopped.length > 0) {
    const cause = CANCELLED.test(stopped[0].failure!) ? 'Cancelled' : "Stopped at the step's deadline";
    return `⏹ ${cause}: ${still(stopped.length + count('unfollowed'))}`;
  }
  const unfollowed = count('unfollowed');
  if (unfollowed > 0) return `⚠️ ${still(unfollowed)}, no longer followed`;
  const running = count('running');
  if (running > 0) return `⏳ ${still(running)} (wait: false)`;
  const committed = results.filter((result) => outcomeOf(result) === 'committed');
  const exists = count('exists');
  if (committed.length === 1 && total === 1) {
    const image = committed[0].image;
    return image
      ? `✅ ${code(nameOf(committed[0]), 128)} committed to ${breakableCode(shortImage(image))}`
      : `✅ ${code(nameOf(committed[0]), 128)} committed`;
  }
  if (committed.length > 0) {
    return `✅ ${committed.length === total ? plural(total, unit) : `${committed.length} of ${plural(total, unit)}`} committed`;
  }
  if (exists > 0) {
    return exists === 1
      ? '⏭️ Nothing committed: the image already exists'
      : `⏭️ Nothing committed: ${exists} images already exist`;
  }
  return '⏹ Nothing committed';
}

const COUNT_WORDS: Array<[Outcome, string]> = [
  ['committed', 'committed'],
  ['pushed-with-error', 'pushed with an error'],
  ['failed', 'failed'],
  ['running', 'running'],
  ['timed-out', 'timed out'],
  ['stopped', 'stopped'],
  ['unfollowed', 'not followed'],
  ['exists', 'already there'],
  ['not-committed', 'not committed']
];

/** `2 committed, 1 failed`: every outcome that occurred, in a fixed order. */
export function counts(results: ContainerResult[]): string {
  const outcomes = results.map(outcomeOf);
  return COUNT_WORDS.map(([kind, word]) => [outcomes.filter((outcome) => outcome === kind).length, word] as const)
    .filter(([n]) => n > 0)
    .map(([n, word]) => `${n} ${word}`)
    .join(', ');
}
