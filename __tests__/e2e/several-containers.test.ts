import { runAction, startAction } from '../../test-support/action-runner.js';
import {
  baseInputs,
  errorLine,
  EXPIRED_TOKEN,
  oidcInputs,
  parseResults,
  REPOSITORY,
  until,
  useEmulator
} from '../../test-support/scenario.js';

const currentEmulator = useEmulator({ taskDurationMs: 500 });

/** Commit tasks never overlapped: each started after the previous one finished. */
function expectSequential(tasks: Array<{ createdAtMs: number; finishedAtMs: number }>): void {
  for (let i = 1; i < tasks.length; i++) expect(tasks[i].createdAtMs).toBeGreaterThanOrEqual(tasks[i - 1].finishedAtMs);
}

describe('several containers of one group', () => {
  it('commits two named containers one after another, with distinct tags, and lists them in results', async () => {
    const emulator = currentEmulator();
    const result = await runAction({
      inputs: baseInputs(emulator, { 'container-name': 'app, sidecar', 'image-tag': 'v2' })
    });

    expect(result.exitCode).toBe(0);
    expect(emulator.requestsFor('DescribeContainerGroups')).toHaveLength(1);
    expect(emulator.requestsFor('DescribeContainerGroups')[0].params.ContainerGroupIds).toBe(
      '["eci-emulator0000000001"]'
    );
    const commits = emulator.requestsFor('CommitContainer');
    expect(commits.map((request) => [request.params.ContainerName, request.params['Image.Tag']])).toEqual([
      ['app', 'v2-app'],
      ['sidecar', 'v2-sidecar']
    ]);
    expectSequential(emulator.tasks);
    const results = parseResults(result.outputs.results);
    expect(results).toEqual([
      {
        container: 'app',
        containerGroupId: 'eci-emulator0000000001',
        taskId: emulator.tasks[0].taskId,
        image: `${REPOSITORY}:v2-app`,
        status: 'Succeeded',
        requestId: commits[0].requestId,
        digest: emulator.registry.digestOf(REPOSITORY, 'v2-app')
      },
      {
        container: 'sidecar',
        containerGroupId: 'eci-emulator0000000001',
        taskId: emulator.tasks[1].taskId,
        image: `${REPOSITORY}:v2-sidecar`,
        status: 'Succeeded',
        requestId: commits[1].requestId,
        digest: emulator.registry.digestOf(REPOSITORY, 'v2-sidecar')
      }
    ]);
    // The single-value outputs describe the last container.
    expect(result.outputs['task-id']).toBe(emulator.tasks[1].taskId);
    expect(result.outputs.image).toBe(`${REPOSITORY}:v2-sidecar`);
    expect(result.outputs.status).toBe('Succeeded');
    expect(result.summary.match(/<tr><td/g)).toHaveLength(2);
  });

  it('commits every container with *, one per line of names also accepted', async () => {
    const emulator = currentEmulator();
    const all = await runAction({ inputs: baseInputs(emulator, { 'container-name': '*', 'image-tag': 'nightly' }) });

    expect(all.exitCode).toBe(0);
    expect(emulator.requestsFor('CommitContainer').map((request) => request.params.ContainerName)).toEqual([
      'app',
      'sidecar',
      'logger'
    ]);
    expect(parseResults(all.outputs.results).map((entry) => entry.status)).toEqual([
      'Succeeded',
      'Succeeded',
      'Succeeded'
    ]);
    expectSequential(emulator.tasks);

    emulator.reset();
    const lines = await runAction({ inputs: baseInputs(emulator, { 'container-name': 'logger\napp\n' }) });
    expect(lines.exitCode).toBe(0);
    expect(emulator.requestsFor('CommitContainer').map((request) => request.params.ContainerName)).toEqual([
      'logger',
      'app'
    ]);
  });

  it('fails before any commit on an unknown name, listing the names that exist', async () => {
    const emulator = currentEmulator();
    const result = await runAction({ inputs: baseInputs(emulator, { 'container-name': 'app,web' }) });

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      "::error::Invalid container-name: 'web' not found in container group eci-emulator0000000001. It has: app, sidecar, logger."
    );
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(0);
  });

  it('keeps a single name on the single-call path: no DescribeContainerGroups, one CommitContainer', async () => {
    const emulator = currentEmulator();
    const result = await runAction({
      inputs: baseInputs(emulator, { 'container-name': 'sidecar', 'image-tag': 'v3' })
    });

    expect(result.exitCode).toBe(0);
    expect(emulator.requestsFor('DescribeContainerGroups')).toHaveLength(0);
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(1);
    expect(emulator.requestsFor('CommitContainer')[0].params['Image.Tag']).toBe('v3');
  });

  it('with fail-fast true, stops at the first failed container', async () => {
    const emulator = currentEmulator();
    emulator.failNextTask({ phase: 'CommitContainer', message: 'disk full', containerName: 'sidecar' });
    const result = await runAction({ inputs: baseInputs(emulator, { 'container-name': '*' }) });

    expect(result.exitCode).toBe(1);
    expect(emulator.requestsFor('CommitContainer').map((request) => request.params.ContainerName)).toEqual([
      'app',
      'sidecar'
    ]);
    expect(parseResults(result.outputs.results).map((entry) => [entry.container, entry.status])).toEqual([
      ['app', 'Succeeded'],
      ['sidecar', 'Failed'],
      ['logger', 'Skipped']
    ]);
    expect(result.stdout).toContain('::error::1 of 3 container commits failed:%0A- sidecar: Commit task');
    expect(result.stdout).toContain('Not committing logger: fail-fast is true.');
  });

  it('with fail-fast false, commits all and fails at the end listing each failure', async () => {
    const emulator = currentEmulator();
    emulator.failNextTask({ phase: 'PushCommittedImage', message: 'push denied', containerName: 'sidecar' });
    const result = await runAction({ inputs: baseInputs(emulator, { 'container-name': '*', 'fail-fast': 'false' }) });

    expect(result.exitCode).toBe(1);
    expect(emulator.requestsFor('CommitContainer').map((request) => request.params.ContainerName)).toEqual([
      'app',
      'sidecar',
      'logger'
    ]);
    expect(parseResults(result.outputs.results).map((entry) => entry.status)).toEqual([
      'Succeeded',
      'Failed',
      'Succeeded'
    ]);
    expect(result.stdout).toMatch(
      /::error::1 of 3 container commits failed:%0A- sidecar: Commit task t-\w+ failed in phase PushCommittedImage: push denied/
    );
    expect(result.summary.match(/<tr><td/g)).toHaveLength(3);
  });

  it('puts {container} into tag and repository', async () => {
    const emulator = currentEmulator();
    const result = await runAction({
      inputs: baseInputs(emulator, {
        'container-name': 'app,logger',
        'image-repository': 'registry.cn-hangzhou.aliyuncs.com/octo/{container}',
        'image-tag': 'build-{container}-7'
      })
    });

    expect(result.exitCode).toBe(0);
    expect(
      emulator
        .requestsFor('CommitContainer')
        .map((request) => `${request.params['Image.Repository']}:${request.params['Image.Tag']}`)
    ).toEqual([
      'registry.cn-hangzhou.aliyuncs.com/octo/app:build-app-7',
      'registry.cn-hangzhou.aliyuncs.com/octo/logger:build-logger-7'
    ]);
    expect(parseResults(result.outputs.results).map((entry) => entry.image)).toEqual([
      'registry.cn-hangzhou.aliyuncs.com/octo/app:build-app-7',
      'registry.cn-hangzhou.aliyuncs.com/octo/logger:build-logger-7'
    ]);
  });

  it('refuses wait: false with several containers before any request', async () => {
    const emulator = currentEmulator();
    const listed = await runAction({
      inputs: baseInputs(emulator, { 'container-name': 'app,sidecar', wait: 'false' })
    });
    expect(listed.exitCode).toBe(1);
    expect(listed.stdout).toContain(
      '::error::Input wait is false but 2 containers are to be committed (app, sidecar).'
    );
    expect(emulator.requests).toHaveLength(0);

    const all = await runAction({ inputs: baseInputs(emulator, { 'container-name': '*', wait: 'false' }) });
    expect(all.exitCode).toBe(1);
    expect(all.stdout).toContain(
      '::error::Input wait is false but 3 containers are to be committed (app, sidecar, logger).'
    );
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(0);
  });

  it('the emulator rejects a second commit while one runs, so the action must be sequential', async () => {
    const emulator = currentEmulator();
    emulator.configure({ taskDurationMs: 60_000 });
    const first = await runAction({ inputs: baseInputs(emulator, { wait: 'false', 'image-tag': 'one' }) });
    expect(first.exitCode).toBe(0);
    const second = await runAction({
      inputs: baseInputs(emulator, { wait: 'false', 'container-name': 'sidecar', 'image-tag': 'two' })
    });
    expect(second.exitCode).toBe(1);
    expect(second.stdout).toMatch(/IncorrectStatusDetail/);
  });
});

describe('several containers: the last result and cancellation', () => {
  it('with several containers, reports a last one that failed before its task existed as that, not as the previous task', async () => {
    const emulator = currentEmulator();
    const running = startAction({
      inputs: baseInputs(emulator, { 'container-name': 'app,sidecar', 'image-tag': 'v4' })
    });
    // Armed once the first CommitContainer was answered, so that the second one fails.
    await running.waitForOutput('Commit task');
    emulator.injectError({ action: 'CommitContainer', status: 403, code: 'Forbidden.RAM', message: 'no', count: 1 });
    const result = await running.result;

    expect(result.exitCode).toBe(1);
    const commits = emulator.requestsFor('CommitContainer');
    expect(commits.map((request) => request.params.ContainerName)).toEqual(['app', 'sidecar']);
    expect(emulator.tasks).toHaveLength(1);
    expect(parseResults(result.outputs.results)).toEqual([
      {
        container: 'app',
        containerGroupId: 'eci-emulator0000000001',
        taskId: emulator.tasks[0].taskId,
        image: `${REPOSITORY}:v4-app`,
        status: 'Succeeded',
        requestId: commits[0].requestId,
        digest: emulator.registry.digestOf(REPOSITORY, 'v4-app')
      },
      {
        container: 'sidecar',
        containerGroupId: 'eci-emulator0000000001',
        taskId: null,
        image: `${REPOSITORY}:v4-sidecar`,
        status: 'Failed',
        requestId: null,
        digest: null
      }
    ]);
    expect(result.outputs['task-id']).toBe('');
    expect(result.outputs['request-id']).toBe('');
    expect(result.outputs.image).toBe(`${REPOSITORY}:v4-sidecar`);
    expect(result.outputs['image-tag']).toBe('v4-sidecar');
    expect(result.outputs.status).toBe('Failed');
    expect(errorLine(result.stdout)).toContain('sidecar: CommitContainer failed: Forbidden.RAM');
  });

  describe('cancellation between containers', () => {
    // The next CommitContainer leaves within a millisecond of the "committed and pushed" line (measured: it reached
    // the emulator from 4 ms before to 1 ms after this process saw the line), so a SIGINT sent on that line cannot
    // be made to land before it: it lands before sidecar's CommitContainer, while it is in flight, or after its
    // answer. Each case must be told as it is; the next test holds the step truly between two containers.
    it('on SIGINT right after a container succeeded, commits no container after the one on its way', async () => {
      const emulator = currentEmulator();
      emulator.configure({ taskDurationMs: 1500 });
      const running = startAction({ inputs: baseInputs(emulator, { 'container-name': '*' }), killAfterMs: 20_000 });
      await running.waitForOutput('committed and pushed');
      running.child.kill('SIGINT');
      const result = await running.result;

      // Ended by itself, not by the test's failsafe kill, and not by waiting out the held answer.
      expect(result.signal).toBeNull();
      expect(result.exitCode).toBe(1);
      const sent = emulator.requestsFor('CommitContainer').map((request) => request.params.ContainerName);
      expect([['app'], ['app', 'sidecar']]).toContainEqual(sent);
      const [app, sidecar, logger] = parseResults(result.outputs.results);
      expect([app.container, app.status, app.taskId]).toEqual(['app', 'Succeeded', emulator.tasks[0].taskId]);
      expect([logger.container, logger.status, logger.taskId]).toEqual(['logger', 'Skipped', null]);
      const error = errorLine(result.stdout);
      expect(error).toContain('cancelled');
      if (!sent.includes('sidecar')) {
        // Before sidecar's CommitContainer left: nothing was created, and nothing may be said to have been.
        expect([sidecar.status, sidecar.taskId]).toEqual(['Skipped', null]);
        expect(result.stdout).not.toContain('a task may have been created');
      } else if (sidecar.taskId !== null) {
        // After its answer: the task is known, and keeps running.
        const sidecarTask = emulator.tasks.find((task) => task.containerName === 'sidecar');
        expect([sidecar.status, sidecar.taskId]).toEqual(['Running', sidecarTask?.taskId]);
        expect(error).toContain(sidecar.taskId);
        expect(result.stdout).not.toContain('a task may have been created');
      } else {
        // While it was in flight: the step cannot know the task, and says that one may exist.
        expect(error).toContain('a task may have been created');
      }
    });

    it('on SIGINT while the next container waits for renewed credentials, sends no further CommitContainer', async () => {
      const emulator = currentEmulator();
      const running = startAction({
        inputs: oidcInputs(currentEmulator(), { 'container-name': '*' }),
        env: { ...emulator.githubOidcEnv() },
        killAfterMs: 20_000
      });
      await running.waitForOutput('Commit task');
      // sidecar's CommitContainer is refused (no task), and the renewal it leads to is held: the step is between
      // app's task and sidecar's.
      emulator.injectError({ ...EXPIRED_TOKEN, action: 'CommitContainer', status: 400 });
      emulator.delayResponses({ action: 'AssumeRoleWithOIDC', ms: 600_000 });
      await until(() => emulator.requestsFor('AssumeRoleWithOIDC').length === 2);
      running.child.kill('SIGINT');
      const result = await running.result;

      // Ended by itself, not by the test's failsafe kill, and not by waiting out the held answer.
      expect(result.signal).toBeNull();
      expect(result.exitCode).toBe(1);
      expect(emulator.requestsFor('CommitContainer').map((request) => request.params.ContainerName)).toEqual([
        'app',
        'sidecar'
      ]);
      expect(emulator.tasks).toHaveLength(1);
      const results = parseResults(result.outputs.results);
      expect(results.map((entry) => [entry.container, entry.taskId])).toEqual([
        ['app', emulator.tasks[0].taskId],
        ['sidecar', null],
        ['logger', null]
      ]);
      expect(results[0].status).toBe('Succeeded');
      expect(results[2].status).toBe('Skipped');
      expect(result.outputs['task-id']).toBe('');
      expect(errorLine(result.stdout)).toContain('The job was cancelled');
      expect(result.stdout).not.toContain('a task may have been created');
    });
  });
});
