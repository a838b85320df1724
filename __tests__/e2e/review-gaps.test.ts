import { runAction, startAction, takeFinishedRuns, type FinishedRun } from '../helpers/action-runner.js';
import { baseInputs, emulatorSecrets, oidcInputs, parseResults, REPOSITORY, useEmulator } from '../helpers/scenario.js';
import { assertNoLeakedSecrets, findLeakedSecrets } from '../helpers/secret-scan.js';
import { DEFAULT_ROLE_ARN } from '../../scripts/emulator/sts-actions.js';

const emulator = useEmulator({ taskDurationMs: 600 });

const EXPIRED_TOKEN = {
  action: 'DescribeCommitContainerTask',
  status: 403,
  code: 'InvalidSecurityToken.Expired',
  message: 'Specified SecurityToken is expired.'
};

function eciRequests() {
  return emulator().requests.filter((request) => request.service === 'eci');
}

function errorLine(stdout: string): string {
  return stdout.split('\n').find((line) => line.startsWith('::error::')) ?? '';
}

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs}ms waiting for ${condition.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('the secret scan after every run', () => {
  it('reports a secret the step writes, naming its kind and where it showed', async () => {
    const ecs = emulator();
    const result = await runAction({ inputs: baseInputs(ecs, { 'image-message': ecs.accessKeySecret }) });
    // Taken here, so that the afterEach scan does not fail this test.
    const runs = takeFinishedRuns();

    expect(result.exitCode).toBe(0);
    expect(runs).toHaveLength(1);
    const leaks = findLeakedSecrets(runs, emulatorSecrets(ecs));
    expect(leaks.map((leak) => [leak.kind, leak.where])).toEqual([
      ['access-key-secret input', 'stdout'],
      ['emulator access key secret', 'stdout']
    ]);
    expect(leaks[0].line).toContain(ecs.accessKeySecret);
    expect(leaks[0].line).not.toMatch(/^::add-mask::/);
    expect(() => assertNoLeakedSecrets(runs, emulatorSecrets(ecs))).toThrow(
      /- access-key-secret input in stdout \(run 1 of 1\)[\s\S]*- emulator access key secret in stdout \(run 1 of 1\)/
    );
  });

  it('tells the places apart, sees encoded forms, and lets only stdout and stderr carry ::add-mask::', () => {
    const written = (overrides: Partial<FinishedRun['written']>): FinishedRun['written'] => ({
      stdout: '',
      stderr: '',
      outputs: '',
      summary: '',
      GITHUB_STATE: '',
      GITHUB_ENV: '',
      GITHUB_PATH: '',
      ...overrides
    });
    const token = 'CAIS+token/with=base64';
    const run: FinishedRun = {
      written: written({
        stdout: `::add-mask::${token}\n::add-mask::input-secret-value\nfine`,
        stderr: `Error: sending x-acs-security-token=${encodeURIComponent(token)}`,
        outputs: `results<<ghadelimiter_1\n[{"message":${JSON.stringify('oidc.jwt.value')}}]\nghadelimiter_1\n::add-mask::input-secret-value`,
        summary: '<td>sts-secret-value</td>',
        GITHUB_ENV: 'LEAK=env-secret-value'
      }),
      everything: '',
      secrets: [
        { kind: 'access-key-secret input', value: 'input-secret-value' },
        { kind: 'ALIBABA_CLOUD_SECURITY_TOKEN env', value: 'env-secret-value' }
      ]
    };
    const shared = [
      { kind: 'STS SecurityToken', value: token },
      { kind: 'STS AccessKeySecret', value: 'sts-secret-value' },
      { kind: 'GitHub OIDC token', value: 'oidc.jwt.value' },
      { kind: 'empty values are ignored', value: '' }
    ];

    expect(findLeakedSecrets([run], shared).map((leak) => `${leak.kind} in ${leak.where}`)).toEqual([
      'STS SecurityToken in stderr',
      'access-key-secret input in outputs',
      'GitHub OIDC token in outputs',
      'STS AccessKeySecret in summary',
      'ALIBABA_CLOUD_SECURITY_TOKEN env in GITHUB_ENV'
    ]);
    expect(findLeakedSecrets([{ ...run, written: written({ stdout: run.written.stdout }) }], shared)).toEqual([]);
  });
});

describe('review gaps', () => {
  it('renews OIDC credentials when ECI says the security token expired, and signs the next call with the new ones', async () => {
    const ecs = emulator();
    ecs.injectError(EXPIRED_TOKEN);
    const result = await runAction({ inputs: oidcInputs(emulator()), env: { ...ecs.githubOidcEnv() } });

    expect(result.exitCode).toBe(0);
    expect(result.outputs.status).toBe('Succeeded');
    expect(ecs.requestsFor('AssumeRoleWithOIDC')).toHaveLength(2);
    const [first, second] = ecs.issuedStsCredentials();
    const eci = eciRequests();
    const refused = eci.findIndex((request) => request.errorCode === 'InvalidSecurityToken.Expired');
    expect(refused).toBeGreaterThan(0);
    // An injected error is answered before authentication, so the key is read from the request's own header.
    const keyIds = eci.map((request) => request.headers['x-acs-accesskey-id']);
    expect(keyIds.slice(0, refused + 1).every((keyId) => keyId === first.accessKeyId)).toBe(true);
    const renewedAt = ecs.requestsFor('AssumeRoleWithOIDC')[1].receivedAt;
    expect(renewedAt).toBeGreaterThanOrEqual(eci[refused].receivedAt);
    const after = eci.slice(refused + 1);
    expect(after.length).toBeGreaterThan(0);
    for (const request of after) {
      expect(request.accessKeyId).toBe(second.accessKeyId);
      expect(request.headers['x-acs-security-token']).toBe(second.securityToken);
      expect(request.signatureValid).toBe(true);
      expect(request.status).toBe(200);
    }
    expect(result.stdout).toContain(`Renewed ${DEFAULT_ROLE_ARN} with GitHub OIDC`);
  });

  it('fails with the task still running when a static security token expires during the wait', async () => {
    const ecs = emulator();
    ecs.injectError(EXPIRED_TOKEN);
    const result = await runAction({ inputs: baseInputs(ecs, { 'security-token': 'CAISstatic-token-for-test' }) });

    expect(result.exitCode).toBe(1);
    const [task] = ecs.tasks;
    const error = errorLine(result.stdout);
    expect(error).toContain('InvalidSecurityToken.Expired');
    expect(error).toContain(`Task ${task.taskId} keeps running on ECI`);
    expect(error).toContain('The STS security token expired');
    expect(result.outputs['task-id']).toBe(task.taskId);
    expect(result.outputs.status).toBe('Running');
    // Temporary keys from the inputs cannot be renewed: no STS call, no further status query with the dead token.
    expect(ecs.requestsFor('AssumeRoleWithOIDC')).toHaveLength(0);
    expect(ecs.requestsFor('DescribeCommitContainerTask')).toHaveLength(1);
  });

  describe('security-token goes with every ECI call, and is masked', () => {
    const TOKEN = { inputs: 'CAISsecurity-token-from-inputs', env: 'CAISsecurity-token-from-the-environment' };

    it.each(['inputs', 'env'] as const)('from the %s', async (from) => {
      const ecs = emulator();
      const token = TOKEN[from];
      const result = await runAction(
        from === 'inputs'
          ? { inputs: baseInputs(ecs, { 'security-token': token }) }
          : {
              inputs: baseInputs(ecs, { 'access-key-id': '', 'access-key-secret': '' }),
              // What aliyun/configure-aliyun-credentials-action exports.
              env: {
                ALIBABA_CLOUD_ACCESS_KEY_ID: ecs.accessKeyId,
                ALIBABA_CLOUD_ACCESS_KEY_SECRET: ecs.accessKeySecret,
                ALIBABA_CLOUD_SECURITY_TOKEN: token
              }
            }
      );

      expect(result.exitCode).toBe(0);
      expect(result.stdout).toContain('(temporary, with security token)');
      expect(eciRequests().length).toBeGreaterThanOrEqual(2);
      for (const request of eciRequests()) {
        expect(request.headers['x-acs-security-token']).toBe(token);
        expect(request.headers['x-acs-accesskey-id']).toBe(ecs.accessKeyId);
        expect(request.signatureValid).toBe(true);
      }
      // The afterEach scan checks that the token shows nowhere else.
      expect(result.stdout).toContain(`::add-mask::${token}`);
      expect(result.stdout).toContain(`::add-mask::${ecs.accessKeySecret}`);
    });
  });

  it('with several containers, reports a last one that failed before its task existed as that, not as the previous task', async () => {
    const ecs = emulator();
    const running = startAction({ inputs: baseInputs(ecs, { 'container-name': 'app,sidecar', 'image-tag': 'v4' }) });
    // Armed once the first CommitContainer was answered, so that the second one fails.
    await running.waitForOutput('Commit task');
    ecs.injectError({ action: 'CommitContainer', status: 403, code: 'Forbidden.RAM', message: 'no', count: 1 });
    const result = await running.result;

    expect(result.exitCode).toBe(1);
    const commits = ecs.requestsFor('CommitContainer');
    expect(commits.map((request) => request.params.ContainerName)).toEqual(['app', 'sidecar']);
    expect(ecs.tasks).toHaveLength(1);
    expect(parseResults(result.outputs.results)).toEqual([
      {
        container: 'app',
        taskId: ecs.tasks[0].taskId,
        image: `${REPOSITORY}:v4-app`,
        status: 'Succeeded',
        requestId: commits[0].requestId
      },
      { container: 'sidecar', taskId: null, image: `${REPOSITORY}:v4-sidecar`, status: 'Failed', requestId: null }
    ]);
    expect(result.outputs['task-id']).toBe('');
    expect(result.outputs['request-id']).toBe('');
    expect(result.outputs.image).toBe(`${REPOSITORY}:v4-sidecar`);
    expect(result.outputs['image-tag']).toBe('v4-sidecar');
    expect(result.outputs.status).toBe('Failed');
    expect(errorLine(result.stdout)).toContain('sidecar: CommitContainer failed: Forbidden.RAM');
  });

  it('never shows a secret from a malformed ~/.aliyun/config.json, not even masked', async () => {
    const ecs = emulator();
    const result = await runAction({
      inputs: baseInputs(ecs, { 'access-key-id': '', 'access-key-secret': '' }),
      homeFiles: {
        // The closing braces are missing.
        '.aliyun/config.json':
          '{"current":"default","profiles":[{"name":"default","mode":"AK","access_key_id":"LTAI5tFromCli","access_key_secret":"TopSecretFromCliConfig"'
      }
    });

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('::error::No Alibaba Cloud credentials found');
    // Raw: stdout with its ::add-mask:: lines, stderr, GITHUB_OUTPUT, the summary and the runner's other files.
    expect(result.everything).not.toContain('TopSecretFromCliConfig');
    expect(ecs.requests).toHaveLength(0);
  });

  describe('cancellation between containers', () => {
    // The next CommitContainer leaves within a millisecond of the "committed and pushed" line (measured: it reached
    // the emulator from 4 ms before to 1 ms after this process saw the line), so a SIGINT sent on that line cannot
    // be made to land before it: it lands before sidecar's CommitContainer, while it is in flight, or after its
    // answer. Each case must be told as it is; the next test holds the step truly between two containers.
    it('on SIGINT right after a container succeeded, commits no container after the one on its way', async () => {
      const ecs = emulator();
      ecs.configure({ taskDurationMs: 1500 });
      const running = startAction({ inputs: baseInputs(ecs, { 'container-name': '*' }), killAfterMs: 20_000 });
      await running.waitForOutput('committed and pushed');
      const signalledAt = Date.now();
      running.child.kill('SIGINT');
      const result = await running.result;

      expect(Date.now() - signalledAt).toBeLessThan(2000);
      expect(result.exitCode).toBe(1);
      const sent = ecs.requestsFor('CommitContainer').map((request) => request.params.ContainerName);
      expect([['app'], ['app', 'sidecar']]).toContainEqual(sent);
      const [app, sidecar, logger] = parseResults(result.outputs.results);
      expect([app.container, app.status, app.taskId]).toEqual(['app', 'Succeeded', ecs.tasks[0].taskId]);
      expect([logger.container, logger.status, logger.taskId]).toEqual(['logger', 'Skipped', null]);
      const error = errorLine(result.stdout);
      expect(error).toContain('cancelled');
      if (!sent.includes('sidecar')) {
        // Before sidecar's CommitContainer left: nothing was created, and nothing may be said to have been.
        expect([sidecar.status, sidecar.taskId]).toEqual(['Skipped', null]);
        expect(result.stdout).not.toContain('a task may have been created');
      } else if (sidecar.taskId !== null) {
        // After its answer: the task is known, and keeps running.
        const sidecarTask = ecs.tasks.find((task) => task.containerName === 'sidecar');
        expect([sidecar.status, sidecar.taskId]).toEqual(['Running', sidecarTask?.taskId]);
        expect(error).toContain(sidecar.taskId);
        expect(result.stdout).not.toContain('a task may have been created');
      } else {
        // While it was in flight: the step cannot know the task, and says that one may exist.
        expect(error).toContain('a task may have been created');
      }
    });

    it('on SIGINT while the next container waits for renewed credentials, sends no further CommitContainer', async () => {
      const ecs = emulator();
      const running = startAction({
        inputs: oidcInputs(emulator(), { 'container-name': '*' }),
        env: { ...ecs.githubOidcEnv() },
        killAfterMs: 20_000
      });
      await running.waitForOutput('Commit task');
      // sidecar's CommitContainer is refused (no task), and the renewal it leads to is held: the step is between
      // app's task and sidecar's.
      ecs.injectError({ ...EXPIRED_TOKEN, action: 'CommitContainer', status: 400 });
      ecs.delayResponses({ action: 'AssumeRoleWithOIDC', ms: 10_000 });
      await until(() => ecs.requestsFor('AssumeRoleWithOIDC').length === 2);
      const signalledAt = Date.now();
      running.child.kill('SIGINT');
      const result = await running.result;

      expect(Date.now() - signalledAt).toBeLessThan(2000);
      expect(result.exitCode).toBe(1);
      expect(ecs.requestsFor('CommitContainer').map((request) => request.params.ContainerName)).toEqual([
        'app',
        'sidecar'
      ]);
      expect(ecs.tasks).toHaveLength(1);
      const results = parseResults(result.outputs.results);
      expect(results.map((entry) => [entry.container, entry.taskId])).toEqual([
        ['app', ecs.tasks[0].taskId],
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

  it('ends a timed-out wait on time even when a status query hangs', async () => {
    const ecs = emulator();
    ecs.configure({ taskDurationMs: 120_000 });
    const running = startAction({
      inputs: baseInputs(ecs, { 'wait-timeout': '2s', 'poll-interval': '1s' }),
      killAfterMs: 25_000
    });
    await until(() => ecs.requestsFor('DescribeCommitContainerTask').length > 0);
    ecs.delayResponses({ action: 'DescribeCommitContainerTask', ms: 15_000, count: 5 });
    const result = await running.result;

    // The timeout, one poll interval, and slack for starting node and the first calls.
    expect(result.durationMs).toBeLessThan(2000 + 1000 + 1500);
    expect(result.exitCode).toBe(1);
    expect(result.outputs.status).toBe('Running');
    expect(errorLine(result.stdout)).toContain(`Timed out after 2s waiting for commit task ${ecs.tasks[0].taskId}`);
  });
});
