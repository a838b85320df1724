/**
 * A step given task-id, in-process against the emulator on the fake clock: the grace for an ID ECI does not list
 * yet (about half a minute) is virtual. e2e/wait-for-tasks keeps the rest of the family on the bundle.
 */
import { mockCoreAndSummary } from '../../test-support/core-stand-in.js';

mockCoreAndSummary();

const { useInProcessEmulator } = await import('../../test-support/in-process-step.js');
const { baseInputs, errorLine, parseResults, waitInputs } = await import('../../test-support/scenario.js');
type Emulator = import('../../emulator/server.js').Emulator;
type InProcessResult = import('../../test-support/in-process-step.js').InProcessResult;

const { emulator: currentEmulator, clock, step } = useInProcessEmulator({ taskDurationMs: 1500 });

/** Starts a commit without waiting, as the first step of a workflow would; returns the task ID. */
async function startCommit(emulator: Emulator, overrides: Record<string, string> = {}): Promise<string> {
  const started = await step({ inputs: baseInputs(emulator, { wait: 'false', ...overrides }) });
  expect(started.exitCode).toBe(0);
  expect(started.outputs.status).toBe('Running');
  return started.outputs['task-id'];
}

/** Runs the waiting step and returns its result with the requests it sent (none of them a commit). */
async function waitStep(
  emulator: Emulator,
  inputs: Record<string, string>
): Promise<{ result: InProcessResult; sent: Emulator['requests'] }> {
  const before = emulator.requests.length;
  const result = await step({ inputs });
  const sent = emulator.requests.slice(before);
  expect(sent.filter((request) => request.action !== 'DescribeCommitContainerTask')).toEqual([]);
  return { result, sent };
}

describe('task-id, in-process', () => {
  it('gives up on an ID ECI never lists after about half a minute, naming task-id, the ID and the region', async () => {
    const emulator = currentEmulator();
    const unknown = 't-doesnotexist00000000';
    const startedAt = clock().now();
    const { result, sent } = await waitStep(emulator, waitInputs(emulator, unknown, { 'poll-interval': '5s' }));

    expect(result.exitCode).toBe(1);
    const error = errorLine(result.stdout);
    expect(error).toContain('task-id');
    expect(error).toContain(unknown);
    expect(error).toContain('cn-hangzhou');
    // Asked again and again, said once; the failure gives the count.
    expect(result.stdout.match(new RegExp(`Task ${unknown} is not visible yet`, 'g'))).toHaveLength(1);
    expect(error).toMatch(new RegExp(`\\(${sent.length} queries\\)`));
    expect(sent.length).toBeGreaterThan(2);
    // Asked for the whole grace (the last query when it runs out), and not much longer.
    const span = sent[sent.length - 1].receivedAt - sent[0].receivedAt;
    expect(span).toBeGreaterThanOrEqual(28_000);
    expect(clock().now() - startedAt).toBeLessThan(40_000);
    expect(result.outputs['task-id']).toBe(unknown);
    expect(parseResults(result.outputs.results)).toEqual([
      { container: '', taskId: unknown, image: null, status: 'Failed', requestId: null, digest: null }
    ]);
  });

  it('keeps asking for a task that is not listed for its first queries, past the 5 misses a commit allows', async () => {
    const emulator = currentEmulator();
    // More misses than the wait after a commit tolerates (5): only the time-based grace lets this step go on.
    emulator.hideNewTasks({ queries: 7 });
    const taskId = await startCommit(emulator);
    const { result, sent } = await waitStep(emulator, waitInputs(emulator, taskId));

    expect(result.exitCode).toBe(0);
    expect(result.outputs.status).toBe('Succeeded');
    // Said once, then the count when it shows.
    expect(result.stdout.match(new RegExp(`Task ${taskId} is not visible yet`, 'g'))).toHaveLength(1);
    expect(result.stdout).toContain(`Task ${taskId} is listed after 8 queries.`);
    expect(sent.length).toBeGreaterThanOrEqual(8);
  });
});
