import { createHash } from 'node:crypto';
import type { DebugReportFacts } from '../model/debug-report.js';
import { lastExit } from '../model/debug-report.js';
import { pinnedImage } from '../model/digest.js';
import { escapeHtml } from '../model/format.js';
import type { ContainerResult } from '../model/results.js';
import { untrusted } from '../model/untrusted.js';

/** Where the comment is: the run it links to, and what makes it this job's (the marker). */
export interface CommentPlace {
  workflow: string;
  job: string;
  containerGroupId: string;
  runUrl: string;
}

/**
 * The hidden line that finds this comment again: one per workflow, job and container group, so that a re-run
 * updates it and matrix jobs (other groups) keep their own. A hash, so no name can end the HTML comment early.
 */
export function commentMarker(place: Pick<CommentPlace, 'workflow' | 'job' | 'containerGroupId'>): string {
  const key = createHash('sha256').update(`${place.workflow}\n${place.job}\n${place.containerGroupId}`).digest('hex');
  return `<!-- eci-commit-container:${key.slice(0, 32)} -->`;
}

/**
 * Markdown's and HTML's active characters, as entities: remote text then makes no tag, link, image, emphasis, code,
 * strike-through, table cell, @mention or #reference, and (the colon) no autolink of a URL.
 */
const ACTIVE = /[&<>"'@#[\]()!*_`~|\\:]/g;

/** Text in the comment: one line, bounded, every character that could mark it up an entity. */
function safe(text: string | number | undefined, max = 300): string {
  return untrusted(text ?? '', max).replace(ACTIVE, (char) => `&#${char.charCodeAt(0)};`);
}

const ICONS: Record<string, string> = { Succeeded: '✅', Failed: '❌', Running: '⏳', Skipped: '⏭️' };

/** The comment: the headline, each image by digest with its docker pull line, the containers' state, the run. */
export function buildComment(
  place: CommentPlace,
  results: ContainerResult[],
  options: { failure?: string; debugFacts?: DebugReportFacts }
): string {
  const done = results.filter((result) => result.status === 'Succeeded').length;
  const headline = options.failure
    ? `❌ ECI commit container: ${safe(options.failure.split('\n')[0], 200)}`
    : `✅ ECI commit container: ${done} of ${results.length} container${results.length === 1 ? '' : 's'} of <code>${safe(place.containerGroupId)}</code> committed`;
  const lines = [commentMarker(place), `### ${headline}`, ''];
  for (const result of results) {
    const icon = ICONS[result.status] ?? '';
    lines.push(`- ${icon} <code>${safe(result.container || result.taskId)}</code>: ${safe(result.status)}`);
    if (result.image && result.tag !== undefined && result.digest) {
      const repository = result.image.slice(0, -(result.tag.length + 1));
      const pinned = pinnedImage(repository, result.digest);
      // The workflow's repository and a checked digest; in <pre>, where GitHub links no mention.
      lines.push(`  <pre>docker pull ${escapeHtml(untrusted(pinned, 600))}</pre>`);
    } else if (result.image) {
      lines.push(`  image <code>${safe(result.image, 600)}</code> (no digest read)`);
    }
  }
  if (options.debugFacts) {
    lines.push('', `<b>Container state</b> (group ${safe(options.debugFacts.groupStatus ?? 'unknown')}):`, '');
    lines.push('<table><tr><th>Container</th><th>State</th><th>Restarts</th><th>Last exit</th></tr>');
    for (const container of options.debugFacts.containers) {
      const exit = lastExit(container);
      const state = [container.current.state, container.current.reason].filter(Boolean).join(' ');
      const exitText = exit ? `${exit.exitCode ?? '?'}${exit.reason ? ` ${exit.reason}` : ''}` : '—';
      lines.push(
        `<tr><td><code>${safe(container.name)}</code></td><td>${safe(state || '—')}</td><td>${container.restartCount}</td><td>${safe(exitText)}</td></tr>`
      );
    }
    lines.push(
      '</table>',
      '',
      "Logs, state and events: the run's <code>debug-report</code> folder (if the workflow uploads it)."
    );
  }
  lines.push('', `<a href="${escapeHtml(place.runUrl)}">The run</a>`);
  return lines.join('\n');
}
