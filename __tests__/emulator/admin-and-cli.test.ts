/** The admin API and the command-line runner, for an emulator in its own process. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { DEFAULT_CONTAINER_GROUP_ID } from '../../emulator/container-groups.js';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { COMMIT_PARAMS, callApi, rawHttp, type EmulatorTarget } from './helpers.js';

describe('admin API', () => {
  let emulator: Emulator;

  beforeAll(async () => {
    emulator = await startEmulator({ taskDurationMs: 60_000 });
  });
  afterEach(() => emulator.reset());
  afterAll(() => emulator.close());

  const postConfig = (body: unknown) =>
    rawHttp(`${emulator.url}/__emulator/config`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body)
    });

  it('lists recorded requests and tasks, with when each task finishes', async () => {
    const committed = await callApi(emulator, { action: 'CommitContainer', params: COMMIT_PARAMS });
    const requests = await rawHttp(`${emulator.url}/__emulator/requests`);
    expect(requests.json).toEqual([
      expect.objectContaining({ action: 'CommitContainer', status: 200, signatureValid: true, params: COMMIT_PARAMS })
    ]);
    const tasks = await rawHttp(`${emulator.url}/__emulator/tasks`);
    expect(tasks.json).toEqual([
      expect.objectContaining({ taskId: committed.json.TaskId, status: 'Running', finishedAtMs: expect.any(Number) })
    ]);
    expect(tasks.json[0].finishedAtMs - tasks.json[0].createdAtMs).toBe(60_000);
  });

  it('changes settings and arms faults', async () => {
    const response = await postConfig({
      taskDurationMs: 0,
      faults: {
        injectError: {
          status: 503,
          code: 'ServiceUnavailable',
          message: 'try later',
          action: 'DescribeContainerGroups'
        },
        failNextTask: [{ phase: 'CommitContainer', message: 'boom' }]
      }
    });
    expect(response.status).toBe(200);
    expect(response.json.settings.taskDurationMs).toBe(0);
    expect(response.json.armedFaults.errors).toHaveLength(1);

    const groups = await callApi(emulator, { action: 'DescribeContainerGroups', params: { RegionId: 'cn-hangzhou' } });
    expect(groups.json.Code).toBe('ServiceUnavailable');
    const committed = await callApi(emulator, { action: 'CommitContainer', params: COMMIT_PARAMS });
    expect(emulator.task(committed.json.TaskId)).toMatchObject({ status: 'Failed', failure: { message: 'boom' } });

    await postConfig({ taskDurationMs: 60_000 });
  });

  it('adds and removes container groups', async () => {
    await postConfig({
      containerGroups: { 'eci-admin': { status: 'Running', regionId: 'cn-hangzhou', containers: ['x'] } }
    });
    expect(emulator.settings.containerGroups['eci-admin']).toBeDefined();
    await postConfig({ containerGroups: { 'eci-admin': null } });
    expect(emulator.settings.containerGroups['eci-admin']).toBeUndefined();
  });

  it.each([
    ['not JSON', '{'],
    ['an unknown setting', { taskDurationMS: 5 }],
    ['a wrong type', { taskDurationMs: 'fast' }],
    ['an unknown phase', { faults: { failNextTask: { phase: 'Upload' } } }],
    ['a group without containers', { containerGroups: { 'eci-x': { status: 'Running', regionId: 'cn-hangzhou' } } }],
    ['a zero count', { faults: { dropConnections: { count: 0 } } }]
  ])('refuses %s with 400', async (_case, body) => {
    const response = await postConfig(body);
    expect(response.status).toBe(400);
    expect(response.json.error).toEqual(expect.any(String));
  });

  it('resets', async () => {
    await callApi(emulator, { action: 'CommitContainer', params: COMMIT_PARAMS });
    const response = await rawHttp(`${emulator.url}/__emulator/reset`, { method: 'POST' });
    expect(response.status).toBe(200);
    expect(emulator.tasks).toHaveLength(0);
    expect(emulator.requests).toHaveLength(0);
  });

  it('answers 404 for an unknown admin route', async () => {
    expect((await rawHttp(`${emulator.url}/__emulator/nothing`)).status).toBe(404);
  });
});

describe('cli.ts', () => {
  const startCli = (...args: string[]): ChildProcessWithoutNullStreams =>
    spawn(process.execPath, ['--import', 'tsx', 'emulator/cli.ts', ...args], { cwd: process.cwd() });

  it('prints one JSON line when listening, serves requests and exits cleanly on SIGTERM', async () => {
    const cli = startCli('--port', '0', '--task-duration-ms', '0');
    try {
      const [line] = (await once(createInterface({ input: cli.stdout }), 'line')) as [string];
      const printed = JSON.parse(line) as EmulatorTarget & Record<string, unknown>;
      expect(printed).toMatchObject({
        url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
        accessKeyId: 'LTAI5tEmulatorTestKey',
        accessKeySecret: expect.any(String),
        containerGroupId: DEFAULT_CONTAINER_GROUP_ID,
        ACTIONS_ID_TOKEN_REQUEST_URL: expect.stringContaining('/__github/oidc-token?api-version=2.0')
      });

      const committed = await callApi(printed, { action: 'CommitContainer', params: COMMIT_PARAMS });
      expect(committed.status).toBe(200);
      const tasks = await rawHttp(`${printed.url}/__emulator/tasks`);
      expect(tasks.json[0]).toMatchObject({ taskId: committed.json.TaskId, status: 'Succeeded' });
    } finally {
      cli.kill('SIGTERM');
    }
    const [code] = (await once(cli, 'exit')) as [number | null];
    expect(code).toBe(0);
  });

  it('refuses a bad option', async () => {
    const cli = startCli('--port', 'eighty');
    let stderr = '';
    cli.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(cli, 'exit')) as [number | null];
    expect(code).toBe(1);
    expect(stderr).toContain('--port expects a non-negative integer');
  });
});
