/** Fault knobs: injected errors, dropped connections, delays and tasks that show up late. */
import { DEFAULT_CONTAINER_GROUP_ID } from '../../emulator/container-groups.js';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { COMMIT_PARAMS, EciModels, callApi, sdkClient, sdkError } from './helpers.js';

describe('fault knobs', () => {
  let emulator: Emulator;

  beforeAll(async () => {
    emulator = await startEmulator({ taskDurationMs: 0 });
  });
  afterEach(() => emulator.reset());
  afterAll(() => emulator.close());

  const commit = () => callApi(emulator, { action: 'CommitContainer', params: COMMIT_PARAMS });
  const describeGroups = () =>
    callApi(emulator, { action: 'DescribeContainerGroups', params: { RegionId: 'cn-hangzhou' } });

  it('answers an injected error for the next N requests, with x-acs-retry-after', async () => {
    emulator.injectError({
      status: 400,
      code: 'Throttling.User',
      message: 'Request was denied due to user flow control.',
      retryAfterMs: 2000,
      count: 2
    });
    const first = await describeGroups();
    const second = await describeGroups();
    const third = await describeGroups();

    expect(first.status).toBe(400);
    expect(first.headers['x-acs-retry-after']).toBe('2000');
    expect(first.json).toMatchObject({
      Code: 'Throttling.User',
      Message: 'Request was denied due to user flow control.'
    });
    expect(first.headers['x-acs-request-id']).toBe(first.json.RequestId);
    expect(second.json.Code).toBe('Throttling.User');
    expect(third.status).toBe(200);
    expect(emulator.requests.map((request) => request.injectedFault)).toEqual(['error', 'error', undefined]);
    expect(emulator.armedFaults.errors).toEqual([]);
  });

  it('limits a fault to one action', async () => {
    emulator.injectError({
      status: 503,
      code: 'ServiceUnavailable',
      message: 'The request has failed due to a temporary failure of the server.',
      action: 'DescribeCommitContainerTask'
    });
    expect((await describeGroups()).status).toBe(200);
    expect((await commit()).status).toBe(200);
    const describe = await callApi(emulator, {
      action: 'DescribeCommitContainerTask',
      params: { RegionId: 'cn-hangzhou', ContainerGroupId: DEFAULT_CONTAINER_GROUP_ID }
    });
    expect(describe.status).toBe(503);
    expect(describe.json.Code).toBe('ServiceUnavailable');
  });

  it('shows an injected 500 to the SDK as an error with that code', async () => {
    emulator.injectError({
      status: 500,
      code: 'InternalError',
      message: 'The request processing has failed due to some unknown error.'
    });
    const error = await sdkError(
      sdkClient(emulator).describeContainerGroups(
        new EciModels.DescribeContainerGroupsRequest({ regionId: 'cn-hangzhou' })
      )
    );
    expect(error).toMatchObject({ code: 'InternalError', data: { statusCode: 500 } });
  });

  it('destroys the connection before processing: no task is created', async () => {
    emulator.dropConnections({ action: 'CommitContainer' });
    await expect(commit()).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect(emulator.tasks).toHaveLength(0);
    expect(emulator.requestsFor('CommitContainer')[0]).toMatchObject({ injectedFault: 'drop-before-processing' });
    expect(emulator.requestsFor('CommitContainer')[0]?.status).toBeUndefined();

    expect((await commit()).status).toBe(200);
  });

  it('processes, then destroys the connection: the task exists though the caller saw no answer', async () => {
    emulator.processThenDrop({ action: 'CommitContainer' });
    const error = await sdkError(
      sdkClient(emulator).commitContainer(
        new EciModels.CommitContainerRequest({
          regionId: 'cn-hangzhou',
          containerGroupId: DEFAULT_CONTAINER_GROUP_ID,
          containerName: 'app',
          image: new EciModels.CommitContainerRequestImage({ repository: COMMIT_PARAMS['Image.Repository'] })
        })
      )
    );
    expect(error.message).toMatch(/socket hang up|ECONNRESET/);
    expect(emulator.tasks).toHaveLength(1);
    expect(emulator.requestsFor('CommitContainer')[0]).toMatchObject({
      injectedFault: 'drop-after-processing',
      signatureValid: true
    });
  });

  it('drops the answer after processing even when the answer is an error', async () => {
    emulator.processThenDrop();
    const invalid = callApi(emulator, {
      action: 'CommitContainer',
      params: { ...COMMIT_PARAMS, 'Image.Tag': 'bad tag' }
    });
    await expect(invalid).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect(emulator.tasks).toHaveLength(0);
    expect(emulator.requests[0]).toMatchObject({ injectedFault: 'drop-after-processing', signatureValid: true });
  });

  it('delays responses', async () => {
    emulator.delayResponses({ ms: 150, action: 'DescribeContainerGroups' });
    const started = performance.now();
    const delayed = await describeGroups();
    const elapsed = performance.now() - started;
    expect(delayed.status).toBe(200);
    expect(elapsed).toBeGreaterThanOrEqual(140);
    expect(emulator.requests[0]?.delayedMs).toBe(150);
  });

  it('hides a new task from DescribeCommitContainerTask for its first N queries', async () => {
    emulator.hideNewTasks({ queries: 2 });
    const { json } = await commit();
    const visible: number[] = [];
    for (let query = 0; query < 3; query += 1) {
      const response = await callApi(emulator, {
        action: 'DescribeCommitContainerTask',
        params: { RegionId: 'cn-hangzhou', 'TaskId.1': json.TaskId }
      });
      visible.push(response.json.TotalCount);
    }
    expect(visible).toEqual([0, 0, 1]);
    expect(emulator.task(json.TaskId)?.hiddenQueriesLeft).toBe(0);
  });

  it('rejects nonsense knobs', () => {
    expect(() => emulator.injectError({ status: 200, code: 'X', message: 'x' })).toThrow(RangeError);
    expect(() => emulator.dropConnections({ count: 0 })).toThrow(RangeError);
    expect(() => emulator.delayResponses({ ms: -1 })).toThrow(RangeError);
    expect(() => emulator.hideNewTasks({ queries: 1.5 })).toThrow(RangeError);
  });

  it('forgets armed faults on reset', () => {
    emulator.injectError({ status: 400, code: 'Throttling.User', message: 'x' });
    emulator.failNextTask({ phase: 'PullBaseImage' });
    emulator.answerRaw({ status: 502, body: 'x' });
    emulator.reset();
    expect(emulator.armedFaults).toEqual({
      errors: [],
      dropsBeforeProcessing: [],
      dropsAfterProcessing: [],
      delays: [],
      hiddenTasks: [],
      taskFailures: [],
      rawAnswers: []
    });
  });
});

describe('close()', () => {
  it('closes promptly while a response is held back', async () => {
    const emulator = await startEmulator();
    emulator.delayResponses({ ms: 20_000 });
    const pending = callApi(emulator, { action: 'DescribeContainerGroups', params: { RegionId: 'cn-hangzhou' } }).catch(
      (error: unknown) => error
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await emulator.close();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await pending).toMatchObject({ message: expect.stringMatching(/socket hang up|ECONNRESET/) });
  });
});
