// Builds dist/ (or the folder given with --out) from src/index.ts with ncc, starting from an empty folder so that
// no chunk of an earlier build lingers. check-dist.mjs builds with the same arguments.
//
// Minified, with source maps: ncc --minify covers index.js only, so the chunks (the default credential chain,
// @actions/github, undici, source-map-support: loaded on first use) are minified here with the options ncc uses,
// their maps chained. Stack traces are mapped back to src/ when one is printed (see src/index.ts), not by ncc's
// sourcemap-register at every start; a frame in the ECI SDK names the pruned copy, .bundle-tmp/eci20180808.cjs.
//
// ncc runs with webpack's module concatenation off (ncc-unconcatenated.mjs): each module of src/ stays a function of
// its own, which V8 compiles on its own, instead of one function of 160 KB whose compile peaks at about 2.6 MiB. Its
// output is CommonJS (dist/package.json says so): the sources stay ES modules, and Node runs the entry without its ES
// module loader.
//
// Start-up loads only what every run uses (docs/development.md, "Start-up costs"): tsconfig.bundle.json maps
// @actions/http-client (with undici) and @actions/exec, which @actions/core imports eagerly for its OIDC and platform
// helpers, to the stand-ins in scripts/bundle-stand-ins/, which load the real packages on first use. It maps the
// layers of the Alibaba SDK that it requires at load but this action never calls (openapi-client's credential
// client, tea-typescript's httpx) the same way, and the ECI SDK and openapi-client to the copies that
// prune-eci-sdk.mjs and prune-openapi-client.mjs write first. entry-patches.mjs then edits ncc's index.js, and terser
// prints it again in ASCII. ncc's resolver reads that mapping from TS_NODE_PROJECT (an absolute path: it resolves a
// relative one against the file tsconfig.json, not the folder), and its build cache does not notice a change of
// mapping, hence no cache.
//
// licenses.txt is written here from the source maps of every file, because ncc's own --license leaves out the
// packages of the entry chunk (@actions/*, undici, tunnel).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { minify } from 'terser';
import { patchEntry } from './entry-patches.mjs';
import { assertUnconcatenated, loadNcc } from './ncc-unconcatenated.mjs';
import { PRUNED_ECI_SDK, pruneForAction as pruneEciSdk } from './prune-eci-sdk.mjs';
import { PRUNED_OPENAPI_CLIENT, pruneForAction as pruneOpenApiClient } from './prune-openapi-client.mjs';

// tsconfig.bundle.json maps @alicloud/eci20180808 and @alicloud/openapi-client to these copies, cut to what the
// action uses.
pruneEciSdk();
pruneOpenApiClient();

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'dist' }, quiet: { type: 'boolean', default: false } }
});
rmSync(values.out, { recursive: true, force: true });
process.env.TS_NODE_PROJECT = resolve('tsconfig.bundle.json');
// What `ncc build src/index.ts --minify --source-map --no-source-map-register --no-cache` writes, but with webpack's
// module concatenation off (ncc-unconcatenated.mjs), and as CommonJS: Node loads a CommonJS entry without its ES
// module loader, about 0.5 MiB less at every start. dist/package.json says so, as the project's own is "module".
const built = await loadNcc()(resolve('src/index.ts'), {
  esm: false,
  minify: true,
  sourceMap: true,
  sourceMapRegister: false,
  cache: false,
  quiet: true
});
assertUnconcatenated(built.stats);
if (Object.keys(built.symlinks).length > 0)
  throw new Error('ncc asks for symlinks in dist/, which bundle.mjs does not make');
if (/^\s*import\b|\bimport\.meta\b/.test(built.code))
  throw new Error('ncc wrote index.js as an ES module, not CommonJS');
mkdirSync(values.out, { recursive: true });
writeFileSync(join(values.out, 'index.js'), built.code);
writeFileSync(join(values.out, 'index.js.map'), built.map);
for (const [name, asset] of Object.entries(built.assets)) {
  if (name === 'package.json') throw new Error('ncc wrote a package.json for dist/: bundle.mjs writes its own');
  mkdirSync(dirname(join(values.out, name)), { recursive: true });
  writeFileSync(join(values.out, name), asset.source, { mode: asset.permissions });
}
writeFileSync(join(values.out, 'package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
if (!values.quiet) console.log(`ncc: index.js and ${Object.keys(built.assets).length} assets in ${values.out}/`);

const sources = sourcesByMap(values.out);
assertLazyInEntry(sources);
assertSourcesInEntry(sources);
assertRealCredentials(sources);
assertPruned(sources, '@alicloud/eci20180808/dist/client.js', PRUNED_ECI_SDK);
assertPruned(sources, '@alicloud/openapi-client/dist/client.js', PRUNED_OPENAPI_CLIENT);

// Two edits of index.js for start-up memory; see entry-patches.mjs.
const entry = join(values.out, 'index.js');
const patched = patchEntry(readFileSync(entry, 'utf8'), readFileSync(`${entry}.map`, 'utf8'));
// Printed again in ASCII only (\u escapes for ✅, —, …): V8 keeps a source with any other character as two bytes a
// character, and index.js stays in memory for the whole run (about 0.3 MiB).
const ascii = await minify(patched.code, {
  module: false,
  compress: false,
  mangle: false,
  format: { ascii_only: true },
  sourceMap: { content: patched.map, url: 'index.js.map' }
});
assertAscii('index.js', ascii.code);
writeFileSync(entry, ascii.code);
writeFileSync(`${entry}.map`, ascii.map);

const files = readdirSync(values.out);
for (const chunk of files.filter((file) => /^\w+\.index\.js$/.test(file))) {
  const path = join(values.out, chunk);
  const map = files.includes(`${chunk}.map`) ? readFileSync(`${path}.map`, 'utf8') : undefined;
  const result = await minify(readFileSync(path, 'utf8'), {
    module: false,
    compress: false,
    mangle: { keep_classnames: true, keep_fnames: true },
    sourceMap: map ? { content: map, url: `${chunk}.map`, includeSources: true } : false
  });
  writeFileSync(path, result.code);
  if (map) writeFileSync(`${path}.map`, result.map);
}

writeFileSync(join(values.out, 'licenses.txt'), licensesOf(values.out));
stripSourcesContent(values.out);

/** A comment terser keeps (a licence's author, say) is not escaped: fail rather than load index.js as two bytes. */
function assertAscii(name, code) {
  const at = code.search(/[^\t\n\r\x20-\x7e]/);
  if (at >= 0) throw new Error(`${name} is not ASCII only: …${code.slice(Math.max(0, at - 40), at + 10)}…`);
}

/** The sources each source map of `out` names, by the map's file name (`index.js.map`, `351.index.js.map`, …). */
function sourcesByMap(out) {
  const maps = readdirSync(out).filter((name) => name.endsWith('.js.map'));
  return new Map(maps.map((file) => [file, JSON.parse(readFileSync(join(out, file), 'utf8')).sources]));
}

/** Fails the build when a stand-in stopped applying (e.g. after an ncc upgrade): undici would be back at start-up. */
function assertLazyInEntry(sources) {
  const eager = sources
    .get('index.js.map')
    .filter((source) => /node_modules\/(undici|@actions\/exec|@actions\/http-client\/lib\/index)/.test(source));
  if (eager.length > 0)
    throw new Error(`index.js loads at start-up what should load on first use: ${eager.join(', ')}`);
}

/**
 * Fails the build when a module of src/ is in a chunk file: a dynamic import without `webpackMode: "eager"` would
 * add a file to load where index.js already holds the code.
 */
function assertSourcesInEntry(sources) {
  for (const [file, names] of sources) {
    if (file === 'index.js.map') continue;
    const ours = names.filter((source) => /^(\.\.\/)+src\//.test(source));
    if (ours.length > 0) throw new Error(`${file} holds modules of src/, which belong in index.js: ${ours.join(', ')}`);
  }
}

/**
 * Fails the build when the default credential chain would get the stand-in of @alicloud/credentials: it must import
 * the package by its file (src/eci/credentials.ts), which the bare-name mapping does not match.
 */
function assertRealCredentials(sources) {
  const bundled = [...sources.values()]
    .flat()
    .some((source) => source.endsWith('node_modules/@alicloud/credentials/dist/src/client.js'));
  if (!bundled) throw new Error('the default credential chain lost the real @alicloud/credentials to its stand-in');
}

/** Fails the build when the mapping to a pruned copy stopped applying: the whole file would be back. */
function assertPruned(sources, official, copy) {
  const all = [...sources.values()].flat();
  if (all.some((source) => source.endsWith(`node_modules/${official}`)))
    throw new Error(`the bundle holds the whole ${official}, not its pruned copy: check tsconfig.bundle.json`);
  if (!all.some((source) => source.endsWith(copy))) throw new Error(`the bundle lacks the pruned copy ${copy}`);
}

/** Stack traces need the mappings only; the sources themselves would double dist/ for nothing. */
function stripSourcesContent(out) {
  for (const file of readdirSync(out).filter((name) => name.endsWith('.js.map'))) {
    const map = JSON.parse(readFileSync(join(out, file), 'utf8'));
    delete map.sourcesContent;
    writeFileSync(join(out, file), JSON.stringify(map));
  }
}

/** Name, licence and licence text of every package whose code is in the bundle, in name order. */
function licensesOf(out) {
  const roots = new Set();
  for (const file of readdirSync(out).filter((name) => name.endsWith('.js.map'))) {
    for (const source of JSON.parse(readFileSync(join(out, file), 'utf8')).sources) {
      // `../node_modules/a/node_modules/@b/c/x.js`: the package is the last node_modules/<name>, from the project root.
      // The pruned copies are their packages' code, under their licences.
      const path = source
        .replace(/^(\.\.\/)+/, '')
        .replace(PRUNED_ECI_SDK, 'node_modules/@alicloud/eci20180808/')
        .replace(PRUNED_OPENAPI_CLIENT, 'node_modules/@alicloud/openapi-client/');
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(path);
      if (match) roots.add(match[1]);
    }
  }
  const entries = [...roots].map((root) => {
    const dir = root;
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const licenseFile = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
    const text =
      licenseFile && existsSync(join(dir, licenseFile)) ? readFileSync(join(dir, licenseFile), 'utf8').trim() : '';
    return {
      name: manifest.name,
      body: `${manifest.name}\n${manifest.license ?? 'UNKNOWN'}${text ? `\n${text}` : ''}`
    };
  });
  const unique = new Map(entries.map((entry) => [entry.name, entry.body]));
  return (
    [...unique.keys()]
      .sort()
      .map((name) => unique.get(name))
      .join('\n\n') + '\n'
  );
}
