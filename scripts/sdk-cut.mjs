// What the two SDK pruners (prune-eci-sdk.mjs, prune-openapi-client.mjs) share: reading a class's members and what
// code uses, and cutting statements out of a file without rewriting anything else.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

/**
 * The text and version of an installed package's main file, which a pruner copies. The copy resolves its requires
 * from the project's node_modules, so a package nested under this one would be missed: that throws.
 */
export function installedPackage(root, name, pruner) {
  const path = createRequire(join(root, 'package.json')).resolve(name);
  const nested = join(dirname(path), '..', 'node_modules');
  if (existsSync(nested))
    throw new Error(`${pruner}: ${relative(root, nested)} exists; the pruned copy would load other versions.`);
  const { version } = JSON.parse(readFileSync(join(dirname(path), '..', 'package.json'), 'utf8'));
  return { source: readFileSync(path, 'utf8'), version };
}

export function parseJs(source) {
  return ts.createSourceFile('client.js', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
}

export function memberName(member) {
  if (ts.isConstructorDeclaration(member)) return 'constructor';
  return member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name)) ? member.name.text : '';
}

/** The Client members `node` uses: `this.<name>` and `Client.<name>`. */
export function clientMembersUsedIn(node) {
  const names = [];
  walk(node, (child) => {
    if (!ts.isPropertyAccessExpression(child)) return;
    const owner = child.expression;
    if (owner.kind === ts.SyntaxKind.ThisKeyword || (ts.isIdentifier(owner) && owner.text === 'Client'))
      names.push(child.name.text);
  });
  return names;
}

export function walk(node, visit) {
  visit(node);
  ts.forEachChild(node, (child) => walk(child, visit));
}

/**
 * `source` without the given nodes, each with its leading comments; the official source map line goes too, as it
 * describes the whole file. `replacements` maps a node to the text that takes its place (its comments still go).
 */
export function cutNodes(source, nodes, replacements = new Map()) {
  const cuts = nodes.map((node) => [node.getFullStart(), node.getEnd(), replacements.get(node) ?? '']);
  cuts.sort((a, b) => a[0] - b[0]);
  let text = '';
  let at = 0;
  for (const [start, end, replacement] of cuts) {
    text += source.slice(at, start) + replacement;
    at = end;
  }
  text += source.slice(at);
  return text.replace(/^\/\/# sourceMappingURL=.*$/m, '').trimEnd();
}
