import { describe, expect, it } from '@jest/globals';
import { evaluatedImportsOf, importsOf } from '../../test-support/import-graph.js';
import { PROJECT_ROOT } from '../../test-support/action-metadata.js';

/**
 * The layers that serve only some steps, which start-up must not evaluate (docs/development.md, "Start-up costs"):
 * each is a dynamic import, evaluated on first use.
 */
const ON_FIRST_USE = {
  'the registry (digest, if-tag-exists)': 'src/registry/registry-access.ts',
  'the registry client': 'src/registry/registry-client.ts',
  'STS for GitHub OIDC': 'src/eci/sts-oidc.ts',
  "the default chain's ECS RAM role": 'src/eci/ecs-ram-role.ts',
  "the default chain's credentials URI": 'src/eci/credentials-uri.ts',
  'waiting on task-id': 'src/modes/wait-for-started-tasks.ts',
  'the debug-report capture': 'src/modes/debug-capture.ts',
  "the debug-report's summary section": 'src/report/state-summary.ts',
  'the ECI SDK': 'src/eci/sdk-packages.ts'
};

const ENTRY = 'src/index.ts';

function closure(edges: (file: string) => string[]): Set<string> {
  const seen = new Set<string>([ENTRY]);
  const queue = [ENTRY];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const next of edges(file)) {
      if (next.startsWith('src/') && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

describe('start-up evaluates what every step uses', () => {
  const atStart = closure((file) => evaluatedImportsOf(PROJECT_ROOT, file));
  const everything = closure((file) => importsOf(PROJECT_ROOT, file).map((edge) => edge.to));

  it.each(Object.entries(ON_FIRST_USE))('not %s (%s)', (_, file) => {
    expect(everything.has(file)).toBe(true);
    expect(atStart.has(file)).toBe(false);
  });

  it('but everything the entry always needs', () => {
    for (const file of ['src/main.ts', 'src/inputs/read-settings.ts', 'src/eci/eci-client.ts', 'src/report/summary.ts'])
      expect(atStart.has(file)).toBe(true);
  });
});
