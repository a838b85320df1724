/**
 * The built action when lost CommitContainer answers leave more than one task, or one not yet seen: every task is
 * named (warning, summary, results), and a group that may be busy is not given another commit.
 */
import { runAction } from '../../test-support/action-runner.js';
import { baseInputs, errorLine, parseResults, useEmulator } from '../../test-support/scenario.js';

const currentEmulator = useEmulator({ taskDurationMs: 300 });

const newestFirst = <T extends { createdAtMs: number }>(tasks: T[]): T[] =>
  [...tasks].sort((a, b) => b.createdAtMs - a.createdAtMs);

describe('lost answers on the bundle', () => {
  it('adopts the newest of two tasks when the re-sent answer is lost too, naming the older one', async () => {
    const emulator = currentEmulator();
    emulator.processThenDrop({ action: 'CommitContainer', count: 2 });
    // The first task hides through the whole grace period (eight lookups), and shows with the second.
    emulator.hideNewTasks({ queries: 8 });
    const result = await runAction({ inputs: baseInputs(emulator) });

    expect(result.exitCode).toBe(0);
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(2);
    const [second, first] = newestFirst(emulator.tasks);
    expect(result.outputs['task-id']).toBe(second.taskId);
    expect(result.stdout).toContain(`Adopted commit task ${second.taskId}`);
    expect(result.stdout).toMatch(
      new RegExp(
        `^::warning::Container app has 2 commit tasks from this step: ${second.taskId} .* and ${first.taskId} `,
        'm'
      )
    );
    expect(parseResults(result.outputs.results)).toEqual([
      expect.objectContaining({ taskId: second.taskId, otherTaskIds: [first.taskId] })
    ]);
    expect(result.summary).toContain(`<code>${first.taskId}</code>`);
  }, 60_000);

  it('finds a task of the lost request that shows only once the followed task is done, and puts it in results', async () => {
    const emulator = currentEmulator();
    emulator.processThenDrop({ action: 'CommitContainer' });
    // Hidden through the grace period and the look right after sending again.
    emulator.hideNewTasks({ queries: 9 });
    const result = await runAction({ inputs: baseInputs(emulator) });

    expect(result.exitCode).toBe(0);
    const [second, first] = newestFirst(emulator.tasks);
    expect(result.outputs['task-id']).toBe(second.taskId);
    expect(parseResults(result.outputs.results)).toEqual([
      expect.objectContaining({ taskId: second.taskId, status: 'Succeeded', otherTaskIds: [first.taskId] })
    ]);
    expect(result.summary).toContain(`<code>${first.taskId}</code>`);
  }, 60_000);

  it('the same with wait: false, after a short pause', async () => {
    const emulator = currentEmulator();
    emulator.processThenDrop({ action: 'CommitContainer' });
    emulator.hideNewTasks({ queries: 9 });
    const result = await runAction({ inputs: baseInputs(emulator, { wait: 'false' }) });

    expect(result.exitCode).toBe(0);
    const [second, first] = newestFirst(emulator.tasks);
    expect(parseResults(result.outputs.results)).toEqual([
      expect.objectContaining({ taskId: second.taskId, status: 'Running', otherTaskIds: [first.taskId] })
    ]);
  }, 60_000);

  it('adopts a task seen on the second lookup with max-attempts: 1', async () => {
    const emulator = currentEmulator();
    emulator.processThenDrop({ action: 'CommitContainer' });
    emulator.hideNewTasks({ queries: 1 });
    const result = await runAction({ inputs: baseInputs(emulator, { 'max-attempts': '1' }) });

    expect(result.exitCode).toBe(0);
    expect(emulator.tasks).toHaveLength(1);
    expect(result.outputs['task-id']).toBe(emulator.tasks[0].taskId);
    expect(result.outputs.status).toBe('Succeeded');
  }, 30_000);

  it("adopts the lost answer's task by the list taken before the commit, with the user guide's fields and ECI's clock 10 minutes behind", async () => {
    const emulator = currentEmulator();
    // An earlier run left a task of the container in the group.
    const earlier = await runAction({ inputs: baseInputs(emulator) });
    expect(earlier.exitCode).toBe(0);
    const earlierTaskId = earlier.outputs['task-id'];
    emulator.configure({ commitTaskShape: 'user-guide', clockSkewMs: -10 * 60_000 });
    emulator.processThenDrop({ action: 'CommitContainer' });
    emulator.hideNewTasks({ queries: 1 });
    const result = await runAction({ inputs: baseInputs(emulator) });

    expect(errorLine(result.stdout)).toBe('');
    expect(result.exitCode).toBe(0);
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(2);
    expect(emulator.tasks).toHaveLength(2);
    const lost = emulator.tasks.find((task) => task.taskId !== earlierTaskId)!;
    expect(result.outputs['task-id']).toBe(lost.taskId);
    expect(result.outputs.status).toBe('Succeeded');
    expect(result.stdout).toContain(`Adopted commit task ${lost.taskId}`);
    expect(result.stdout).not.toContain(`${earlierTaskId} (the one followed)`);
    expect(parseResults(result.outputs.results)).toEqual([
      expect.objectContaining({ taskId: lost.taskId, status: 'Succeeded' })
    ]);
    expect(parseResults(result.outputs.results)[0].otherTaskIds).toBeUndefined();
  }, 60_000);

  it('commits no further container when a task of the group may exist unseen', async () => {
    const emulator = currentEmulator();
    emulator.processThenDrop({ action: 'CommitContainer' });
    emulator.hideNewTasks({ queries: 100 });
    const result = await runAction({
      inputs: baseInputs(emulator, { 'container-name': 'app, sidecar', 'max-attempts': '1', 'fail-fast': 'false' })
    });

    expect(result.exitCode).toBe(1);
    expect(emulator.requestsFor('CommitContainer').map((request) => request.params.ContainerName)).toEqual(['app']);
    expect(parseResults(result.outputs.results).map(({ container, status }) => `${container}:${status}`)).toEqual([
      'app:Failed',
      'sidecar:Skipped'
    ]);
    expect(result.stdout).toContain('::warning::Not committing sidecar: a commit of the group is still running.');
    expect(errorLine(result.stdout)).toContain('the request may have created one');
  }, 60_000);
});

describe('long timeouts on the bundle', () => {
  it('keeps a default step budget beyond 2^31 ms (9 containers waited for up to 72h each)', async () => {
    const emulator = currentEmulator();
    const containers = Array.from({ length: 9 }, (_, index) => `worker-${index + 1}`);
    emulator.configure({
      containerGroups: {
        'eci-ninecontainers001': { status: 'Running', regionId: 'cn-hangzhou', containers, taskDurationMs: 50 }
      }
    });
    const result = await runAction({
      inputs: baseInputs(emulator, {
        'container-group-id': 'eci-ninecontainers001',
        'container-name': '*',
        'wait-timeout': '72h'
      })
    });

    expect(errorLine(result.stdout)).toBe('');
    expect(result.exitCode).toBe(0);
    expect(parseResults(result.outputs.results).every((entry) => entry.status === 'Succeeded')).toBe(true);
  }, 60_000);

  it('refuses a step-timeout over 72h before any call', async () => {
    const emulator = currentEmulator();
    const result = await runAction({ inputs: baseInputs(emulator, { 'step-timeout': '600h' }) });

    expect(result.exitCode).toBe(1);
    expect(errorLine(result.stdout)).toBe("::error::Invalid step-timeout '600h'. Expected at most 72h.");
    expect(emulator.requests).toHaveLength(0);
  });
});
