// Builds dist/ (or the folder given with --out) from src/index.ts with ncc, starting from an empty folder so that
// no chunk of an earlier build lingers. check-dist.mjs builds with the same arguments.
//
// Minified, with source maps: ncc --minify covers index.js only, so the chunks (the SDK, loaded on first use) are
// minified here with the options ncc uses, their maps chained. Stack traces are mapped back to src/ when one is
// printed (see src/index.ts), not by ncc's sourcemap-register at every start.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { minify } from 'terser';

export const NCC_ARGS = [
  'build',
  'src/index.ts',
  '--minify',
  '--source-map',
  '--no-source-map-register',
  '--license',
  'licenses.txt'
];

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'dist' }, quiet: { type: 'boolean', default: false } }
});
rmSync(values.out, { recursive: true, force: true });
execFileSync('npx', ['ncc', ...NCC_ARGS, '-o', values.out], {
  stdio: ['ignore', values.quiet ? 'ignore' : 'inherit', 'inherit']
});

const files = readdirSync(values.out);
for (const chunk of files.filter((file) => /^\w+\.index\.js$/.test(file))) {
  const path = join(values.out, chunk);
  const map = files.includes(`${chunk}.map`) ? readFileSync(`${path}.map`, 'utf8') : undefined;
  const result = await minify(readFileSync(path, 'utf8'), {
    module: true,
    compress: false,
    mangle: { keep_classnames: true, keep_fnames: true },
    sourceMap: map ? { content: map, url: `${chunk}.map`, includeSources: true } : false
  });
  writeFileSync(path, result.code);
  if (map) writeFileSync(`${path}.map`, result.map);
}
