/** The ECI container groups (instances) the emulator knows, and how DescribeContainerGroups shows them. */
import { describeContainerGroupEvent, groupEvents, latestEvents, type GroupEventSpec } from './container-events.js';
import {
  containerHistory,
  type ContainerDetail,
  type ContainerGroupStatus,
  type ContainerStateView
} from './container-states.js';
import { isoSeconds } from './time-format.js';

export type { ContainerGroupStatus };

export interface ContainerGroupSpec {
  status: ContainerGroupStatus;
  regionId: string;
  containers: string[];
  name?: string;
  /** The group's CreationTime (epoch ms); default: when the emulator started. */
  createdAtMs?: number;
  /** Overrides the emulator's taskDurationMs for commits in this group. */
  taskDurationMs?: number;
  /** Overrides taskDurationMs for commits of one container, by container name. */
  containerTaskDurationMs?: Record<string, number>;
  /** Knobs of single containers, by container name: a crash loop, an OOM kill, their logs (container-states.ts). */
  containerDetails?: Record<string, ContainerDetail>;
  /** Events added to the ones the containers' histories give (container-events.ts). */
  events?: GroupEventSpec[];
}

export const DEFAULT_REGION_ID = 'cn-hangzhou';
export const DEFAULT_CONTAINER_GROUP_ID = 'eci-emulator0000000001';
export const PENDING_CONTAINER_GROUP_ID = 'eci-emulator0000000002';
export const SUCCEEDED_CONTAINER_GROUP_ID = 'eci-emulator0000000003';
export const DEFAULT_CONTAINER_NAMES: readonly string[] = ['app', 'sidecar', 'logger'];

export function defaultContainerGroups(): Record<string, ContainerGroupSpec> {
  return {
    [DEFAULT_CONTAINER_GROUP_ID]: {
      status: 'Running',
      regionId: DEFAULT_REGION_ID,
      name: 'emulator-running',
      containers: [...DEFAULT_CONTAINER_NAMES]
    },
    [PENDING_CONTAINER_GROUP_ID]: {
      status: 'Pending',
      regionId: DEFAULT_REGION_ID,
      name: 'emulator-pending',
      containers: ['app']
    },
    [SUCCEEDED_CONTAINER_GROUP_ID]: {
      status: 'Succeeded',
      regionId: DEFAULT_REGION_ID,
      name: 'emulator-succeeded',
      containers: ['app']
    }
  };
}

/**
 * The JSON DescribeContainerGroups returns for one group: the fields the SDK models, with plausible values. Its
 * `Events` are filled only when the request asked for them (`WithEvent=true`).
 */
export function describeContainerGroup(
  id: string,
  spec: ContainerGroupSpec,
  createdAtMs: number,
  { withEvents }: { withEvents: boolean } = { withEvents: false }
): object {
  const creationTime = isoSeconds(spec.createdAtMs ?? createdAtMs);
  return {
    ContainerGroupId: id,
    ContainerGroupName: spec.name ?? id,
    RegionId: spec.regionId,
    ZoneId: `${spec.regionId}-h`,
    Status: spec.status,
    Cpu: 2,
    Memory: 4,
    InstanceType: '',
    CreationTime: creationTime,
    SucceededTime: spec.status === 'Succeeded' ? creationTime : '',
    FailedTime: spec.status === 'Failed' ? creationTime : '',
    ExpiredTime: '',
    IntranetIp: '172.16.0.10',
    InternetIp: '',
    RestartPolicy: 'Always',
    SecurityGroupId: 'sg-emulator0000000000',
    VSwitchId: 'vsw-emulator0000000000',
    VpcId: 'vpc-emulator0000000000',
    Tags: [],
    Events: withEvents ? latestEvents(groupEvents(id, spec, createdAtMs)).map(describeContainerGroupEvent) : [],
    Volumes: [],
    InitContainers: [],
    Containers: spec.containers.map((name) => describeContainer(name, spec, createdAtMs))
  };
}

function describeContainer(name: string, group: ContainerGroupSpec, createdAtMs: number): object {
  const history = containerHistory(name, group, createdAtMs);
  return {
    Name: name,
    Image: history.image,
    ImagePullPolicy: 'IfNotPresent',
    Cpu: 0,
    Memory: 0,
    Ready: history.ready,
    RestartCount: history.restartCount,
    Commands: [],
    Args: [],
    EnvironmentVars: [],
    Ports: [],
    VolumeMounts: [],
    WorkingDir: '',
    CurrentState: describeState(history.current),
    PreviousState: history.previous ? describeState(history.previous) : {}
  };
}

/** CurrentState / PreviousState: times as `2018-08-02T15:00:00Z` (empty when not reached), codes as numbers. */
function describeState(view: ContainerStateView): object {
  return {
    State: view.state,
    Reason: view.reason,
    Message: view.message,
    DetailStatus: view.detailStatus,
    StartTime: view.startedAtMs === undefined ? '' : isoSeconds(view.startedAtMs),
    FinishTime: view.finishedAtMs === undefined ? '' : isoSeconds(view.finishedAtMs),
    ...(view.state === 'Terminated' ? { ExitCode: view.exitCode ?? 0, Signal: view.signal ?? 0 } : {})
  };
}
