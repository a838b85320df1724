import type { ContainerResult } from '../../src/model/results.js';
import { summarizeFailures } from '../../src/report/failure.js';

const DIGEST = `sha256:${'b'.repeat(64)}`;

function result(container: string, status: ContainerResult['status'], digest?: string): ContainerResult {
  return { container, status, durationMs: 0, groupBusy: false, ...(digest ? { digest } : {}) };
}

describe('the message of a step stopped by its deadline or a cancellation', () => {
  it('counts only the containers the stop kept from being committed, not those whose tag existed', () => {
    const results = [
      result('app', 'Skipped', DIGEST),
      result('web', 'Succeeded', DIGEST),
      result('sidecar', 'Skipped'),
      result('worker', 'Skipped')
    ];
    expect(summarizeFailures(results, true)).toMatch(/; 2 container\(s\) were not committed\.$/);
  });

  it('says nothing of a stop when every skipped container was skipped because its tag existed', () => {
    expect(summarizeFailures([result('app', 'Skipped', DIGEST), result('web', 'Succeeded', DIGEST)], true)).toBe(
      undefined
    );
  });
});
