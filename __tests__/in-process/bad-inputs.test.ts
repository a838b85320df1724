/**
 * Bad inputs fail before any request, naming the input and the expected form: the step's code in-process against the
 * emulator, one case of each kind staying on the bundle (e2e/bad-inputs).
 */
import { mockCoreAndSummary } from '../../test-support/core-stand-in.js';

mockCoreAndSummary();

const { useInProcessEmulator } = await import('../../test-support/in-process-step.js');
const { baseInputs } = await import('../../test-support/scenario.js');

const { emulator: currentEmulator, step } = useInProcessEmulator();

/** [what is wrong, inputs to change, environment to add, text the error must contain] */
const CASES: Array<[string, Record<string, string>, Record<string, string>, string]> = [
  ['bad region-id', { 'region-id': 'Hangzhou' }, {}, "Invalid region-id 'Hangzhou'. Expected a region ID"],
  [
    'missing container-group-id',
    { 'container-group-id': '' },
    {},
    'Input required and not supplied: container-group-id'
  ],
  ['bad container-group-id', { 'container-group-id': 'i-123' }, {}, "Invalid container-group-id 'i-123'"],
  ['missing container-name', { 'container-name': '' }, {}, 'Input required and not supplied: container-name'],
  ['missing image-repository', { 'image-repository': '' }, {}, 'Input required and not supplied: image-repository'],
  [
    'repository with a tag',
    { 'image-repository': 'registry.cn-hangzhou.aliyuncs.com/ns/app:v1' },
    {},
    'image-repository'
  ],
  [
    'repository without namespace',
    { 'image-repository': 'registry.cn-hangzhou.aliyuncs.com/app' },
    {},
    'Invalid image-repository'
  ],
  ['tag starting with a dot', { 'image-tag': '.hidden' }, {}, "Invalid image-tag '.hidden'"],
  ['tag too long', { 'image-tag': 'a'.repeat(129) }, {}, 'Invalid image-tag'],
  ['tag with a space', { 'image-tag': 'v 1' }, {}, "Invalid image-tag 'v 1'"],
  ['bad wait', { wait: 'yes' }, {}, "Invalid wait 'yes'. Expected true or false."],
  ['bad job-summary', { 'job-summary': 'on' }, {}, "Invalid job-summary 'on'. Expected true or false."],
  [
    'bad wait-timeout',
    { 'wait-timeout': 'ten minutes' },
    {},
    "Invalid wait-timeout 'ten minutes'. Expected a duration"
  ],
  ['zero wait-timeout', { 'wait-timeout': '0s' }, {}, "Invalid wait-timeout '0s'"],
  ['too short poll-interval', { 'poll-interval': '200ms' }, {}, "Invalid poll-interval '200ms'. Expected at least 1s"],
  ['bad max-attempts', { 'max-attempts': '0' }, {}, "Invalid max-attempts '0'. Expected a whole number from 1 to 10."],
  ['endpoint with a path', { endpoint: 'https://eci.cn-hangzhou.aliyuncs.com/api' }, {}, 'Invalid endpoint'],
  ['endpoint with another scheme', { endpoint: 'ftp://eci.cn-hangzhou.aliyuncs.com' }, {}, 'Invalid endpoint'],
  ['secret without id', { 'access-key-id': '' }, {}, 'access-key-secret is set but access-key-id is empty'],
  ['id without secret', { 'access-key-secret': '' }, {}, 'access-key-id is set but access-key-secret is empty'],
  ['role-type without role-arn', { 'role-type': 'service' }, {}, 'role-type is set but role-arn is empty'],
  ['bad role-arn', { 'role-arn': 'my-role' }, {}, "Invalid role-arn 'my-role'"],
  ['bad acr-instance-id', { 'acr-instance-id': 'registry-1' }, {}, "Invalid acr-instance-id 'registry-1'"],
  [
    'acr-region-id without instance',
    { 'acr-region-id': 'cn-shanghai' },
    {},
    'acr-region-id is set but acr-instance-id is empty'
  ]
];

describe('bad inputs fail before any request, naming the input and the expected form (in-process)', () => {
  it.each(CASES)('%s', async (_what, inputs, env, message) => {
    const emulator = currentEmulator();
    const result = await step({ inputs: baseInputs(emulator, inputs), env });

    expect(result.exitCode).toBe(1);
    const errors = result.stdout.split('\n').filter((line) => line.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
    expect(emulator.requests).toHaveLength(0);
    expect(result.outputs).toEqual({});
  });
});
