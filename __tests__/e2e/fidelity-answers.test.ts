/**
 * The built action against answers shaped as Alibaba Cloud sends them (see emulator/FIDELITY.md): throttling as
 * Alibaba's clients define it, x-acs-retry-after in milliseconds, lower-camel and XML error bodies, RAM's
 * AccessDeniedDetail, a not-found container group and ACR-only repositories. The whole fault matrix (two adoption
 * graces) runs in-process on the fake clock: in-process/fidelity-answers.
 */
import { runAction } from '../../test-support/action-runner.js';
import { baseInputs, useEmulator } from '../../test-support/scenario.js';

const currentEmulator = useEmulator({ taskDurationMs: 500, githubOidc: { repository: 'octo-org/shop' } });

const THROTTLED = { status: 400, code: 'Throttling.User', message: 'Request was denied due to user flow control.' };

function gapsBetween(times: number[]): number[] {
  return times.slice(1).map((time, index) => time - times[index]);
}

describe('throttling, as Alibaba’s clients see it', () => {
  it('waits the x-acs-retry-after milliseconds: 800 means about 0.8 s', async () => {
    const emulator = currentEmulator();
    emulator.injectError({ action: 'CommitContainer', ...THROTTLED, retryAfterMs: 800 });
    const result = await runAction({ inputs: baseInputs(emulator) });

    expect(result.exitCode).toBe(0);
    const [gap] = gapsBetween(emulator.requestsFor('CommitContainer').map((request) => request.receivedAt));
    // At least what ECI asked for, and no more than it asked for by the action's own account (the log's delay, which
    // a wait of a minute would show): an upper bound in wall time would measure this machine's load, not the action.
    expect(gap).toBeGreaterThanOrEqual(800);
    expect(result.stdout).toContain('retrying in 800ms (as the service asked)');
    expect(emulator.tasks).toHaveLength(1);
  });

  it('retries Rejected.Throttling', async () => {
    const emulator = currentEmulator();
    emulator.injectError({
      action: 'CommitContainer',
      status: 400,
      code: 'Rejected.Throttling',
      message: 'flow control'
    });
    const result = await runAction({ inputs: baseInputs(emulator) });

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/CommitContainer: attempt 1 of 5 failed with Rejected\.Throttling \(HTTP 400\)/);
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(2);
    expect(emulator.tasks).toHaveLength(1);
  });

  it('retries any error answer that carries a positive x-acs-retry-after, whatever its code and status', async () => {
    const emulator = currentEmulator();
    emulator.injectError({
      action: 'CommitContainer',
      status: 403,
      code: 'Forbidden.Quota',
      message: 'come back later',
      retryAfterMs: 300
    });
    const result = await runAction({ inputs: baseInputs(emulator) });

    expect(result.exitCode).toBe(0);
    const [gap] = gapsBetween(emulator.requestsFor('CommitContainer').map((request) => request.receivedAt));
    expect(gap).toBeGreaterThanOrEqual(300);
    expect(result.stdout).toContain('retrying in 300ms (as the service asked)');
    expect(emulator.tasks).toHaveLength(1);
  });
});

describe('error bodies', () => {
  it('reads lower-camel keys: a {"code": "Throttling.User"} answer is throttling, not HTTP400', async () => {
    const emulator = currentEmulator();
    emulator.injectError({ action: 'CommitContainer', ...THROTTLED, shape: 'camel-json' });
    const result = await runAction({ inputs: baseInputs(emulator) });

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/CommitContainer: attempt 1 of 5 failed with Throttling\.User \(HTTP 400\)/);
    expect(emulator.tasks).toHaveLength(1);
  });

  it('reads an XML error: code, message and RequestId', async () => {
    const emulator = currentEmulator();
    emulator.configure({ errorShape: 'xml' });
    emulator.injectError({
      action: 'CommitContainer',
      status: 400,
      code: 'InvalidParameter',
      message: 'The specified parameter "Image.Repository" is not valid & <checked>.'
    });
    const result = await runAction({ inputs: baseInputs(emulator) });

    expect(result.exitCode).toBe(1);
    const [commit] = emulator.requestsFor('CommitContainer');
    expect(result.stdout).toContain(
      `::error::CommitContainer failed: InvalidParameter (HTTP 400): The specified parameter "Image.Repository" is not valid & <checked>. [RequestId: ${commit.requestId}]`
    );
  });

  it('surfaces a lower-camel accessDeniedDetail: the denied action, the principal, the types, and how to decode', async () => {
    const emulator = currentEmulator();
    emulator.injectError({
      action: 'CommitContainer',
      status: 403,
      code: 'Forbidden.RAM',
      message: "User not authorized to operate on the specified resource, or this API doesn't support RAM.",
      shape: 'camel-json',
      accessDeniedDetail: {
        AuthAction: 'eci:CommitContainer',
        AuthPrincipalType: 'SubUser',
        AuthPrincipalDisplayName: 'ci-bot',
        NoPermissionType: 'ExplicitDeny',
        PolicyType: 'AccountLevelIdentityBasedPolicy',
        EncodedDiagnosticMessage: 'AQIBAAAAAGVuY29kZWQ='
      }
    });
    const result = await runAction({ inputs: baseInputs(emulator) });

    expect(result.exitCode).toBe(1);
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(1);
    expect(result.stdout).toContain(
      'RAM denied eci:CommitContainer to SubUser ci-bot (ExplicitDeny, AccountLevelIdentityBasedPolicy). Decode the diagnostic with RAM DecodeDiagnosticMessage'
    );
    expect(result.stdout).toContain('AQIBAAAAAGVuY29kZWQ=');
    expect(result.stdout).toContain('Hint: RAM refused eci:CommitContainer: a Deny statement in a policy of ci-bot');
  });
});

describe('a container group that does not exist', () => {
  it.each(['empty-list', 'not-found-error'] as const)(
    'ends in one message naming container-group-id and the ID when DescribeContainerGroups answers with %s',
    async (answer) => {
      const emulator = currentEmulator();
      emulator.configure({ unknownContainerGroup: answer });
      const result = await runAction({
        inputs: baseInputs(emulator, { 'container-group-id': 'eci-unknown0000000000', 'container-name': '*' })
      });

      expect(result.exitCode).toBe(1);
      expect(emulator.requestsFor('DescribeContainerGroups')).toHaveLength(1);
      expect(result.stdout).toContain(
        "::error::Invalid container-group-id 'eci-unknown0000000000': no such container group in region cn-hangzhou."
      );
      expect(result.stdout).not.toContain('Hint:');
    }
  );
});

describe('CommitContainer for a container or group it does not know', () => {
  it.each([
    ['invalid-parameter', 400, 'InvalidParameter'],
    ['not-found', 404, 'InvalidParameter.NotFound']
  ] as const)(
    'with unknownCommitTarget %s (HTTP %i %s): one final error with the hint, no retry, no task',
    async (knob, status, code) => {
      const emulator = currentEmulator();
      emulator.configure({ unknownCommitTarget: knob });
      const result = await runAction({ inputs: baseInputs(emulator, { 'container-name': 'no-such-container' }) });

      expect(result.exitCode).toBe(1);
      expect(emulator.requestsFor('CommitContainer').map((request) => request.status)).toEqual([status]);
      expect(emulator.tasks).toHaveLength(0);
      const error = result.stdout.split('\n').find((line) => line.startsWith('::error::')) ?? '';
      expect(error).toContain(`CommitContainer failed: ${code} `);
      expect(error).toContain('ContainerName');
      // The refused name is looked up in the group: the error lists its containers and the hint follows from them.
      expect(error).toContain("Invalid container-name 'no-such-container': not found in container group");
      expect(error).toContain('It has: app, sidecar, logger.');
      expect(error).toMatch(/Hint: use one of the names listed\.$/);
    }
  );
});

describe('ACR only', () => {
  it.each(['docker.io/library/app', 'ghcr.io/octo-org/app'])(
    'refuses %s before any request, naming image-repository and why',
    async (repository) => {
      const emulator = currentEmulator();
      const result = await runAction({ inputs: baseInputs(emulator, { 'image-repository': repository }) });

      expect(result.exitCode).toBe(1);
      expect(emulator.requests).toEqual([]);
      expect(result.stdout).toContain(
        `::error::Invalid image-repository '${repository}': ${repository.split('/')[0]} is not a Container Registry (ACR) host, and ECI pushes images only to ACR`
      );
    }
  );

  it('refuses a public registry even with acr-instance-id, before any request', async () => {
    const emulator = currentEmulator();
    const result = await runAction({
      inputs: baseInputs(emulator, { 'image-repository': 'docker.io/library/app', 'acr-instance-id': 'cri-abc123' })
    });

    expect(result.exitCode).toBe(1);
    expect(emulator.requests).toEqual([]);
    expect(result.stdout).toContain(
      "::error::Invalid image-repository 'docker.io/library/app': docker.io is a public registry outside Alibaba Cloud, and ECI pushes images only to ACR, whatever acr-instance-id says"
    );
  });

  it("accepts an Enterprise Edition instance's custom domain with acr-instance-id", async () => {
    const emulator = currentEmulator();
    const result = await runAction({
      inputs: baseInputs(emulator, { 'image-repository': 'images.example.com/ns/app', 'acr-instance-id': 'cri-abc123' })
    });

    expect(result.exitCode).toBe(0);
    const [commit] = emulator.requestsFor('CommitContainer');
    expect(commit.params['Image.Repository']).toBe('images.example.com/ns/app');
    expect(commit.params['AcrRegistryInfo.InstanceId']).toBe('cri-abc123');
  });
});
