/** The ECI container groups (instances) the emulator knows, and how DescribeContainerGroups shows them. */
import { isoSeconds } from './time-format.js';

export type ContainerGroupStatus =
  | 'Pending'
  | 'Running'
  | 'Succeeded'
  | 'Failed'
  | 'Scheduling'
  | 'ScheduleFailed'
  | 'Restarting'
  | 'Updating'
  | 'Terminating'
  | 'Expired';

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

/** The JSON DescribeContainerGroups returns for one group: the fields the SDK models, with plausible values. */
export function describeContainerGroup(id: string, spec: ContainerGroupSpec, createdAtMs: number): object {
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
    Events: [],
    Volumes: [],
    InitContainers: [],
    Containers: spec.containers.map((name) => describeContainer(name, spec, creationTime))
  };
}

function describeContainer(name: string, group: ContainerGroupSpec, startTime: string): object {
  const state = containerState(group.status);
  return {
    Name: name,
    Image: `registry-vpc.${group.regionId}.aliyuncs.com/eci_open/${name}:latest`,
    ImagePullPolicy: 'IfNotPresent',
    Cpu: 0,
    Memory: 0,
    Ready: state === 'Running',
    RestartCount: 0,
    Commands: [],
    Args: [],
    EnvironmentVars: [],
    Ports: [],
    VolumeMounts: [],
    WorkingDir: '',
    CurrentState: { State: state, StartTime: state === 'Waiting' ? '' : startTime, DetailStatus: '' },
    PreviousState: {}
  };
}

function containerState(groupStatus: ContainerGroupStatus): 'Running' | 'Waiting' | 'Terminated' {
  switch (groupStatus) {
    case 'Running':
    case 'Updating':
      return 'Running';
    case 'Succeeded':
    case 'Failed':
    case 'Expired':
    case 'Terminating':
      return 'Terminated';
    default:
      return 'Waiting';
  }
}
