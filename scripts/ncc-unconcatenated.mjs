// ncc's build function, with webpack's module concatenation turned off (ncc hard-codes it on and has no option).
//
// Why: concatenation joins every ES module of src/ and @actions/core into one function of about 160 KB. V8 compiles a
// function whole the first time it runs, and compiling that one takes about 2.6 MiB of parser memory at once, which
// shows in the step's peak RSS (bench/startup-changes.md). Kept apart, each module compiles on its own, in a
// fraction of that.
//
// ncc's dist/ncc/index.js only reads index.js.cache.js and runs it in a module wrapper; this does the same with one
// asserted edit of the text, run as if from its own folder so that ncc finds its loaders and TypeScript.
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runInThisContext } from 'node:vm';

const CONCATENATE = 'concatenateModules:true';

/** ncc's index.js.cache.js with concatenation off; throws unless the setting is there exactly once. */
export function withoutConcatenation(source) {
  const found = source.split(CONCATENATE).length - 1;
  if (found !== 1) {
    throw new Error(
      `ncc-unconcatenated.mjs: expected ncc's webpack options to set ${CONCATENATE} once, found ${found}`
    );
  }
  return source.replace(CONCATENATE, 'concatenateModules:false');
}

/**
 * What ncc's own loader (dist/ncc/index.js, eight lines in ncc 0.45) does besides reading and writing a V8 code cache:
 * run index.js.cache.js in a CommonJS module wrapper. loadNcc does the same, so it fails when the loader has other
 * lines or lacks these.
 */
const LOADER_LINES = 8;
const LOADER_STEPS = [
  "readFileSync(basename + '.cache.js', 'utf-8')",
  'new Script(wrap(source)',
  '(script.runInThisContext())(exports, require, module, __filename, __dirname);'
];

/** Throws unless `loader` (the text of ncc's dist/ncc/index.js, at `path`) is the one loadNcc stands in for. */
export function assertLoaderShape(loader, path = 'dist/ncc/index.js') {
  const lost = LOADER_STEPS.filter((step) => !loader.includes(step));
  if (lost.length > 0 || loader.split('\n').filter((line) => line.trim()).length !== LOADER_LINES) {
    throw new Error(
      `ncc-unconcatenated.mjs: ncc's loader ${path} changed; check what it does besides ${LOADER_STEPS[2]}`
    );
  }
}

/** Throws when a webpack module of the build is a concatenation of modules, whatever the options said. */
export function assertUnconcatenated(stats) {
  const joined = [...stats.compilation.modules].filter((module) => module.constructor.name === 'ConcatenatedModule');
  if (joined.length > 0) {
    throw new Error(`ncc-unconcatenated.mjs: webpack still concatenated ${joined.length} groups of modules`);
  }
}

/** The function `require('@vercel/ncc')` returns, built from the edited source. */
export function loadNcc() {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@vercel/ncc');
  assertLoaderShape(readFileSync(entry, 'utf8'), entry);
  const file = join(dirname(entry), 'index.js.cache.js');
  const module = { exports: {} };
  const factory = runInThisContext(Module.wrap(withoutConcatenation(readFileSync(file, 'utf8'))), { filename: file });
  factory(module.exports, createRequire(entry), module, entry, dirname(entry));
  return module.exports;
}
