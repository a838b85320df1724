/** readSettings with task-id: a step that waits for tasks started earlier, and the inputs it refuses. */
import { withActionDefaults } from '../../test-support/action-inputs.js';
import { jest } from '@jest/globals';
import { loadAction } from '../../test-support/action-metadata.js';
import { core } from '../../test-support/core-stand-in.js';
import { RUN_ENV } from '../../test-support/run-env.js';

jest.unstable_mockModule('@actions/core', () => core);

const { readSettings } = await import('../../src/inputs/read-settings.js');
const { COMMIT_ONLY_INPUTS, MAX_TASK_IDS } = await import('../../src/inputs/wait-for-tasks-settings.js');
const { InputError } = await import('../../src/model/errors.js');

const ACTION = loadAction();
const REPOSITORY = 'registry.cn-hangzhou.aliyuncs.com/my-namespace/my-app';
const WAIT_INPUTS: Record<string, string> = {
  'region-id': 'cn-hangzhou',
  'task-id': 't-2zej6nstkg744qc3abcd',
  'access-key-id': 'LTAI5tExampleKeyId',
  'access-key-secret': 'example-secret-value'
};

function settingsFor(overrides: Record<string, string> = {}) {
  const inputs = { ...WAIT_INPUTS, ...overrides };
  return readSettings((name) => {
    if (!(name in ACTION.inputs)) throw new Error(`readSettings read the undeclared input ${name}`);
    return withActionDefaults(inputs)(name);
  }, RUN_ENV);
}

function errorFor(overrides: Record<string, string>): string {
  try {
    settingsFor(overrides);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('readSettings did not throw');
}

describe('readSettings with task-id', () => {
  it('makes a step that waits for the tasks and needs no commit input', () => {
    expect(settingsFor()).toStrictEqual({
      mode: 'wait-for-tasks',
      taskIds: ['t-2zej6nstkg744qc3abcd'],
      regionId: 'cn-hangzhou',
      credentials: {
        kind: 'static',
        accessKeyId: 'LTAI5tExampleKeyId',
        accessKeySecret: 'example-secret-value',
        source: 'inputs'
      },
      maxAttempts: 5,
      wait: true,
      waitTimeoutMs: 1_800_000,
      pollIntervalMs: 5_000,
      endpoint: { protocol: 'https', host: 'eci.cn-hangzhou.aliyuncs.com' },
      jobSummary: true
    });
  });

  it.each([
    ['t-a1, t-b2', ['t-a1', 't-b2']],
    ['t-a1\nt-b2\n', ['t-a1', 't-b2']],
    ['  t-a1 ,\n t-b2,,t-c3 ', ['t-a1', 't-b2', 't-c3']]
  ])('reads several IDs from %j', (value, taskIds) => {
    expect(settingsFor({ 'task-id': value })).toMatchObject({ taskIds });
  });

  it.each(['T-ABC', 'abc', 't-', 't-abc_def', 'eci-abc', `t-${'a'.repeat(65)}`])('refuses the ID %j', (id) => {
    expect(errorFor({ 'task-id': `t-ok1, ${id}` })).toBe(
      `Invalid task-id '${id}'. Expected commit task IDs as CommitContainer returns them, such as t-2zej6nstkg744qc3abcd: t- followed by lowercase letters and digits (several: one per line or comma-separated).`
    );
  });

  it('refuses an ID listed twice, an empty list, and more IDs than one step takes', () => {
    expect(errorFor({ 'task-id': 't-a1, t-b2, t-a1' })).toBe("Invalid task-id: 't-a1' is listed twice.");
    expect(errorFor({ 'task-id': ' , \n' })).toMatch(/^Invalid task-id: no ID given/);
    const many = Array.from({ length: MAX_TASK_IDS + 1 }, (_, i) => `t-${i}`).join(',');
    expect(errorFor({ 'task-id': many })).toBe(
      `Invalid task-id: ${MAX_TASK_IDS + 1} IDs given. Expected at most ${MAX_TASK_IDS} in one step.`
    );
  });

  it.each(COMMIT_ONLY_INPUTS)('refuses %s, which only a commit uses', (name) => {
    const value = name.endsWith('-arn') ? 'acs:ram::1234567890123456:role/x' : 'x';
    expect(errorFor({ [name]: value })).toBe(
      `Input ${name} is set together with task-id. A step with task-id commits nothing: it waits for commit tasks started earlier. Remove ${name}, or remove task-id to commit.`
    );
  });

  it('names every commit input given at once', () => {
    expect(errorFor({ 'container-group-id': 'eci-abc', 'container-name': 'app' })).toMatch(
      /^Inputs container-group-id, container-name are set together with task-id\. .* Remove container-group-id, container-name, or remove task-id to commit\.$/
    );
  });

  it('refuses wait: false, which would leave nothing to do', () => {
    expect(errorFor({ wait: 'false' })).toBe(
      'Input wait is false but task-id is set: a step with task-id only waits for those tasks, so it would have nothing to do. Remove wait: false, or remove task-id.'
    );
  });

  it('takes image-repository and image-tag as the image the task pushes, deriving the tag as a commit does', () => {
    expect(settingsFor({ 'image-repository': REPOSITORY, 'image-tag': 'v1' })).toMatchObject({
      image: { repository: REPOSITORY, tag: 'v1' }
    });
    expect(settingsFor({ 'image-repository': REPOSITORY })).toMatchObject({
      image: { repository: REPOSITORY, tag: '1a2b3c4' }
    });
    expect(settingsFor({ 'image-repository': `${REPOSITORY}-{container}` })).toMatchObject({
      image: { repository: `${REPOSITORY}-{container}`, tag: '1a2b3c4' }
    });
  });

  it('refuses image-tag alone, image-repository with several IDs, and a malformed image-repository', () => {
    expect(errorFor({ 'image-tag': 'v1' })).toMatch(
      /^Input image-tag is set with task-id but image-repository is empty/
    );
    expect(errorFor({ 'task-id': 't-a1,t-b2', 'image-repository': REPOSITORY })).toMatch(
      /^Input image-repository is set but task-id lists 2 tasks\./
    );
    expect(errorFor({ 'image-repository': `https://${REPOSITORY}` })).toMatch(/^Invalid image-repository/);
  });

  it('names both ways to use the step when task-id is empty and no container is named', () => {
    expect(errorFor({ 'task-id': '' })).toBe(
      'Neither task-id nor container-group-id/container-name is set. If you meant to wait for tasks started earlier, task-id is empty: check that the step or job giving it ran and that the output name is right. To commit, give container-group-id (or container-group-name) and container-name.'
    );
    expect(errorFor({ 'task-id': '  \n ' })).toMatch(
      /^Neither task-id nor container-group-id\/container-name is set\./
    );
  });

  it('keeps the commit messages when task-id is empty and only one commit input is missing', () => {
    expect(errorFor({ 'task-id': '', 'container-name': 'app' })).toBe(
      'Input required and not supplied: container-group-id. Expected a container group ID such as eci-2zelg8vwnlzdhf8hv7ab (or container-group-name: the name of the group).'
    );
    expect(errorFor({ 'task-id': '', 'container-group-id': 'eci-abc' })).toMatch(
      /^Input required and not supplied: container-name\./
    );
  });

  it('refuses a fail-fast that is not a boolean, though no commit stops early', () => {
    expect(errorFor({ 'fail-fast': 'maybe' })).toMatch(/^Invalid fail-fast 'maybe'/);
    expect(settingsFor({ 'fail-fast': 'false' }).mode).toBe('wait-for-tasks');
  });
});
