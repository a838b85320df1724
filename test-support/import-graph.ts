import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** One relative import of a project file, type-only and dynamic ones included. */
export interface ImportEdge {
  from: string;
  to: string;
  line: number;
}

/** A dynamic import whose path is not a plain string, after any comments (a bundler's hints): what it loads cannot be read from the text. */
const UNCHECKABLE_IMPORT = /\bimport\s*\((?:\s*(?:\/\*(?:[^*]|\*(?!\/))*\*\/|\/\/[^\n]*))*\s*[^'"\s)/]/;

export function sourceFiles(root: string, folder: string): string[] {
  const found: string[] = [];
  const visit = (path: string): void => {
    for (const entry of readdirSync(path)) {
      const full = join(path, entry);
      if (statSync(full).isDirectory()) visit(full);
      else if (/\.(ts|mts|mjs|js|cjs)$/.test(entry) && !entry.endsWith('.d.ts')) found.push(relative(root, full));
    }
  };
  visit(join(root, folder));
  return found.sort();
}

/**
 * The project-relative files that `file` imports (a `.js` specifier names the `.ts` source beside it). A path into
 * node_modules/ (the bundle's stand-ins load the packages they stand in for that way) names a package, not a
 * project file.
 */
export function importsOf(root: string, file: string): ImportEdge[] {
  const text = readFileSync(join(root, file), 'utf8');
  const uncheckable = UNCHECKABLE_IMPORT.exec(text);
  if (uncheckable) {
    const line = text.slice(0, uncheckable.index).split('\n').length;
    throw new Error(`${file}:${line}: a dynamic import of a computed path, whose layer cannot be checked`);
  }
  // TypeScript's own reading of every import, export … from, import type, import() and require() of the file.
  const { importedFiles } = ts.preProcessFile(text, true, true);
  const edges: ImportEdge[] = [];
  for (const { fileName, pos } of importedFiles) {
    const target = projectFile(root, file, fileName);
    if (target === undefined) continue;
    const line = text.slice(0, pos).split('\n').length;
    edges.push({ from: file, to: target, line });
  }
  return edges;
}

/** The project file a specifier in `file` names (`./x.js` is x.ts where that exists); undefined for a package. */
function projectFile(root: string, file: string, specifier: string): string | undefined {
  if (!/^\.{1,2}\//.test(specifier)) return undefined;
  const resolved = relative(root, resolve(root, dirname(file), specifier));
  const source = resolved.replace(/\.js$/, '.ts');
  const target = existsSync(join(root, source)) ? source : resolved;
  return target.startsWith('node_modules/') ? undefined : target;
}

/** Strongly connected components with more than one member (Tarjan): each is a circle of imports. */
export function circles(nodes: string[], edges: Array<{ from: string; to: string }>): string[][] {
  const next = new Map<string, string[]>(nodes.map((node) => [node, []]));
  for (const { from, to } of edges) if (from !== to && next.has(from) && next.has(to)) next.get(from)!.push(to);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const connect = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node)!) {
      if (!index.has(target)) {
        connect(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of nodes) if (!index.has(node)) connect(node);
  return found;
}

/**
 * The project files `file` evaluates when it is evaluated: its static imports and re-exports that TypeScript keeps,
 * not `import type`, not imports of types only, not `import()`.
 */
export function evaluatedImportsOf(root: string, file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest);
  const found: string[] = [];
  for (const statement of source.statements) {
    let specifier: ts.Expression | undefined;
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      const typesOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (!clause.name &&
            bindings !== undefined &&
            ts.isNamedImports(bindings) &&
            bindings.elements.length > 0 &&
            bindings.elements.every((element) => element.isTypeOnly)));
      if (!typesOnly) specifier = statement.moduleSpecifier;
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
      specifier = statement.moduleSpecifier;
    }
    const target = specifier && ts.isStringLiteral(specifier) ? projectFile(root, file, specifier.text) : undefined;
    if (target !== undefined) found.push(target);
  }
  return found;
}
