import * as core from '@actions/core';
import type { CommitTask } from './commit-task.js';
import { formatDuration } from './parsers.js';

export interface SummaryReport {
  regionId: string;
  containerGroupId: string;
  containerName: string;
  image: string;
  taskId?: string;
  status: string;
  durationMs: number;
  task?: CommitTask;
  /** Why the step failed, when it did (never a secret: error texts come from the API). */
  failure?: string;
}

const STATUS_ICONS: Record<string, string> = { Succeeded: '✅', Failed: '❌', Running: '⏳' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The summary as HTML rows: a table of what was committed, then the phase timeline. */
export function buildSummary(report: SummaryReport): {
  heading: string;
  rows: Array<[string, string]>;
  phases: string[];
} {
  const icon = STATUS_ICONS[report.status] ?? '';
  const rows: Array<[string, string]> = [
    ['Container group', `<code>${escapeHtml(report.containerGroupId)}</code> (${escapeHtml(report.regionId)})`],
    ['Container', `<code>${escapeHtml(report.containerName)}</code>`],
    ['Image', `<code>${escapeHtml(report.image)}</code>`],
    ['Task ID', report.taskId ? `<code>${escapeHtml(report.taskId)}</code>` : '—'],
    ['Status', `${icon} ${escapeHtml(report.status)}`.trim()],
    ['Duration', formatDuration(report.durationMs)]
  ];
  if (report.failure) rows.push(['Error', escapeHtml(report.failure)]);
  const phases = (report.task?.phases ?? []).map((phase) => {
    const time = phase.recordTime ? ` <sub>${escapeHtml(phase.recordTime)}</sub>` : '';
    const message = phase.message ? ` — ${escapeHtml(phase.message)}` : '';
    return `<b>${escapeHtml(phase.phase)}</b>: ${escapeHtml(phase.status)}${message}${time}`;
  });
  return { heading: 'ECI commit container', rows, phases };
}

export async function writeJobSummary(report: SummaryReport): Promise<void> {
  const { heading, rows, phases } = buildSummary(report);
  const summary = core.summary.addHeading(heading, 2).addTable([
    [
      { data: 'Field', header: true },
      { data: 'Value', header: true }
    ],
    ...rows.map(([field, value]) => [field, value])
  ]);
  if (phases.length > 0) summary.addHeading('Phases', 3).addList(phases, true);
  await summary.write();
}
