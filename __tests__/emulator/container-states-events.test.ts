/**
 * Per-container states in DescribeContainerGroups, and a group's events (DescribeContainerGroupEvents and
 * DescribeContainerGroups' Events), through the official SDK; their knobs through configure() and the admin API.
 */
import {
  DEFAULT_CONTAINER_GROUP_ID,
  defaultContainerGroups,
  PENDING_CONTAINER_GROUP_ID,
  SUCCEEDED_CONTAINER_GROUP_ID,
  type ContainerGroupSpec
} from '../../emulator/container-groups.js';
import { EVENTS_PER_GROUP, type GroupEventSpec } from '../../emulator/container-events.js';
import type { ContainerDetail } from '../../emulator/container-states.js';
import type { PolicyDocument } from '../../emulator/ram-policy.js';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { EciModels, ManualClock, callApi, rawHttp, sdkClient, sdkError } from './helpers.js';

const GROUP = DEFAULT_CONTAINER_GROUP_ID;
const ISO_SECONDS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

function runningGroupWith(
  details: Record<string, ContainerDetail>,
  events?: GroupEventSpec[]
): Record<string, ContainerGroupSpec> {
  const base = defaultContainerGroups()[GROUP] as ContainerGroupSpec;
  return { [GROUP]: { ...base, containerDetails: details, ...(events ? { events } : {}) } };
}

/* eslint-disable @typescript-eslint/no-explicit-any -- SDK models and JSON answers, read in assertions */
describe('container states and group events', () => {
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
      listWithoutPermission: 'forbidden',
      unknownContainerGroup: 'empty-list',
      eventKeys: 'sdk'
    });
  });
  afterAll(() => emulator.close());

  const describeGroup = async (id = GROUP, withEvent?: boolean): Promise<any> => {
    const response = await sdkClient(emulator).describeContainerGroups(
      new EciModels.DescribeContainerGroupsRequest({
        regionId: 'cn-hangzhou',
        containerGroupIds: JSON.stringify([id]),
        ...(withEvent === undefined ? {} : { withEvent })
      })
    );
    return response.body.containerGroups[0];
  };
  const container = async (name: string): Promise<any> =>
    (await describeGroup()).containers.find((entry: { name: string }) => entry.name === name);
  const describeEvents = (request: Record<string, unknown> = {}): Promise<any> =>
    sdkClient(emulator).describeContainerGroupEvents(
      new EciModels.DescribeContainerGroupEventsRequest({
        regionId: 'cn-hangzhou',
        containerGroupIds: JSON.stringify([GROUP]),
        ...request
      })
    );
  const rawEvents = (params: Record<string, string> = {}) =>
    callApi(emulator, {
      action: 'DescribeContainerGroupEvents',
      params: { RegionId: 'cn-hangzhou', ContainerGroupIds: JSON.stringify([GROUP]), ...params },
      clock
    });

  describe('DescribeContainerGroups: each container’s state', () => {
    it('shows a running container: Running since its start, ready, never restarted, no previous state', async () => {
      const app = await container('app');
      expect(app).toMatchObject({ name: 'app', ready: true, restartCount: 0, previousState: {} });
      expect(app.currentState).toMatchObject({ state: 'Running', reason: '' });
      expect(app.currentState.exitCode).toBeUndefined();
      expect(app.currentState.startTime).toMatch(ISO_SECONDS);
      expect(Date.parse(app.currentState.startTime)).toBeLessThan(clock.now());
      expect(app.currentState.finishTime).toBe('');
    });

    it('shows an OOM-killed container: restarted, running again, previous state Terminated OOMKilled 137', async () => {
      emulator.configure({ containerGroups: runningGroupWith({ app: { scenario: 'oom-killed' } }) });
      const app = await container('app');
      expect(app).toMatchObject({ ready: true, restartCount: 1, currentState: { state: 'Running' } });
      expect(app.previousState).toMatchObject({ state: 'Terminated', reason: 'OOMKilled', exitCode: 137, signal: 9 });
      const { startTime, finishTime } = app.previousState;
      expect(Date.parse(startTime)).toBeLessThan(Date.parse(finishTime));
      expect(Date.parse(finishTime)).toBeLessThanOrEqual(Date.parse(app.currentState.startTime));
    });

    it('shows a crash-looping container: Waiting in CrashLoopBackOff, restarts counted, the last run Terminated with its exit code', async () => {
      emulator.configure({
        containerGroups: runningGroupWith({ sidecar: { scenario: 'crash-loop', restartCount: 7, exitCode: 2 } })
      });
      const sidecar = await container('sidecar');
      expect(sidecar).toMatchObject({ ready: false, restartCount: 7 });
      expect(sidecar.currentState).toMatchObject({ state: 'Waiting', reason: 'CrashLoopBackOff', startTime: '' });
      expect(sidecar.currentState.message).toContain('back-off');
      expect(sidecar.previousState).toMatchObject({ state: 'Terminated', reason: 'Error', exitCode: 2, signal: 0 });
      expect(Date.parse(sidecar.previousState.finishTime)).toBeLessThan(clock.now());
      // The other containers are untouched.
      expect((await container('app')).restartCount).toBe(0);
    });

    it('shows a container that never started, and the states of Pending and Succeeded groups', async () => {
      emulator.configure({ containerGroups: runningGroupWith({ logger: { scenario: 'image-pull-failed' } }) });
      expect(await container('logger')).toMatchObject({
        ready: false,
        restartCount: 0,
        currentState: { state: 'Waiting', reason: 'ImagePullBackOff', startTime: '' },
        previousState: {}
      });
      expect((await describeGroup(PENDING_CONTAINER_GROUP_ID)).containers[0].currentState).toMatchObject({
        state: 'Waiting',
        reason: 'ContainerCreating'
      });
      expect((await describeGroup(SUCCEEDED_CONTAINER_GROUP_ID)).containers[0]).toMatchObject({
        ready: false,
        currentState: { state: 'Terminated', reason: 'Completed', exitCode: 0 }
      });
    });

    it('writes the SDK model’s keys, PascalCase, with numbers as numbers', async () => {
      emulator.configure({ containerGroups: runningGroupWith({ app: { scenario: 'oom-killed' } }) });
      const raw = await callApi(emulator, {
        action: 'DescribeContainerGroups',
        params: { RegionId: 'cn-hangzhou', ContainerGroupIds: JSON.stringify([GROUP]) },
        clock
      });
      const app = raw.json.ContainerGroups[0].Containers[0];
      expect(app).toMatchObject({ Name: 'app', Ready: true, RestartCount: 1 });
      expect(Object.keys(app.PreviousState).sort()).toEqual([
        'DetailStatus',
        'ExitCode',
        'FinishTime',
        'Message',
        'Reason',
        'Signal',
        'StartTime',
        'State'
      ]);
      expect(typeof app.PreviousState.ExitCode).toBe('number');
    });
  });

  describe('DescribeContainerGroups: Events', () => {
    it('fills Events only with WithEvent=true, in the smaller model (Name, no Source)', async () => {
      emulator.configure({ containerGroups: runningGroupWith({ app: { scenario: 'oom-killed' } }) });
      expect((await describeGroup(GROUP)).events).toEqual([]);
      expect((await describeGroup(GROUP, false)).events).toEqual([]);
      const events = (await describeGroup(GROUP, true)).events;
      expect(emulator.requestsFor('DescribeContainerGroups')[2]?.params['WithEvent']).toBe('true');
      expect(events.find((event: { reason: string }) => event.reason === 'OOMKilled')).toMatchObject({
        type: 'Warning',
        message: 'Out of memory',
        count: 1,
        name: expect.stringMatching(/^emulator-running\.[0-9a-f]{16}$/),
        firstTimestamp: expect.stringMatching(ISO_SECONDS),
        lastTimestamp: expect.stringMatching(ISO_SECONDS)
      });
      const raw = await callApi(emulator, {
        action: 'DescribeContainerGroups',
        params: { RegionId: 'cn-hangzhou', ContainerGroupIds: JSON.stringify([GROUP]), WithEvent: 'true' },
        clock
      });
      expect(Object.keys(raw.json.ContainerGroups[0].Events[0]).sort()).toEqual([
        'Count',
        'FirstTimestamp',
        'LastTimestamp',
        'Message',
        'Name',
        'Reason',
        'Type'
      ]);
    });
  });

  describe('DescribeContainerGroupEvents', () => {
    it('answers {RequestId, TotalCount, Data[{ContainerGroupId, Name, Namespace, uuid, Annotations, Events}]}', async () => {
      const raw = await rawEvents();
      expect(raw.status).toBe(200);
      expect(Object.keys(raw.json).sort()).toEqual(['Data', 'RequestId', 'TotalCount']);
      const [entry] = raw.json.Data;
      expect(Object.keys(entry).sort()).toEqual([
        'Annotations',
        'ContainerGroupId',
        'Events',
        'Name',
        'Namespace',
        'uuid'
      ]);
      expect(entry).toMatchObject({ ContainerGroupId: GROUP, Name: 'emulator-running', Namespace: 'default' });
      expect(raw.json.TotalCount).toBe(entry.Events.length);
      expect(Object.keys(entry.Events[0]).sort()).toEqual([
        'Count',
        'FirstTimestamp',
        'LastTimestamp',
        'Message',
        'Metadata',
        'Reason',
        'ReportingComponent',
        'ReportingInstance',
        'Source',
        'Type',
        'involvedObject'
      ]);
    });

    it('reads through the SDK: an OOM kill and back-off among the Normal start events, each naming the group', async () => {
      emulator.configure({ containerGroups: runningGroupWith({ app: { scenario: 'oom-killed' } }) });
      const { body } = await describeEvents();
      expect(body.requestId).toMatch(/^[0-9A-F-]{36}$/);
      const [entry] = body.data;
      expect(entry.containerGroupId).toBe(GROUP);
      expect(entry.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      const reasons = entry.events.map((event: { reason: string }) => event.reason);
      expect(reasons).toEqual(
        expect.arrayContaining(['Pulling', 'Pulled', 'Created', 'Started', 'OOMKilled', 'BackOff'])
      );
      const oom = entry.events.find((event: { reason: string }) => event.reason === 'OOMKilled');
      expect(oom).toMatchObject({
        type: 'Warning',
        message: 'Out of memory',
        count: 1,
        source: { component: 'EciService' },
        metadata: { namespace: 'default', name: expect.stringMatching(/^emulator-running\./) },
        involvedObject: { kind: 'Pod', apiVersion: 'v1', name: 'emulator-running', uid: GROUP }
      });
      const started = entry.events.find(
        (event: { reason: string; message: string }) => event.reason === 'Started' && event.message.endsWith(' app')
      );
      expect(started).toMatchObject({ type: 'Normal', count: 2, source: { component: 'K8sAgent' } });
      // Oldest last occurrence first, all in the past.
      const lasts = entry.events.map((event: { lastTimestamp: string }) => Date.parse(event.lastTimestamp));
      expect([...lasts].sort((a, b) => a - b)).toEqual(lasts);
      expect(Math.max(...lasts)).toBeLessThanOrEqual(clock.now());
    });

    it('reports a crash loop’s back-offs and an image that cannot be pulled as Warnings', async () => {
      emulator.configure({
        containerGroups: runningGroupWith({
          app: { scenario: 'crash-loop' },
          logger: { scenario: 'image-pull-failed' }
        })
      });
      const warnings = (await describeEvents()).body.data[0].events.filter(
        (event: { type: string }) => event.type === 'Warning'
      );
      expect(warnings).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            reason: 'BackOff',
            message: expect.stringContaining('restarting failed container app')
          }),
          expect.objectContaining({ reason: 'Failed', message: expect.stringContaining('Failed to pull image') })
        ])
      );
    });

    it('returns the latest 50 events of each group by default', async () => {
      const extra: GroupEventSpec[] = Array.from({ length: 60 }, (_, i) => ({
        type: 'Warning',
        reason: 'Unhealthy',
        message: `Readiness probe failed (${i})`,
        firstAtSeconds: 100 + i
      }));
      emulator.configure({ containerGroups: runningGroupWith({}, extra) });
      const events = (await describeEvents()).body.data[0].events;
      expect(events).toHaveLength(EVENTS_PER_GROUP);
      expect(events[0].message).toBe('Readiness probe failed (10)');
      expect(events[49].message).toBe('Readiness probe failed (59)');
    });

    it('filters by EventSource and SinceSecond, lists every group of the region without IDs, and leaves unknown IDs out', async () => {
      emulator.configure({ containerGroups: runningGroupWith({ app: { scenario: 'oom-killed' } }) });
      const everything = (await describeEvents()).body.data[0].events;
      const service = (await describeEvents({ eventSource: 'EciService' })).body.data[0].events;
      expect(service.map((event: { reason: string }) => event.reason)).toEqual(['OOMKilled']);
      const agent = (await describeEvents({ eventSource: 'K8sAgent' })).body.data[0].events;
      expect(agent.length).toBe(everything.length - 1);
      expect(agent.every((event: { source: { component: string } }) => event.source.component === 'K8sAgent')).toBe(
        true
      );
      expect((await describeEvents({ sinceSecond: 1 })).body).toMatchObject({ totalCount: 0 });
      expect((await describeEvents({ sinceSecond: 3600 })).body.totalCount).toBe(everything.length);
      const latest = Math.max(...everything.map((event: { lastTimestamp: string }) => Date.parse(event.lastTimestamp)));
      const sinceLatest = Math.ceil((clock.now() - latest) / 1000) + 1;
      const recent = (await describeEvents({ sinceSecond: sinceLatest })).body.data[0].events;
      expect(recent.length).toBeGreaterThan(0);
      expect(recent.length).toBeLessThan(everything.length);

      const all = await rawEvents({ ContainerGroupIds: '' });
      expect(all.json.Data.map((entry: { ContainerGroupId: string }) => entry.ContainerGroupId).sort()).toEqual(
        Object.keys(defaultContainerGroups()).sort()
      );
      expect((await rawEvents({ ContainerGroupIds: '["eci-unknown"]' })).json).toMatchObject({
        TotalCount: 0,
        Data: []
      });
      expect((await rawEvents({ Limit: '1', ContainerGroupIds: '' })).json.Data).toHaveLength(1);
      for (const params of [
        { EventSource: 'Kubelet' } as Record<string, string>,
        { ContainerGroupIds: 'eci-1' },
        { Limit: '0' },
        { SinceSecond: 'x' }
      ]) {
        const refused = await rawEvents(params);
        expect(refused.status).toBe(400);
        expect(refused.json.Code).toBe('InvalidParameter');
      }
    });

    it('writes event keys in lower camel case with eventKeys: lower-camel, as the custom-events page shows them', async () => {
      emulator.configure({
        eventKeys: 'lower-camel',
        containerGroups: runningGroupWith({ app: { scenario: 'oom-killed' } })
      });
      const raw = await rawEvents();
      const oom = raw.json.Data[0].Events.find((event: { reason?: string }) => event.reason === 'OOMKilled');
      expect(oom).toMatchObject({
        type: 'Warning',
        message: 'Out of memory',
        count: 1,
        source: { component: 'EciService' },
        involvedObject: { kind: 'Pod', uid: GROUP }
      });
      expect(oom.Type).toBeUndefined();
    });
  });

  describe('RAM refusals', () => {
    const denyAll = (action: string): PolicyDocument => ({
      Version: '1',
      Statement: [
        { Effect: 'Allow', Action: 'eci:*', Resource: '*' },
        { Effect: 'Deny', Action: action, Resource: '*' }
      ]
    });

    it('refuses eci:DescribeContainerGroupEvents with Forbidden.RAM by default', async () => {
      emulator.configure({
        permissionPolicies: { [emulator.accessKeyId]: [denyAll('eci:DescribeContainerGroupEvents')] }
      });
      const denied = await rawEvents();
      expect(denied.status).toBe(403);
      expect(denied.json).toMatchObject({
        Code: 'Forbidden.RAM',
        AccessDeniedDetail: { AuthAction: 'eci:DescribeContainerGroupEvents' }
      });
      expect(await sdkError(describeEvents())).toMatchObject({ code: 'Forbidden.RAM' });
    });

    it('answers an empty list instead with listWithoutPermission: empty-list, for both list actions only', async () => {
      emulator.configure({
        listWithoutPermission: 'empty-list',
        unknownContainerGroup: 'not-found-error',
        permissionPolicies: { [emulator.accessKeyId]: [{ Version: '1', Statement: [] }] }
      });
      expect((await describeEvents()).body).toMatchObject({ totalCount: 0, data: [] });
      const groups = await callApi(emulator, {
        action: 'DescribeContainerGroups',
        params: { RegionId: 'cn-hangzhou', ContainerGroupIds: JSON.stringify([GROUP]) },
        clock
      });
      expect(groups.status).toBe(200);
      expect(groups.json).toMatchObject({ TotalCount: 0, ContainerGroups: [], NextToken: '' });
      const log = await callApi(emulator, {
        action: 'DescribeContainerLog',
        params: { RegionId: 'cn-hangzhou', ContainerGroupId: GROUP, ContainerName: 'app' },
        clock
      });
      expect(log.status).toBe(403);
      expect(log.json.Code).toBe('Forbidden.RAM');
    });
  });

  describe('knobs through the admin API', () => {
    const postConfig = (body: unknown) =>
      rawHttp(`${emulator.url}/__emulator/config`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body)
      });

    it('takes container details, extra events and the new settings, and refuses malformed ones', async () => {
      const base = defaultContainerGroups()[GROUP];
      const configured = await postConfig({
        listWithoutPermission: 'empty-list',
        eventKeys: 'sdk',
        logParamsOutOfRange: 'clamp',
        logLimitKeeps: 'end',
        containerGroups: {
          [GROUP]: {
            ...base,
            containerDetails: {
              app: { scenario: 'oom-killed', restartCount: 2 },
              sidecar: { largeLog: { lines: 10, lineBytes: 64 }, log: ['x'] }
            },
            events: [
              {
                type: 'Warning',
                reason: 'Evicted',
                message: 'The node was low on resource: memory.',
                source: 'K8sAgent'
              }
            ]
          }
        }
      });
      expect(configured.status).toBe(200);
      expect(emulator.settings).toMatchObject({ listWithoutPermission: 'empty-list', logLimitKeeps: 'end' });
      expect(await container('app')).toMatchObject({ restartCount: 2, previousState: { reason: 'OOMKilled' } });
      const reasons = (await describeEvents()).body.data[0].events.map((event: { reason: string }) => event.reason);
      expect(reasons).toContain('Evicted');

      for (const [body, path] of [
        [
          { containerGroups: { [GROUP]: { ...base, containerDetails: { app: { scenario: 'exploded' } } } } },
          'scenario'
        ],
        [
          { containerGroups: { [GROUP]: { ...base, containerDetails: { app: { restartCount: -1 } } } } },
          'restartCount'
        ],
        [{ containerGroups: { [GROUP]: { ...base, containerDetails: { app: { largeLog: { lines: 0 } } } } } }, 'lines'],
        [{ containerGroups: { [GROUP]: { ...base, events: [{ type: 'Error', reason: 'x', message: 'y' }] } } }, 'type'],
        [{ listWithoutPermission: 'maybe' }, 'listWithoutPermission'],
        [{ eventKeys: 'snake' }, 'eventKeys']
      ] as const) {
        const refused = await postConfig(body);
        expect(refused.status).toBe(400);
        expect(refused.json.error).toContain(path);
      }
    });
  });
});
/* eslint-enable @typescript-eslint/no-explicit-any */
