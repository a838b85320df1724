/** ECI pushes only to ACR: a task told to push elsewhere fails in PushCommittedImage, as the emulator imitates it. */
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { COMMIT_PARAMS, ManualClock, callApi } from './helpers.js';

describe('ACR only', () => {
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

  /** Commits, lets the task run to its end, and reads it back. */
  async function commitAndFinish(params: Record<string, string>) {
    const commit = await callApi(emulator, {
      action: 'CommitContainer',
      params: { ...COMMIT_PARAMS, ...params },
      clock
    });
    expect(commit.status).toBe(200);
    clock.advance(5_000);
    const answer = await callApi(emulator, {
      action: 'DescribeCommitContainerTask',
      params: { RegionId: 'cn-hangzhou', 'TaskId.1': commit.json.TaskId },
      clock
    });
    return answer.json.CommitTasks[0];
  }

  it.each(['docker.io/library/app', 'ghcr.io/octo-org/app', 'images.example.com/ns/app'])(
    'fails the task pushing to %s in PushCommittedImage',
    async (repository) => {
      const task = await commitAndFinish({ 'Image.Repository': repository });
      expect(task.TaskStatus).toBe('Failed');
      const failed = task.CommitPhaseInfos.find((phase: { Status: string }) => phase.Status === 'Failed');
      expect(failed).toMatchObject({
        Phase: 'PushCommittedImage',
        Message: expect.stringContaining('only Container Registry (ACR) repositories are supported')
      });
    }
  );

  it.each([
    'registry.cn-hangzhou.aliyuncs.com/ns/app',
    'registry-internal.cn-hangzhou.aliyuncs.com/ns/app',
    'registry-vpc.cn-hangzhou.aliyuncs.com:443/ns/app',
    'registry-intl-vpc.ap-southeast-1.aliyuncs.com/ns/app'
  ])('pushes to the ACR host %s', async (repository) => {
    expect((await commitAndFinish({ 'Image.Repository': repository })).TaskStatus).toBe('Succeeded');
  });

  it('pushes to a custom domain backed by AcrRegistryInfo.InstanceId', async () => {
    const task = await commitAndFinish({
      'Image.Repository': 'images.example.com/ns/app',
      'AcrRegistryInfo.InstanceId': 'cri-abc123'
    });
    expect(task.TaskStatus).toBe('Succeeded');
  });
});
