/**
 * Lost CommitContainer answers that leave more than one task, or one not yet seen, run in-process against the
 * emulator on the fake clock (the 20 s adoption grace is virtual): every task is named (warning, summary, results),
 * and a group that may be busy is not given another commit. e2e/lost-answer-tasks keeps one such step on the bundle.
 */
import { mockCoreAndSummary } from '../../test-support/core-stand-in.js';

mockCoreAndSummary();

const { useInProcessEmulator } = await import('../../test-support/in-process-step.js');
const { baseInputs, errorLine, parseResults } = await import('../../test-support/scenario.js');

const { emulator: currentEmulator, step } = useInProcessEmulator({ taskDurationMs: 300 });

const newestFirst = <T extends { createdAtMs: number }>(tasks: T[]): T[] =>
  [...tasks].sort((a, b) => b.createdAtMs - a.createdAtMs);

describe('lost answers, in-process', () => {
  it('adopts the newest of two tasks when the re-sent answer is lost too, naming the older one', async () => {
    const emulator = currentEmulator();
    emulator.processThenDrop({ action: 'CommitContainer', count: 2 });
    // The first task hides through the whole grace period (eight lookups), and shows with the second.
    emulator.hideNewTasks({ queries: 8 });
    const result = await step({ inputs: baseInputs(emulator) });

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
  });

  it('finds a task of the lost request that shows only once the followed task is done, and puts it in results', async () => {
    const emulator = currentEmulator();
    emulator.processThenDrop({ action: 'CommitContainer' });
    // Hidden through the grace period and the look right after sending again.
    emulator.hideNewTasks({ queries: 9 });
    const result = await step({ inputs: baseInputs(emulator) });

    expect(result.exitCode).toBe(0);
    const [second, first] = newestFirst(emulator.tasks);
    expect(result.outputs['task-id']).toBe(second.taskId);
    expect(parseResults(result.outputs.results)).toEqual([
      expect.objectContaining({ taskId: second.taskId, status: 'Succeeded', otherTaskIds: [first.taskId] })
    ]);
    expect(result.summary).toContain(`<code>${first.taskId}</code>`);
  });

  it('the same with wait: false, after a short pause', async () => {
    const emulator = currentEmulator();
    emulator.processThenDrop({ action: 'CommitContainer' });
    emulator.hideNewTasks({ queries: 9 });
    const result = await step({ inputs: baseInputs(emulator, { wait: 'false' }) });

    expect(result.exitCode).toBe(0);
    const [second, first] = newestFirst(emulator.tasks);
    expect(parseResults(result.outputs.results)).toEqual([
      expect.objectContaining({ taskId: second.taskId, status: 'Running', otherTaskIds: [first.taskId] })
    ]);
  });

  it('commits no further container when a task of the group may exist unseen', async () => {
    const emulator = currentEmulator();
    emulator.processThenDrop({ action: 'CommitContainer' });
    emulator.hideNewTasks({ queries: 100 });
    const result = await step({
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
  });
});
