import { DEFAULT_REGISTRY_USER } from '../../emulator/registry-standin.js';
import { runAction } from '../../test-support/action-runner.js';
import { RUN_ENV } from '../../test-support/run-env.js';
import { baseInputs, REPOSITORY, useEmulator, visibleLog } from '../../test-support/scenario.js';

const currentEmulator = useEmulator({ taskDurationMs: 600 });

describe('the built action against the ECI emulator', () => {
  it('commits with every input set, sending exactly the given fields, and reports the outcome', async () => {
    const emulator = currentEmulator();
    const result = await runAction({
      inputs: baseInputs(emulator, {
        'image-tag': 'v1.2.3',
        'image-message': 'release candidate',
        'image-author': 'release-bot',
        'acr-instance-id': 'cri-abc123',
        'acr-region-id': 'cn-shanghai',
        'acr-arn-service': 'acs:ram::1234567890123456:role/eci-service',
        'acr-arn-user': 'acs:ram::6543210987654321:role/acr-owner',
        'role-arn': 'acs:ram::1234567890123456:role/eci-push',
        'role-type': 'service',
        wait: 'true',
        'wait-timeout': '60s',
        'poll-interval': '2s',
        'job-summary': 'true',
        digest: 'true',
        'if-tag-exists': 'fail',
        'registry-username': DEFAULT_REGISTRY_USER.username,
        'registry-password': DEFAULT_REGISTRY_USER.password
      })
    });

    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const commits = emulator.requestsFor('CommitContainer');
    expect(commits).toHaveLength(1);
    expect(commits[0].signatureValid).toBe(true);
    expect(commits[0].params).toEqual({
      RegionId: 'cn-hangzhou',
      ContainerGroupId: 'eci-emulator0000000001',
      ContainerName: 'app',
      'Image.Repository': REPOSITORY,
      'Image.Tag': 'v1.2.3',
      'Image.Message': 'release candidate',
      'Image.Author': 'release-bot',
      'AcrRegistryInfo.InstanceId': 'cri-abc123',
      'AcrRegistryInfo.RegionId': 'cn-shanghai',
      'AcrRegistryInfo.ArnService': 'acs:ram::1234567890123456:role/eci-service',
      'AcrRegistryInfo.ArnUser': 'acs:ram::6543210987654321:role/acr-owner',
      'Arn.RoleArn': 'acs:ram::1234567890123456:role/eci-push',
      'Arn.RoleType': 'service'
    });
    const [task] = emulator.tasks;
    const digest = emulator.registry.digestOf(REPOSITORY, 'v1.2.3');
    expect(result.outputs).toEqual({
      'task-id': task.taskId,
      'request-id': commits[0].requestId,
      image: `${REPOSITORY}:v1.2.3`,
      'image-tag': 'v1.2.3',
      status: 'Succeeded',
      digest,
      'pinned-image': `${REPOSITORY}@${digest}`,
      results: JSON.stringify([
        {
          container: 'app',
          containerGroupId: 'eci-emulator0000000001',
          taskId: task.taskId,
          image: `${REPOSITORY}:v1.2.3`,
          status: 'Succeeded',
          requestId: commits[0].requestId,
          digest
        }
      ])
    });
    // The group's tasks listed just before the commit, then the wait's queries for the task.
    const [listed, ...describes] = emulator.requestsFor('DescribeCommitContainerTask');
    expect(listed.params).toMatchObject({ ContainerGroupId: 'eci-emulator0000000001' });
    expect(listed.receivedAt).toBeLessThanOrEqual(commits[0].receivedAt);
    expect(describes.length).toBeGreaterThanOrEqual(1);
    expect(describes.every((request) => request.params['TaskId.1'] === task.taskId && request.signatureValid)).toBe(
      true
    );
    // Each phase is logged once, as it happens.
    for (const phase of ['PullBaseImage', 'CommitContainer', 'PushCommittedImage']) {
      expect(result.stdout.match(new RegExp(`Phase ${phase} Success`, 'g'))).toHaveLength(1);
    }
    // The outcome first, then the image (which may wrap at its <wbr>), its task and phases.
    expect(result.summary).toMatch(/^<h3>✅ /);
    expect(result.summary).toContain(task.taskId);
    expect(result.summary.replace(/<wbr>/g, '')).toContain(`${REPOSITORY}:v1.2.3`);
    expect(result.summary).toContain('Succeeded');
    expect(result.summary).toMatch(/PullBaseImage.*CommitContainer.*PushCommittedImage/s);
    expect(visibleLog(result.everything)).not.toContain(emulator.accessKeySecret);
  });

  it('derives tag, message and author from the run, and leaves optional fields out', async () => {
    const emulator = currentEmulator();
    const result = await runAction({ inputs: baseInputs(emulator) });

    expect(result.exitCode).toBe(0);
    const [commit] = emulator.requestsFor('CommitContainer');
    expect(commit.params).toEqual({
      RegionId: 'cn-hangzhou',
      ContainerGroupId: 'eci-emulator0000000001',
      ContainerName: 'app',
      'Image.Repository': REPOSITORY,
      'Image.Tag': RUN_ENV.GITHUB_SHA.slice(0, 7),
      'Image.Message': `octo-org/shop: release #42 at ${RUN_ENV.GITHUB_SHA.slice(0, 7)}`,
      'Image.Author': 'octocat'
    });
    expect(result.outputs['image-tag']).toBe('1a2b3c4');
    expect(result.outputs.image).toBe(`${REPOSITORY}:1a2b3c4`);
  });

  it('with wait: false, returns at once with status Running and does not poll', async () => {
    const emulator = currentEmulator();
    emulator.configure({ taskDurationMs: 60_000 });
    const result = await runAction({ inputs: baseInputs(emulator, { wait: 'false', 'image-tag': 'nowait' }) });

    expect(result.exitCode).toBe(0);
    // Only the list taken before the commit.
    expect(emulator.requestsFor('DescribeCommitContainerTask')).toHaveLength(1);
    expect(result.outputs.status).toBe('Running');
    expect(result.outputs['task-id']).toBe(emulator.tasks[0].taskId);
    expect(result.summary).toContain('Running');
  });

  it('fails the step with the failed phase and the status message when the task fails', async () => {
    const emulator = currentEmulator();
    emulator.failNextTask({ phase: 'PushCommittedImage', message: 'push denied: repository not found' });
    const result = await runAction({ inputs: baseInputs(emulator) });

    expect(result.exitCode).toBe(1);
    expect(result.outputs.status).toBe('Failed');
    expect(result.outputs['task-id']).toBe(emulator.tasks[0].taskId);
    expect(result.stdout).toMatch(
      new RegExp(
        `::error::Commit task ${emulator.tasks[0].taskId} failed in phase PushCommittedImage.*push denied: repository not found`
      )
    );
    expect(result.summary).toContain('Failed');
  });

  it('stops waiting at wait-timeout, says the task keeps running, and reports status Running', async () => {
    const emulator = currentEmulator();
    emulator.configure({ taskDurationMs: 120_000 });
    const result = await runAction({ inputs: baseInputs(emulator, { 'wait-timeout': '3s', 'poll-interval': '1s' }) });

    const taskId = emulator.tasks[0].taskId;
    expect(result.exitCode).toBe(1);
    expect(result.outputs.status).toBe('Running');
    expect(result.outputs['task-id']).toBe(taskId);
    expect(result.stdout).toContain(`::error::Timed out after 3s waiting for commit task ${taskId}`);
    expect(result.stdout).toContain('keeps running on ECI');
    // Polled until the deadline, not beyond it.
    const describes = emulator.requestsFor('DescribeCommitContainerTask');
    expect(describes.length).toBeGreaterThanOrEqual(2);
    // A handful of queries, not one every few seconds until the task ends (the exact bound is on the fake clock in
    // __tests__/unit/wait.test.ts).
    expect(describes.length).toBeLessThanOrEqual(6);
  });

  it('fails with the API error code, message, RequestId and a hint, and sets no task outputs', async () => {
    const emulator = currentEmulator();
    emulator.injectError({
      action: 'CommitContainer',
      status: 403,
      code: 'Forbidden.RAM',
      message: 'User not authorized to operate on the specified resource.'
    });
    const result = await runAction({ inputs: baseInputs(emulator) });

    const [commit] = emulator.requestsFor('CommitContainer');
    expect(result.exitCode).toBe(1);
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(1);
    expect(result.stdout).toContain(
      `::error::CommitContainer failed: Forbidden.RAM (HTTP 403): User not authorized to operate on the specified resource. [RequestId: ${commit.requestId}]`
    );
    expect(result.stdout).toContain('eci:CommitContainer and eci:DescribeCommitContainerTask');
    expect(result.outputs).toEqual({});
  });

  it('explains IncorrectStatusDetail when the container group cannot be committed', async () => {
    const emulator = currentEmulator();
    const result = await runAction({
      inputs: baseInputs(emulator, { 'container-group-id': 'eci-emulator0000000002' })
    });

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error::CommitContainer failed: IncorrectStatusDetail \(HTTP 403\)/);
    expect(result.stdout).toContain('not in a state that can be committed');
  });

  it('rejects a bad input before any request, naming the input and the expected form', async () => {
    const emulator = currentEmulator();
    const result = await runAction({ inputs: baseInputs(emulator, { 'image-tag': '-bad tag' }) });

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      "::error::Invalid image-tag '-bad tag'. Expected 1-128 characters of [A-Za-z0-9_.-]"
    );
    expect(emulator.requests).toHaveLength(0);
    expect(result.outputs).toEqual({});
    expect(result.summary).toBe('');
  });
});
