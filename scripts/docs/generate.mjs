// Renders every generated region of the files that repeat action.yml's inputs and outputs, and writes the files
// that differ (unless only checking).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAction } from './action-metadata.mjs';
import { envExampleRegions } from './env-example.mjs';
import { formatted } from './format.mjs';
import { readmeRegions } from './readme-tables.mjs';
import { fillRegions } from './regions.mjs';
import { workflowRegions } from './reusable-workflow.mjs';

export const TARGETS = [
  { path: 'README.md', regions: readmeRegions },
  { path: '.env.example', regions: envExampleRegions },
  { path: '.github/workflows/commit-container.yml', regions: workflowRegions }
];

/**
 * The paths (relative to `root`) whose generated regions differ from what `root`/action.yml gives; they are
 * rewritten unless `check`. Every file is rendered before any is written, so an error leaves them all as they were.
 * @returns {Promise<string[]>}
 */
export async function generate(root, { check = false } = {}) {
  const action = loadAction(join(root, 'action.yml'));
  const stale = [];
  for (const { path, regions } of TARGETS) {
    const file = join(root, path);
    const current = readFileSync(file, 'utf8');
    const expected = await formatted(root, path, fillRegions(path, current, regions(action, current, path)));
    if (expected !== current) stale.push({ path, file, expected });
  }
  if (!check) for (const { file, expected } of stale) writeFileSync(file, expected);
  return stale.map(({ path }) => path);
}
