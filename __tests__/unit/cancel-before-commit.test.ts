/**
 * run(), in-process on virtual time: the job is cancelled while the next container's commit is being prepared (the
 * group's tasks listed before its CommitContainer). Its CommitContainer is never sent, so it was not committed:
 * Skipped, like the containers after it, not Failed. The end-to-end test on the bundle cannot hold this moment.
 */
import { COMMIT_INPUTS } from '../../test-support/step-inputs.js';
import { linesAt, mockCoreAndSummary, recorded } from '../../test-support/core-stand-in.js';

mockCoreAndSummary();

const { startFakeApiStep, stepResults } = await import('../../test-support/fake-api-step.js');
const { apiError, task } = await import('../../test-support/fakes.js');
type CommitTask = import('../../src/model/task.js').CommitTask;

const INPUTS = { ...COMMIT_INPUTS, 'container-name': 'app,sidecar,logger' };
const done = (taskId: string) =>
  task({ taskId, status: 'Succeeded', progress: 100, phases: [{ phase: 'PushCommittedImage', status: 'Success' }] });

/** Runs the step; `whileListing` is what sidecar's list before its commit does, after cancelling the job. */
async function cancelledWhileListing(whileListing: 'answers' | 'is cut off') {
  const cancellation = new AbortController();
  const listBeforeSidecar = (): CommitTask[] => {
    cancellation.abort();
    if (whileListing === 'answers') return [];
    throw apiError({ code: 'Aborted', message: 'the request was cancelled', statusCode: undefined, retryable: false });
  };
  const { api, running } = startFakeApiStep(
    INPUTS,
    {
      groups: [{ containerGroupId: COMMIT_INPUTS['container-group-id'], containers: ['app', 'sidecar', 'logger'] }],
      commits: [{ taskId: 't-app', requestId: 'REQ-APP' }],
      // app's list before its commit, app's wait, then sidecar's list.
      describes: [[], [done('t-app')], listBeforeSidecar]
    },
    { cancellation: cancellation.signal }
  );
  await running;
  return api;
}

const results = stepResults;

describe.each(['answers', 'is cut off'] as const)('cancelled while the list before a commit %s', (whileListing) => {
  it('sends no CommitContainer for it and reports it, and those after it, as not committed', async () => {
    const api = await cancelledWhileListing(whileListing);
    expect(api.commitCalls.map((call) => call.request.containerName)).toEqual(['app']);
    expect(results().map((result) => [result.container, result.status, result.taskId])).toEqual([
      ['app', 'Succeeded', 't-app'],
      ['sidecar', 'Skipped', null],
      ['logger', 'Skipped', null]
    ]);
    // As action.yml documents it: none failed, none runs, not all skipped (the step itself fails).
    expect(recorded.outputs.get('status')).toBe('Succeeded');
    expect(linesAt('warning')).toContain('Not committing sidecar, logger: the job was cancelled.');
    expect(recorded.failed).toEqual(['The job was cancelled; 2 container(s) were not committed.']);
    expect(recorded.lines.map((line) => line.text).join('\n')).not.toContain('a task may have been created');
  });
});
