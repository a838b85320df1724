import { runAction } from '../helpers/action-runner.js';
import { baseInputs, parseResults, REPOSITORY, useEmulator } from '../helpers/scenario.js';

const emulator = useEmulator({ taskDurationMs: 500 });

/** Commit tasks never overlapped: each started after the previous one finished. */
function expectSequential(tasks: Array<{ createdAtMs: number; finishedAtMs: number }>): void {
  for (let i = 1; i < tasks.length; i++) expect(tasks[i].createdAtMs).toBeGreaterThanOrEqual(tasks[i - 1].finishedAtMs);
}

describe('several containers of one group', () => {
  it('commits two named containers one after another, with distinct tags, and lists them in results', async () => {
    const ecs = emulator();
    const result = await runAction({
      inputs: baseInputs(ecs, { 'container-name': 'app, sidecar', 'image-tag': 'v2' })
    });

    expect(result.exitCode).toBe(0);
    expect(ecs.requestsFor('DescribeContainerGroups')).toHaveLength(1);
    expect(ecs.requestsFor('DescribeContainerGroups')[0].params.ContainerGroupIds).toBe('["eci-emulator0000000001"]');
    const commits = ecs.requestsFor('CommitContainer');
    expect(commits.map((request) => [request.params.ContainerName, request.params['Image.Tag']])).toEqual([
      ['app', 'v2-app'],
      ['sidecar', 'v2-sidecar']
    ]);
    expectSequential(ecs.tasks);
    const results = parseResults(result.outputs.results);
    expect(results).toEqual([
      {
        container: 'app',
        taskId: ecs.tasks[0].taskId,
        image: `${REPOSITORY}:v2-app`,
        status: 'Succeeded',
        requestId: commits[0].requestId
      },
      {
        container: 'sidecar',
        taskId: ecs.tasks[1].taskId,
        image: `${REPOSITORY}:v2-sidecar`,
        status: 'Succeeded',
        requestId: commits[1].requestId
      }
    ]);
    // The single-value outputs describe the last container.
    expect(result.outputs['task-id']).toBe(ecs.tasks[1].taskId);
    expect(result.outputs.image).toBe(`${REPOSITORY}:v2-sidecar`);
    expect(result.outputs.status).toBe('Succeeded');
    expect(result.summary.match(/<tr><td><code>/g)).toHaveLength(2);
  });

  it('commits every container with *, one per line of names also accepted', async () => {
    const ecs = emulator();
    const all = await runAction({ inputs: baseInputs(ecs, { 'container-name': '*', 'image-tag': 'nightly' }) });

    expect(all.exitCode).toBe(0);
    expect(ecs.requestsFor('CommitContainer').map((request) => request.params.ContainerName)).toEqual([
      'app',
      'sidecar',
      'logger'
    ]);
    expect(parseResults(all.outputs.results).map((entry) => entry.status)).toEqual([
      'Succeeded',
      'Succeeded',
      'Succeeded'
    ]);
    expectSequential(ecs.tasks);

    ecs.reset();
    const lines = await runAction({ inputs: baseInputs(ecs, { 'container-name': 'logger\napp\n' }) });
    expect(lines.exitCode).toBe(0);
    expect(ecs.requestsFor('CommitContainer').map((request) => request.params.ContainerName)).toEqual([
      'logger',
      'app'
    ]);
  });

  it('fails before any commit on an unknown name, listing the names that exist', async () => {
    const ecs = emulator();
    const result = await runAction({ inputs: baseInputs(ecs, { 'container-name': 'app,web' }) });

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      "::error::Invalid container-name: 'web' not found in container group eci-emulator0000000001. It has: app, sidecar, logger."
    );
    expect(ecs.requestsFor('CommitContainer')).toHaveLength(0);
  });

  it('keeps a single name on the single-call path: no DescribeContainerGroups, one CommitContainer', async () => {
    const ecs = emulator();
    const result = await runAction({ inputs: baseInputs(ecs, { 'container-name': 'sidecar', 'image-tag': 'v3' }) });

    expect(result.exitCode).toBe(0);
    expect(ecs.requestsFor('DescribeContainerGroups')).toHaveLength(0);
    expect(ecs.requestsFor('CommitContainer')).toHaveLength(1);
    expect(ecs.requestsFor('CommitContainer')[0].params['Image.Tag']).toBe('v3');
  });

  it('with fail-fast true, stops at the first failed container', async () => {
    const ecs = emulator();
    ecs.failNextTask({ phase: 'CommitContainer', message: 'disk full', containerName: 'sidecar' });
    const result = await runAction({ inputs: baseInputs(ecs, { 'container-name': '*' }) });

    expect(result.exitCode).toBe(1);
    expect(ecs.requestsFor('CommitContainer').map((request) => request.params.ContainerName)).toEqual([
      'app',
      'sidecar'
    ]);
    expect(parseResults(result.outputs.results).map((entry) => [entry.container, entry.status])).toEqual([
      ['app', 'Succeeded'],
      ['sidecar', 'Failed'],
      ['logger', 'Skipped']
    ]);
    expect(result.stdout).toContain('::error::1 of 2 container commits failed:%0A- sidecar: Commit task');
    expect(result.stdout).toContain('Not committing logger: fail-fast is true.');
  });

  it('with fail-fast false, commits all and fails at the end listing each failure', async () => {
    const ecs = emulator();
    ecs.failNextTask({ phase: 'PushCommittedImage', message: 'push denied', containerName: 'sidecar' });
    const result = await runAction({ inputs: baseInputs(ecs, { 'container-name': '*', 'fail-fast': 'false' }) });

    expect(result.exitCode).toBe(1);
    expect(ecs.requestsFor('CommitContainer').map((request) => request.params.ContainerName)).toEqual([
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
    expect(result.summary.match(/<tr><td><code>/g)).toHaveLength(3);
  });

  it('puts {container} into tag and repository', async () => {
    const ecs = emulator();
    const result = await runAction({
      inputs: baseInputs(ecs, {
        'container-name': 'app,logger',
        'image-repository': 'registry.cn-hangzhou.aliyuncs.com/octo/{container}',
        'image-tag': 'build-{container}-7'
      })
    });

    expect(result.exitCode).toBe(0);
    expect(
      ecs
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
    const ecs = emulator();
    const listed = await runAction({ inputs: baseInputs(ecs, { 'container-name': 'app,sidecar', wait: 'false' }) });
    expect(listed.exitCode).toBe(1);
    expect(listed.stdout).toContain('::error::Input wait is false but container-name lists several containers');
    expect(ecs.requests).toHaveLength(0);

    const all = await runAction({ inputs: baseInputs(ecs, { 'container-name': '*', wait: 'false' }) });
    expect(all.exitCode).toBe(1);
    expect(all.stdout).toContain(
      '::error::Input wait is false but container group eci-emulator0000000001 has 3 containers'
    );
    expect(ecs.requestsFor('CommitContainer')).toHaveLength(0);
  });

  it('the emulator rejects a second commit while one runs, so the action must be sequential', async () => {
    const ecs = emulator();
    ecs.configure({ taskDurationMs: 60_000 });
    const first = await runAction({ inputs: baseInputs(ecs, { wait: 'false', 'image-tag': 'one' }) });
    expect(first.exitCode).toBe(0);
    const second = await runAction({
      inputs: baseInputs(ecs, { wait: 'false', 'container-name': 'sidecar', 'image-tag': 'two' })
    });
    expect(second.exitCode).toBe(1);
    expect(second.stdout).toMatch(/IncorrectStatusDetail/);
  });
});
