/**
 * The built action against hostile answers and faults: remote text that never becomes a workflow command, secrets
 * kept from library debug output, and every read and loop bounded. One task even when the new task is not yet
 * visible, and the results of many containers written once: in-process/hardening.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, runAction, type ActionResult } from '../../test-support/action-runner.js';
import { baseInputs, errorLine, parseResults, useEmulator } from '../../test-support/scenario.js';
import { startTlsFront } from '../../test-support/tls-front.js';
import { executedCommands } from '../../test-support/workflow-commands.js';
import { DEFAULT_OIDC_AUDIENCE, DEFAULT_OIDC_PROVIDER_ARN, DEFAULT_ROLE_ARN } from '../../emulator/sts-actions.js';

const currentEmulator = useEmulator({ taskDurationMs: 600 });

/** What a hostile server or proxy slips into its text: commands on new lines, in both syntaxes. */
const FORGED =
  'ok\n::error title=FORGED::forged annotation\n::add-mask::FORGED\n::stop-commands::FORGED\r\n##[error]FORGED legacy\u2028::warning::FORGED';

/** The commands the runner would carry out for this run: none may come from the forged text. */
function expectNoForgedCommand(result: ActionResult): void {
  const commands = executedCommands(result.stdout);
  expect(commands.filter((command) => command.name === 'stop-commands')).toEqual([]);
  // Forged text shows only inside the message of the step's own annotations, never as a command of its own.
  const forged = commands
    .filter((command) => /FORGED/.test(command.line))
    .filter(
      (command) =>
        !['error', 'warning'].includes(command.name) || command.properties !== '' || /^FORGED/.test(command.value)
    );
  expect(forged).toEqual([]);
  // The step's own failure is still an annotation: nothing stopped the runner from reading commands.
  expect(commands.filter((command) => command.name === 'error')).toHaveLength(1);
}

describe('hardening of the built action', () => {
  describe('forged workflow commands are never carried out', () => {
    it('in a phase message and a status message', async () => {
      const emulator = currentEmulator();
      emulator.failNextTask({ phase: 'CommitContainer', message: FORGED });
      const result = await runAction({ inputs: baseInputs(emulator) });

      expect(result.exitCode).toBe(1);
      expect(result.stdout).toMatch(
        /^Phase CommitContainer Failed: ok ::error title=FORGED::forged annotation ::add-mask::FORGED .*::warning::FORGED$/m
      );
      expect(result.stdout).toContain('# #[error]FORGED legacy');
      expectNoForgedCommand(result);
      // In the summary too, a message stays inside its paragraph, list item or cell.
      expect(result.summary.split('\n').filter((line) => /FORGED/.test(line) && !/<(p|li|td)>/.test(line))).toEqual([]);
    });

    it('in an error code and message, retried and then reported', async () => {
      const emulator = currentEmulator();
      emulator.injectError({
        action: 'CommitContainer',
        status: 400,
        code: `Throttling.User\n::error::FORGED`,
        message: FORGED
      });
      emulator.injectError({ action: 'CommitContainer', status: 400, code: 'InvalidParameter', message: FORGED });
      const result = await runAction({ inputs: baseInputs(emulator) });

      expect(result.exitCode).toBe(1);
      expect(result.stdout).toMatch(
        /^::warning::CommitContainer: attempt 1 of 5 failed with Throttling\.User ::error::FORGED \(HTTP 400\)/m
      );
      expectNoForgedCommand(result);
    });

    it("in a proxy's error page", async () => {
      const emulator = currentEmulator();
      emulator.answerRaw({
        action: 'CommitContainer',
        status: 403,
        contentType: 'text/html',
        body: `<html><body>Access denied\n${FORGED}</body></html>`
      });
      const result = await runAction({ inputs: baseInputs(emulator) });

      expect(result.exitCode).toBe(1);
      expect(errorLine(result.stdout)).toContain('HTTP403');
      expect(errorLine(result.stdout)).toContain('Access denied ok ::error title=FORGED::forged annotation');
      expectNoForgedCommand(result);
    });

    it('in a container name that DescribeContainerGroups reports', async () => {
      const emulator = currentEmulator();
      emulator.configure({
        containerGroups: {
          'eci-forgedname0001': { status: 'Running', regionId: 'cn-hangzhou', containers: [`app${FORGED}`] }
        }
      });
      const result = await runAction({
        inputs: baseInputs(emulator, { 'container-group-id': 'eci-forgedname0001', 'container-name': '*' })
      });

      expect(result.exitCode).toBe(1);
      expect(errorLine(result.stdout)).toContain('reports a container named');
      expect(errorLine(result.stdout)).toContain('which is not a container name');
      expect(emulator.requestsFor('CommitContainer')).toHaveLength(0);
      expectNoForgedCommand(result);
    });
  });

  it('treats a malformed TaskId as an error, not an output', async () => {
    const emulator = currentEmulator();
    emulator.answerRaw({
      action: 'CommitContainer',
      status: 200,
      body: JSON.stringify({ RequestId: '45D5B0AD-3B00-4A9B-9911-6D5303B06712', TaskId: `t-abc${FORGED}` })
    });
    const result = await runAction({ inputs: baseInputs(emulator) });

    expect(result.exitCode).toBe(1);
    expect(errorLine(result.stdout)).toContain('InvalidResponse: the answer holds a malformed TaskId');
    expect(errorLine(result.stdout)).toContain('a commit task may have been created');
    expect(result.outputs['task-id']).toBeUndefined();
    expect(result.outputFile).not.toContain('FORGED');
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(1);
    expectNoForgedCommand(result);
  });

  it('keeps the OIDC token and the STS credentials out of stderr with DEBUG=* and the default chain', async () => {
    const emulator = currentEmulator();
    const front = await startTlsFront(emulator.port);
    try {
      const token = emulator.mintGithubOidcToken(DEFAULT_OIDC_AUDIENCE);
      const env = {
        DEBUG: '*',
        NODE_EXTRA_CA_CERTS: front.caFile,
        ALIBABA_CLOUD_ROLE_ARN: DEFAULT_ROLE_ARN,
        ALIBABA_CLOUD_OIDC_PROVIDER_ARN: DEFAULT_OIDC_PROVIDER_ARN,
        // Relative to the step's working directory, where homeFiles puts it.
        ALIBABA_CLOUD_OIDC_TOKEN_FILE: 'oidc-token',
        // The library builds https://sts.<region>.aliyuncs.com/?...: this region makes it the TLS front on loopback.
        ALIBABA_CLOUD_STS_REGION: `x@localhost:${new URL(front.url).port}/?Version=2015-04-01&`
      };
      const result = await runAction({
        inputs: baseInputs(emulator, { 'access-key-id': '', 'access-key-secret': '' }),
        env,
        homeFiles: { 'oidc-token': token }
      });

      expect(result.exitCode).toBe(0);
      const exchange = emulator.requestsFor('AssumeRoleWithOIDC');
      expect(exchange).toHaveLength(1);
      expect(exchange[0].params.OIDCToken).toBe(token);
      const issued = emulator.issuedStsCredentials()[0];
      expect(emulator.requestsFor('CommitContainer')[0].accessKeyId).toBe(issued.accessKeyId);
      for (const secret of [token, issued.accessKeySecret, issued.securityToken]) {
        expect(result.stderr).not.toContain(secret);
        expect(
          result.stdout
            .split('\n')
            .filter((line) => !line.startsWith('::add-mask::'))
            .join('\n')
        ).not.toContain(secret);
      }
      expect(result.stderr).not.toMatch(/httpx/);
      // Masked before the chain read it.
      expect(result.stdout).toContain(`::add-mask::${token}`);
    } finally {
      await front.close();
    }
  }, 30_000);

  it('guards against a real leak: the credential library alone prints the OIDC token with DEBUG=*', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'debug-leak-'));
    try {
      writeFileSync(join(dir, 'token'), 'TOKEN-FROM-THE-FILE');
      const script =
        "const m = require('@alicloud/credentials');" +
        'const P = m.OIDCRoleArnCredentialsProvider ?? m.default.OIDCRoleArnCredentialsProvider;' +
        'P.builder().build().getCredentials().catch(() => {});';
      const child = spawnSync(process.execPath, ['-e', script], {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
        timeout: 20_000,
        env: {
          PATH: process.env.PATH ?? '',
          DEBUG: '*',
          ALIBABA_CLOUD_ROLE_ARN: DEFAULT_ROLE_ARN,
          ALIBABA_CLOUD_OIDC_PROVIDER_ARN: DEFAULT_OIDC_PROVIDER_ARN,
          ALIBABA_CLOUD_OIDC_TOKEN_FILE: join(dir, 'token'),
          // A closed port on loopback: the body is printed before the connection is tried.
          ALIBABA_CLOUD_STS_REGION: 'x@127.0.0.1:1/?'
        }
      });
      expect(child.stderr).toContain('OIDCToken=TOKEN-FROM-THE-FILE');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an oversized answer with a clear error, after reading no more than 1 MiB', async () => {
    const emulator = currentEmulator();
    // The wait's status query; the list of the group's tasks before the commit is let through.
    emulator.answerRaw({
      action: 'DescribeCommitContainerTask',
      skip: 1,
      status: 200,
      body: 'x'.repeat(64 * 1024),
      repeat: 40
    });
    const result = await runAction({ inputs: baseInputs(emulator) });

    expect(result.exitCode).toBe(1);
    expect(errorLine(result.stdout)).toContain(
      'DescribeCommitContainerTask failed: AnswerTooLarge: the answer (HTTP 200) is larger than 1048576 bytes'
    );
    expect(result.outputs['task-id']).toBe(emulator.tasks[0].taskId);
    expect(result.summary).toContain('AnswerTooLarge');
  });

  describe('the step deadline', () => {
    it('ends a wait that would outlast step-timeout, with the outputs known so far', async () => {
      const emulator = currentEmulator();
      emulator.configure({ taskDurationMs: 60_000 });
      const result = await runAction({ inputs: baseInputs(emulator, { 'step-timeout': '3s' }) });

      expect(result.exitCode).toBe(1);
      const taskId = emulator.tasks[0].taskId;
      expect(errorLine(result.stdout)).toContain(
        `The step's deadline passed (3s after it started) while waiting for commit task ${taskId}`
      );
      expect(result.outputs).toMatchObject({ 'task-id': taskId, status: 'Running' });
      expect(parseResults(result.outputs.results)).toEqual([expect.objectContaining({ taskId, status: 'Running' })]);
    });

    it('cuts a CommitContainer call that hangs', async () => {
      const emulator = currentEmulator();
      emulator.delayResponses({ action: 'CommitContainer', ms: 600_000 });
      const result = await runAction({ inputs: baseInputs(emulator, { 'step-timeout': '2s' }) });

      expect(result.exitCode).toBe(1);
      expect(errorLine(result.stdout)).toContain(
        "The step's deadline passed (2s after it started) during CommitContainer; a task may have been created"
      );
    });
  });
});
