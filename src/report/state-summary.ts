import type { DebugReportFacts } from '../model/debug-report.js';
import { isTroubled, lastExit } from '../model/debug-report.js';
import { formatUtc, parseEciTime } from './summary-phases.js';
import { text } from './summary-markup.js';
import { warningEvents } from './debug-report.js';

/** How many of the group's Warning events the summary shows (the latest); events.json holds them all. */
export const SUMMARY_WARNINGS = 10;

/** Remote text, neutralised (one line, no format characters) and escaped, as everywhere in the summary. */
const cell = (value: string | number | undefined): string => text(String(value ?? ''));

/** An event's time as the rest of the summary shows times: to the second, in UTC. */
const when = (value: string): string => {
  const epochMs = parseEciTime(value);
  return epochMs === undefined ? cell(value) : `${formatUtc(epochMs, false)} UTC`;
};

/**
 * The job summary's "Container state" part, as HTML: one row per container (state, restarts, last exit code and
 * reason) and the group's latest Warning events. Closed unless a container is not running or restarted. Never
 * anything of a log.
 */
export function containerStateSection(facts: DebugReportFacts): string {
  const open = facts.containers.some(isTroubled) || facts.groupStatus !== 'Running';
  const rows = facts.containers.map((container) => {
    const exit = lastExit(container);
    return `<tr><td><code>${cell(container.name)}</code></td><td>${cell(container.current.state ?? '—')}${
      container.current.reason ? ` (${cell(container.current.reason)})` : ''
    }</td><td>${container.restartCount}</td><td>${exit?.exitCode ?? '—'}</td><td>${cell(exit?.reason ?? '—')}</td></tr>`;
  });
  const warnings = warningEvents(facts.events).slice(-SUMMARY_WARNINGS);
  const events = warnings.map(
    (event) =>
      `<li><b>${cell(event.reason ?? 'Warning')}</b>${event.count && event.count > 1 ? ` ×${event.count}` : ''}: ${cell(event.message)}${
        event.lastTimestamp ? ` <sub>${when(event.lastTimestamp)}</sub>` : ''
      }</li>`
  );
  const more = warningEvents(facts.events).length - warnings.length;
  return [
    `<details${open ? ' open' : ''}><summary><b>Container state</b> (group ${cell(facts.groupStatus ?? 'unknown')})</summary>`,
    '<table><tr><th>Container</th><th>State</th><th>Restarts</th><th>Last exit code</th><th>Reason</th></tr>',
    ...rows,
    '</table>',
    warnings.length
      ? `<p>Warning events of the group${more > 0 ? ` (the latest ${warnings.length})` : ''}:</p><ul>${events.join('')}</ul>`
      : '<p>No Warning events.</p>',
    '<p>Logs, state and events are in the <code>debug-report</code> folder.</p>',
    '</details>'
  ].join('\n');
}
