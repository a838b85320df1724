/**
 * Hardening of the step, in-process against the emulator on the fake clock: lost answers whose tasks stay
 * invisible for a while (the adoption grace is virtual), and the results of 12 containers written once.
 * e2e/hardening keeps forged commands, secrets, oversized answers and the step deadline on the bundle.
 */
import { mockCoreAndSummary } from '../../test-support/core-stand-in.js';

mockCoreAndSummary();

const { useInProcessEmulator } = await import('../../test-support/in-process-step.js');
const { baseInputs, parseResults } = await import('../../test-support/scenario.js');

const { emulator: currentEmulator, step } = useInProcessEmulator({ taskDurationMs: 600 });

describe('hardening, in-process', () => {
  it('adopts the one task a lost answer created, though it stays invisible for its first 3 queries', async () => {
    const emulator = currentEmulator();
    emulator.processThenDrop({ action: 'CommitContainer' });
    emulator.hideNewTasks({ queries: 3 });
    const result = await step({ inputs: baseInputs(emulator) });

    expect(result.exitCode).toBe(0);
    expect(emulator.tasks).toHaveLength(1);
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(1);
    expect(result.outputs['task-id']).toBe(emulator.tasks[0].taskId);
    expect(result.outputs.status).toBe('Succeeded');
    expect(result.stdout).toContain(`Adopted commit task ${emulator.tasks[0].taskId}`);
    // The list taken before the commit, then four lookups.
    const lookups = emulator.requestsFor('DescribeCommitContainerTask').filter((r) => r.params.ContainerGroupId);
    expect(lookups).toHaveLength(1 + 4);
  });

  it('gives wait: false the same guarantee', async () => {
    const emulator = currentEmulator();
    emulator.processThenDrop({ action: 'CommitContainer' });
    emulator.hideNewTasks({ queries: 3 });
    const result = await step({ inputs: baseInputs(emulator, { wait: 'false' }) });

    expect(result.exitCode).toBe(0);
    expect(emulator.tasks).toHaveLength(1);
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(1);
    expect(result.outputs).toMatchObject({ 'task-id': emulator.tasks[0].taskId, status: 'Running' });
  });

  it('and several containers: one task each, though both answers are lost and both tasks hide', async () => {
    const emulator = currentEmulator();
    emulator.processThenDrop({ action: 'CommitContainer', count: 2 });
    emulator.hideNewTasks({ queries: 3, count: 2 });
    const result = await step({ inputs: baseInputs(emulator, { 'container-name': 'app,sidecar' }) });

    expect(result.exitCode).toBe(0);
    expect(emulator.tasks.map((task) => task.containerName).sort()).toEqual(['app', 'sidecar']);
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(2);
    expect(
      parseResults(result.outputs.results)
        .map((entry) => entry.taskId)
        .sort()
    ).toEqual(emulator.tasks.map((task) => task.taskId).sort());
  });

  it('names both tasks in a warning and the summary when the first one shows only after sending again', async () => {
    const emulator = currentEmulator();
    emulator.processThenDrop({ action: 'CommitContainer' });
    // Hidden through the whole grace period (eight lookups); the look after sending again sees it.
    emulator.hideNewTasks({ queries: 8 });
    const result = await step({ inputs: baseInputs(emulator) });

    expect(result.exitCode).toBe(0);
    expect(emulator.tasks).toHaveLength(2);
    const [second, first] = emulator.tasks.sort((a, b) => b.createdAtMs - a.createdAtMs);
    expect(result.outputs['task-id']).toBe(second.taskId);
    expect(result.stdout).toMatch(
      new RegExp(
        `^::warning::Container app has 2 commit tasks from this step: ${second.taskId} .* and ${first.taskId} `,
        'm'
      )
    );
    expect(result.summary).toContain(
      `has more than one commit task from this step: <code>${second.taskId}</code> (followed) and <code>${first.taskId}</code>`
    );
  });

  it('writes results once for 12 containers: GITHUB_OUTPUT grows linearly', async () => {
    const emulator = currentEmulator();
    const containers = Array.from({ length: 12 }, (_, index) => `worker-${index + 1}`);
    emulator.configure({
      containerGroups: {
        'eci-twelvecontainers1': { status: 'Running', regionId: 'cn-hangzhou', containers, taskDurationMs: 50 }
      }
    });
    const result = await step({
      inputs: baseInputs(emulator, { 'container-group-id': 'eci-twelvecontainers1', 'container-name': '*' })
    });

    expect(result.exitCode).toBe(0);
    const results = parseResults(result.outputs.results);
    expect(results.map((entry) => entry.container)).toEqual(containers);
    expect(results.every((entry) => entry.status === 'Succeeded')).toBe(true);
    expect(result.outputFile.match(/^results<</gm)).toHaveLength(1);
    // results once, plus a bounded number of small outputs per container.
    expect(result.outputFile.length).toBeLessThan(result.outputs.results.length + 12 * 1_500);
  });
});
