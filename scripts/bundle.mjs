// Builds dist/ (or the folder given with --out) from src/index.ts with ncc, starting from an empty folder so that
// no chunk of an earlier build lingers. check-dist.mjs builds with the same arguments.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';

export const NCC_ARGS = ['build', 'src/index.ts', '--source-map', '--license', 'licenses.txt'];

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'dist' }, quiet: { type: 'boolean', default: false } }
});
rmSync(values.out, { recursive: true, force: true });
execFileSync('npx', ['ncc', ...NCC_ARGS, '-o', values.out], {
  stdio: ['ignore', values.quiet ? 'ignore' : 'inherit', 'inherit']
});
