/** DescribeContainerLog through the official SDK (and raw HTTP where the answer's bytes matter). */
import { containerLogMarker, LARGE_LOG_DEFAULTS, MAX_LOG_BYTES } from '../../emulator/container-logs.js';
import {
  DEFAULT_CONTAINER_GROUP_ID,
  defaultContainerGroups,
  PENDING_CONTAINER_GROUP_ID,
  type ContainerGroupSpec
} from '../../emulator/container-groups.js';
import type { ContainerDetail } from '../../emulator/container-states.js';
import type { PolicyDocument } from '../../emulator/ram-policy.js';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { EciModels, ManualClock, callApi, sdkClient, sdkError } from './helpers.js';

const GROUP = DEFAULT_CONTAINER_GROUP_ID;
const MARKER = containerLogMarker(GROUP, 'app');
const TIMESTAMPED = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z /;

function runningGroupWith(details: Record<string, ContainerDetail>): Record<string, ContainerGroupSpec> {
  const base = defaultContainerGroups()[GROUP] as ContainerGroupSpec;
  return { [GROUP]: { ...base, containerDetails: details } };
}

const numbered = (count: number, prefix = 'line'): string[] =>
  Array.from({ length: count }, (_, i) => `${prefix} ${i + 1}`);

/** The lines of a Content (each ends with a newline). */
const linesOf = (content: string): string[] => content.split('\n').slice(0, -1);

describe('DescribeContainerLog', () => {
  const clock = new ManualClock();
  let emulator: Emulator;

  beforeAll(async () => {
    emulator = await startEmulator({ now: clock.now });
  });
  afterEach(() => {
    emulator.reset();
    emulator.configure({
      containerGroups: defaultContainerGroups(),
      permissionPolicies: {},
      logParamsOutOfRange: 'error',
      logLimitKeeps: 'start'
    });
  });
  afterAll(() => emulator.close());

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the SDK's model classes are untyped here
  const describeLog = (request: Record<string, unknown>): Promise<any> =>
    sdkClient(emulator).describeContainerLog(
      new EciModels.DescribeContainerLogRequest({
        regionId: 'cn-hangzhou',
        containerGroupId: GROUP,
        containerName: 'app',
        ...request
      })
    );
  const rawLog = (params: Record<string, string>) =>
    callApi(emulator, {
      action: 'DescribeContainerLog',
      params: { RegionId: 'cn-hangzhou', ContainerGroupId: GROUP, ContainerName: 'app', ...params },
      clock
    });

  it('answers {RequestId, ContainerName, Content}: a few lines, the marker among them, each ending in a newline', async () => {
    const raw = await rawLog({});
    expect(raw.status).toBe(200);
    expect(Object.keys(raw.json).sort()).toEqual(['ContainerName', 'Content', 'RequestId']);

    const response = await describeLog({});
    expect(response.body).toMatchObject({ containerName: 'app', requestId: expect.stringMatching(/^[0-9A-F-]{36}$/) });
    const lines = linesOf(response.body.content);
    expect(response.body.content.endsWith('\n')).toBe(true);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines).toContain(MARKER);
    expect(lines.some((line) => TIMESTAMPED.test(line))).toBe(false);
    // Deterministic: the same answer twice, and another container's marker differs.
    expect((await describeLog({})).body.content).toBe(response.body.content);
    expect(containerLogMarker(GROUP, 'sidecar')).not.toBe(MARKER);
    expect(emulator.requestsFor('DescribeContainerLog')[1]).toMatchObject({ signatureValid: true, status: 200 });
  });

  it('gives the last Tail lines, 500 by default', async () => {
    emulator.configure({ containerGroups: runningGroupWith({ app: { log: numbered(2100) } }) });
    const byDefault = linesOf((await describeLog({})).body.content);
    expect(byDefault).toHaveLength(500);
    expect(byDefault[0]).toBe('line 1601');
    expect(byDefault[499]).toBe('line 2100');
    expect(linesOf((await describeLog({ tail: 3 })).body.content)).toEqual(['line 2098', 'line 2099', 'line 2100']);
    expect(linesOf((await describeLog({ tail: 2000 })).body.content)).toHaveLength(2000);
  });

  it('prefixes each line with an RFC 3339 timestamp (nanoseconds, UTC) with Timestamps=true, in order and in the past', async () => {
    const lines = linesOf((await describeLog({ timestamps: true })).body.content);
    expect(lines.every((line) => TIMESTAMPED.test(line))).toBe(true);
    expect(lines.map((line) => line.slice(line.indexOf(' ') + 1))).toContain(MARKER);
    const times = lines.map((line) => Date.parse(line.slice(0, line.indexOf(' '))));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(Math.max(...times)).toBeLessThanOrEqual(clock.now());
    expect(emulator.requestsFor('DescribeContainerLog')[0]?.params['Timestamps']).toBe('true');
  });

  it('gives the previous run’s log with LastTime=true, and refuses it when the container never restarted', async () => {
    emulator.configure({
      containerGroups: runningGroupWith({
        app: { scenario: 'oom-killed', log: ['now 1', 'now 2'], previousLog: ['before 1', 'before 2'] }
      })
    });
    expect(linesOf((await describeLog({})).body.content)).toEqual(['now 1', 'now 2']);
    expect(linesOf((await describeLog({ lastTime: true })).body.content)).toEqual(['before 1', 'before 2']);
    expect(linesOf((await describeLog({ lastTime: false })).body.content)).toEqual(['now 1', 'now 2']);
    expect(emulator.requestsFor('DescribeContainerLog')[1]?.params['LastTime']).toBe('true');

    const never = await sdkError(describeLog({ containerName: 'sidecar', lastTime: true }));
    expect(never).toMatchObject({ code: 'InvalidParameter', data: { statusCode: 400 } });
    expect(never.message).toContain('previous terminated container "sidecar"');
  });

  it('generates a previous log that differs from the current one and holds the marker too', async () => {
    emulator.configure({ containerGroups: runningGroupWith({ app: { scenario: 'oom-killed' } }) });
    const current = linesOf((await describeLog({})).body.content);
    const previous = linesOf((await describeLog({ lastTime: true })).body.content);
    expect(previous).not.toEqual(current);
    expect(previous).toContain(MARKER);
    expect(current).toContain(MARKER);
  });

  it('gives a crash-looping container’s last run for both, as the kubelet does for a waiting container', async () => {
    emulator.configure({ containerGroups: runningGroupWith({ app: { scenario: 'crash-loop' } }) });
    const current = (await describeLog({})).body.content;
    expect(current).toContain('fatal');
    expect((await describeLog({ lastTime: true })).body.content).toBe(current);
  });

  it('refuses the log of a container that never started', async () => {
    for (const [group, details] of [
      [PENDING_CONTAINER_GROUP_ID, undefined],
      [GROUP, { app: { scenario: 'image-pull-failed' } }]
    ] as const) {
      if (details) emulator.configure({ containerGroups: runningGroupWith(details) });
      const error = await sdkError(describeLog({ containerGroupId: group }));
      expect(error).toMatchObject({ code: 'InvalidParameter', data: { statusCode: 400 } });
      expect(error.message).toContain('is waiting to start');
    }
  });

  it('keeps LimitBytes bytes of the selected lines, from their start, cutting a line but never a character', async () => {
    emulator.configure({ containerGroups: runningGroupWith({ app: { log: ['ab', 'cdé', 'fg'] } }) });
    expect((await describeLog({ limitBytes: 5 })).body.content).toBe('ab\ncd');
    // `é` is two bytes: a limit inside it keeps the bytes before it.
    expect((await describeLog({ limitBytes: 6 })).body.content).toBe('ab\ncd');
    expect((await describeLog({ limitBytes: 7 })).body.content).toBe('ab\ncdé');
    expect((await describeLog({ limitBytes: 1000 })).body.content).toBe('ab\ncdé\nfg\n');
    expect(emulator.requestsFor('DescribeContainerLog')[0]?.params['LimitBytes']).toBe('5');
  });

  it('keeps the end instead with logLimitKeeps: end', async () => {
    emulator.configure({
      logLimitKeeps: 'end',
      containerGroups: runningGroupWith({ app: { log: ['ab', 'cdé', 'fg'] } })
    });
    expect((await describeLog({ limitBytes: 6 })).body.content).toBe('é\nfg\n');
    // A limit that starts inside `é` keeps the bytes after it.
    expect((await describeLog({ limitBytes: 5 })).body.content).toBe('\nfg\n');
  });

  it('never returns more than 1 MB of a large log, so the JSON answer asked without LimitBytes exceeds 1 MiB', async () => {
    emulator.configure({ containerGroups: runningGroupWith({ app: { largeLog: true } }) });
    const unbounded = await rawLog({});
    expect(unbounded.status).toBe(200);
    expect(Buffer.byteLength(unbounded.json.Content)).toBe(MAX_LOG_BYTES);
    expect(Buffer.byteLength(unbounded.text)).toBeGreaterThan(MAX_LOG_BYTES * 1.25);
    expect(Number(unbounded.headers['content-length'])).toBe(Buffer.byteLength(unbounded.text));

    const bounded = await rawLog({ LimitBytes: String(256 * 1024), Tail: '2000', Timestamps: 'true' });
    expect(Buffer.byteLength(bounded.json.Content)).toBe(256 * 1024);
    expect(Buffer.byteLength(bounded.text)).toBeLessThan(MAX_LOG_BYTES / 2);
    expect(linesOf(bounded.json.Content).map((line: string) => line.slice(line.indexOf(' ') + 1))).toContain(MARKER);
  });

  it('sizes a large log as asked, lines of lineBytes bytes', async () => {
    emulator.configure({ containerGroups: runningGroupWith({ app: { largeLog: { lines: 40, lineBytes: 100 } } }) });
    const lines = linesOf((await describeLog({ tail: 2000 })).body.content);
    expect(lines).toHaveLength(40);
    expect(lines.filter((line) => line !== MARKER).every((line) => Buffer.byteLength(line) === 100)).toBe(true);
    expect(LARGE_LOG_DEFAULTS.lines * LARGE_LOG_DEFAULTS.lineBytes).toBeGreaterThan(MAX_LOG_BYTES * 10);
  });

  it.each([
    ['Tail', '0'],
    ['Tail', '2001'],
    ['LimitBytes', '0'],
    ['LimitBytes', String(MAX_LOG_BYTES + 1)],
    ['Tail', 'ten'],
    ['Timestamps', 'yes'],
    ['SinceSeconds', '0'],
    ['StartTime', '2018-08-02 15:00:00']
  ])('refuses %s=%s with InvalidParameter', async (name, value) => {
    const response = await rawLog({ [name]: value });
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({ Code: 'InvalidParameter', Message: expect.stringContaining(`"${name}"`) });
  });

  it('clamps Tail and LimitBytes to their range with logParamsOutOfRange: clamp', async () => {
    emulator.configure({
      logParamsOutOfRange: 'clamp',
      containerGroups: runningGroupWith({ app: { log: numbered(2100) } })
    });
    expect(linesOf((await rawLog({ Tail: '5000' })).json.Content)).toHaveLength(2000);
    expect((await rawLog({ Tail: '0' })).json.Content).toBe('line 2100\n');
    expect(Buffer.byteLength((await rawLog({ LimitBytes: '0' })).json.Content)).toBe(1);
    expect((await rawLog({ Tail: 'ten' })).status).toBe(400);
  });

  it('leaves out lines older than SinceSeconds or StartTime', async () => {
    const lines = linesOf((await describeLog({ timestamps: true })).body.content);
    const times = lines.map((line) => Date.parse(line.slice(0, line.indexOf(' '))));
    const second = times[1] as number;
    const fromSecond = await describeLog({ startTime: new Date(second).toISOString().replace(/\.\d+Z$/, 'Z') });
    expect(linesOf(fromSecond.body.content).length).toBeLessThanOrEqual(lines.length);
    const tooLate = await describeLog({ startTime: new Date(clock.now() + 60_000).toISOString() });
    expect(tooLate.body.content).toBe('');
    expect((await describeLog({ sinceSeconds: 1 })).body.content).toBe('');
    expect(linesOf((await describeLog({ sinceSeconds: 3600 })).body.content)).toHaveLength(lines.length);
  });

  it('answers InvalidParameter.NotFound (404) for an unknown group, region or container, and requires its parameters', async () => {
    for (const request of [
      { containerGroupId: 'eci-unknown' },
      { regionId: 'cn-beijing' },
      { containerName: 'nope' }
    ]) {
      expect(await sdkError(describeLog(request))).toMatchObject({
        code: 'InvalidParameter.NotFound',
        data: { statusCode: 404 }
      });
    }
    for (const name of ['RegionId', 'ContainerGroupId', 'ContainerName']) {
      const params: Record<string, string> = { RegionId: 'cn-hangzhou', ContainerGroupId: GROUP, ContainerName: 'app' };
      delete params[name];
      const response = await callApi(emulator, { action: 'DescribeContainerLog', params, clock });
      expect(response.json).toMatchObject({ Code: 'MissingParameter', Message: expect.stringContaining(`"${name}"`) });
    }
  });

  it('is refused as RAM refuses eci:DescribeContainerLog, while the other calls still work', async () => {
    const policy: PolicyDocument = {
      Version: '1',
      Statement: [
        { Effect: 'Allow', Action: 'eci:*', Resource: '*' },
        { Effect: 'Deny', Action: 'eci:DescribeContainerLog', Resource: '*' }
      ]
    };
    emulator.configure({
      permissionPolicies: { [emulator.accessKeyId]: [policy] },
      listWithoutPermission: 'empty-list'
    });
    const denied = await rawLog({});
    expect(denied.status).toBe(403);
    expect(denied.json).toMatchObject({
      Code: 'Forbidden.RAM',
      AccessDeniedDetail: { AuthAction: 'eci:DescribeContainerLog', NoPermissionType: 'ExplicitDeny' }
    });
    expect(await sdkError(describeLog({}))).toMatchObject({ code: 'Forbidden.RAM', data: { statusCode: 403 } });
    const groups = await callApi(emulator, {
      action: 'DescribeContainerGroups',
      params: { RegionId: 'cn-hangzhou' },
      clock
    });
    expect(groups.json.TotalCount).toBe(3);
  });

  it('verifies the signature like every signed call', async () => {
    const tampered = await callApi(emulator, {
      action: 'DescribeContainerLog',
      params: { RegionId: 'cn-hangzhou', ContainerGroupId: GROUP, ContainerName: 'app' },
      clock,
      tamper: (request) => {
        request.query = request.query.replace('ContainerName=app', 'ContainerName=sidecar');
      }
    });
    expect(tampered.status).toBe(400);
    expect(tampered.json.Code).toBe('SignatureDoesNotMatch');
    expect(emulator.requestsFor('DescribeContainerLog')[0]?.signatureValid).toBe(false);
  });
});
