/** ECI 2018-08-08 actions that tell what happened in a group: DescribeContainerLog and DescribeContainerGroupEvents. */
import { createHash } from 'node:crypto';
import type { ActionHandler, ActionRequest, ListActionHandler } from './action-registry.js';
import { ApiError, invalidParameter } from './api-error.js';
import {
  describeGroupEvent,
  EVENT_SOURCES,
  groupEvents,
  latestEvents,
  type EventKeys,
  type EventSource
} from './container-events.js';
import type { ContainerGroupSpec } from './container-groups.js';
import { MAX_LOG_BYTES, runLog, selectLog } from './container-logs.js';
import { containerHistory, type ContainerRun } from './container-states.js';
import {
  boundedIntegerParam,
  containerGroupIdsParam,
  decodePageToken,
  optionalBooleanParam,
  optionalParam,
  requiredParam,
  type OutOfRange
} from './params.js';

export interface EciDebugDependencies {
  containerGroups(): Readonly<Record<string, ContainerGroupSpec>>;
  groupsCreatedAtMs: number;
  logParamsOutOfRange(): OutOfRange;
  logLimitKeeps(): 'start' | 'end';
  eventKeys(): EventKeys;
}

export function createEciDebugActions(deps: EciDebugDependencies): Record<string, ActionHandler | ListActionHandler> {
  return {
    DescribeContainerLog: (request) => describeContainerLog(deps, request),
    DescribeContainerGroupEvents: { list: (request) => describeContainerGroupEvents(deps, request) }
  };
}

/** The API reference: Tail defaults to 500, at most 2000; LimitBytes from 1 to 1048576. */
const TAIL = { min: 1, max: 2000, fallback: 500 };
const LIMIT_BYTES = { min: 1, max: MAX_LOG_BYTES, fallback: MAX_LOG_BYTES };
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

function describeContainerLog(deps: EciDebugDependencies, { params, nowMs }: ActionRequest): object {
  const regionId = requiredParam(params, 'RegionId');
  const containerGroupId = requiredParam(params, 'ContainerGroupId');
  const containerName = requiredParam(params, 'ContainerName');
  const outOfRange = deps.logParamsOutOfRange();
  const tail = boundedIntegerParam(params, 'Tail', TAIL, outOfRange);
  const limitBytes = boundedIntegerParam(params, 'LimitBytes', LIMIT_BYTES, outOfRange);
  const timestamps = optionalBooleanParam(params, 'Timestamps', false);
  const lastTime = optionalBooleanParam(params, 'LastTime', false);
  const notBeforeMs = readNotBefore(params, nowMs);

  const group = deps.containerGroups()[containerGroupId];
  if (!group || group.regionId !== regionId) {
    throw new ApiError(
      404,
      'InvalidParameter.NotFound',
      `The specified ContainerGroupId "${containerGroupId}" is not found in region ${regionId}.`
    );
  }
  if (!group.containers.includes(containerName)) {
    throw new ApiError(
      404,
      'InvalidParameter.NotFound',
      `The specified ContainerName "${containerName}" is not found in container group ${containerGroupId}.`
    );
  }
  const history = containerHistory(containerName, group, deps.groupsCreatedAtMs);
  const run = pickRun(history, lastTime, containerGroupId);
  const log = runLog(containerGroupId, history, run, group.containerDetails?.[containerName] ?? {}, lastTime);
  const content = selectLog(log, {
    tail,
    ...(notBeforeMs !== undefined ? { notBeforeMs } : {}),
    timestamps,
    limitBytes,
    limitKeeps: deps.logLimitKeeps(),
    salt: `${containerGroupId}/${containerName}/${run.index}`
  });
  return { ContainerName: containerName, Content: content };
}

/** Kubernetes' answers, as ECI's are not documented: no previous run, or a container that never started. */
function pickRun(
  history: ReturnType<typeof containerHistory>,
  lastTime: boolean,
  containerGroupId: string
): ContainerRun {
  if (lastTime) {
    if (history.previousLogRun) return history.previousLogRun;
    throw new ApiError(
      400,
      'InvalidParameter',
      `previous terminated container "${history.name}" in container group "${containerGroupId}" not found`
    );
  }
  if (history.currentLogRun) return history.currentLogRun;
  throw new ApiError(
    400,
    'InvalidParameter',
    `container "${history.name}" in container group "${containerGroupId}" is waiting to start: ${history.current.reason}`
  );
}

/** SinceSeconds and StartTime both bound the first line; given both, the later bound applies. */
function readNotBefore(params: ActionRequest['params'], nowMs: number): number | undefined {
  const bounds: number[] = [];
  const since = optionalParam(params, 'SinceSeconds');
  if (since !== undefined) {
    const seconds = boundedIntegerParam(
      params,
      'SinceSeconds',
      { min: 1, max: Number.MAX_SAFE_INTEGER, fallback: 0 },
      'error'
    );
    bounds.push(nowMs - seconds * 1000);
  }
  const startTime = optionalParam(params, 'StartTime');
  if (startTime !== undefined) {
    const parsed = RFC3339.test(startTime) ? Date.parse(startTime) : Number.NaN;
    if (Number.isNaN(parsed)) {
      throw invalidParameter(
        'StartTime',
        `expected a UTC time in RFC 3339, like 2018-08-02T15:00:00Z, got "${startTime}".`
      );
    }
    bounds.push(parsed);
  }
  return bounds.length === 0 ? undefined : Math.max(...bounds);
}

/** The reference gives Limit (groups per answer) a default of 200 and no maximum. */
const GROUP_LIMIT = { min: 1, max: Number.MAX_SAFE_INTEGER, fallback: 200 };

function describeContainerGroupEvents(
  deps: EciDebugDependencies,
  { params, nowMs, deniedByRam }: ActionRequest
): object {
  const regionId = requiredParam(params, 'RegionId');
  const ids = containerGroupIdsParam(params);
  const limit = boundedIntegerParam(params, 'Limit', GROUP_LIMIT, 'error');
  const source = optionalParam(params, 'EventSource');
  if (source !== undefined && !EVENT_SOURCES.includes(source as EventSource)) {
    throw invalidParameter('EventSource', `expected one of ${EVENT_SOURCES.join(', ')}, got "${source}".`);
  }
  const sinceSecond = optionalParam(params, 'SinceSecond');
  const sinceMs =
    sinceSecond === undefined
      ? undefined
      : nowMs -
        boundedIntegerParam(params, 'SinceSecond', { min: 1, max: Number.MAX_SAFE_INTEGER, fallback: 0 }, 'error') *
          1000;
  const offset = decodePageToken(params);

  const groups = Object.entries(deniedByRam ? {} : deps.containerGroups())
    .filter(([, group]) => group.regionId === regionId)
    .filter(([id]) => ids === undefined || ids.includes(id))
    .slice(offset, offset + limit);
  const keys = deps.eventKeys();
  const data = groups.map(([id, group]) => {
    const name = group.name ?? id;
    const events = latestEvents(
      groupEvents(id, group, deps.groupsCreatedAtMs)
        .filter((event) => source === undefined || event.source === source)
        .filter((event) => sinceMs === undefined || event.lastAtMs >= sinceMs)
    );
    return {
      ContainerGroupId: id,
      Name: name,
      Namespace: 'default',
      uuid: uuidOf(id),
      Annotations: '{}',
      Events: events.map((event) => describeGroupEvent(event, { id, name }, keys))
    };
  });
  return { TotalCount: data.reduce((total, entry) => total + entry.Events.length, 0), Data: data };
}

/** A stable UUID-shaped ID for the group (the SDK's `uuid`, e.g. `3fc6b309-****-****`). */
function uuidOf(containerGroupId: string): string {
  const hex = createHash('sha256').update(containerGroupId).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
