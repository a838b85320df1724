// Writes a copy of @alicloud/openapi-client's dist/client.js without the SDK's own request paths, for the bundle.
//
// The ECI SDK's methods send every call through `this.callApi`, which src/eci/eci-client.ts overrides to sign and
// send the call itself. So the base class's callApi and the request paths behind it (doRPCRequest, doROARequest,
// doROARequestWithForm, doRequest, execute: about 1,000 of the file's 1,400 lines) never run, and yet every step
// parsed them. This copy puts a one-line method that throws in the place of each, and cuts the requires only they
// used (@alicloud/gateway-spi, @alicloud/openapi-util, @alicloud/tea-xml); everything else is the official code, as
// it is. tsconfig.bundle.json maps `@alicloud/openapi-client` to it and scripts/bundle.mjs writes it before ncc runs.
// It throws, rather than write a copy that would fail at run time, when the file is not shaped as expected, when the
// ECI SDK's methods reach a request path other than callApi, or when eci-client.ts stops overriding callApi.
//
//   node scripts/prune-openapi-client.mjs [--out .bundle-tmp/openapi-client.cjs]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ts from 'typescript';
import { clientMembersRun } from './prune-eci-sdk.mjs';
import { clientMembersUsedIn, cutNodes, installedPackage, memberName, parseJs, walk } from './sdk-cut.mjs';

export const PRUNED_OPENAPI_CLIENT = '.bundle-tmp/openapi-client.cjs';

/** callApi, which eci-client.ts overrides, and the SDK's ways of sending a request that only it reaches. */
export const REQUEST_PATHS = [
  'callApi',
  'doRPCRequest',
  'doROARequest',
  'doROARequestWithForm',
  'doRequest',
  'execute'
];

/** Cuts REQUEST_PATHS from `source` (the text of client.js), and the top-level requires nothing else uses. */
export function pruneOpenApiClient({ source, out, version = 'unknown' }) {
  const file = parseJs(source);
  const client = file.statements.find(
    (statement) => ts.isClassDeclaration(statement) && statement.name?.text === 'Client'
  );
  if (!client) throw new Error('prune-openapi-client: openapi-client has no `class Client`; its file layout changed.');
  const members = new Map(client.members.map((member) => [memberName(member), member]));
  const missing = REQUEST_PATHS.filter((name) => !members.has(name));
  if (missing.length > 0)
    throw new Error(`prune-openapi-client: the Client has no ${missing.join(', ')}; its file layout changed.`);
  const cutMembers = REQUEST_PATHS.map((name) => members.get(name));
  const keptMembers = client.members.filter((member) => !cutMembers.includes(member));
  const reached = keptMembers.flatMap((member) => clientMembersUsedIn(member).filter((n) => REQUEST_PATHS.includes(n)));
  if (reached.length > 0)
    throw new Error(`prune-openapi-client: the Client members it keeps use ${[...new Set(reached)].join(', ')}.`);

  // A require whose names only the cut members used goes too: its package would be bundled for nothing.
  const used = new Set();
  for (const statement of file.statements) {
    if (statement === client) keptMembers.forEach((member) => collectIdentifiers(member, used));
    else if (!requiredNames(statement)) collectIdentifiers(statement, used);
  }
  const unusedRequires = file.statements.filter((statement) => {
    const names = requiredNames(statement);
    return names !== undefined && names.every((name) => !used.has(name));
  });

  const header =
    `// Generated from @alicloud/openapi-client ${version} (dist/client.js) by scripts/prune-openapi-client.mjs; do not edit.\n` +
    `// It cuts the Client's ${REQUEST_PATHS.join(', ')}: src/eci/eci-client.ts overrides callApi and sends every call itself.\n`;
  const stubs = new Map(
    cutMembers.map((member) => {
      const name = memberName(member);
      const message = `@alicloud/openapi-client's ${name} is not in this bundle: src/eci/eci-client.ts sends every call itself.`;
      return [member, `\n    async ${name}() {\n        throw new Error(${JSON.stringify(message)});\n    }`];
    })
  );
  const result = {
    text: `${header}${cutNodes(source, [...cutMembers, ...unusedRequires], stubs)}\n`,
    cutMembers: [...REQUEST_PATHS],
    cutRequires: unusedRequires.map((statement) => requiredModule(statement)),
    keptMembers: keptMembers.map(memberName)
  };
  if (out) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, result.text);
  }
  return result;
}

/**
 * Whether `text` (src/eci/eci-client.ts) builds its SDK client only from a class that extends `sdk.Client` and
 * overrides callApi without reaching `super`: what makes the base callApi, and the paths behind it, unreachable.
 */
export function overridesCallApi(text) {
  const file = ts.createSourceFile('eci-client.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const overriding = new Set();
  const constructed = new Set();
  walk(file, (node) => {
    if (ts.isClassLike(node) && node.name && extendsSdkClient(node)) {
      const callApi = node.members.find((member) => ts.isMethodDeclaration(member) && memberName(member) === 'callApi');
      const marked = callApi?.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.OverrideKeyword);
      if (marked && callApi.body && !reachesSuper(callApi.body)) overriding.add(node.name.text);
    }
    if (ts.isNewExpression(node)) constructed.add(node.expression.getText());
  });
  const clients = [...constructed].filter((name) => name === 'sdk.Client' || /(^|\.)Client$/.test(name));
  return overriding.size > 0 && [...constructed].some((name) => overriding.has(name)) && clients.length === 0;
}

function extendsSdkClient(node) {
  return (node.heritageClauses ?? []).some(
    (clause) =>
      clause.token === ts.SyntaxKind.ExtendsKeyword &&
      clause.types.some((type) => type.expression.getText() === 'sdk.Client')
  );
}

function reachesSuper(node) {
  let found = false;
  walk(node, (child) => {
    if (child.kind === ts.SyntaxKind.SuperKeyword) found = true;
  });
  return found;
}

/**
 * The request paths the ECI SDK's Client reaches other than through callApi, from the members the action runs: its
 * constructor, getEndpoint and the methods eci-client.ts calls.
 */
export function requestPathsReachedBy(eciSource, members) {
  const client = parseJs(eciSource).statements.find(
    (statement) => ts.isClassDeclaration(statement) && statement.name?.text === 'Client'
  );
  if (!client) throw new Error('prune-openapi-client: the ECI SDK has no `class Client`; its file layout changed.');
  const used = client.members
    .filter((member) => members.includes(memberName(member)))
    .flatMap((member) => clientMembersUsedIn(member));
  return [...new Set(used.filter((name) => REQUEST_PATHS.includes(name) && name !== 'callApi'))];
}

/** Prunes the installed openapi-client for the action in `root` (the project folder) and writes it to `out`. */
export function pruneForAction({ root = process.cwd(), out = join(root, PRUNED_OPENAPI_CLIENT) } = {}) {
  if (!overridesCallApi(readFileSync(join(root, 'src/eci/eci-client.ts'), 'utf8')))
    throw new Error(
      'prune-openapi-client: src/eci/eci-client.ts no longer overrides callApi without calling super: the cut request paths would be reached.'
    );
  const eci = installedPackage(root, '@alicloud/eci20180808', 'prune-openapi-client');
  const direct = requestPathsReachedBy(eci.source, clientMembersRun(root));
  if (direct.length > 0)
    throw new Error(
      `prune-openapi-client: the ECI SDK's methods the action runs call ${direct.join(', ')} directly, which it cuts.`
    );
  return pruneOpenApiClient({ ...installedPackage(root, '@alicloud/openapi-client', 'prune-openapi-client'), out });
}

/** The names a top-level `const x = __importX(require("m")), y = x;` declares, else undefined. */
function requiredNames(statement) {
  if (!ts.isVariableStatement(statement) || requiredModule(statement) === undefined) return undefined;
  return statement.declarationList.declarations.map((declaration) => declaration.name.getText());
}

function requiredModule(statement) {
  if (!ts.isVariableStatement(statement)) return undefined;
  let found;
  walk(statement, (node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'require' &&
      node.arguments.length === 1 &&
      ts.isStringLiteral(node.arguments[0])
    )
      found ??= node.arguments[0].text;
  });
  return found;
}

function collectIdentifiers(node, into) {
  walk(node, (child) => {
    if (ts.isIdentifier(child)) into.add(child.text);
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: PRUNED_OPENAPI_CLIENT } } });
  const result = pruneForAction({ out: resolve(values.out) });
  console.log(
    `${relative(process.cwd(), resolve(values.out))}: cut ${result.cutMembers.join(', ')} and the requires of ` +
      `${result.cutRequires.join(', ')}.`
  );
}
