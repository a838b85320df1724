/**
 * What each container of a group went through: its runs (instances), restarts, current and previous state. The
 * state DescribeContainerGroups shows, the logs DescribeContainerLog serves and the events the group reports all
 * derive from this one history, so they always agree.
 */
/** A container group's status, as DescribeContainerGroups gives it. */
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

/**
 * - `running`: one run, still running (the default in a Running group);
 * - `crash-loop`: every run exits with an error; now Waiting in CrashLoopBackOff, restarted `restartCount` times;
 * - `oom-killed`: the previous run was OOMKilled (exit code 137), restarted and running again;
 * - `image-pull-failed`: never started, Waiting in ImagePullBackOff (no log at all);
 * - `completed`, `failed`: one run that exited with 0, or with an error (the defaults of Succeeded and Failed groups).
 */
export const CONTAINER_SCENARIOS = [
  'running',
  'crash-loop',
  'oom-killed',
  'image-pull-failed',
  'completed',
  'failed'
] as const;
export type ContainerScenario = (typeof CONTAINER_SCENARIOS)[number];

/** A container's knobs, in a group's `containerDetails` by container name. */
export interface ContainerDetail {
  scenario?: ContainerScenario;
  /** How many times it restarted (crash-loop default 5, oom-killed default 1; other scenarios: 0). */
  restartCount?: number;
  /** The exit code of its terminated runs (crash-loop and failed default 1; oom-killed is always 137). */
  exitCode?: number;
  /** The lines of its current (or last) run's log, instead of the generated ones. */
  log?: string[];
  /** The lines of its previous run's log, instead of the generated ones. */
  previousLog?: string[];
  /** A log far larger than an answer may carry: `lines` lines of `lineBytes` bytes each (default 5000 × 4096). */
  largeLog?: boolean | { lines?: number; lineBytes?: number };
}

export type ContainerStateName = 'Waiting' | 'Running' | 'Terminated';

/** A state as the SDK models CurrentState and PreviousState; times in epoch ms. */
export interface ContainerStateView {
  state: ContainerStateName;
  reason: string;
  message: string;
  detailStatus: string;
  startedAtMs?: number;
  finishedAtMs?: number;
  exitCode?: number;
  signal?: number;
}

/** One run of the container, for its log and events. */
export interface ContainerRun {
  /** 0 for the first run. */
  index: number;
  startedAtMs: number;
  finishedAtMs?: number;
  exitCode?: number;
  reason?: string;
}

export interface ContainerHistory {
  name: string;
  image: string;
  /** `waiting`: not started yet, in a group that is not running (Pending, Scheduling, ...). */
  scenario: ContainerScenario | 'waiting';
  restartCount: number;
  ready: boolean;
  current: ContainerStateView;
  previous?: ContainerStateView;
  /** The runs that started, oldest first. */
  runs: ContainerRun[];
  /** The run whose log DescribeContainerLog gives without LastTime, if any. */
  currentLogRun?: ContainerRun;
  /** The run whose log LastTime=true gives, if any. */
  previousLogRun?: ContainerRun;
}

/** The groups are this much older than the emulator, so that every run and restart lies in the past. */
export const GROUP_AGE_MS = 10 * 60 * 1000;
const FIRST_START_MS = 5_000;
const RUN_SPACING_MS = 40_000;
const OOM_EXIT_CODE = 137;
const SIGKILL = 9;

export function defaultScenario(groupStatus: ContainerGroupStatus): ContainerScenario | 'waiting' {
  switch (groupStatus) {
    case 'Running':
    case 'Updating':
      return 'running';
    case 'Succeeded':
      return 'completed';
    case 'Failed':
    case 'Expired':
    case 'Terminating':
      return 'failed';
    default:
      return 'waiting';
  }
}

export function containerImage(regionId: string, name: string): string {
  return `registry-vpc.${regionId}.aliyuncs.com/eci_open/${name}:latest`;
}

/** The history of container `name` of a group created at `createdAtMs`. */
export function containerHistory(
  name: string,
  group: { status: ContainerGroupStatus; regionId: string; containerDetails?: Record<string, ContainerDetail> },
  createdAtMs: number
): ContainerHistory {
  const detail = group.containerDetails?.[name] ?? {};
  const image = containerImage(group.regionId, name);
  const scenario = detail.scenario ?? defaultScenario(group.status);
  if (scenario === 'waiting' || scenario === 'image-pull-failed') {
    const pullFailed = scenario === 'image-pull-failed';
    return {
      name,
      image,
      scenario,
      restartCount: 0,
      ready: false,
      current: {
        state: 'Waiting',
        reason: pullFailed ? 'ImagePullBackOff' : 'ContainerCreating',
        message: pullFailed ? `Back-off pulling image "${image}"` : '',
        detailStatus: ''
      },
      runs: []
    };
  }

  const restartCount = detail.restartCount ?? (scenario === 'crash-loop' ? 5 : scenario === 'oom-killed' ? 1 : 0);
  const runCount = restartCount + 1;
  // Spread the runs over the group's past, however many restarts were asked for.
  const spacing = Math.min(RUN_SPACING_MS, Math.floor((GROUP_AGE_MS - 2 * FIRST_START_MS) / runCount));
  const failedExit = detail.exitCode ?? 1;
  const lastRunEnds = scenario === 'crash-loop' || scenario === 'completed' || scenario === 'failed';
  const runs: ContainerRun[] = Array.from({ length: runCount }, (_, index) => {
    const startedAtMs = createdAtMs + FIRST_START_MS + index * spacing;
    const last = index === runCount - 1;
    if (last && !lastRunEnds) return { index, startedAtMs };
    const finishedAtMs = startedAtMs + Math.floor((spacing * 3) / 4);
    if (!last && scenario === 'oom-killed') {
      return { index, startedAtMs, finishedAtMs, exitCode: OOM_EXIT_CODE, reason: 'OOMKilled' };
    }
    if (last && scenario === 'completed') return { index, startedAtMs, finishedAtMs, exitCode: 0, reason: 'Completed' };
    return { index, startedAtMs, finishedAtMs, exitCode: failedExit, reason: 'Error' };
  });
  const lastRun = runs[runs.length - 1] as ContainerRun;
  const runBefore = runs.length > 1 ? runs[runs.length - 2] : undefined;

  const terminatedView = (run: ContainerRun): ContainerStateView => ({
    state: 'Terminated',
    reason: run.reason ?? '',
    message: '',
    detailStatus: '',
    startedAtMs: run.startedAtMs,
    ...(run.finishedAtMs !== undefined ? { finishedAtMs: run.finishedAtMs } : {}),
    exitCode: run.exitCode ?? 0,
    signal: run.reason === 'OOMKilled' ? SIGKILL : 0
  });

  if (scenario === 'crash-loop') {
    // Back-off after the last failed run: that run is the previous state, and (as the kubelet does) the log of a
    // waiting container is its last run's.
    return {
      name,
      image,
      scenario,
      restartCount,
      ready: false,
      current: {
        state: 'Waiting',
        reason: 'CrashLoopBackOff',
        message: `back-off 5m0s restarting failed container=${name}`,
        detailStatus: ''
      },
      previous: terminatedView(lastRun),
      runs,
      currentLogRun: lastRun,
      previousLogRun: lastRun
    };
  }
  const finished = lastRun.finishedAtMs !== undefined;
  return {
    name,
    image,
    scenario,
    restartCount,
    ready: !finished,
    current: finished
      ? terminatedView(lastRun)
      : { state: 'Running', reason: '', message: '', detailStatus: '', startedAtMs: lastRun.startedAtMs },
    ...(runBefore ? { previous: terminatedView(runBefore), previousLogRun: runBefore } : {}),
    runs,
    currentLogRun: lastRun
  };
}
