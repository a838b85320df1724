/** The official SDK (@alicloud/eci20180808 + @alicloud/openapi-client) against the emulator. */
import { DEFAULT_CONTAINER_GROUP_ID, PENDING_CONTAINER_GROUP_ID } from '../../emulator/container-groups.js';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { EciModels, sdkClient, sdkError } from './helpers.js';

describe('official SDK round trip', () => {
  let emulator: Emulator;

  beforeAll(async () => {
    emulator = await startEmulator({ taskDurationMs: 0 });
  });
  afterEach(() => emulator.reset());
  afterAll(() => emulator.close());

  function commitRequest(overrides: Record<string, unknown> = {}): unknown {
    return new EciModels.CommitContainerRequest({
      regionId: 'cn-hangzhou',
      containerGroupId: DEFAULT_CONTAINER_GROUP_ID,
      containerName: 'sidecar',
      image: new EciModels.CommitContainerRequestImage({
        repository: 'emulator-registry-vpc.cn-hangzhou.cr.aliyuncs.com/team/sidecar',
        tag: 'build-42',
        message: "Snapshot (with 'quotes'), 100%* done! 中文",
        author: 'ci-bot'
      }),
      acrRegistryInfo: new EciModels.CommitContainerRequestAcrRegistryInfo({
        instanceId: 'cri-emulator0001',
        regionId: 'cn-hangzhou',
        arnService: 'acs:ram::1234567890123456:role/eci-service',
        arnUser: 'acs:ram::1234567890123456:role/acr-user'
      }),
      arn: new EciModels.CommitContainerRequestArn({
        roleArn: 'acs:ram::1234567890123456:role/eci-commit',
        roleType: 'service'
      }),
      ...overrides
    });
  }

  it('commits a container, verifying the signature and recording the flattened parameters', async () => {
    const client = sdkClient(emulator);
    const response = await client.commitContainer(commitRequest());

    expect(response.statusCode).toBe(200);
    expect(response.body.taskId).toMatch(/^t-[a-z0-9]{20}$/);
    expect(response.body.requestId).toMatch(/^[0-9A-F-]{36}$/);
    expect(response.headers['x-acs-request-id']).toBe(response.body.requestId);
    expect(response.headers['content-type']).toBe('application/json;charset=utf-8');

    const [recorded] = emulator.requestsFor('CommitContainer');
    expect(recorded).toMatchObject({
      service: 'eci',
      version: '2018-08-08',
      accessKeyId: emulator.accessKeyId,
      signatureValid: true,
      securityTokenPresent: false,
      status: 200
    });
    expect(recorded?.params).toEqual({
      RegionId: 'cn-hangzhou',
      ContainerGroupId: DEFAULT_CONTAINER_GROUP_ID,
      ContainerName: 'sidecar',
      'Image.Repository': 'emulator-registry-vpc.cn-hangzhou.cr.aliyuncs.com/team/sidecar',
      'Image.Tag': 'build-42',
      'Image.Message': "Snapshot (with 'quotes'), 100%* done! 中文",
      'Image.Author': 'ci-bot',
      'AcrRegistryInfo.InstanceId': 'cri-emulator0001',
      'AcrRegistryInfo.RegionId': 'cn-hangzhou',
      'AcrRegistryInfo.ArnService': 'acs:ram::1234567890123456:role/eci-service',
      'AcrRegistryInfo.ArnUser': 'acs:ram::1234567890123456:role/acr-user',
      'Arn.RoleArn': 'acs:ram::1234567890123456:role/eci-commit',
      'Arn.RoleType': 'service'
    });
    expect(emulator.task(response.body.taskId)).toMatchObject({ containerName: 'sidecar', status: 'Succeeded' });
  });

  it('describes the task by TaskId.N with the documented shape', async () => {
    const client = sdkClient(emulator);
    const { body: committed } = await client.commitContainer(commitRequest());
    const response = await client.describeCommitContainerTask(
      new EciModels.DescribeCommitContainerTaskRequest({ regionId: 'cn-hangzhou', taskId: [committed.taskId] })
    );

    expect(emulator.requestsFor('DescribeCommitContainerTask')[0]).toMatchObject({
      signatureValid: true,
      params: { RegionId: 'cn-hangzhou', 'TaskId.1': committed.taskId }
    });
    expect(response.body).toMatchObject({ totalCount: 1, maxResults: '10', nextToken: '' });
    const [task] = response.body.commitTasks;
    expect(task).toMatchObject({
      taskId: committed.taskId,
      taskStatus: 'Succeeded',
      taskProgress: '100%',
      containerName: 'sidecar'
    });
    expect(task.taskCreationTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(task.taskFinishedTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(task.commitPhaseInfos.map((phase: { phase: string }) => phase.phase)).toEqual([
      'PullBaseImage',
      'CommitContainer',
      'PushCommittedImage'
    ]);
    expect(task.commitPhaseInfos[2]).toMatchObject({
      status: 'Success',
      recordTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}\+08:00$/)
    });
  });

  it('describes container groups from a JSON array of IDs', async () => {
    const response = await sdkClient(emulator).describeContainerGroups(
      new EciModels.DescribeContainerGroupsRequest({
        regionId: 'cn-hangzhou',
        containerGroupIds: JSON.stringify([DEFAULT_CONTAINER_GROUP_ID, PENDING_CONTAINER_GROUP_ID])
      })
    );
    expect(emulator.requestsFor('DescribeContainerGroups')[0]?.params['ContainerGroupIds']).toBe(
      JSON.stringify([DEFAULT_CONTAINER_GROUP_ID, PENDING_CONTAINER_GROUP_ID])
    );
    expect(response.body.totalCount).toBe(2);
    const running = response.body.containerGroups.find(
      (group: { containerGroupId: string }) => group.containerGroupId === DEFAULT_CONTAINER_GROUP_ID
    );
    expect(running).toMatchObject({ status: 'Running', regionId: 'cn-hangzhou' });
    expect(running.containers.map((container: { name: string }) => container.name)).toEqual([
      'app',
      'sidecar',
      'logger'
    ]);
    expect(running.containers[0]).toMatchObject({ ready: true, currentState: { state: 'Running' } });
  });

  it('surfaces emulator errors as SDK errors with code, status and request ID', async () => {
    const error = await sdkError(
      sdkClient(emulator).commitContainer(
        commitRequest({ containerGroupId: PENDING_CONTAINER_GROUP_ID, containerName: 'app' })
      )
    );
    expect(error.code).toBe('IncorrectStatusDetail');
    expect(error.data?.statusCode).toBe(403);
    expect(error.message).toContain('request id:');
  });

  it('refuses the SDK with a wrong secret', async () => {
    const client = sdkClient(emulator, { accessKeyId: emulator.accessKeyId, accessKeySecret: 'wrong' });
    const error = await sdkError(client.commitContainer(commitRequest()));
    expect(error.code).toBe('SignatureDoesNotMatch');
    expect(emulator.requestsFor('CommitContainer')[0]).toMatchObject({ signatureValid: false, status: 400 });
  });

  it('refuses the SDK with an unknown AccessKey ID', async () => {
    const client = sdkClient(emulator, { accessKeyId: 'LTAI5tUnknown', accessKeySecret: 'whatever' });
    const error = await sdkError(client.commitContainer(commitRequest()));
    expect(error.code).toBe('InvalidAccessKeyId.NotFound');
    expect(error.data?.statusCode).toBe(404);
  });
});
