import type { CommitPhase, CommitTask } from '../model/task.js';
import { formatDuration, formatIsoSeconds } from '../model/format.js';
import { text } from './summary-markup.js';

/**
 * A time as ECI writes it (`2023-01-05T14:06:40.920005316+08:00`, `2023-03-06T08:22:40Z`), as epoch ms; undefined
 * for anything else. Strict on purpose: Date.parse would read a time without zone as local time.
 */
export function parseEciTime(value: string | undefined): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))?\s*(Z|[+-]\d{2}:?\d{2})$/i.exec(
    value?.trim() ?? ''
  );
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction = '', zone] = match;
  const utc = Date.UTC(+year, +month - 1, +day, +hour, +minute, +second, Number(fraction.padEnd(3, '0').slice(0, 3)));
  if (Number.isNaN(utc)) return undefined;
  if (zone.toUpperCase() === 'Z') return utc;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return utc - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
}

/** `2026-12-03 07:35:09`, or `07:35:09` without the date: whole seconds, in UTC as the runner's log. */
export function formatUtc(epochMs: number, withDate: boolean): string {
  const iso = formatIsoSeconds(epochMs);
  return withDate ? `${iso.slice(0, 10)} ${iso.slice(11, 19)}` : iso.slice(11, 19);
}

const PHASE_ICONS: Array<[RegExp, string]> = [
  [/^succ/i, '✅'],
  [/^fail/i, '❌'],
  [/^run/i, '⏳']
];

const phaseIcon = (status: string): string => PHASE_ICONS.find(([pattern]) => pattern.test(status))?.[1] ?? '•';

/**
 * One line per phase: its state, when ECI recorded it and how long it took. ECI documents RecordTime without saying
 * whether it marks a phase's start or end (emulator/FIDELITY.md); a finished phase's record is read as its end, so
 * it took the time since the record before it (the task's creation for the first). A running phase has no duration
 * yet. Only a failed phase's message is shown, unless `told` (the failure shown above) already has it: the others
 * repeat the phase's name.
 */
export function phaseLines(task: CommitTask, told = ''): string[] {
  let previous = parseEciTime(task.creationTime);
  let lastDay = previous !== undefined ? day(previous) : undefined;
  return task.phases.map((phase: CommitPhase) => {
    const at = parseEciTime(phase.recordTime);
    const parts = [`${phaseIcon(phase.status)} <b>${text(phase.phase, 64)}</b> ${text(phase.status, 64)}`];
    if (at !== undefined) {
      // The date only when it is not the day already shown.
      parts.push(`${formatUtc(at, day(at) !== lastDay)} UTC`);
      lastDay = day(at);
      const running = /^run/i.test(phase.status);
      if (!running && previous !== undefined && at >= previous) parts.push(`took ${summaryDuration(at - previous)}`);
      previous = at;
    }
    const shown = phase.message && /^fail/i.test(phase.status) && !told.includes(phase.message.trim());
    return `${parts.join(' · ')}${shown ? ` — ${text(phase.message, 2000)}` : ''}`;
  });
}

/** A duration to the second, as the summary's times are: under a second is `<1s` (HTML), never milliseconds. */
export function summaryDuration(ms: number): string {
  return ms < 1000 ? '&#60;1s' : formatDuration(ms);
}

const day = (epochMs: number): string => formatUtc(epochMs, true).slice(0, 10);

/** When the task ran, for the line that opens its details: `2026-12-03 07:35:00 → 07:36:32 UTC (1m32s)`. */
export function taskTimes(task: CommitTask | undefined): string | undefined {
  const created = parseEciTime(task?.creationTime);
  if (created === undefined) return undefined;
  const finished = parseEciTime(task?.finishedTime);
  if (finished === undefined || finished < created) {
    const progress = task?.progress !== undefined ? `, at ${task.progress}%` : '';
    return `since ${formatUtc(created, true)} UTC${progress}`;
  }
  const end = formatUtc(finished, day(finished) !== day(created));
  return `${formatUtc(created, true)} → ${end} UTC (${summaryDuration(finished - created)})`;
}
