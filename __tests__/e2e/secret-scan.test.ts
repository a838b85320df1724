import { runAction, takeFinishedRuns, type FinishedRun } from '../../test-support/action-runner.js';
import { baseInputs, emulatorSecrets, useEmulator } from '../../test-support/scenario.js';
import { assertNoLeakedSecrets, findLeakedSecrets } from '../../test-support/secret-scan.js';

const currentEmulator = useEmulator({ taskDurationMs: 600 });

describe('the secret scan after every run', () => {
  it('reports a secret the step writes, naming its kind and where it showed', async () => {
    const emulator = currentEmulator();
    const result = await runAction({ inputs: baseInputs(emulator, { 'image-message': emulator.accessKeySecret }) });
    // Taken here, so that the afterEach scan does not fail this test.
    const runs = takeFinishedRuns();

    expect(result.exitCode).toBe(0);
    expect(runs).toHaveLength(1);
    const leaks = findLeakedSecrets(runs, emulatorSecrets(emulator));
    expect(leaks.map((leak) => [leak.kind, leak.where])).toEqual([
      ['access-key-secret input', 'stdout'],
      ['emulator access key secret', 'stdout']
    ]);
    expect(leaks[0].line).toContain(emulator.accessKeySecret);
    expect(leaks[0].line).not.toMatch(/^::add-mask::/);
    expect(() => assertNoLeakedSecrets(runs, emulatorSecrets(emulator))).toThrow(
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
