import * as core from '@actions/core';
import type { ContainerResult } from '../commit/commit-one.js';
import { escapeHtml, formatDuration } from './format.js';

export interface SummaryReport {
  regionId: string;
  containerGroupId: string;
  durationMs: number;
  /** One entry per container, in commit order. */
  containers: ContainerResult[];
}

const STATUS_ICONS: Record<string, string> = { Succeeded: '✅', Failed: '❌', Running: '⏳', Skipped: '⏭️' };

const code = (text: string): string => `<code>${escapeHtml(text)}</code>`;

/** The summary's parts as HTML: a table with one row per container, then each container's phase timeline. */
export function buildSummary(report: SummaryReport): {
  heading: string;
  intro: string;
  header: string[];
  rows: string[][];
  timelines: Array<{ title: string; phases: string[] }>;
} {
  const rows = report.containers.map((result) => [
    code(result.container),
    result.digest ? `${code(result.image)}<br>${code(result.digest)}` : code(result.image),
    result.taskId ? code(result.taskId) : '—',
    `${STATUS_ICONS[result.status] ?? ''} ${escapeHtml(result.status)}`.trim(),
    result.status === 'Skipped' ? '—' : formatDuration(result.durationMs),
    result.failure ? escapeHtml(result.failure.split('\n')[0]) : '—'
  ]);
  const timelines = report.containers
    .filter((result) => (result.task?.phases.length ?? 0) > 0)
    .map((result) => ({
      title: `Phases of ${result.container}`,
      phases: result.task!.phases.map((phase) => {
        const time = phase.recordTime ? ` <sub>${escapeHtml(phase.recordTime)}</sub>` : '';
        const message = phase.message ? ` — ${escapeHtml(phase.message)}` : '';
        return `<b>${escapeHtml(phase.phase)}</b>: ${escapeHtml(phase.status)}${message}${time}`;
      })
    }));
  return {
    heading: 'ECI commit container',
    intro: `Container group ${code(report.containerGroupId)} in ${escapeHtml(report.regionId)}, ${formatDuration(report.durationMs)} in all.`,
    header: ['Container', 'Image', 'Task ID', 'Status', 'Duration', 'Error'],
    rows,
    timelines
  };
}

export async function writeJobSummary(report: SummaryReport): Promise<void> {
  const { heading, intro, header, rows, timelines } = buildSummary(report);
  const summary = core.summary
    .addHeading(heading, 2)
    .addRaw(`<p>${intro}</p>`, true)
    .addTable([header.map((data) => ({ data, header: true })), ...rows]);
  for (const timeline of timelines) summary.addHeading(timeline.title, 3).addList(timeline.phases, true);
  await summary.write();
}
