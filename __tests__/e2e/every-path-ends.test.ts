import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PROJECT_ROOT, runAction, startAction } from '../../test-support/action-runner.js';
import { startTlsFront } from '../../test-support/tls-front.js';
import { startUpgradeFront } from '../../test-support/upgrade-front.js';
import { baseInputs, errorLine, useEmulator } from '../../test-support/scenario.js';

const currentEmulator = useEmulator({ taskDurationMs: 300 });

async function closing<T extends { close(): Promise<void> }, R>(
  server: T,
  body: (server: T) => Promise<R>
): Promise<R> {
  try {
    return await body(server);
  } finally {
    await server.close();
  }
}

function warnings(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith('::warning::'));
}

/** A loopback server that takes requests and never answers them; `seen` resolves at the first. */
async function startSilentServer(): Promise<{ url: string; seen: Promise<void>; close(): Promise<void> }> {
  let onSeen = (): void => undefined;
  const seen = new Promise<void>((resolve) => (onSeen = resolve));
  const server = http.createServer(() => onSeen());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}

describe('every path ends in a clear message', () => {
  it('a call that never settles, with nothing left to end it, fails the step and says so (not a quiet exit 0)', async () => {
    const emulator = currentEmulator();
    const result = await runAction({
      inputs: baseInputs(emulator),
      env: { NODE_OPTIONS: `--require "${join(PROJECT_ROOT, 'test-support/stalled-network.cjs')}"` }
    });

    expect(result.exitCode).toBe(1);
    expect(errorLine(result.stdout)).toContain('The step stopped before its work was done');
    expect(errorLine(result.stdout)).toContain('a commit task may have been created');
    expect(result.stdout).toContain('::debug::CommitContainer parameters for app');
    expect(result.outputs['task-id']).toBeUndefined();
    expect(emulator.requests).toHaveLength(0);
  });

  describe('a 101 Switching Protocols answer', () => {
    it('on the ECI endpoint fails the step with an error, not a silent exit', async () => {
      const emulator = currentEmulator();
      await closing(await startUpgradeFront(emulator.port, () => true), async (front) => {
        const result = await runAction({ inputs: baseInputs(emulator, { endpoint: front.url, 'max-attempts': '2' }) });

        expect(result.exitCode).toBe(1);
        expect(errorLine(result.stdout)).toContain('UnexpectedUpgrade');
        expect(errorLine(result.stdout)).toContain('Switching Protocols');
        expect(front.upgraded).toBeGreaterThan(0);
      });
    });

    it('on CommitContainer says that a task may have been created', async () => {
      const emulator = currentEmulator();
      // The lookup for the task is upgraded too: the step then stops at once instead of looking for 20 s.
      const upgraded = (request: http.IncomingMessage): boolean =>
        ['CommitContainer', 'DescribeCommitContainerTask'].includes(String(request.headers['x-acs-action']));
      await closing(await startUpgradeFront(emulator.port, upgraded), async (front) => {
        const result = await runAction({ inputs: baseInputs(emulator, { endpoint: front.url, 'max-attempts': '1' }) });

        expect(result.exitCode).toBe(1);
        expect(errorLine(result.stdout)).toContain('CommitContainer failed: UnexpectedUpgrade');
        expect(errorLine(result.stdout)).toContain('since a task may exist');
        expect(warnings(result.stdout).join('\n')).toContain('the request may have reached ECI, looking for its task');
      });
    });

    it("on a registry's token realm fails the digest read with a message", async () => {
      const emulator = currentEmulator();
      // The emulator names its realm on the host the request was sent to: the front.
      const upgraded = (request: http.IncomingMessage): boolean => request.url?.startsWith('/auth') ?? false;
      await closing(await startUpgradeFront(emulator.port, upgraded), async (front) => {
        const result = await runAction({
          inputs: baseInputs(emulator, { 'registry-endpoint': front.url, digest: 'true', 'max-attempts': '2' })
        });

        expect(result.exitCode).toBe(1);
        expect(errorLine(result.stdout)).toContain('its digest could not be read');
        expect(errorLine(result.stdout)).toContain('Switching Protocols');
        expect(result.outputs['task-id']).toBe(emulator.tasks[0].taskId);
        expect(front.upgraded).toBeGreaterThan(0);
      });
    });
  });

  describe('when GITHUB_OUTPUT cannot be written', () => {
    it.each([
      ['a file in a missing directory', '/nonexistent-eci-test-dir/output'],
      ['a full disk (/dev/full)', '/dev/full']
    ])('%s: the task ID is logged and warned about, and the step goes on', async (_, path) => {
      const emulator = currentEmulator();
      const result = await runAction({
        inputs: baseInputs(emulator, { digest: 'false' }),
        env: { GITHUB_OUTPUT: path }
      });
      const taskId = emulator.tasks[0].taskId;

      expect(result.exitCode).toBe(0);
      const created = result.stdout.indexOf(`Commit task ${taskId} created`);
      const warned = result.stdout.indexOf(`::warning::Could not write the output task-id of commit task ${taskId}`);
      expect(created).toBeGreaterThan(-1);
      expect(warned).toBeGreaterThan(created);
      // Said once for the task, however many of its outputs fail.
      expect(warnings(result.stdout).filter((line) => line.includes('Could not write the output'))).toHaveLength(2);
      expect(result.stdout).toContain(`with task-id: ${taskId}`);
      expect(result.stdout).not.toContain('::error::');
    });
  });

  it.each([
    ['TaskStatus as an object', { CommitTasks: [{ TaskId: 't-anytaskid0001', TaskStatus: { Phase: 'Running' } }] }],
    ['CommitTasks as an object', { CommitTasks: { TaskStatus: 'Running' } }]
  ])('retries a poll answer with %s as an invalid answer of DescribeCommitContainerTask', async (_, shape) => {
    const emulator = currentEmulator();
    emulator.answerRaw({
      action: 'DescribeCommitContainerTask',
      status: 200,
      count: 2,
      body: JSON.stringify({ RequestId: '45D5B0AD-3B00-4A9B-9911-6D5303B06712', ...shape })
    });
    const result = await runAction({ inputs: baseInputs(emulator, { digest: 'false', 'poll-interval': '1s' }) });

    expect(result.exitCode).toBe(0);
    expect(result.outputs.status).toBe('Succeeded');
    expect(result.stdout).toContain('DescribeCommitContainerTask: attempt 2 of 5 failed with InvalidResponse');
    expect(emulator.requestsFor('DescribeCommitContainerTask').length).toBeGreaterThan(2);
  });

  it('a step cancelled while the digest is read (digest: auto) fails as cancelled, without a pull-permission hint', async () => {
    const emulator = currentEmulator();
    await closing(await startSilentServer(), async (registry) => {
      const running = startAction({ inputs: baseInputs(emulator, { 'registry-endpoint': registry.url }) });
      await registry.seen;
      running.child.kill('SIGINT');
      const result = await running.result;

      expect(result.exitCode).toBe(1);
      expect(errorLine(result.stdout)).toContain('The job was cancelled while the digest of');
      expect(result.stdout).not.toContain('pull access');
      expect(result.outputs.status).toBe('Succeeded');
    });
  });

  it('a certificate of the wrong purpose is final, with a hint about NODE_EXTRA_CA_CERTS and the endpoint', async () => {
    const emulator = currentEmulator();
    const front = await startTlsFront(emulator.port, { extensions: ['extendedKeyUsage=clientAuth'] });
    await closing(front, async () => {
      const result = await runAction({
        inputs: baseInputs(emulator, { endpoint: front.url.replace('localhost', '127.0.0.1') }),
        env: { NODE_EXTRA_CA_CERTS: front.caFile }
      });

      expect(result.exitCode).toBe(1);
      expect(errorLine(result.stdout)).toContain('INVALID_PURPOSE');
      expect(result.stdout).toContain('NODE_EXTRA_CA_CERTS');
      expect(result.stdout).not.toMatch(/attempt 1 of \d+ failed/);
      expect(emulator.requests).toHaveLength(0);
    });
  });
});
