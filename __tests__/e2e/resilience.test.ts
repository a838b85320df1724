/** The built action under timeouts, signals and proxies. Retries, backoffs and lost answers: in-process/resilience. */
import net from 'node:net';
import { startAction, runAction } from '../../test-support/action-runner.js';
import { PROXY_ONLY_HOST, startProxy } from '../../test-support/proxy-server.js';
import { baseInputs, errorLine, until, useEmulator } from '../../test-support/scenario.js';
import { startTlsFront } from '../../test-support/tls-front.js';

const currentEmulator = useEmulator({ taskDurationMs: 600 });

describe('resilience of the built action', () => {
  it('fails fast on a non-retryable error: one request, code and message', async () => {
    const emulator = currentEmulator();
    emulator.injectError({
      action: 'CommitContainer',
      status: 400,
      code: 'InvalidParameter',
      message: 'The specified parameter "Image.Repository" is not valid.'
    });
    const result = await runAction({ inputs: baseInputs(emulator) });

    expect(result.exitCode).toBe(1);
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(1);
    expect(result.stdout).toContain(
      '::error::CommitContainer failed: InvalidParameter (HTTP 400): The specified parameter "Image.Repository" is not valid.'
    );
  });

  it('ends a timed-out wait within the timeout plus one poll interval', async () => {
    const emulator = currentEmulator();
    emulator.configure({ taskDurationMs: 120_000 });
    const result = await runAction({ inputs: baseInputs(emulator, { 'wait-timeout': '2s', 'poll-interval': '1s' }) });

    expect(result.exitCode).toBe(1);
    expect(result.outputs.status).toBe('Running');
    // Polling stopped at the deadline (the exact bound, timeout plus one poll interval, is checked on the fake clock
    // in __tests__/unit/wait.test.ts): a handful of queries, not one a second until the 120 s task ends.
    expect(result.stdout).toContain('::error::Timed out after 2s waiting for commit task');
    expect(emulator.requestsFor('DescribeCommitContainerTask').length).toBeLessThanOrEqual(5);
  });

  it.each(['SIGINT', 'SIGTERM'] as const)(
    'on %s during the wait, writes the outputs known so far and exits promptly',
    async (signal) => {
      const emulator = currentEmulator();
      emulator.configure({ taskDurationMs: 120_000 });
      const running = startAction({ inputs: baseInputs(emulator) });
      await running.waitForOutput('::group::Waiting for task');
      // Hold the next status query, so the signal arrives with a call in flight.
      emulator.delayResponses({ action: 'DescribeCommitContainerTask', ms: 600_000 });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      running.child.kill(signal);
      const result = await running.result;

      // Ended by itself, not by the test's failsafe kill, and not by waiting out the held answer.
      expect(result.signal).toBeNull();
      expect(result.exitCode).toBe(1);
      expect(result.outputs['task-id']).toBe(emulator.tasks[0].taskId);
      expect(result.outputs.status).toBe('Running');
      expect(result.stdout).toContain(`cancelled while waiting for commit task ${emulator.tasks[0].taskId}`);
      expect(result.stdout).toContain('keeps running on ECI');
    }
  );

  describe('proxies', () => {
    it('never sends a loopback endpoint through a proxy (a signed http:// request must not leave the machine)', async () => {
      const emulator = currentEmulator();
      const proxy = await startProxy();
      try {
        const result = await runAction({
          inputs: baseInputs(emulator),
          env: { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url }
        });
        expect(result.exitCode).toBe(0);
        expect(proxy.seen).toEqual([]);
      } finally {
        await proxy.close();
      }
    });

    it('tunnels https:// calls through HTTPS_PROXY with CONNECT, checking the certificate of the endpoint', async () => {
      const emulator = currentEmulator();
      const proxy = await startProxy();
      const front = await startTlsFront(emulator.port);
      const port = new URL(front.url).port;
      try {
        const env = { HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: front.caFile };
        const endpoint = `https://${PROXY_ONLY_HOST}:${port}`;
        // Only the signed API calls here: the registry read-back is off (digest: false).
        const result = await runAction({ inputs: baseInputs(emulator, { endpoint, digest: 'false' }), env });
        expect(result.stderr).toBe('');
        expect(result.exitCode).toBe(0);
        expect(proxy.seen.length).toBe(emulator.requests.length);
        expect(proxy.seen.every((line) => line === `CONNECT ${PROXY_ONLY_HOST}:${port}`)).toBe(true);
        expect(emulator.requests.every((request) => request.signatureValid)).toBe(true);
      } finally {
        await front.close();
        await proxy.close();
      }
    });

    it('can be cancelled while a TLS handshake through the tunnel hangs', async () => {
      const emulator = currentEmulator();
      const proxy = await startProxy();
      const sockets: net.Socket[] = [];
      const silent = net.createServer((socket) => sockets.push(socket));
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      const { port } = silent.address() as net.AddressInfo;
      try {
        const running = startAction({
          inputs: baseInputs(emulator, { endpoint: `https://${PROXY_ONLY_HOST}:${port}` }),
          env: { HTTPS_PROXY: proxy.url }
        });
        // The commit is about to be sent (it opens no log group of its own), after the group's tasks are listed: the
        // list is the first call through the tunnel, and hangs.
        await running.waitForOutput('::debug::CommitContainer parameters for app');
        await new Promise((resolve) => setTimeout(resolve, 1000));
        running.child.kill('SIGINT');
        const result = await running.result;
        // Ended by itself, not by the test's failsafe kill, and not by waiting out the held answer.
        expect(result.signal).toBeNull();
        expect(result.exitCode).toBe(1);
        // Cancelled before its CommitContainer left: the container was not committed.
        expect(result.stdout).toContain('::warning::Not committing app: the job was cancelled.');
        expect(result.stdout).toContain('::error::The job was cancelled; 1 container(s) were not committed.');
        expect(result.outputs).toEqual({});
      } finally {
        sockets.forEach((socket) => socket.destroy());
        silent.close();
        await proxy.close();
      }
    });

    it('fails fast with a hint when the proxy refuses the tunnel', async () => {
      const emulator = currentEmulator();
      const proxy = await startProxy({ refuseConnectWith: 407 });
      try {
        const endpoint = `https://${PROXY_ONLY_HOST}:443`;
        const result = await runAction({ inputs: baseInputs(emulator, { endpoint }), env: { HTTPS_PROXY: proxy.url } });
        expect(result.exitCode).toBe(1);
        // The list before the commit, then the commit: each refused once, neither retried.
        expect(proxy.seen).toEqual([`CONNECT ${PROXY_ONLY_HOST}:443`, `CONNECT ${PROXY_ONLY_HOST}:443`]);
        expect(result.stdout).toContain('::error::CommitContainer failed: ProxyConnectRefused');
        expect(result.stdout).toContain('would not open a tunnel');
        expect(emulator.requests).toHaveLength(0);
      } finally {
        await proxy.close();
      }
    });

    it('refuses a malformed HTTPS_PROXY that a call would use, without showing its password, before sending', async () => {
      const emulator = currentEmulator();
      const proxyWithPassword = 'http://bob:Pr0xyPassw0rd@proxy.corp:99999';
      const used = await runAction({
        inputs: baseInputs(emulator, { endpoint: `https://${PROXY_ONLY_HOST}:443` }),
        env: { HTTPS_PROXY: proxyWithPassword }
      });
      expect(used.exitCode).toBe(1);
      expect(used.stdout).toContain("::error::Invalid HTTPS_PROXY 'http://***@proxy.corp:99999'");
      expect(used.everything).not.toContain('Pr0xyPassw0rd');

      // A proxy no call uses (loopback endpoint) fails nothing, whatever it looks like.
      const unused = await runAction({
        inputs: baseInputs(emulator),
        env: { HTTPS_PROXY: 'socks5://proxy.corp:1080' }
      });
      expect(unused.exitCode).toBe(0);
      expect(emulator.requestsFor('CommitContainer')).toHaveLength(1);
    });
  });
});

describe('a status query that hangs', () => {
  it('ends a timed-out wait on time even when a status query hangs', async () => {
    const emulator = currentEmulator();
    emulator.configure({ taskDurationMs: 120_000 });
    const running = startAction({
      inputs: baseInputs(emulator, { 'wait-timeout': '2s', 'poll-interval': '1s' }),
      killAfterMs: 25_000
    });
    await until(() => emulator.requestsFor('DescribeCommitContainerTask').length > 0);
    emulator.delayResponses({ action: 'DescribeCommitContainerTask', ms: 600_000, count: 5 });
    const result = await running.result;

    // The held answers never come: the step ended by itself at its wait-timeout (the bound itself, timeout plus one
    // poll interval, is checked on the fake clock in __tests__/unit/wait.test.ts), not by the failsafe kill.
    expect(result.signal).toBeNull();
    expect(result.exitCode).toBe(1);
    expect(result.outputs.status).toBe('Running');
    expect(errorLine(result.stdout)).toContain(
      `Timed out after 2s waiting for commit task ${emulator.tasks[0].taskId}`
    );
  });
});
