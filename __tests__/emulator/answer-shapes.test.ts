/** The ECI client against hostile answers: IDs checked, remote text made one safe line, big answers refused. */
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { DEFAULT_CONTAINER_GROUP_ID } from '../../emulator/container-groups.js';
import { EciClient } from '../../src/eci/eci-client.js';
import { staticProvider } from '../../src/eci/credentials.js';
import { proxyConfigFromEnv } from '../../src/net/proxy.js';
import { ApiError } from '../../src/model/errors.js';
import { executedCommands } from '../../test-support/workflow-commands.js';

const REQUEST_ID = '45D5B0AD-3B00-4A9B-9911-6D5303B06712';
const COMMIT = {
  regionId: 'cn-hangzhou',
  containerGroupId: DEFAULT_CONTAINER_GROUP_ID,
  containerName: 'app',
  image: { repository: 'registry.cn-hangzhou.aliyuncs.com/octo/shop', tag: 'v1' }
};

describe('EciClient against hostile answers', () => {
  let emulator: Emulator;
  let client: EciClient;

  beforeAll(async () => {
    emulator = await startEmulator({ taskDurationMs: 60_000 });
    client = await EciClient.create({
      endpoint: { protocol: 'http', host: emulator.endpoint },
      regionId: 'cn-hangzhou',
      credentials: staticProvider({
        kind: 'static',
        accessKeyId: emulator.accessKeyId,
        accessKeySecret: emulator.accessKeySecret,
        source: 'inputs'
      }),
      connectTimeoutMs: 2_000,
      readTimeoutMs: 5_000,
      userAgent: 'test',
      proxy: proxyConfigFromEnv({})
    });
  });
  afterEach(() => emulator.reset());
  afterAll(() => emulator.close());

  const answer = (action: string, body: unknown, status = 200): void =>
    emulator.answerRaw({ action, status, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const failure = (promise: Promise<unknown>): Promise<ApiError> =>
    promise.then(
      () => {
        throw new Error('expected a failure');
      },
      (error: unknown) => error as ApiError
    );

  it('refuses a malformed TaskId in a CommitContainer answer, saying a task may exist', async () => {
    answer('CommitContainer', { RequestId: REQUEST_ID, TaskId: 'T-UPPER;rm -rf' });
    const error = await failure(client.commitContainer(COMMIT));
    expect(error).toMatchObject({ code: 'InvalidResponse', retryable: false, ambiguous: false });
    expect(error.message).toContain("malformed TaskId 'T-UPPER;rm -rf'; a commit task may have been created");
  });

  it('refuses a malformed RequestId next to a good TaskId, naming the task', async () => {
    answer('CommitContainer', { RequestId: 'x\n::error::y', TaskId: 't-abc123' });
    const error = await failure(client.commitContainer(COMMIT));
    expect(error.message).toContain("malformed RequestId 'x ::error::y'; commit task t-abc123 was created");
  });

  it('refuses a task list with a malformed TaskId, as worth asking again', async () => {
    answer('DescribeCommitContainerTask', { RequestId: REQUEST_ID, CommitTasks: [{ TaskId: 't-ok\n::add-mask::x' }] });
    const error = await failure(client.describeCommitTasks({ regionId: 'cn-hangzhou', taskIds: ['t-ok'] }));
    expect(error).toMatchObject({ code: 'InvalidResponse', retryable: true });
  });

  it("reads the user guide's task shape: CreationTime and FinishedTime, no TaskProgress or StatusMessage", async () => {
    // The sample answer of the ECI user guide "Commit a container to generate an image and push the image to an
    // image repository in Container Registry"; the SDK's model knows only TaskCreationTime and drops these.
    answer('DescribeCommitContainerTask', {
      RequestId: REQUEST_ID,
      CommitTasks: [
        {
          TaskId: 't-guide1',
          ContainerName: 'app',
          TaskStatus: 'Succeeded',
          CreationTime: '2026-11-28T05:00:01Z',
          FinishedTime: '2026-11-28T05:01:30Z',
          CommitPhaseInfos: [{ Phase: 'PushCommittedImage', Status: 'Success', RecordTime: '2026-11-28T05:01:30Z' }]
        },
        {
          TaskId: 't-reference1',
          ContainerName: 'app',
          TaskStatus: 'Running',
          TaskCreationTime: '2026-11-28T05:00:02Z'
        }
      ]
    });
    const { tasks } = await client.describeCommitTasks({ regionId: 'cn-hangzhou', containerGroupId: 'eci-x' });
    expect(tasks).toEqual([
      {
        taskId: 't-guide1',
        status: 'Succeeded',
        progress: undefined,
        statusMessage: undefined,
        containerName: 'app',
        creationTime: '2026-11-28T05:00:01Z',
        finishedTime: '2026-11-28T05:01:30Z',
        phases: [
          { phase: 'PushCommittedImage', status: 'Success', message: undefined, recordTime: '2026-11-28T05:01:30Z' }
        ]
      },
      expect.objectContaining({ taskId: 't-reference1', creationTime: '2026-11-28T05:00:02Z', finishedTime: undefined })
    ]);
  });

  it('makes every text field of a task one line that starts no command', async () => {
    const hostile = 'x\n::error::forged\r\n##[warning]legacy';
    answer('DescribeCommitContainerTask', {
      RequestId: REQUEST_ID,
      CommitTasks: [
        {
          TaskId: 't-abc123',
          TaskStatus: `Running${hostile}`,
          StatusMessage: hostile,
          ContainerName: hostile,
          TaskCreationTime: hostile,
          CommitPhaseInfos: [{ Phase: hostile, Status: hostile, Message: hostile, RecordTime: hostile }]
        }
      ]
    });
    const { tasks, requestId } = await client.describeCommitTasks({ regionId: 'cn-hangzhou', taskIds: ['t-abc123'] });
    expect(requestId).toBe(REQUEST_ID);
    const [task] = tasks;
    const texts = [
      task.status,
      task.statusMessage,
      task.containerName,
      task.creationTime,
      ...Object.values(task.phases[0])
    ];
    for (const text of texts) {
      expect(text).toBe(
        text === task.status ? 'Runningx ::error::forged # #[warning]legacy' : 'x ::error::forged # #[warning]legacy'
      );
      expect(executedCommands(String(text))).toEqual([]);
    }
  });

  it("drops a malformed RequestId from an error answer and keeps a proxy page's text on one line", async () => {
    answer('DescribeContainerGroups', '<html>\n::error::forged\n</html>', 502);
    const error = await failure(client.describeContainerGroup('cn-hangzhou', DEFAULT_CONTAINER_GROUP_ID));
    expect(error.code).toBe('HTTP502');
    expect(error.message).toContain('<html> ::error::forged </html>');
    expect(error.message).not.toContain('\n');
    answer('DescribeContainerGroups', { RequestId: 'bad id\n', Code: 'Forbidden.RAM', Message: 'no' }, 403);
    expect((await failure(client.describeContainerGroup('cn-hangzhou', DEFAULT_CONTAINER_GROUP_ID))).requestId).toBe(
      emulator.requestsFor('DescribeContainerGroups')[1].requestId
    );
  });

  it('refuses an answer over 1 MiB, streamed or announced', async () => {
    emulator.answerRaw({ action: 'DescribeCommitContainerTask', status: 200, body: 'x'.repeat(1024), repeat: 1100 });
    const error = await failure(client.describeCommitTasks({ regionId: 'cn-hangzhou', taskIds: ['t-abc123'] }));
    expect(error).toMatchObject({ code: 'AnswerTooLarge', retryable: false });
    expect(error.message).toContain('larger than 1048576 bytes');
  });
});
