import * as core from '@actions/core';
import type { ContainerResult } from '../model/results.js';
import { failedPhase } from '../model/task.js';
import { errorMessage } from '../model/errors.js';
import { hintForPhase } from './hints.js';
import { appendJobSummary } from './summary-file.js';
import { actionReference, pullBlock, waitLaterBlock, type CopyBlock } from './summary-copy.js';
import { code, text } from './summary-markup.js';
import {
  counts,
  headline,
  imageCell,
  nameOf,
  needsAttention,
  outcomeOf,
  statusCell,
  type Outcome
} from './summary-outcome.js';
import { phaseLines, summaryDuration, taskTimes } from './summary-phases.js';

export interface SummaryReport {
  regionId: string;
  /** Absent when the step waited for tasks started earlier. */
  containerGroupId?: string;
  durationMs: number;
  /** One entry per container, in commit order. */
  containers: ContainerResult[];
  /** For the headline of a wait that timed out. */
  waitTimeoutMs?: number;
  /** How a later step names this action (see actionReference), for the step that waits later. */
  action?: string;
  /** Further parts, as HTML, written after the rest (the debug report's container state). */
  sections?: string[];
}

/** One `<details>` per container that has a task: its task and phases. */
export interface SummaryDetails {
  open: boolean;
  summary: string;
  /** HTML lines: the task, then one per phase. */
  lines: string[];
}

/** A table cell; `nowrap` (an attribute GitHub keeps) for short text that must stay on one line. */
export interface SummaryCell {
  html: string;
  nowrap?: boolean;
}

/** The summary's parts, each HTML but the copy blocks (Markdown code fences), in the order they are shown. */
export interface SummaryParts {
  headline: string;
  intro: string;
  header: string[];
  rows: SummaryCell[][];
  /** One per distinct failure, naming the containers it is of, with its hint. */
  errors: string[];
  /** Things a reader must not miss, such as two tasks for one container. */
  notes: string[];
  copy: CopyBlock[];
  details: SummaryDetails[];
}

/** Names up to this long are kept on one line in the table: longer ones could not fit 900 px beside the rest. */
const NOWRAP_NAME_MAX = 40;

/** Long enough for any failure the step tells in full; the cap is for text from the network that never ends. */
const FAILURE_LINE_MAX = 4000;

const ERROR_ICONS: Partial<Record<Outcome, string>> = {
  'timed-out': '⏱',
  stopped: '⏹',
  unfollowed: '⚠️',
  'pushed-with-error': '⚠️'
};

/** A failure's lines, its `Hint:` marked; a task that failed in a phase gets that phase's hint if it has none. */
function failureHtml(result: ContainerResult): string {
  const lines = result.failure!.split('\n').filter((line) => line.trim() !== '');
  const phase = result.task ? failedPhase(result.task) : undefined;
  const phaseHint = phase
    ? hintForPhase(phase.phase, `${phase.message ?? ''} ${result.task?.statusMessage ?? ''}`)
    : undefined;
  if (phaseHint && !lines.some((line) => line.startsWith('Hint: '))) lines.push(`Hint: ${phaseHint}`);
  return lines
    .map((line) =>
      line.startsWith('Hint: ')
        ? `💡 <b>Hint:</b> ${text(line.slice(6), FAILURE_LINE_MAX)}`
        : text(line, FAILURE_LINE_MAX)
    )
    .join('<br>');
}

function errors(results: ContainerResult[]): string[] {
  // A failure shared by several (a refused query) is told once, for all of them.
  const byFailure = new Map<string, ContainerResult[]>();
  for (const result of results.filter((result) => result.failure)) {
    byFailure.set(result.failure!, [...(byFailure.get(result.failure!) ?? []), result]);
  }
  return [...byFailure.values()].map((shared) => {
    const icon = ERROR_ICONS[outcomeOf(shared[0])] ?? '❌';
    const names = shared.map((result) => code(nameOf(result), 128)).join(', ');
    return `${icon} <b>${names}</b>: ${failureHtml(shared[0])}`;
  });
}

function notes(results: ContainerResult[]): string[] {
  const twoTasks = results
    .filter((result) => result.otherTaskIds?.length)
    .map(
      (result) =>
        `⚠️ ${code(result.container)} has more than one commit task from this step: ${code(result.taskId ?? '')} (followed) and ${result.otherTaskIds!.map((id) => code(id)).join(', ')} (from a request whose answer was lost). Both commit the container to ${code(result.image ?? '')}.`
    );
  const notCommitted = results.filter((result) => outcomeOf(result) === 'not-committed');
  const skipped = notCommitted.length
    ? [
        `⏭️ <b>${notCommitted.map((result) => code(nameOf(result), 128)).join(', ')}</b>: not committed, nothing was pushed for ${notCommitted.length === 1 ? 'it' : 'them'}; the step stopped before ${notCommitted.length === 1 ? 'it' : 'them'}.`
      ]
    : [];
  return [...twoTasks, ...skipped];
}

function details(result: ContainerResult): SummaryDetails {
  const outcome = outcomeOf(result);
  const phases = result.task ? phaseLines(result.task, result.failure) : [];
  const none = outcome === 'running' ? 'Not waited for (wait: false): no phase seen.' : 'No phase reported.';
  const times = taskTimes(result.task);
  const others = result.otherTaskIds?.length
    ? [`Also task ${result.otherTaskIds.map((id) => code(id, 64)).join(', ')}, from a request whose answer was lost`]
    : [];
  return {
    open: needsAttention(outcome),
    summary: [code(nameOf(result), 128), `task ${code(result.taskId, 64)}`, ...(times ? [times] : [])].join(' · '),
    lines: [...(phases.length ? phases : [none]), ...others]
  };
}

/** The summary's parts, every piece of text in them neutralised and escaped. */
export function buildSummary(report: SummaryReport): SummaryParts {
  const results = report.containers;
  const unit = report.containerGroupId ? 'container' : 'task';
  const where = report.containerGroupId
    ? `Container group ${code(report.containerGroupId, 128)} in ${text(report.regionId, 64)}`
    : `Commit tasks started earlier, in ${text(report.regionId, 64)}`;
  const tally = results.length > 1 ? ` · ${counts(results)}` : '';
  return {
    headline: headline({
      results,
      unit,
      ...(report.waitTimeoutMs !== undefined ? { waitTimeoutMs: report.waitTimeoutMs } : {})
    }),
    intro: `${where}${tally} · ${summaryDuration(report.durationMs)} in all`,
    header: [firstColumn(results), 'Status', 'Image'],
    rows: results.map((result) => [
      nameCell(nameOf(result)),
      { html: statusCell(result), nowrap: true },
      { html: imageCell(result) }
    ]),
    errors: errors(results),
    notes: notes(results),
    copy: [
      pullBlock(results),
      waitLaterBlock(results, { regionId: report.regionId, ...(report.action ? { action: report.action } : {}) })
    ].filter((block): block is CopyBlock => block !== undefined),
    details: results.filter((result) => result.taskId).map(details)
  };
}

/** The first column shows each container's name, or the task's ID where a task started earlier names none. */
function firstColumn(results: ContainerResult[]): string {
  const named = results.filter((result) => result.container).length;
  if (named === results.length) return 'Container';
  return named === 0 ? 'Task' : 'Container or task';
}

/**
 * A short name stays whole however long the image beside it: in `<samp>`, which GitHub's CSS lets a `nowrap` cell
 * keep on one line (`<code>` wraps at hyphens whatever the cell says). A long one may wrap, or it could not fit.
 */
function nameCell(name: string): SummaryCell {
  return name.length <= NOWRAP_NAME_MAX
    ? { html: `<samp>${text(name, 128)}</samp>`, nowrap: true }
    : { html: code(name, 128) };
}

const row = (cells: SummaryCell[], tag: 'th' | 'td'): string =>
  `<tr>${cells.map((cell) => `<${tag}${cell.nowrap ? ' nowrap' : ''}>${cell.html}</${tag}>`).join('')}</tr>`;

/**
 * The summary as GitHub renders it: HTML blocks (no blank line inside, so Markdown never starts within), and the
 * copy blocks as Markdown code fences between blank lines, so that GitHub gives them a copy button.
 */
export function renderSummary(parts: SummaryParts): string {
  const top = [
    `<h3>${parts.headline}</h3>`,
    `<p>${parts.intro}</p>`,
    `<table><thead>${row(
      parts.header.map((html) => ({ html })),
      'th'
    )}</thead><tbody>`,
    ...parts.rows.map((cells) => row(cells, 'td')),
    '</tbody></table>',
    ...[...parts.errors, ...parts.notes].map((paragraph) => `<p>${paragraph}</p>`)
  ].join('\n');
  const copy = parts.copy.flatMap((block) => [
    // What is shown follows the label on its line: a wrapped reference takes no line of its own.
    `<p>${block.label}:${block.shown ? ` ${block.shown}` : ''}</p>`,
    block.block
  ]);
  const details = parts.details.map((item) =>
    [
      `<details${item.open ? ' open' : ''}><summary>${item.summary}</summary>`,
      `<ul>${item.lines.map((line) => `<li>${line}</li>`).join('')}</ul>`,
      '</details>'
    ].join('\n')
  );
  return `${[top, ...copy, ...details].join('\n\n')}\n`;
}

/** Appends the summary to the step's job summary file (GITHUB_STEP_SUMMARY in `env`). */
export async function writeJobSummary(report: SummaryReport, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const sections = (report.sections ?? []).map((section) => `\n${section}\n`).join('');
  appendJobSummary(`${renderSummary(buildSummary(report))}${sections}`, env);
}

/** Writes the job summary when asked for and there is something to say; a summary that fails is only a warning. */
export async function writeJobSummaryIfAsked(
  settings: { jobSummary: boolean; regionId: string; containerGroupId?: string; waitTimeoutMs?: number } | undefined,
  results: ContainerResult[],
  durationMs: number,
  sections: string[] = [],
  env: NodeJS.ProcessEnv = process.env
): Promise<void> {
  if (!settings?.jobSummary || results.length === 0) return;
  const { regionId, containerGroupId, waitTimeoutMs } = settings;
  const action = actionReference(env);
  await writeJobSummary(
    {
      regionId,
      ...(containerGroupId ? { containerGroupId } : {}),
      ...(waitTimeoutMs !== undefined ? { waitTimeoutMs } : {}),
      ...(action ? { action } : {}),
      durationMs,
      containers: results,
      sections
    },
    env
  ).catch((error: unknown) => core.warning(`Could not write the job summary: ${errorMessage(error)}`));
}
