/**
 * The built action when a lost CommitContainer answer leaves a task not yet seen: it is adopted. The scenarios that
 * wait out the 20 s adoption grace (two tasks, a task that shows late, a group that may be busy) run in-process on
 * the fake clock: in-process/lost-answer-tasks.
 */
import { runAction } from '../../test-support/action-runner.js';
import { baseInputs, errorLine, parseResults, useEmulator } from '../../test-support/scenario.js';

const currentEmulator = useEmulator({ taskDurationMs: 300 });

describe('lost answers on the bundle', () => {
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
    expect(parseResults(result.outputs.results)).toEqual([
      expect.objectContaining({ taskId: lost.taskId, status: 'Succeeded' })
    ]);
    expect(parseResults(result.outputs.results)[0].otherTaskIds).toBeUndefined();
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
