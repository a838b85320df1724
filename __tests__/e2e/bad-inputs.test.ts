/**
 * Bad inputs on the bundle: one of each kind (a missing input, a bad value, an endpoint, credentials). Every other
 * bad input is checked the same way in-process: in-process/bad-inputs.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, runAction } from '../../test-support/action-runner.js';
import { baseInputs, useEmulator } from '../../test-support/scenario.js';

const currentEmulator = useEmulator();

/** [what is wrong, inputs to change, environment to add, text the error must contain] */
const CASES: Array<[string, Record<string, string>, Record<string, string>, string]> = [
  ['missing region-id', { 'region-id': '' }, {}, 'Input required and not supplied: region-id'],
  ['bad container-name', { 'container-name': 'App_1' }, {}, "Invalid container-name 'App_1'"],
  [
    'repository with a scheme',
    { 'image-repository': 'https://registry.cn-hangzhou.aliyuncs.com/ns/app' },
    {},
    'remove the scheme'
  ],
  [
    'plain http to a remote endpoint',
    { endpoint: 'http://eci.cn-hangzhou.aliyuncs.com' },
    {},
    'http:// is accepted only for loopback hosts'
  ],
  ['no credentials at all', { 'access-key-id': '', 'access-key-secret': '' }, {}, 'No Alibaba Cloud credentials found'],
  [
    'half a pair in the environment',
    { 'access-key-id': '', 'access-key-secret': '' },
    { ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tSomething' },
    'ALIBABA_CLOUD_ACCESS_KEY_SECRET'
  ]
];

describe('bad inputs fail before any request, naming the input and the expected form', () => {
  it.each(CASES)('%s', async (_what, inputs, env, message) => {
    const emulator = currentEmulator();
    const result = await runAction({ inputs: baseInputs(emulator, inputs), env });

    expect(result.exitCode).toBe(1);
    const errors = result.stdout.split('\n').filter((line) => line.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
    expect(emulator.requests).toHaveLength(0);
    expect(result.outputs).toEqual({});
  });
});

it('a step that fails on its inputs loads neither HTTP nor TLS: nothing of a request', async () => {
  const emulator = currentEmulator();
  const dir = mkdtempSync(join(tmpdir(), 'eci-builtins-'));
  const record = join(dir, 'builtins');
  try {
    const result = await runAction({
      inputs: baseInputs(emulator, { 'container-name': 'App_1' }),
      env: {
        NODE_OPTIONS: `--require "${join(PROJECT_ROOT, 'test-support/record-builtins.cjs')}"`,
        RECORD_BUILTINS_TO: record
      }
    });
    expect(result.exitCode).toBe(1);
    const loaded = readFileSync(record, 'utf8').split('\n');
    // The recorder's own fs, and what every step needs, load; a request's modules do not.
    expect(loaded).toContain('fs');
    for (const module of ['http', '_http_client', 'https', 'tls', '_tls_wrap', 'internal/tls/wrap'])
      expect(loaded).not.toContain(module);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
