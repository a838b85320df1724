/** What DescribeContainerGroups says about one state of a container (its current one, or the one before). */
export interface ContainerStateRecord {
  /** `Waiting`, `Running` or `Terminated`. */
  state?: string;
  reason?: string;
  message?: string;
  detailStatus?: string;
  exitCode?: number;
  signal?: number;
  startTime?: string;
  finishTime?: string;
}

/** One container of the group as DescribeContainerGroups describes it. */
export interface ContainerState {
  name: string;
  ready?: boolean;
  restartCount: number;
  current: ContainerStateRecord;
  /** Absent (or empty) when the container never restarted. */
  previous?: ContainerStateRecord;
}

/** The group's status and its containers, with (when asked) the group's events as DescribeContainerGroups holds them. */
export interface GroupState {
  containerGroupId: string;
  status?: string;
  containers: ContainerState[];
  events: GroupEvent[];
}

/** One event of the container group. */
export interface GroupEvent {
  /** `Normal` or `Warning`. */
  type?: string;
  reason?: string;
  message?: string;
  count?: number;
  firstTimestamp?: string;
  lastTimestamp?: string;
  /** The reporting component (DescribeContainerGroupEvents only). */
  source?: string;
  /** The object it is about, e.g. `Pod` (DescribeContainerGroupEvents only). */
  object?: string;
}

/** What the debug report kept of one container, in the `results` output and the summary. */
export interface ContainerDebugReport {
  /** Files of the report folder about this container, its logs first. */
  files: string[];
  /** Its state just before the commit; absent when the group could not be read. */
  state?: ContainerState;
}

/** The facts of a whole step's debug report, for the summary, the log and the pull-request comment. */
export interface DebugReportFacts {
  folder: string;
  groupStatus?: string;
  containers: ContainerState[];
  events: GroupEvent[];
}

/** A state that says something went wrong: not running, or run more than once. */
export function isTroubled(container: ContainerState): boolean {
  return container.current.state !== 'Running' || container.restartCount > 0;
}

/** The last exit: the current state when it is Terminated, else the previous one. */
export function lastExit(container: ContainerState): ContainerStateRecord | undefined {
  if (container.current.state === 'Terminated') return container.current;
  return container.previous?.state ? container.previous : undefined;
}
