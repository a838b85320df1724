/**
 * A step given task-id waits for commit tasks started earlier (wait: false), and never commits. The scenarios that
 * wait out the unlisted-ID grace run in-process on the fake clock: in-process/wait-for-tasks.
 */
import { DEFAULT_CONTAINER_GROUP_ID, defaultContainerGroups } from '../../emulator/container-groups.js';
import type { Emulator } from '../../emulator/server.js';
import { runAction, startAction, type ActionResult } from '../../test-support/action-runner.js';
import {
  baseInputs,
  errorLine,
  parseResults,
  REPOSITORY,
  useEmulator,
  waitInputs
} from '../../test-support/scenario.js';

const SECOND_GROUP_ID = 'eci-emulator0000000009';
const currentEmulator = useEmulator({
  taskDurationMs: 1500,
  containerGroups: {
    ...defaultContainerGroups(),
    [SECOND_GROUP_ID]: { status: 'Running', regionId: 'cn-hangzhou', containers: ['worker'] }
  }
});

/** Starts a commit without waiting, as the first step of a workflow would; returns the task ID. */
async function startCommit(emulator: Emulator, overrides: Record<string, string> = {}): Promise<string> {
  const started = await runAction({ inputs: baseInputs(emulator, { wait: 'false', ...overrides }) });
  expect(started.exitCode).toBe(0);
  expect(started.outputs.status).toBe('Running');
  return started.outputs['task-id'];
}

/** The inputs of the later step: the task IDs, where to ask, and how to sign; no commit inputs. */
/** Runs the waiting step and returns its result with the requests it sent (none of them a commit). */
async function waitStep(
  emulator: Emulator,
  inputs: Record<string, string>
): Promise<{ result: ActionResult; sent: Emulator['requests'] }> {
  const before = emulator.requests.length;
  const result = await runAction({ inputs });
  const sent = emulator.requests.slice(before);
  expect(sent.filter((request) => request.action !== 'DescribeCommitContainerTask')).toEqual([]);
  return { result, sent };
}

describe('task-id: waiting for tasks started earlier', () => {
  it('waits for a task started with wait: false, and reports it as a wait after a commit does', async () => {
    const emulator = currentEmulator();
    const taskId = await startCommit(emulator);
    const { result, sent } = await waitStep(emulator, waitInputs(emulator, taskId));

    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(1);
    expect(sent.length).toBeGreaterThanOrEqual(1);
    for (const request of sent) {
      expect(request.signatureValid).toBe(true);
      expect(request.params).toMatchObject({ RegionId: 'cn-hangzhou', 'TaskId.1': taskId });
      expect(request.params).not.toHaveProperty('ContainerGroupId');
    }
    const last = sent[sent.length - 1];
    expect(result.outputs).toEqual({
      'task-id': taskId,
      'request-id': last.requestId,
      status: 'Succeeded',
      results: JSON.stringify([
        { container: 'app', taskId, image: null, status: 'Succeeded', requestId: last.requestId, digest: null }
      ])
    });
    expect(result.stdout).toContain(`Waiting for commit task ${taskId} in cn-hangzhou`);
    expect(result.stdout).toContain('The image a task pushes is unknown to this step');
    expect(result.stdout.match(/Phase PushCommittedImage Success/g)).toHaveLength(1);
    expect(result.summary).toContain('Commit tasks started earlier');
    expect(result.summary).toContain(taskId);
    expect(result.summary).toMatch(/PullBaseImage.*CommitContainer.*PushCommittedImage/s);
  });

  it('fails with the failed phase and message when the task fails', async () => {
    const emulator = currentEmulator();
    emulator.failNextTask({ phase: 'PushCommittedImage', message: 'push denied: repository not found' });
    const taskId = await startCommit(emulator);
    const { result } = await waitStep(emulator, waitInputs(emulator, taskId));

    expect(result.exitCode).toBe(1);
    expect(result.outputs.status).toBe('Failed');
    expect(result.outputs['task-id']).toBe(taskId);
    expect(errorLine(result.stdout)).toMatch(
      new RegExp(`Commit task ${taskId} failed in phase PushCommittedImage.*push denied: repository not found`)
    );
    expect(result.summary).toContain('Failed');
  });

  it('says an ID was never listed when wait-timeout ends before the grace', async () => {
    const emulator = currentEmulator();
    const { result } = await waitStep(emulator, waitInputs(emulator, 't-notyet1', { 'wait-timeout': '3s' }));

    expect(result.exitCode).toBe(1);
    expect(errorLine(result.stdout)).toMatch(
      /Commit task t-notyet1 \(input task-id\) was not found in region cn-hangzhou: DescribeCommitContainerTask did not list it before wait-timeout \(3s; \d+ queries\)\./
    );
    // Asked several times, said once: the count is in the error line above.
    expect(emulator.requestsFor('DescribeCommitContainerTask').length).toBeGreaterThan(1);
    expect(result.stdout.match(/Task t-notyet1 is not visible yet/g)).toHaveLength(1);
    // The last line of the log is the result.
    expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(/^Result: /);
  });

  it('on SIGINT during the wait, keeps the task-id output, says the task keeps running, and exits promptly', async () => {
    const emulator = currentEmulator();
    emulator.configure({ taskDurationMs: 120_000 });
    const taskId = await startCommit(emulator);
    const running = startAction({ inputs: waitInputs(emulator, taskId) });
    await running.waitForOutput(`Task ${taskId} is listed`);
    emulator.delayResponses({ action: 'DescribeCommitContainerTask', ms: 600_000 });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    running.child.kill('SIGINT');
    const result = await running.result;

    // Ended by itself, not by the test's failsafe kill, and not by waiting out the held answer.
    expect(result.signal).toBeNull();
    expect(result.exitCode).toBe(1);
    expect(result.outputs['task-id']).toBe(taskId);
    expect(result.outputs.status).toBe('Running');
    expect(result.stdout).toContain(`cancelled while waiting for commit task ${taskId}`);
    expect(errorLine(result.stdout)).toContain(`or wait for it again with task-id: ${taskId}.`);
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(1);
  });

  it('names task-id and the region when ECI refuses an unknown ID with a not-found error', async () => {
    const emulator = currentEmulator();
    emulator.injectError({
      action: 'DescribeCommitContainerTask',
      status: 404,
      code: 'InvalidParameter.NotFound',
      message: 'The specified TaskId is not found.'
    });
    const { result, sent } = await waitStep(emulator, waitInputs(emulator, 't-unknown1'));

    expect(result.exitCode).toBe(1);
    expect(sent).toHaveLength(1);
    expect(errorLine(result.stdout)).toMatch(
      /InvalidParameter\.NotFound.*Check task-id \(t-unknown1\) and region-id \(cn-hangzhou\)/
    );
    expect(result.outputs.status).toBe('Failed');
  });

  it('waits for two tasks in one step, asking for both in one query, and lists both in results', async () => {
    const emulator = currentEmulator();
    emulator.configure({
      containerGroups: {
        [SECOND_GROUP_ID]: { ...emulator.settings.containerGroups[SECOND_GROUP_ID], taskDurationMs: 3000 }
      }
    });
    const first = await startCommit(emulator);
    const second = await startCommit(emulator, { 'container-group-id': SECOND_GROUP_ID, 'container-name': 'worker' });
    const { result, sent } = await waitStep(emulator, waitInputs(emulator, `${first}\n${second}`));

    expect(result.exitCode).toBe(0);
    expect(sent[0].params).toMatchObject({ 'TaskId.1': first, 'TaskId.2': second });
    const results = parseResults(result.outputs.results);
    expect(results.map(({ container, taskId, status }) => ({ container, taskId, status }))).toEqual([
      { container: 'app', taskId: first, status: 'Succeeded' },
      { container: 'worker', taskId: second, status: 'Succeeded' }
    ]);
    // The single-value outputs describe the last task, as with several containers.
    expect(result.outputs['task-id']).toBe(second);
    // Once the first task is done, only the second is asked for.
    expect(sent[sent.length - 1].params).not.toHaveProperty('TaskId.2');
    expect(sent[sent.length - 1].params['TaskId.1']).toBe(second);
  });

  it('sets the image outputs from image-repository and image-tag', async () => {
    const emulator = currentEmulator();
    const taskId = await startCommit(emulator, { 'image-tag': 'v9' });
    const { result } = await waitStep(
      emulator,
      waitInputs(emulator, taskId, { 'image-repository': REPOSITORY, 'image-tag': 'v9' })
    );

    expect(result.exitCode).toBe(0);
    expect(result.outputs.image).toBe(`${REPOSITORY}:v9`);
    expect(result.outputs['image-tag']).toBe('v9');
    expect(parseResults(result.outputs.results)[0].image).toBe(`${REPOSITORY}:v9`);
    expect(result.stdout).toContain(`Commit task ${taskId} succeeded (image-repository names it ${REPOSITORY}:v9).`);
    expect(result.stdout).not.toContain('unknown to this step');
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['wait: false', { wait: 'false' }, /Input wait is false but task-id is set/],
    [
      'commit inputs',
      { 'container-group-id': DEFAULT_CONTAINER_GROUP_ID, 'container-name': 'app' },
      /Inputs container-group-id, container-name are set together with task-id/
    ],
    ['a malformed ID', { 'task-id': 't-ok1, T-BAD' }, /Invalid task-id 'T-BAD'/]
  ])('refuses task-id with %s before any request', async (_, overrides, message) => {
    const emulator = currentEmulator();
    const { result, sent } = await waitStep(emulator, waitInputs(emulator, 't-abc123', overrides));

    expect(result.exitCode).toBe(1);
    expect(errorLine(result.stdout)).toMatch(message);
    expect(sent).toEqual([]);
  });
});
