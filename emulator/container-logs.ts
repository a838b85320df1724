/**
 * The logs of the emulator's containers, and how DescribeContainerLog selects from them: `Tail` lines from the
 * end, `SinceSeconds`/`StartTime`, `Timestamps`, then at most `LimitBytes` (never more than 1 MB) of the result.
 * Every log holds a marker line (containerLogMarker) so tests can prove that log content went nowhere it must not.
 */
import { createHash } from 'node:crypto';
import type { ContainerDetail, ContainerHistory, ContainerRun } from './container-states.js';
import { rfc3339Nano } from './time-format.js';

/** At most this much log content is returned, whatever LimitBytes says (the API reference: 1 MB). */
export const MAX_LOG_BYTES = 1_048_576;
export const LARGE_LOG_DEFAULTS = { lines: 5000, lineBytes: 4096 } as const;
/** In a large log, every this many lines is the marker line, so any window of lines holds one. */
const LARGE_LOG_MARKER_EVERY = 16;
const LINE_SPACING_MS = 10;

/** The marker line in every log of this container: a fixed, searchable string that is only ever log content. */
export function containerLogMarker(containerGroupId: string, containerName: string): string {
  const digest = createHash('sha256').update(`${containerGroupId}/${containerName}`).digest('hex').slice(0, 16);
  return `emulator-log-marker-${digest} (log content: must never leave the debug report)`;
}

/** A run's log: how many lines it has, and the text and time of each, built only when asked for. */
export interface RunLog {
  count: number;
  line(index: number): { text: string; atMs: number };
}

function generatedLines(history: ContainerHistory, run: ContainerRun, marker: string): string[] {
  const name = history.name;
  const lines = [
    `${name}: starting (run ${run.index + 1}, image ${history.image})`,
    `${name}: config {"listen":"0.0.0.0:8080","workers":4,"debug":false}`,
    marker,
    `${name}: listening on 0.0.0.0:8080`
  ];
  if (run.reason === 'OOMKilled') lines.push(`${name}: allocating cache buffers (used 1023Mi of 1024Mi)`);
  else if (run.reason === 'Error') lines.push(`${name}: fatal: cannot reach the database: connection refused`);
  else if (run.reason === 'Completed') lines.push(`${name}: done, exiting`);
  else lines.push(`${name}: ready`);
  return lines;
}

function largeLine(index: number, lineBytes: number, marker: string): string {
  if (index % LARGE_LOG_MARKER_EVERY === 0) return marker;
  // A JSON log line full of short fields: its quotes grow by a third when the JSON answer escapes them.
  let line = `{"level":"debug","seq":${index}`;
  for (let field = 0; line.length + 2 < lineBytes; field += 1) line += `,"f${field % 10}":"v"`;
  return `${line.slice(0, Math.max(0, lineBytes - 1))}}`;
}

/** The log of `run` of this container; the marker line is among the lines unless the knob gave its own lines. */
export function runLog(
  containerGroupId: string,
  history: ContainerHistory,
  run: ContainerRun,
  detail: ContainerDetail,
  previous: boolean
): RunLog {
  const marker = containerLogMarker(containerGroupId, history.name);
  const atMs = (index: number): number => run.startedAtMs + index * LINE_SPACING_MS;
  if (detail.largeLog) {
    const size = detail.largeLog === true ? {} : detail.largeLog;
    const count = size.lines ?? LARGE_LOG_DEFAULTS.lines;
    const lineBytes = size.lineBytes ?? LARGE_LOG_DEFAULTS.lineBytes;
    // A large log's lines are crammed into the run's first part, so they all lie in the past.
    const spacing = Math.min(LINE_SPACING_MS, Math.max(0, Math.floor(1000 / Math.max(1, count))));
    return {
      count,
      line: (index) => ({ text: largeLine(index, lineBytes, marker), atMs: run.startedAtMs + index * spacing })
    };
  }
  const given = previous ? detail.previousLog : detail.log;
  const lines = given ?? generatedLines(history, run, marker);
  return { count: lines.length, line: (index) => ({ text: lines[index] ?? '', atMs: atMs(index) }) };
}

export interface LogSelection {
  tail: number;
  /** Lines before this time are left out (SinceSeconds, StartTime). */
  notBeforeMs?: number;
  timestamps: boolean;
  limitBytes: number;
  /** Which part a byte limit keeps: the start of the selected lines (as Kubernetes' limitBytes does) or the end. */
  limitKeeps: 'start' | 'end';
  /** Salt for the sub-millisecond digits of timestamps. */
  salt: string;
}

/** The Content of a DescribeContainerLog answer: each line ends with a newline; the byte limit may cut a line. */
export function selectLog(log: RunLog, selection: LogSelection): string {
  const limit = Math.min(selection.limitBytes, MAX_LOG_BYTES);
  const first = Math.max(0, log.count - selection.tail);
  const parts: string[] = [];
  let bytes = 0;
  for (let index = first; index < log.count; index += 1) {
    const { text, atMs } = log.line(index);
    if (selection.notBeforeMs !== undefined && atMs < selection.notBeforeMs) continue;
    const part = selection.timestamps ? `${rfc3339Nano(atMs, `${selection.salt}/${index}`)} ${text}\n` : `${text}\n`;
    parts.push(part);
    bytes += Buffer.byteLength(part);
    // What follows would be cut anyway.
    if (selection.limitKeeps === 'start' && bytes > limit) break;
  }
  return cutToBytes(parts.join(''), limit, selection.limitKeeps);
}

/** At most `limit` UTF-8 bytes of `text`, never splitting a character. */
function cutToBytes(text: string, limit: number, keep: 'start' | 'end'): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= limit) return text;
  if (keep === 'start') {
    let end = limit;
    while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end -= 1;
    return bytes.subarray(0, end).toString('utf8');
  }
  let start = bytes.length - limit;
  while (start < bytes.length && ((bytes[start] ?? 0) & 0xc0) === 0x80) start += 1;
  return bytes.subarray(start).toString('utf8');
}
