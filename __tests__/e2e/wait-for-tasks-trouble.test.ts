/** task-id on the bundle when things go wrong midway: a refused query, a hostile container name from ECI. */
import { defaultContainerGroups } from '../../emulator/container-groups.js';
import type { Emulator } from '../../emulator/server.js';
import { callApi, COMMIT_PARAMS } from '../emulator/helpers.js';
import { runAction, startAction } from '../../test-support/action-runner.js';
import {
  baseInputs,
  errorLine,
  parseResults,
  REPOSITORY,
  useEmulator,
  waitInputs
} from '../../test-support/scenario.js';

const SLOW_GROUP_ID = 'eci-emulator0000000008';
const HOSTILE_GROUP_ID = 'eci-emulator0000000007';
const HOSTILE_NAME = 'x\n::warning::injected';
const currentEmulator = useEmulator({
  taskDurationMs: 1500,
  containerGroups: {
    ...defaultContainerGroups(),
    [SLOW_GROUP_ID]: { status: 'Running', regionId: 'cn-hangzhou', containers: ['worker'], taskDurationMs: 120_000 },
    [HOSTILE_GROUP_ID]: { status: 'Running', regionId: 'cn-hangzhou', containers: [HOSTILE_NAME] }
  }
});

async function startCommit(emulator: Emulator, overrides: Record<string, string> = {}): Promise<string> {
  const started = await runAction({ inputs: baseInputs(emulator, { wait: 'false', ...overrides }) });
  expect(started.exitCode).toBe(0);
  return started.outputs['task-id'];
}

describe('task-id: trouble midway', () => {
  it('keeps a task seen finished when a later query is refused, and tells the refusal once', async () => {
    const emulator = currentEmulator();
    const done = await startCommit(emulator);
    const open = await startCommit(emulator, { 'container-group-id': SLOW_GROUP_ID, 'container-name': 'worker' });
    const running = startAction({ inputs: waitInputs(emulator, `${done}, ${open}`) });
    await running.waitForOutput(`${done}: Phase PushCommittedImage Success`);
    emulator.injectError({
      action: 'DescribeCommitContainerTask',
      status: 403,
      code: 'Forbidden.RAM',
      message: 'User not authorized to operate on the specified resource.',
      count: 10
    });
    const result = await running.result;

    expect(result.exitCode).toBe(1);
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(2);
    expect(parseResults(result.outputs.results).map(({ taskId, status }) => [taskId, status])).toEqual([
      [done, 'Succeeded'],
      [open, 'Running']
    ]);
    const failure = result.stdout.slice(result.stdout.indexOf('::error::'));
    expect(failure).toContain('1 of 2 commit tasks failed');
    expect(failure).toContain(`- ${open} [worker]: DescribeCommitContainerTask failed`);
    expect(failure.match(/Forbidden\.RAM/g)).toHaveLength(1);
    expect(failure).toContain('eci:DescribeCommitContainerTask');
    expect(failure).not.toContain('eci:CommitContainer');
    expect(failure).not.toContain(`- ${done}`);
  }, 30_000);

  it('never lets a container name from ECI forge a workflow command or break the image output', async () => {
    const emulator = currentEmulator();
    // The action refuses such a name from '*' (it never commits it), but a task made elsewhere can carry it.
    const created = await callApi(emulator, {
      action: 'CommitContainer',
      params: {
        ...COMMIT_PARAMS,
        ContainerGroupId: HOSTILE_GROUP_ID,
        ContainerName: HOSTILE_NAME,
        'Image.Repository': REPOSITORY
      }
    });
    expect(created.status).toBe(200);
    const taskId = String(created.json.TaskId);
    expect(emulator.task(taskId)?.containerName).toBe(HOSTILE_NAME);
    const result = await runAction({
      inputs: waitInputs(emulator, taskId, { 'image-repository': REPOSITORY, 'image-tag': '{container}' })
    });

    expect(result.exitCode).toBe(0);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('::warning::'))).toEqual([]);
    expect(result.outputs).not.toHaveProperty('image');
    expect(result.outputs).not.toHaveProperty('image-tag');
    expect(Object.values(result.outputs).some((value) => value.includes('\n'))).toBe(false);
    expect(result.stdout).toContain(`The image of task ${taskId} is unknown`);
    expect(JSON.parse(result.outputs.results)).toEqual([expect.objectContaining({ taskId, container: '' })]);
    expect(result.stdout).toContain(`Commit task ${taskId} succeeded.`);
    expect(errorLine(result.stdout)).toBe('');
  });
});
