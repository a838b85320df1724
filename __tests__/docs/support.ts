/**
 * Shared readers for the docs tests: action.yml, and the Markdown of README.md and docs/ (tables, fenced blocks,
 * headings, links).
 * Every check returns a list of problems (empty when all is well), so a test can also feed it a broken sample and
 * prove that the check notices.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export const ROOT = new URL('../..', import.meta.url);

export function readText(path: string): string {
  return readFileSync(new URL(path, ROOT), 'utf8');
}

export function fileExists(path: string): boolean {
  return existsSync(new URL(path, ROOT));
}

/** Files under `dir` (relative to the repository root) whose names end with one of `extensions`, recursively. */
export function listFiles(dir: string, extensions: string[]): string[] {
  const base = new URL(dir.endsWith('/') ? dir : `${dir}/`, ROOT);
  if (!existsSync(base)) return [];
  return (readdirSync(base, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((name) => extensions.some((extension) => name.endsWith(extension)))
    .map((name) => `${dir.replace(/\/$/, '')}/${name.split('\\').join('/')}`)
    .sort();
}

/** The user documentation: README.md first, then every docs/*.md, as paths from the repository root. */
export function markdownFiles(): string[] {
  return ['README.md', ...listFiles('docs', ['.md'])];
}

// ---------------------------------------------------------------------------------------------------------------
// action.yml

export { defaultOf, isRequired, loadAction } from '../../test-support/action-metadata.js';
export type { ActionInput, ActionMetadata, ActionOutput } from '../../test-support/action-metadata.js';

// ---------------------------------------------------------------------------------------------------------------
// Markdown

export interface Heading {
  level: number;
  text: string;
  /** 1-based line number. */
  line: number;
}

export interface FencedBlock {
  /** The info string's first word, lower-cased ('' when none). */
  lang: string;
  text: string;
  /** 1-based line number of the opening fence. */
  line: number;
}

interface MarkdownLine {
  text: string;
  line: number;
  inFence: boolean;
}

function markdownLines(markdown: string): MarkdownLine[] {
  const result: MarkdownLine[] = [];
  let fence: string | undefined;
  markdown.split('\n').forEach((text, index) => {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (fence === undefined && marker) {
      fence = marker;
      result.push({ text, line: index + 1, inFence: true });
      return;
    }
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && text.trim() === marker) {
        fence = undefined;
      }
      result.push({ text, line: index + 1, inFence: true });
      return;
    }
    result.push({ text, line: index + 1, inFence: false });
  });
  return result;
}

export function headings(markdown: string): Heading[] {
  return markdownLines(markdown)
    .filter((line) => !line.inFence)
    .map((line) => ({ match: /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line.text), line: line.line }))
    .filter((entry): entry is { match: RegExpExecArray; line: number } => entry.match !== null)
    .map(({ match, line }) => ({ level: match[1].length, text: match[2], line }));
}

export function fencedBlocks(markdown: string): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const open = /^\s{0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[index]);
    if (!open) continue;
    const [, fence, info] = open;
    const body: string[] = [];
    let end = index + 1;
    while (end < lines.length) {
      const close = /^\s{0,3}(`{3,}|~{3,})\s*$/.exec(lines[end]);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length) break;
      body.push(lines[end]);
      end++;
    }
    blocks.push({ lang: info.toLowerCase(), text: `${body.join('\n')}\n`, line: index + 1 });
    index = end;
  }
  return blocks;
}

/** The text under the heading whose text is `title`, up to the next heading of the same or a higher level. */
export function section(markdown: string, title: string): string {
  const all = headings(markdown);
  const start = all.find((heading) => heading.text === title);
  if (!start) return '';
  const end = all.find((heading) => heading.line > start.line && heading.level <= start.level);
  return markdown
    .split('\n')
    .slice(start.line, end ? end.line - 1 : undefined)
    .join('\n');
}

/** Splits a table row on pipes that are not escaped (`\|`), without the outer pipes. */
export function tableCells(row: string): string[] {
  const cells: string[] = [];
  let current = '';
  const text = row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '\\' && text[index + 1] === '|') {
      current += '|';
      index++;
    } else if (text[index] === '|') {
      cells.push(current.trim());
      current = '';
    } else {
      current += text[index];
    }
  }
  cells.push(current.trim());
  return cells;
}

export interface Table {
  header: string[];
  rows: Array<Record<string, string>>;
}

/** Every pipe table in `markdown` (outside code fences), in order; header names lower-cased. */
export function tables(markdown: string): Table[] {
  const lines = markdownLines(markdown);
  const found: Table[] = [];
  for (let index = 0; index + 1 < lines.length; index++) {
    const headerLine = lines[index];
    const separator = lines[index + 1];
    if (headerLine.inFence || !headerLine.text.trim().startsWith('|')) continue;
    if (!/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(separator.text)) continue;
    const header = tableCells(headerLine.text).map((cell) => cell.toLowerCase());
    const rows: Array<Record<string, string>> = [];
    let rowIndex = index + 2;
    for (; rowIndex < lines.length; rowIndex++) {
      const row = lines[rowIndex];
      if (row.inFence || !row.text.trim().startsWith('|')) break;
      const cells = tableCells(row.text);
      rows.push(Object.fromEntries(header.map((name, cellIndex) => [name, cells[cellIndex] ?? ''])));
    }
    found.push({ header, rows });
    index = rowIndex - 1;
  }
  return found;
}

/** The first pipe table in `markdown` (outside code fences); header names lower-cased. */
export function firstTable(markdown: string): Table | undefined {
  return tables(markdown)[0];
}

/** `` `x` `` → `x`; anything else unchanged. */
export function unticked(cell: string): string {
  const match = /^`([^`]*)`$/.exec(cell.trim());
  return match ? match[1] : cell.trim();
}

/** GitHub's anchor for a heading: inline markup dropped, lower case, punctuation removed, spaces become hyphens. */
export function headingSlug(text: string): string {
  return text
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors a Markdown file offers: one per heading, repeated slugs numbered as GitHub does (`-1`, `-2`, …). */
export function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const heading of headings(markdown)) {
    const slug = headingSlug(heading.text);
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    result.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return result;
}

export interface MarkdownLink {
  target: string;
  /** 1-based line number. */
  line: number;
}

/** Every inline link `[text](target)` outside code fences and inline code. */
export function links(markdown: string): MarkdownLink[] {
  return markdownLines(markdown)
    .filter((line) => !line.inFence)
    .flatMap(({ text, line }) => {
      const prose = text.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, '');
      return [...prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => ({
        target: match[1],
        line
      }));
    });
}
