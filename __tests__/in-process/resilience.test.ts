/**
 * Retries, backoffs and lost answers of the step, run in-process against the emulator on the fake clock (the
 * backoffs, the retry-after pause and the adoption grace are virtual). e2e/resilience keeps the timeouts, signals
 * and proxies on the bundle.
 */
import { mockCoreAndSummary } from '../../test-support/core-stand-in.js';

mockCoreAndSummary();

const { useInProcessEmulator } = await import('../../test-support/in-process-step.js');
const { baseInputs } = await import('../../test-support/scenario.js');

const { emulator: currentEmulator, step } = useInProcessEmulator({ taskDurationMs: 600 });

describe('resilience, in-process', () => {
  it('retries throttling with visible backoff, then succeeds', async () => {
    const emulator = currentEmulator();
    emulator.injectError({
      action: 'CommitContainer',
      count: 3,
      status: 400,
      code: 'Throttling.User',
      message: 'Request was denied due to user flow control.'
    });
    const result = await step({ inputs: baseInputs(emulator) });

    expect(result.exitCode).toBe(0);
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(4);
    expect(emulator.tasks).toHaveLength(1);
    const retries = result.stdout.match(
      /CommitContainer: attempt (\d) of 5 failed with Throttling\.User \(HTTP 400\); retrying in \d+(ms|s)/g
    );
    expect(retries).toHaveLength(3);
    expect(result.outputs.status).toBe('Succeeded');
  });

  it('honours x-acs-retry-after', async () => {
    const emulator = currentEmulator();
    emulator.injectError({
      action: 'CommitContainer',
      status: 400,
      code: 'Throttling.Api',
      message: 'slow down',
      retryAfterMs: 2000
    });
    const result = await step({ inputs: baseInputs(emulator) });

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('retrying in 2s (as the service asked)');
    const [first, second] = emulator.requestsFor('CommitContainer');
    expect(second.receivedAt - first.receivedAt).toBeGreaterThanOrEqual(2000);
  });

  it('keeps waiting through 503s during the wait', async () => {
    const emulator = currentEmulator();
    emulator.injectError({
      action: 'DescribeCommitContainerTask',
      count: 2,
      status: 503,
      code: 'ServiceUnavailable',
      message: 'The request has failed due to a temporary failure of the server.'
    });
    const result = await step({ inputs: baseInputs(emulator) });

    expect(result.exitCode).toBe(0);
    expect(result.outputs.status).toBe('Succeeded');
    expect(result.stdout).toMatch(
      /DescribeCommitContainerTask: attempt 1 of 5 failed with ServiceUnavailable \(HTTP 503\)/
    );
  });

  it('adopts the task when CommitContainer was processed but the answer was lost, creating exactly one task', async () => {
    const emulator = currentEmulator();
    emulator.processThenDrop({ action: 'CommitContainer' });
    const result = await step({ inputs: baseInputs(emulator) });

    expect(result.exitCode).toBe(0);
    expect(emulator.tasks).toHaveLength(1);
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(1);
    // The first query by group is the list taken before the commit; the next, the lookup that found the task.
    const lookup = emulator
      .requestsFor('DescribeCommitContainerTask')
      .filter((request) => request.params.ContainerGroupId)[1];
    expect(lookup).toBeDefined();
    expect(result.outputs['task-id']).toBe(emulator.tasks[0].taskId);
    expect(result.outputs['request-id']).toBe(lookup!.requestId);
    expect(result.stdout).toContain(`Adopted commit task ${emulator.tasks[0].taskId}`);
    expect(result.outputs.status).toBe('Succeeded');
  });

  it('sends CommitContainer again when the connection dropped before ECI processed it', async () => {
    const emulator = currentEmulator();
    emulator.dropConnections({ action: 'CommitContainer' });
    const result = await step({ inputs: baseInputs(emulator) });

    expect(result.exitCode).toBe(0);
    expect(emulator.tasks).toHaveLength(1);
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(2);
  });

  it('polls again when a new task is not visible yet', async () => {
    const emulator = currentEmulator();
    emulator.hideNewTasks({ queries: 2 });
    const result = await step({ inputs: baseInputs(emulator) });

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('is not visible yet');
    expect(result.outputs.status).toBe('Succeeded');
  });

  it('fails naming the last error and the attempt count when attempts run out', async () => {
    const emulator = currentEmulator();
    emulator.injectError({
      action: 'CommitContainer',
      count: 5,
      status: 500,
      code: 'InternalError',
      message: 'The request processing has failed due to some unknown error.'
    });
    const result = await step({ inputs: baseInputs(emulator, { 'max-attempts': '2' }) });

    expect(result.exitCode).toBe(1);
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(2);
    expect(result.stdout).toContain('::error::CommitContainer failed (after 2 attempts): InternalError (HTTP 500)');
    expect(emulator.tasks).toHaveLength(0);
    // A 500 may hide a created task: the action looked for one for its grace period before the second attempt.
  });
});
