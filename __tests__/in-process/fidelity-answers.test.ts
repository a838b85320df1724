/**
 * The whole fault matrix of answers shaped as Alibaba Cloud sends them (see emulator/FIDELITY.md), in-process
 * against the emulator on the fake clock: its two lost answers each start a 20 s adoption grace, virtual here.
 */
import { mockCoreAndSummary } from '../../test-support/core-stand-in.js';

mockCoreAndSummary();

const { useInProcessEmulator } = await import('../../test-support/in-process-step.js');
const { baseInputs } = await import('../../test-support/scenario.js');

const { emulator: currentEmulator, step } = useInProcessEmulator({
  taskDurationMs: 500,
  githubOidc: { repository: 'octo-org/shop' }
});

const THROTTLED = { status: 400, code: 'Throttling.User', message: 'Request was denied due to user flow control.' };

describe('the fault matrix, in-process', () => {
  it('ends the whole fault matrix with exactly one task per container', async () => {
    const emulator = currentEmulator();
    emulator.injectError({ action: 'DescribeContainerGroups', status: 400, code: 'Rejected.Throttling', message: 'x' });
    emulator.injectError({ action: 'CommitContainer', ...THROTTLED, shape: 'camel-json' });
    emulator.injectError({
      action: 'CommitContainer',
      status: 503,
      code: 'ServiceUnavailable',
      message: 'x',
      shape: 'xml'
    });
    emulator.injectError({ action: 'CommitContainer', status: 403, code: 'Busy', message: 'x', retryAfterMs: 100 });
    emulator.processThenDrop({ action: 'CommitContainer' });
    emulator.injectError({ action: 'DescribeCommitContainerTask', ...THROTTLED, retryAfterMs: 50, shape: 'xml' });
    emulator.dropConnections({ action: 'CommitContainer' });
    const result = await step({ inputs: baseInputs(emulator, { 'container-name': '*', 'max-attempts': '8' }) });

    expect(result.exitCode).toBe(0);
    const byContainer = emulator.tasks.map((task) => task.containerName).sort();
    expect(byContainer).toEqual(['app', 'logger', 'sidecar']);
    expect(emulator.armedFaults.errors).toEqual([]);
    expect(emulator.armedFaults.dropsBeforeProcessing).toEqual([]);
    expect(emulator.armedFaults.dropsAfterProcessing).toEqual([]);
    // Each ambiguous answer (a 5xx, a dropped connection) is followed by up to 20 s of looking for its task.
  });
});
