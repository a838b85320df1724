// Fails when dist/ is not exactly what `npm run bundle` builds from the sources: the action runs from dist/.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const fresh = join(mkdtempSync(join(tmpdir(), 'eci-commit-dist-')), 'dist');
try {
  execFileSync(process.execPath, ['scripts/bundle.mjs', '--out', fresh, '--quiet'], {
    stdio: ['ignore', 'ignore', 'inherit']
  });
  const committed = readdirSync('dist').sort();
  const built = readdirSync(fresh).sort();
  const differences = [
    ...built.filter((file) => !committed.includes(file)).map((file) => `missing from dist/: ${file}`),
    ...committed.filter((file) => !built.includes(file)).map((file) => `not built any more: dist/${file}`),
    ...built
      .filter((file) => committed.includes(file))
      .filter((file) => !readFileSync(join('dist', file)).equals(readFileSync(join(fresh, file))))
      .map((file) => `differs: dist/${file}`)
  ];
  if (differences.length > 0) {
    console.error(`dist/ is stale; run \`npm run bundle\` and commit dist/.\n  ${differences.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`dist/ matches the sources (${built.length} files).`);
} finally {
  rmSync(join(fresh, '..'), { recursive: true, force: true });
}
