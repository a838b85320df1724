/** run(), in-process: the whole step over the shared fake ECI API and @actions/core stand-in, on virtual time. */
import { COMMIT_INPUTS } from '../../test-support/step-inputs.js';
import { linesAt, mockCoreAndSummary, recorded, standIn } from '../../test-support/core-stand-in.js';

mockCoreAndSummary();

const { startFakeApiStep } = await import('../../test-support/fake-api-step.js');
const { apiError, task } = await import('../../test-support/fakes.js');
type EciScript = import('../../test-support/fake-eci-api.js').EciScript;

const INPUTS = COMMIT_INPUTS;

const done = (taskId: string, status = 'Succeeded') =>
  task({ taskId, status, progress: 100, phases: [{ phase: 'PushCommittedImage', status: 'Success' }] });

async function step(inputs: Record<string, string>, script: EciScript, answers: Partial<typeof standIn> = {}) {
  // The step's env, not the test process's: the summary goes where the step's GITHUB_STEP_SUMMARY says.
  const { api, createApi, running } = startFakeApiStep(inputs, script, {
    env: { GITHUB_STEP_SUMMARY: '/step/summary.md' },
    standIn: answers
  });
  await running;
  return { api, createApi };
}

describe('run', () => {
  it('commits one container, waits for its task and reports it', async () => {
    const { api } = await step(INPUTS, {
      commits: [{ taskId: 't-one', requestId: 'REQ-COMMIT' }],
      // The group's tasks listed before the commit, then the wait.
      describes: [[], [task({ taskId: 't-one', progress: 50 })], [done('t-one')]]
    });
    expect(api.commitCalls.map((call) => call.request.containerName)).toEqual(['app']);
    expect(recorded.failed).toEqual([]);
    expect(Object.fromEntries(recorded.outputs)).toMatchObject({
      'task-id': 't-one',
      'request-id': 'REQ-COMMIT',
      image: 'registry.cn-hangzhou.aliyuncs.com/octo/shop:v1',
      'image-tag': 'v1',
      status: 'Succeeded'
    });
    expect(recorded.summariesWritten).toBe(1);
    expect(recorded.summaryFiles).toEqual(['/step/summary.md']);
    expect(recorded.secrets).toContain('example-secret-not-real');
  });

  it('warns, and still succeeds, when the job summary cannot be written', async () => {
    await step(
      INPUTS,
      { commits: [{ taskId: 't-one', requestId: 'REQ-COMMIT' }], describes: [[done('t-one')]] },
      { summaryWriteError: new Error('EACCES: permission denied') }
    );
    expect(recorded.failed).toEqual([]);
    expect(recorded.outputs.get('status')).toBe('Succeeded');
    expect(recorded.summariesWritten).toBe(0);
    expect(linesAt('warning')).toContain('Could not write the job summary: EACCES: permission denied');
  });

  it('fails on bad input before it creates the API', async () => {
    const { createApi } = await step({ ...INPUTS, 'image-tag': '-bad' }, {});
    expect(createApi).not.toHaveBeenCalled();
    expect(recorded.failed).toEqual([expect.stringMatching(/^Invalid image-tag '-bad'/)]);
    expect(recorded.outputs.size).toBe(0);
    expect(recorded.summariesWritten).toBe(0);
  });

  it('sets the task outputs before failing when the task fails', async () => {
    await step(INPUTS, {
      commits: [{ taskId: 't-one', requestId: 'REQ-COMMIT' }],
      describes: [[task({ taskId: 't-one', status: 'Failed', statusMessage: 'push denied', phases: [] })]]
    });
    expect(recorded.outputs.get('task-id')).toBe('t-one');
    expect(recorded.outputs.get('status')).toBe('Failed');
    expect(recorded.failed).toEqual(['Commit task t-one failed: push denied']);
  });

  it('sets no task outputs for a single container whose commit was refused', async () => {
    await step(INPUTS, {
      commits: [
        apiError({ action: 'CommitContainer', code: 'IncorrectStatusDetail', statusCode: 400, retryable: false })
      ]
    });
    expect(recorded.outputs.size).toBe(0);
    expect(recorded.failed).toEqual([expect.stringContaining('CommitContainer failed: IncorrectStatusDetail')]);
  });

  it('returns after the commit with wait: false, leaving the task running', async () => {
    const { api } = await step(
      { ...INPUTS, wait: 'false' },
      { commits: [{ taskId: 't-one', requestId: 'REQ-COMMIT' }] }
    );
    // Only the group's tasks listed before the commit: no wait.
    expect(api.describeCalls).toHaveLength(1);
    expect(recorded.outputs.get('status')).toBe('Running');
    expect(recorded.failed).toEqual([]);
  });

  it('stops at the first failure with fail-fast, skipping the rest, and lists results for all', async () => {
    const { api } = await step(
      { ...INPUTS, 'container-name': '*' },
      {
        groups: [{ containerGroupId: INPUTS['container-group-id'], containers: ['app', 'sidecar', 'logger'] }],
        commits: [
          { taskId: 't-app', requestId: 'REQ-1' },
          { taskId: 't-sidecar', requestId: 'REQ-2' }
        ],
        describes: [[], [done('t-app')], [], [done('t-sidecar', 'Failed')]]
      }
    );
    expect(api.commitCalls.map((call) => call.request.containerName)).toEqual(['app', 'sidecar']);
    const results = JSON.parse(recorded.outputs.get('results') ?? '[]') as Array<{ container: string; status: string }>;
    expect(results.map(({ container, status }) => `${container}:${status}`)).toEqual([
      'app:Succeeded',
      'sidecar:Failed',
      'logger:Skipped'
    ]);
    expect(recorded.outputs.get('task-id')).toBe('t-sidecar');
    expect(recorded.outputs.get('status')).toBe('Failed');
    expect(recorded.lines).toContainEqual({
      level: 'warning',
      text: 'Not committing logger: fail-fast is true.'
    });
    // All three selected are counted, the one skipped after the failure included.
    expect(recorded.failed).toEqual([expect.stringMatching(/^1 of 3 container commits failed:\n- sidecar: /)]);
    // The step's outcome, not the last container's (logger, skipped).
    expect(recorded.outputs.get('status')).toBe('Failed');
  });
});
