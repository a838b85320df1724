// Writes a copy of the ECI SDK's dist/client.js that keeps only what the action reaches, for the bundle.
//
// The official file is one CommonJS module of 311 model classes and a Client of 68 methods; webpack cannot drop the
// unused ones, and loading them all costs about 1.9 MiB of peak RSS on Node 24. The action calls five Client methods
// (every `this.client.<name>(` in src/eci/eci-client.ts) and constructs the models src/eci/eci-sdk.ts lists. This
// keeps the Client's constructor, getEndpoint and those methods, those classes and every class they name (a
// response's body, a body's nested classes), and every other top-level statement as it is. The copy is the official
// code, cut, never edited; tsconfig.bundle.json maps `@alicloud/eci20180808` to it and scripts/bundle.mjs writes it
// before ncc runs. It throws when the file is not shaped as expected rather than write a module that would fail at run
// time.
//
//   node scripts/prune-eci-sdk.mjs [--out .bundle-tmp/eci20180808.cjs]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ts from 'typescript';
import { clientMembersUsedIn, cutNodes, installedPackage, memberName, parseJs, walk } from './sdk-cut.mjs';

export const PRUNED_ECI_SDK = '.bundle-tmp/eci20180808.cjs';

/** Client members every kept method relies on: the constructor sets the endpoint through getEndpoint. */
const CLIENT_BASE_MEMBERS = ['constructor', 'getEndpoint'];

/**
 * Prunes `source` (the text of client.js) to the given Client methods and classes plus what they reference.
 * Returns the pruned text and what was kept; writes it to `out` when given.
 */
export function pruneEciSdk({ source, out, clientMethods, classes, version = 'unknown' }) {
  const file = parseJs(source);
  const classNodes = new Map();
  const exportLines = new Map();
  for (const statement of file.statements) {
    if (ts.isClassDeclaration(statement) && statement.name) classNodes.set(statement.name.text, statement);
    const exported = exportedClassName(statement);
    if (exported) exportLines.set(exported, statement);
  }

  const client = classNodes.get('Client');
  if (!client) throw new Error('prune-eci-sdk: the ECI SDK has no `class Client`; its file layout changed.');
  const clientMembers = new Map(client.members.map((member) => [memberName(member), member]));
  const keptMembers = [...CLIENT_BASE_MEMBERS, ...clientMethods];
  const missingMembers = keptMembers.filter((name) => !clientMembers.has(name));
  if (missingMembers.length > 0)
    throw new Error(`prune-eci-sdk: the SDK's Client has no ${missingMembers.join(', ')}, which the action calls.`);
  const missingClasses = classes.filter((name) => !classNodes.has(name) || !exportLines.has(name));
  if (missingClasses.length > 0)
    throw new Error(`prune-eci-sdk: the SDK does not define and export ${missingClasses.join(', ')}.`);

  // Top-level statements that are neither classes nor `exports.X = X;` stay, and so does what they reference.
  const keptStatements = file.statements.filter(
    (statement) => !ts.isClassDeclaration(statement) && !exportedClassName(statement)
  );
  const keptClientMembers = client.members.filter((member) => keptMembers.includes(memberName(member)));
  // A kept method that calls another Client method (`this.x(`, `Client.x`) needs that one too: fail, not cut it.
  const cutMembers = new Set(client.members.map(memberName).filter((name) => !keptMembers.includes(name)));
  const reachedCut = keptClientMembers.flatMap((member) =>
    clientMembersUsedIn(member).filter((n) => cutMembers.has(n))
  );
  if (reachedCut.length > 0)
    throw new Error(
      `prune-eci-sdk: the Client methods the action calls use ${[...new Set(reachedCut)].join(', ')}, which would be cut.`
    );
  const kept = new Set(['Client']);
  const pending = [...keptStatements, ...(client.heritageClauses ?? []), ...keptClientMembers];
  for (const name of classes) visit(name);
  while (pending.length > 0) {
    for (const name of classNamesIn(pending.pop(), classNodes)) visit(name);
  }
  function visit(name) {
    if (kept.has(name)) return;
    kept.add(name);
    pending.push(classNodes.get(name));
  }

  const droppedClasses = classNodes.size - kept.size;
  const droppedMembers = client.members.length - keptClientMembers.length;
  if (droppedClasses === 0 && droppedMembers === 0)
    throw new Error('prune-eci-sdk: nothing to prune; the action would reach every class and method of the SDK.');

  // Cut, never rewrite: each dropped statement or member goes with its leading comments.
  const cut = file.statements.filter((statement) => {
    const name = ts.isClassDeclaration(statement) ? statement.name?.text : exportedClassName(statement);
    return name !== undefined && !kept.has(name);
  });
  const text = cutNodes(source, [...cut, ...client.members.filter((member) => !keptClientMembers.includes(member))]);

  const header =
    `// Generated from @alicloud/eci20180808 ${version} (dist/client.js) by scripts/prune-eci-sdk.mjs; do not edit.\n` +
    `// It keeps the ${kept.size} of ${classNodes.size} classes and ${keptClientMembers.length} of ` +
    `${client.members.length} Client members the action reaches, so that the bundle does not load the rest.\n`;
  const result = {
    text: `${header}${text}\n`,
    classes: [...kept].sort(),
    clientMembers: keptClientMembers.map(memberName),
    totalClasses: classNodes.size,
    totalClientMembers: client.members.length
  };
  if (out) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, result.text);
  }
  return result;
}

/** Every `this.client.<name>(` call in the text of src/eci/eci-client.ts, in order, once each. */
export function clientMethodsCalled(text) {
  const names = new Set();
  walk(ts.createSourceFile('eci-client.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS), (node) => {
    if (
      !ts.isPropertyAccessExpression(node) ||
      node.expression.kind !== ts.SyntaxKind.ThisKeyword ||
      node.name.text !== 'client'
    )
      return;
    // Only `this.client.<name>(` says which method is reached; any other use could reach one the copy cuts.
    const access = node.parent;
    if (
      !ts.isPropertyAccessExpression(access) ||
      !ts.isCallExpression(access.parent) ||
      access.parent.expression !== access
    )
      throw new Error(
        `prune-eci-sdk: eci-client.ts uses this.client other than as this.client.<method>(…): ${access.getText()}`
      );
    names.add(access.name.text);
  });
  if (names.size === 0) throw new Error('prune-eci-sdk: found no `this.client.<method>(` call in eci-client.ts.');
  return [...names];
}

/** The names in the `ECI_MODELS` list of src/eci/eci-sdk.ts (the text given): the models the action builds. */
export function classesConstructed(text) {
  const names = [];
  walk(ts.createSourceFile('eci-sdk.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS), (node) => {
    if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name) || node.name.text !== 'ECI_MODELS') return;
    let list = node.initializer;
    while (list && (ts.isAsExpression(list) || ts.isSatisfiesExpression(list))) list = list.expression;
    if (!list || !ts.isArrayLiteralExpression(list) || !list.elements.every((element) => ts.isStringLiteral(element)))
      throw new Error('prune-eci-sdk: ECI_MODELS in eci-sdk.ts is not a list of string literals.');
    names.push(...list.elements.map((element) => element.text));
  });
  if (names.length === 0) throw new Error('prune-eci-sdk: found no ECI_MODELS list of names in eci-sdk.ts.');
  return [...new Set(names)];
}

/** The ECI SDK's Client members the action runs: the constructor, getEndpoint and what eci-client.ts calls. */
export function clientMembersRun(root) {
  return [...CLIENT_BASE_MEMBERS, ...clientMethodsCalled(readFileSync(join(root, 'src/eci/eci-client.ts'), 'utf8'))];
}

/** Prunes the installed SDK for the action in `root` (the project folder) and writes it to `out`. */
export function pruneForAction({ root = process.cwd(), out = join(root, PRUNED_ECI_SDK) } = {}) {
  return pruneEciSdk({
    ...installedPackage(root, '@alicloud/eci20180808', 'prune-eci-sdk'),
    out,
    clientMethods: clientMethodsCalled(readFileSync(join(root, 'src/eci/eci-client.ts'), 'utf8')),
    classes: classesConstructed(readFileSync(join(root, 'src/eci/eci-sdk.ts'), 'utf8'))
  });
}

/** `X` for a statement `exports.X = X;`, else undefined. */
function exportedClassName(statement) {
  if (!ts.isExpressionStatement(statement) || !ts.isBinaryExpression(statement.expression)) return undefined;
  const { left, operatorToken, right } = statement.expression;
  if (operatorToken.kind !== ts.SyntaxKind.EqualsToken || !ts.isIdentifier(right)) return undefined;
  if (!ts.isPropertyAccessExpression(left) || !ts.isIdentifier(left.expression)) return undefined;
  if (left.expression.text !== 'exports' || left.name.text !== right.text) return undefined;
  return right.text;
}

/** Class names used as values in `node`: not property names (`x.Name`, `{ Name: … }`) nor declarations. */
function classNamesIn(node, classNodes) {
  const names = [];
  walk(node, (child) => {
    if (!ts.isIdentifier(child) || !classNodes.has(child.text)) return;
    const parent = child.parent;
    if (ts.isPropertyAccessExpression(parent) && parent.name === child) return;
    if ((ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent)) && parent.name === child) return;
    if (ts.isClassDeclaration(parent) && parent.name === child) return;
    names.push(child.text);
  });
  return names;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: PRUNED_ECI_SDK } } });
  const result = pruneForAction({ out: resolve(values.out) });
  console.log(
    `${relative(process.cwd(), resolve(values.out))}: ${result.classes.length} of ${result.totalClasses} classes, ` +
      `${result.clientMembers.length} of ${result.totalClientMembers} Client members (${result.clientMembers.join(', ')}).`
  );
}
