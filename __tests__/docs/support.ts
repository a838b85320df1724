/**
 * Shared readers for the docs tests: action.yml, README.md's tables and fenced blocks, and the TypeScript sources.
 * Every check returns a list of problems (empty when all is well), so a test can also feed it a broken sample and
 * prove that the check notices.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { parse as parseYaml } from 'yaml';

export const ROOT = new URL('../../', import.meta.url);

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

// ---------------------------------------------------------------------------------------------------------------
// action.yml

export interface ActionInput {
  description?: unknown;
  required?: unknown;
  default?: unknown;
}

export interface ActionOutput {
  description?: unknown;
  value?: unknown;
}

export interface ActionMetadata {
  name?: unknown;
  description?: unknown;
  inputs: Record<string, ActionInput>;
  outputs: Record<string, ActionOutput>;
  runs?: { using?: unknown; main?: unknown; pre?: unknown; post?: unknown };
  branding?: { icon?: unknown; color?: unknown };
}

export function loadAction(text = readText('action.yml')): ActionMetadata {
  const action = parseYaml(text) as ActionMetadata;
  return { ...action, inputs: action.inputs ?? {}, outputs: action.outputs ?? {} };
}

export function isRequired(input: ActionInput): boolean {
  return input.required === true;
}

/** The default as the runner sees it: a string, '' when none is declared. */
export function defaultOf(input: ActionInput): string {
  return input.default === undefined || input.default === null ? '' : String(input.default);
}

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

/** The first pipe table in `markdown` (outside code fences); header names lower-cased. */
export function firstTable(markdown: string): Table | undefined {
  const lines = markdownLines(markdown);
  for (let index = 0; index + 1 < lines.length; index++) {
    const headerLine = lines[index];
    const separator = lines[index + 1];
    if (headerLine.inFence || !headerLine.text.trim().startsWith('|')) continue;
    if (!/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(separator.text)) continue;
    const header = tableCells(headerLine.text).map((cell) => cell.toLowerCase());
    const rows: Array<Record<string, string>> = [];
    for (let rowIndex = index + 2; rowIndex < lines.length; rowIndex++) {
      const row = lines[rowIndex];
      if (row.inFence || !row.text.trim().startsWith('|')) break;
      const cells = tableCells(row.text);
      rows.push(Object.fromEntries(header.map((name, cellIndex) => [name, cells[cellIndex] ?? ''])));
    }
    return { header, rows };
  }
  return undefined;
}

/** `` `x` `` → `x`; anything else unchanged. */
export function unticked(cell: string): string {
  const match = /^`([^`]*)`$/.exec(cell.trim());
  return match ? match[1] : cell.trim();
}

// ---------------------------------------------------------------------------------------------------------------
// TypeScript sources

export function sourceFiles(dir = 'src'): Array<{ path: string; text: string }> {
  return listFiles(dir, ['.ts'])
    .filter((path) => !path.endsWith('.d.ts'))
    .map((path) => ({ path, text: readText(path) }));
}

function calleeName(expression: ts.Expression): string | undefined {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  return undefined;
}

function receiverText(expression: ts.Expression, file: ts.SourceFile): string | undefined {
  return ts.isPropertyAccessExpression(expression) ? expression.expression.getText(file) : undefined;
}

function stringValue(node: ts.Node | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isAsExpression(node) || ts.isParenthesizedExpression(node)) return stringValue(node.expression);
  return undefined;
}

function arrayElements(node: ts.Node | undefined): readonly ts.Expression[] | undefined {
  if (!node) return undefined;
  if (ts.isArrayLiteralExpression(node)) return node.elements;
  if (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node)) {
    return arrayElements(node.expression);
  }
  return undefined;
}

/**
 * How the code reads an input: through a reader function called with the input's name as a string literal
 * (`input('wait')`, `read('x')`, `required('region-id', ...)`, `core.getInput('x')`, `getBooleanInput`, any
 * `...Input('x')`), or through a list constant of input names (`const SECRET_INPUTS = ['access-key-secret']`).
 * Names that merely appear in messages, comments or other strings do not count.
 */
export const INPUT_READERS = new Set(['input', 'read', 'required', 'optional', 'readInput']);
const INPUT_READER_PATTERN = /^(get|read)?\w*Input$/;
const INPUT_LIST_PATTERN = /(^|_)INPUTS?$/;

export interface SourceScan {
  inputsRead: Map<string, string[]>;
  outputsSet: Map<string, string[]>;
}

function remember(map: Map<string, string[]>, name: string, where: string): void {
  map.set(name, [...(map.get(name) ?? []), where]);
}

export function scanSources(files: Array<{ path: string; text: string }>): SourceScan {
  const inputsRead = new Map<string, string[]>();
  const outputsSet = new Map<string, string[]>();
  for (const { path, text } of files) {
    const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const where = (node: ts.Node): string => `${path}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const name = calleeName(node.expression);
        const first = stringValue(node.arguments[0]);
        if (name && first !== undefined) {
          if (INPUT_READERS.has(name) || INPUT_READER_PATTERN.test(name)) remember(inputsRead, first, where(node));
          const receiver = receiverText(node.expression, file);
          // `this.set(...)` counts inside the Outputs class's own module.
          const outputsObject =
            receiver !== undefined &&
            (/outputs?$/i.test(receiver) || (receiver === 'this' && /outputs\.ts$/.test(path)));
          if (name === 'setOutput' || (name === 'set' && outputsObject)) {
            remember(outputsSet, first, where(node));
          }
        }
      }
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && INPUT_LIST_PATTERN.test(node.name.text)) {
        for (const element of arrayElements(node.initializer) ?? []) {
          const value = stringValue(element);
          if (value !== undefined) remember(inputsRead, value, where(element));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { inputsRead, outputsSet };
}

/** Whether `path` exports a function (or a const holding one) named `name`. */
export function exportsFunction(path: string, name: string): boolean {
  const file = ts.createSourceFile(path, readText(path), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const exported = (node: ts.Node): boolean =>
    ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  return file.statements.some(
    (statement) =>
      (ts.isFunctionDeclaration(statement) && statement.name?.text === name && exported(statement)) ||
      (ts.isVariableStatement(statement) &&
        exported(statement) &&
        statement.declarationList.declarations.some(
          (declaration) => ts.isIdentifier(declaration.name) && declaration.name.text === name
        ))
  );
}
