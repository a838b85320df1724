import * as core from '@actions/core';
import type { ContainerResult } from '../model/results.js';
import { escapeHtml, formatDuration } from '../model/format.js';
import { errorMessage } from '../model/errors.js';

export interface SummaryReport {
  regionId: string;
  /** Absent when the step waited for tasks started earlier. */
  containerGroupId?: string;
  durationMs: number;
  /** One entry per container, in commit order. */
  containers: ContainerResult[];
  /** Further parts, as HTML, written after the rest (the debug report's container state). */
  sections?: string[];
}

const STATUS_ICONS: Record<string, string> = { Succeeded: '✅', Failed: '❌', Running: '⏳', Skipped: '⏭️' };

/** Summary text is HTML on one line: a newline would end a table row or list item and start Markdown. */
const cell = (text: string): string => escapeHtml(text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' '));
const code = (text: string): string => `<code>${cell(text)}</code>`;

/** The summary's parts as HTML: a table with one row per container, then each container's phase timeline. */
export function buildSummary(report: SummaryReport): {
  heading: string;
  intro: string;
  header: string[];
  rows: string[][];
  timelines: Array<{ title: string; phases: string[] }>;
  /** Things a reader must not miss, such as two tasks for one container. */
  notes: string[];
} {
  const rows = report.containers.map((result) => [
    result.container ? code(result.container) : '—',
    result.image ? (result.digest ? `${code(result.image)}<br>${code(result.digest)}` : code(result.image)) : '—',
    result.taskId ? code(result.taskId) : '—',
    `${STATUS_ICONS[result.status] ?? ''} ${cell(result.status)}`.trim(),
    result.status === 'Skipped' ? '—' : formatDuration(result.durationMs),
    result.failure ? cell(result.failure) : '—'
  ]);
  const timelines = report.containers
    .filter((result) => (result.task?.phases.length ?? 0) > 0)
    .map((result) => ({
      title: `Phases of ${cell(result.container || result.taskId || '')}`,
      phases: result.task!.phases.map((phase) => {
        const time = phase.recordTime ? ` <sub>${cell(phase.recordTime)}</sub>` : '';
        const message = phase.message ? ` — ${cell(phase.message)}` : '';
        return `<b>${cell(phase.phase)}</b>: ${cell(phase.status)}${message}${time}`;
      })
    }));
  const notes = report.containers
    .filter((result) => result.otherTaskIds?.length)
    .map(
      (result) =>
        `⚠️ ${code(result.container ?? '')} has more than one commit task from this step: ${code(result.taskId ?? '')} (followed) and ${result.otherTaskIds!.map(code).join(', ')} (from a request whose answer was lost). Both commit the container to ${code(result.image ?? '')}.`
    );
  return {
    heading: 'ECI commit container',
    intro: `${report.containerGroupId ? `Container group ${code(report.containerGroupId)}` : 'Commit tasks started earlier'} in ${escapeHtml(report.regionId)}, ${formatDuration(report.durationMs)} in all.`,
    header: ['Container', 'Image', 'Task ID', 'Status', 'Duration', 'Error'],
    rows,
    timelines,
    notes
  };
}

export async function writeJobSummary(report: SummaryReport): Promise<void> {
  const { heading, intro, header, rows, timelines, notes } = buildSummary(report);
  const summary = core.summary
    .addHeading(heading, 2)
    .addRaw(`<p>${intro}</p>`, true)
    .addTable([header.map((data) => ({ data, header: true })), ...rows]);
  for (const note of notes) summary.addRaw(`<p>${note}</p>`, true);
  for (const timeline of timelines) summary.addHeading(timeline.title, 3).addList(timeline.phases, true);
  for (const section of report.sections ?? []) summary.addRaw(section, true);
  await summary.write();
}

/** Writes the job summary when asked for and there is something to say; a summary that fails is only a warning. */
export async function writeJobSummaryIfAsked(
  settings: { jobSummary: boolean; regionId: string; containerGroupId?: string } | undefined,
  results: ContainerResult[],
  durationMs: number,
  sections: string[] = []
): Promise<void> {
  if (!settings?.jobSummary || results.length === 0) return;
  await writeJobSummary({ ...settings, durationMs, containers: results, sections }).catch((error: unknown) =>
    core.warning(`Could not write the job summary: ${errorMessage(error)}`)
  );
}
