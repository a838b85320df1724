import type { ContainerState, GroupEvent } from '../model/debug-report.js';
import { isTroubled, lastExit } from '../model/debug-report.js';

/** How many lines of each end of a log report.md shows. */
export const REPORT_LOG_LINES = 5;
/** How many of the group's Warning events report.md lists. */
export const REPORT_WARNINGS = 20;

/** What report.md says of one container: its state and the files that hold its logs. */
export interface ReportedContainer {
  name: string;
  state?: ContainerState;
  /** The logs kept, with their text (read here for their first and last lines only). */
  logs: Array<{ file: string; content: string; truncated: boolean }>;
  /** Why a log is missing, when it is. */
  notes: string[];
}

/** One line of facts about a container: its state, restarts and last exit. Its parts are already neutralised. */
export function describeContainerState(state: ContainerState | undefined): string {
  if (!state) return 'state unknown';
  const current = [state.current.state ?? 'unknown state', state.current.reason].filter(Boolean).join(' ');
  const restarts = `${state.restartCount} restart${state.restartCount === 1 ? '' : 's'}`;
  const exit = lastExit(state);
  const exitText = exit
    ? `, last exit ${exit.exitCode ?? '?'}${exit.reason ? ` (${exit.reason})` : ''}${exit.signal ? ` signal ${exit.signal}` : ''}${exit.finishTime ? ` at ${exit.finishTime}` : ''}`
    : '';
  return `${current}, ${restarts}${exitText}`;
}

export function warningEvents(events: GroupEvent[]): GroupEvent[] {
  return events.filter((event) => event.type === 'Warning');
}

/** A fence longer than any run of backticks in the text, so the log cannot close it. */
function fenced(lines: string[]): string {
  const longest = Math.max(
    2,
    ...lines.map((line) => Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length)))
  );
  const fence = '`'.repeat(longest + 1);
  return [`${fence}text`, ...lines, fence].join('\n');
}

/** A log line for report.md: no control characters, bounded. */
function logLine(line: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const clean = line.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
  return clean.length > 400 ? `${clean.slice(0, 399)}…` : clean;
}

/** Markdown text from the network, as a table cell or a list item: no HTML, no line breaks, no table pipes. */
function md(text: string | number | undefined): string {
  return String(text ?? '')
    .replace(/[\r\n]+/g, ' ')
    .replace(/[&<>]/g, (char) => `&#${char.charCodeAt(0)};`)
    .replace(/([\\`*_[\]|#])/g, '\\$1');
}

export function firstAndLast(content: string, count = REPORT_LOG_LINES): { first: string[]; last: string[] } {
  const lines = content.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines.length <= count * 2) return { first: lines.map(logLine), last: [] };
  return { first: lines.slice(0, count).map(logLine), last: lines.slice(-count).map(logLine) };
}

/** report.md: what a person opens first in the uploaded folder. */
export function buildReportMarkdown(report: {
  containerGroupId: string;
  groupStatus?: string;
  capturedAt: string;
  containers: ReportedContainer[];
  events: GroupEvent[];
  eventsSource?: string;
}): string {
  const out: string[] = [
    `# Debug report: container group ${md(report.containerGroupId)}`,
    '',
    `Group status: **${md(report.groupStatus ?? 'unknown')}**. Captured ${md(report.capturedAt)}, before each container's commit.`,
    ''
  ];
  for (const container of report.containers) {
    const state = container.state;
    out.push(`## ${md(container.name)}${state && isTroubled(state) ? ' ⚠️' : ''}`, '');
    out.push(`- State: ${md(describeContainerState(state))}`);
    if (state?.current.message) out.push(`- Message: ${md(state.current.message)}`);
    const exit = state ? lastExit(state) : undefined;
    if (exit?.message && exit !== state?.current) out.push(`- Last exit message: ${md(exit.message)}`);
    for (const note of container.notes) out.push(`- ${md(note)}`);
    for (const log of container.logs) {
      const { first, last } = firstAndLast(log.content);
      out.push('', `### ${md(log.file)}${log.truncated ? ' (cut at the byte limit)' : ''}`, '');
      if (first.length === 0) {
        out.push('(empty)');
        continue;
      }
      out.push(last.length ? 'First lines:' : 'Lines:', '', fenced(first));
      if (last.length) out.push('', 'Last lines:', '', fenced(last));
    }
    out.push('');
  }
  const warnings = warningEvents(report.events);
  out.push(`## Warning events${report.eventsSource ? ` (from ${md(report.eventsSource)})` : ''}`, '');
  if (warnings.length === 0) out.push('None.');
  else {
    out.push('| Reason | Message | Count | First | Last |', '| --- | --- | --- | --- | --- |');
    for (const event of warnings.slice(-REPORT_WARNINGS)) {
      out.push(
        `| ${md(event.reason)} | ${md(event.message)} | ${md(event.count)} | ${md(event.firstTimestamp)} | ${md(event.lastTimestamp)} |`
      );
    }
    if (warnings.length > REPORT_WARNINGS)
      out.push('', `(${warnings.length - REPORT_WARNINGS} earlier ones in events.json)`);
  }
  out.push('');
  return out.join('\n');
}
