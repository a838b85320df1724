/** The ECI actions over HTTP, signed with the emulator's own signer, on a manual clock. */
import {
  DEFAULT_CONTAINER_GROUP_ID,
  PENDING_CONTAINER_GROUP_ID,
  SUCCEEDED_CONTAINER_GROUP_ID
} from '../../emulator/container-groups.js';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { isoSeconds } from '../../emulator/time-format.js';
import { COMMIT_PARAMS, ManualClock, callApi, rawHttp } from './helpers.js';

describe('ECI actions', () => {
  const clock = new ManualClock();
  let emulator: Emulator;

  beforeAll(async () => {
    emulator = await startEmulator({ now: clock.now, taskDurationMs: 1000 });
  });
  afterEach(() => {
    emulator.reset();
    clock.advance(60_000);
  });
  afterAll(() => emulator.close());

  const commit = (params: Record<string, string> = {}) =>
    callApi(emulator, { action: 'CommitContainer', params: { ...COMMIT_PARAMS, ...params }, clock });
  const describeTasks = (params: Record<string, string>) =>
    callApi(emulator, { action: 'DescribeCommitContainerTask', params: { RegionId: 'cn-hangzhou', ...params }, clock });

  describe('CommitContainer', () => {
    it('answers {RequestId, TaskId} with the request ID also in a header', async () => {
      const response = await commit();
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/json;charset=utf-8');
      expect(Object.keys(response.json)).toEqual(['RequestId', 'TaskId']);
      expect(response.json.RequestId).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
      expect(response.headers['x-acs-request-id']).toBe(response.json.RequestId);
      expect(emulator.tasks[0]).toMatchObject({
        taskId: response.json.TaskId,
        createdAtMs: clock.now(),
        finishedAtMs: clock.now() + 1000,
        status: 'Running'
      });
    });

    it.each([
      ['RegionId', 'MissingParameter'],
      ['ContainerGroupId', 'MissingParameter'],
      ['ContainerName', 'MissingParameter'],
      ['Image.Repository', 'MissingParameter']
    ])('requires %s', async (name, code) => {
      const params: Record<string, string> = { ...COMMIT_PARAMS };
      delete params[name];
      const response = await callApi(emulator, { action: 'CommitContainer', params, clock });
      expect(response.status).toBe(400);
      expect(response.json).toMatchObject({ Code: code, Message: expect.stringContaining(`"${name}"`) });
      expect(Object.keys(response.json).sort()).toEqual(['Code', 'HostId', 'Message', 'Recommend', 'RequestId']);
    });

    it.each([
      [{ 'Image.Repository': 'registry.cn-hangzhou.aliyuncs.com/ns/app:v1' }, 'Image.Repository'],
      [{ 'Image.Repository': 'app' }, 'Image.Repository'],
      [{ 'Image.Tag': 'bad tag' }, 'Image.Tag']
    ])('rejects %j', async (params, name) => {
      const response = await commit(params);
      expect(response.status).toBe(400);
      expect(response.json).toMatchObject({ Code: 'InvalidParameter', Message: expect.stringContaining(name) });
    });

    it('requires AcrRegistryInfo.InstanceId for an Enterprise Edition registry', async () => {
      const response = await commit({ 'Image.Repository': 'team-registry-vpc.cn-hangzhou.cr.aliyuncs.com/ns/app' });
      expect(response.json).toMatchObject({ Code: 'MissingParameter', Message: expect.stringContaining('InstanceId') });
      const withInstance = await commit({
        'Image.Repository': 'team-registry-vpc.cn-hangzhou.cr.aliyuncs.com/ns/app',
        'AcrRegistryInfo.InstanceId': 'cri-1'
      });
      expect(withInstance.status).toBe(200);
    });

    const unknownTargets: Array<[Record<string, string>, string]> = [
      [{ ContainerGroupId: 'eci-doesnotexist' }, 'ContainerGroupId'],
      [{ RegionId: 'cn-beijing' }, 'ContainerGroupId'],
      [{ ContainerName: 'nope' }, 'ContainerName']
    ];

    it('answers 400 InvalidParameter for an unknown group, a group in another region, or an unknown container', async () => {
      for (const [params, name] of unknownTargets) {
        const response = await commit(params);
        expect([response.status, response.json.Code]).toEqual([400, 'InvalidParameter']);
        expect(response.json.Message).toContain(`"${name}"`);
      }
    });

    it('answers 404 InvalidParameter.NotFound for them instead with unknownCommitTarget: not-found', async () => {
      const config = await rawHttp(`${emulator.url}/__emulator/config`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ unknownCommitTarget: 'not-found' })
      });
      expect(config.status).toBe(200);
      try {
        for (const [params, name] of unknownTargets) {
          const response = await commit(params);
          expect([response.status, response.json.Code]).toEqual([404, 'InvalidParameter.NotFound']);
          expect(response.json.Message).toContain(name);
        }
      } finally {
        emulator.configure({ unknownCommitTarget: 'invalid-parameter' });
      }
    });

    it.each([PENDING_CONTAINER_GROUP_ID, SUCCEEDED_CONTAINER_GROUP_ID])(
      'answers 403 IncorrectStatusDetail for group %s, which is not Running',
      async (containerGroupId) => {
        const response = await commit({ ContainerGroupId: containerGroupId });
        expect(response.status).toBe(403);
        expect(response.json).toMatchObject({
          Code: 'IncorrectStatusDetail',
          Message: expect.stringContaining('Running')
        });
      }
    );

    it('allows one running commit per container group at a time', async () => {
      const first = await commit();
      const second = await commit({ ContainerName: 'sidecar' });
      expect(second.status).toBe(403);
      expect(second.json.Code).toBe('IncorrectStatusDetail');
      expect(second.json.Message).toContain(first.json.TaskId);
      expect(second.json.Message).toMatch(/in progress/);

      clock.advance(1000);
      expect((await commit({ ContainerName: 'sidecar' })).status).toBe(200);
    });

    it('follows runtime changes of the container groups', async () => {
      emulator.configure({
        containerGroups: {
          'eci-added': { status: 'Running', regionId: 'cn-shanghai', containers: ['worker'], taskDurationMs: 5 }
        }
      });
      const response = await commit({
        RegionId: 'cn-shanghai',
        ContainerGroupId: 'eci-added',
        ContainerName: 'worker'
      });
      expect(response.status).toBe(200);
      expect(emulator.task(response.json.TaskId)?.durationMs).toBe(5);
      emulator.configure({ containerGroups: { 'eci-added': null } });
      expect((await commit({ RegionId: 'cn-shanghai', ContainerGroupId: 'eci-added' })).status).toBe(400);
    });

    it('takes the duration from the container override, then the group override', async () => {
      emulator.configure({
        containerGroups: {
          'eci-timed': {
            status: 'Running',
            regionId: 'cn-hangzhou',
            containers: ['fast', 'slow'],
            taskDurationMs: 300,
            containerTaskDurationMs: { fast: 10 }
          }
        }
      });
      const fast = await commit({ ContainerGroupId: 'eci-timed', ContainerName: 'fast' });
      clock.advance(10);
      const slow = await commit({ ContainerGroupId: 'eci-timed', ContainerName: 'slow' });
      expect(emulator.task(fast.json.TaskId)?.durationMs).toBe(10);
      expect(emulator.task(slow.json.TaskId)?.durationMs).toBe(300);
      emulator.configure({ containerGroups: { 'eci-timed': null } });
    });

    it('merges a form-encoded body into the query parameters', async () => {
      const body = 'ContainerName=logger&Image.Message=from+the+body';
      const response = await callApi(emulator, {
        action: 'CommitContainer',
        params: {
          RegionId: 'cn-hangzhou',
          ContainerGroupId: DEFAULT_CONTAINER_GROUP_ID,
          'Image.Repository': COMMIT_PARAMS['Image.Repository']
        },
        body,
        contentType: 'application/x-www-form-urlencoded',
        clock
      });
      expect(response.status).toBe(200);
      expect(emulator.requestsFor('CommitContainer')[0]?.params).toMatchObject({
        ContainerName: 'logger',
        'Image.Message': 'from the body'
      });
    });
  });

  describe('DescribeCommitContainerTask', () => {
    it('needs ContainerGroupId or TaskId', async () => {
      const response = await describeTasks({});
      expect(response.status).toBe(400);
      expect(response.json.Code).toBe('MissingParameter');
    });

    it('shows a task progressing over time', async () => {
      const { json } = await commit();
      const seen: string[] = [];
      for (let step = 0; step <= 5; step += 1) {
        const response = await describeTasks({ 'TaskId.1': json.TaskId });
        const [task] = response.json.CommitTasks;
        seen.push(`${task.TaskStatus} ${task.TaskProgress} ${task.CommitPhaseInfos.length}`);
        clock.advance(250);
      }
      expect(seen).toEqual([
        'Running 0% 1',
        'Running 20% 2',
        'Running 50% 2',
        'Running 70% 3',
        'Succeeded 100% 3',
        'Succeeded 100% 3'
      ]);
    });

    it('reports creation and finish times in whole UTC seconds', async () => {
      const createdAt = clock.now();
      const { json } = await commit();
      const running = (await describeTasks({ 'TaskId.1': json.TaskId })).json.CommitTasks[0];
      expect(running).toMatchObject({ TaskCreationTime: isoSeconds(createdAt), TaskFinishedTime: '' });
      clock.advance(1000);
      const done = (await describeTasks({ 'TaskId.1': json.TaskId })).json.CommitTasks[0];
      expect(done.TaskFinishedTime).toBe(isoSeconds(createdAt + 1000));
    });

    it("answers the ECI user guide's older task fields with commitTaskShape: user-guide", async () => {
      const createdAt = clock.now();
      const { json } = await commit();
      emulator.configure({ commitTaskShape: 'user-guide' });
      try {
        const running = (await describeTasks({ 'TaskId.1': json.TaskId })).json;
        expect(running.MaxResults).toBe('10');
        expect(Object.keys(running.CommitTasks[0]).sort()).toEqual([
          'CommitPhaseInfos',
          'ContainerName',
          'CreationTime',
          'FinishedTime',
          'TaskId',
          'TaskStatus'
        ]);
        expect(running.CommitTasks[0]).toMatchObject({ CreationTime: isoSeconds(createdAt), FinishedTime: '' });
        clock.advance(1000);
        const done = (await describeTasks({ 'TaskId.1': json.TaskId })).json.CommitTasks[0];
        expect(done).toMatchObject({ TaskStatus: 'Succeeded', FinishedTime: isoSeconds(createdAt + 1000) });
      } finally {
        emulator.configure({ commitTaskShape: 'api-reference' });
      }
      const current = (await describeTasks({ 'TaskId.1': json.TaskId })).json.CommitTasks[0];
      expect(current).toMatchObject({ TaskProgress: '100%', TaskCreationTime: isoSeconds(createdAt) });
      expect(current.CreationTime).toBeUndefined();
    });

    it("reports task times by ECI's clock with clockSkewMs, the task's timing unchanged", async () => {
      const createdAt = clock.now();
      const { json } = await commit();
      const skew = -10 * 60_000;
      emulator.configure({ clockSkewMs: skew });
      try {
        const running = (await describeTasks({ 'TaskId.1': json.TaskId })).json.CommitTasks[0];
        expect(running).toMatchObject({ TaskStatus: 'Running', TaskCreationTime: isoSeconds(createdAt + skew) });
        clock.advance(1000);
        const done = (await describeTasks({ 'TaskId.1': json.TaskId })).json.CommitTasks[0];
        expect(done).toMatchObject({ TaskStatus: 'Succeeded', TaskFinishedTime: isoSeconds(createdAt + 1000 + skew) });
        const recorded = (done.CommitPhaseInfos as Array<{ RecordTime: string }>).map(({ RecordTime }) =>
          Date.parse(RecordTime)
        );
        expect(Math.max(...recorded)).toBeLessThanOrEqual(createdAt + 1000 + skew);
      } finally {
        emulator.configure({ clockSkewMs: 0 });
      }
      const current = (await describeTasks({ 'TaskId.1': json.TaskId })).json.CommitTasks[0];
      expect(current.TaskCreationTime).toBe(isoSeconds(createdAt));
    });

    it('fails the next task in the chosen phase when asked', async () => {
      emulator.failNextTask({ phase: 'PushCommittedImage', message: 'push denied by the emulator' });
      const { json } = await commit();
      clock.advance(1000);
      const [task] = (await describeTasks({ ContainerGroupId: DEFAULT_CONTAINER_GROUP_ID })).json.CommitTasks;
      expect(task).toMatchObject({
        TaskId: json.TaskId,
        TaskStatus: 'Failed',
        StatusMessage: 'push denied by the emulator'
      });
      expect(task.CommitPhaseInfos[2]).toMatchObject({
        Phase: 'PushCommittedImage',
        Status: 'Failed',
        Message: 'push denied by the emulator'
      });

      const next = await commit();
      clock.advance(1000);
      const [nextTask] = (await describeTasks({ 'TaskId.1': next.json.TaskId })).json.CommitTasks;
      expect(nextTask.TaskStatus).toBe('Succeeded');
    });

    it('fails only the task of the chosen container', async () => {
      emulator.failNextTask({ phase: 'PullBaseImage', containerName: 'logger' });
      const app = await commit();
      clock.advance(1000);
      const logger = await commit({ ContainerName: 'logger' });
      clock.advance(1000);
      expect(emulator.task(app.json.TaskId)?.status).toBe('Succeeded');
      expect(emulator.task(logger.json.TaskId)).toMatchObject({
        status: 'Failed',
        failure: { phase: 'PullBaseImage', message: expect.stringContaining('logger') }
      });
    });

    it('lists newest first, filters by status and pages with NextToken', async () => {
      const ids: string[] = [];
      for (let index = 0; index < 3; index += 1) {
        ids.push((await commit()).json.TaskId);
        clock.advance(1000);
      }
      emulator.failNextTask({ phase: 'CommitContainer' });
      const failed = (await commit()).json.TaskId;
      clock.advance(1000);

      const all = await describeTasks({ ContainerGroupId: DEFAULT_CONTAINER_GROUP_ID });
      expect(all.json.CommitTasks.map((task: { TaskId: string }) => task.TaskId)).toEqual([failed, ...ids.reverse()]);

      const onlyFailed = await describeTasks({ ContainerGroupId: DEFAULT_CONTAINER_GROUP_ID, TaskStatus: 'Failed' });
      expect(onlyFailed.json).toMatchObject({ TotalCount: 1, CommitTasks: [{ TaskId: failed }] });

      const firstPage = await describeTasks({ ContainerGroupId: DEFAULT_CONTAINER_GROUP_ID, MaxResults: '3' });
      expect(firstPage.json).toMatchObject({ TotalCount: 4, MaxResults: '3' });
      expect(firstPage.json.CommitTasks).toHaveLength(3);
      const secondPage = await describeTasks({
        ContainerGroupId: DEFAULT_CONTAINER_GROUP_ID,
        MaxResults: '3',
        NextToken: firstPage.json.NextToken
      });
      expect(secondPage.json).toMatchObject({ NextToken: '', CommitTasks: [{ TaskId: ids[ids.length - 1] }] });
    });

    it.each([
      [{ MaxResults: '51' }, 'MaxResults'],
      [{ MaxResults: 'ten' }, 'MaxResults'],
      [{ TaskStatus: 'Done' }, 'TaskStatus'],
      [{ NextToken: 'garbage' }, 'NextToken']
    ])('rejects %j', async (params, name) => {
      const response = await describeTasks({ ContainerGroupId: DEFAULT_CONTAINER_GROUP_ID, ...params });
      expect(response.status).toBe(400);
      expect(response.json).toMatchObject({ Code: 'InvalidParameter', Message: expect.stringContaining(name) });
    });

    it('finds nothing for another region or an unknown task', async () => {
      const { json } = await commit();
      expect((await describeTasks({ RegionId: 'cn-beijing', 'TaskId.1': json.TaskId })).json.TotalCount).toBe(0);
      expect((await describeTasks({ 'TaskId.1': 't-unknown' })).json).toMatchObject({ TotalCount: 0, CommitTasks: [] });
    });
  });

  describe('DescribeContainerGroups', () => {
    const describeGroups = (params: Record<string, string>) =>
      callApi(emulator, { action: 'DescribeContainerGroups', params: { RegionId: 'cn-hangzhou', ...params }, clock });

    it('lists the default groups of the region', async () => {
      const response = await describeGroups({});
      expect(response.json.TotalCount).toBe(3);
      expect(response.json.ContainerGroups.map((group: { Status: string }) => group.Status).sort()).toEqual([
        'Pending',
        'Running',
        'Succeeded'
      ]);
    });

    it('filters by IDs, name and status', async () => {
      expect(
        (await describeGroups({ ContainerGroupIds: `["${PENDING_CONTAINER_GROUP_ID}"]` })).json.ContainerGroups[0]
      ).toMatchObject({
        ContainerGroupId: PENDING_CONTAINER_GROUP_ID,
        Status: 'Pending',
        Containers: [{ Name: 'app', Ready: false, CurrentState: { State: 'Waiting' } }]
      });
      expect((await describeGroups({ Status: 'Running' })).json.ContainerGroups[0].ContainerGroupId).toBe(
        DEFAULT_CONTAINER_GROUP_ID
      );
      expect((await describeGroups({ ContainerGroupName: 'emulator-succeeded' })).json.TotalCount).toBe(1);
    });

    it('pages at most 20 groups (Limit 1 to 20), and its answer has no MaxResults', async () => {
      const first = await describeGroups({ Limit: '2' });
      expect(first.json.ContainerGroups).toHaveLength(2);
      expect(first.json.NextToken).not.toBe('');
      expect(first.json.MaxResults).toBeUndefined();
      expect((await describeGroups({ Limit: '20' })).status).toBe(200);
      for (const limit of ['21', '100', '0']) {
        const response = await describeGroups({ Limit: limit });
        expect([response.status, response.json.Code]).toEqual([400, 'InvalidParameter']);
        expect(response.json.Message).toContain('"Limit"');
      }
    });

    it('rejects ContainerGroupIds that are not a JSON array of strings', async () => {
      for (const ids of [
        'eci-1',
        '{"a":1}',
        '[1,2]',
        JSON.stringify(Array.from({ length: 21 }, (_, i) => `eci-${i}`))
      ]) {
        const response = await describeGroups({ ContainerGroupIds: ids });
        expect(response.status).toBe(400);
        expect(response.json.Code).toBe('InvalidParameter');
      }
    });
  });

  describe('routing and authentication over the wire', () => {
    it('answers InvalidAction.NotFound for an unknown action, and InvalidVersion for a wrong version', async () => {
      const unknown = await callApi(emulator, { action: 'DeleteContainerGroup', clock });
      expect(unknown.status).toBe(404);
      expect(unknown.json.Code).toBe('InvalidAction.NotFound');
      const wrongVersion = await callApi(emulator, {
        action: 'CommitContainer',
        version: '2014-05-26',
        params: COMMIT_PARAMS,
        clock
      });
      expect(wrongVersion.status).toBe(400);
      expect(wrongVersion.json.Code).toBe('InvalidVersion');
    });

    it('answers InvalidAction.NotFound on another path', async () => {
      const response = await rawHttp(`${emulator.url}/v1/anything`, { method: 'POST' });
      expect(response.status).toBe(404);
      expect(response.json.Code).toBe('InvalidAction.NotFound');
    });

    it('refuses a request whose query was changed after signing', async () => {
      const response = await callApi(emulator, {
        action: 'CommitContainer',
        params: COMMIT_PARAMS,
        clock,
        tamper: (request) => {
          request.query = request.query.replace('ContainerName=app', 'ContainerName=logger');
        }
      });
      expect(response.status).toBe(400);
      expect(response.json.Code).toBe('SignatureDoesNotMatch');
      expect(emulator.tasks).toHaveLength(0);
      expect(emulator.requestsFor('CommitContainer')[0]).toMatchObject({ signatureValid: false });
    });

    it('refuses a replayed request (same nonce)', async () => {
      const first = await callApi(emulator, {
        action: 'DescribeContainerGroups',
        params: { RegionId: 'cn-hangzhou' },
        nonce: 'replayed-nonce',
        clock
      });
      const replay = await callApi(emulator, {
        action: 'DescribeContainerGroups',
        params: { RegionId: 'cn-hangzhou' },
        nonce: 'replayed-nonce',
        clock
      });
      expect(first.status).toBe(200);
      expect(replay.json).toMatchObject({ Code: 'SignatureNonceUsed' });
    });

    it('refuses a request signed 16 minutes ago', async () => {
      const response = await callApi(emulator, {
        action: 'DescribeContainerGroups',
        params: { RegionId: 'cn-hangzhou' },
        date: isoSeconds(clock.now() - 16 * 60 * 1000)
      });
      expect(response.json.Code).toBe('InvalidTimeStamp.Expired');
    });

    it('refuses an unsigned request', async () => {
      const response = await callApi(emulator, {
        action: 'DescribeContainerGroups',
        params: { RegionId: 'cn-hangzhou' },
        anonymous: true
      });
      expect(response.status).toBe(400);
      expect(response.json.Code).toBe('IncompleteSignature');
    });
  });
});
