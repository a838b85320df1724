/**
 * Where the runner runs the action from, and a copy of dist/ at a path as long. The length matters on Node 24:
 * Node's own loading of the entry file runs its path functions once for each character of the path, often enough on
 * a runner's path for V8 to compile one of them with Maglev, which costs about 2 MiB of peak RSS the first time. An
 * empty module there pays it too, and so would the bench from a short checkout path, or not, by luck.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const HOME = '/home/runner';
const OWNER = 'octo-org';
/** The entry path of this action on a GitHub-hosted Linux runner, for an owner of 8 characters and ref v1. */
export const RUNNER_ENTRY = `${HOME}/work/_actions/${OWNER}/eci-commit-container/v1/dist/index.js`;

export interface RunnerCopy {
  /** index.js of the copy, at a path as long as RUNNER_ENTRY (longer only if the temp folder's path is). */
  bundle: string;
  /** An empty module beside it, of the bundle's format (dist/package.json): the floor of any action run from there. */
  emptyModule: string;
  remove(): void;
}

/** Copies the bundle's folder to <tmp>/rXXXXXX/work/_actions/<owner>/eci-commit-container/v1/dist. */
export function copyToRunnerPath(bundle: string): RunnerCopy {
  const root = mkdtempSync(join(tmpdir(), 'r'));
  // The owner's name takes up the difference between the temp folder's path and /home/runner.
  const ownerLength = Math.max(1, OWNER.length - (root.length - HOME.length));
  const owner = OWNER.slice(0, ownerLength).padEnd(ownerLength, 'x');
  const dist = join(root, 'work', '_actions', owner, 'eci-commit-container', 'v1', 'dist');
  mkdirSync(dist, { recursive: true });
  cpSync(dirname(bundle), dist, { recursive: true });
  const emptyModule = join(dist, 'empty.js');
  writeFileSync(emptyModule, '');
  return {
    bundle: join(dist, 'index.js'),
    emptyModule,
    remove: () => rmSync(root, { recursive: true, force: true })
  };
}
