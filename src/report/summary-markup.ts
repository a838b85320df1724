import { escapeHtml } from '../model/format.js';
import { untrusted } from '../model/untrusted.js';

/**
 * Text for the job summary's HTML: neutralised as any network text is (one line, bounded, no workflow command),
 * then escaped. One line matters here too: the summary is Markdown around HTML blocks, and a blank line would end
 * a block and let the rest be read as Markdown.
 */
export function text(value: unknown, maxLength = 500): string {
  return escapeHtml(untrusted(value, maxLength));
}

export function code(value: unknown, maxLength = 500): string {
  return `<code>${text(value, maxLength)}</code>`;
}

/** Characters after which a long name may wrap: the parts of an image reference, of a host, of a container name. */
const BREAK_AFTER = new Set(['/', '.', ':', '@', '-', '_']);
/** A run this long without such a character gets a break opportunity anyway. */
const LONGEST_RUN = 16;

/**
 * `<code>` that may wrap inside a narrow table cell: GitHub's CSS lets inline code wrap at spaces only, and an
 * image reference has none, so `<wbr>` (allowed by GitHub's HTML filter) marks where it may break.
 */
export function breakableCode(value: unknown, maxLength = 500): string {
  let run = 0;
  let html = '';
  for (const char of untrusted(value, maxLength)) {
    html += escapeHtml(char);
    run = BREAK_AFTER.has(char) ? 0 : run + 1;
    if (run === 0 || run >= LONGEST_RUN) {
      html += '<wbr>';
      run = 0;
    }
  }
  return `<code>${html.replace(/(<wbr>)+$/, '')}</code>`;
}

/** A fenced code block whose fence no line can close early; each line keeps its indentation (YAML). */
export function codeBlock(language: string, lines: string[]): string {
  const body = lines.map((line) => {
    const indent = /^ */.exec(line)![0];
    return `${indent}${untrusted(line.slice(indent.length), 1000)}`;
  });
  const longestRun = Math.max(2, ...body.map((line) => Math.max(0, ...(line.match(/`+/g) ?? []).map((r) => r.length))));
  const fence = '`'.repeat(longestRun + 1);
  return [`${fence}${language}`, ...body, fence].join('\n');
}
