/**
 * CommitContainer tasks, simulated lazily: a task's state is computed from the clock when it is queried, so there
 * are no timers to leak and a test clock moves every task at once.
 */
import { randomBytes } from 'node:crypto';

export type CommitPhase = 'PullBaseImage' | 'CommitContainer' | 'PushCommittedImage';
export const COMMIT_PHASES: readonly CommitPhase[] = ['PullBaseImage', 'CommitContainer', 'PushCommittedImage'];

export type CommitTaskStatus = 'Running' | 'Succeeded' | 'Failed';
export type PhaseStatus = 'Running' | 'Success' | 'Failed';

/** Share of the task's duration each phase takes, in COMMIT_PHASES order. */
export type PhaseSplit = readonly [number, number, number];
export const DEFAULT_PHASE_SPLIT: PhaseSplit = [0.2, 0.5, 0.3];
export const DEFAULT_TASK_DURATION_MS = 800;

export interface CommitImage {
  repository: string;
  tag?: string;
  message?: string;
  author?: string;
}

export interface CommitTaskFailure {
  phase: CommitPhase;
  message: string;
}

export interface CommitTask {
  taskId: string;
  regionId: string;
  containerGroupId: string;
  containerName: string;
  image: CommitImage;
  createdAtMs: number;
  durationMs: number;
  phaseSplit: PhaseSplit;
  failure?: CommitTaskFailure;
  /** DescribeCommitContainerTask queries that will still not show the task (eventual consistency). */
  hiddenQueriesLeft: number;
}

export interface PhaseView {
  phase: CommitPhase;
  status: PhaseStatus;
  message: string;
  recordedAtMs: number;
}

export interface TaskView {
  status: CommitTaskStatus;
  /** 0, 10, ..., 90 while running; 100 once succeeded. */
  progressPercent: number;
  statusMessage: string;
  phases: PhaseView[];
  /** Set once the task has finished (succeeded or failed) at the viewing time. */
  finishedAtMs?: number;
}

export function newTaskId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return `t-${[...randomBytes(20)].map((byte) => alphabet[byte % alphabet.length]).join('')}`;
}

export function imageReference(image: CommitImage): string {
  return image.tag ? `${image.repository}:${image.tag}` : image.repository;
}

interface PhaseWindow {
  phase: CommitPhase;
  startMs: number;
  endMs: number;
}

function phaseWindows(task: CommitTask): PhaseWindow[] {
  const total = task.phaseSplit.reduce((sum, share) => sum + share, 0) || 1;
  let elapsedShare = 0;
  return COMMIT_PHASES.map((phase, index) => {
    const startMs = task.createdAtMs + Math.round((task.durationMs * elapsedShare) / total);
    elapsedShare += task.phaseSplit[index] ?? 0;
    const endMs = task.createdAtMs + Math.round((task.durationMs * elapsedShare) / total);
    return { phase, startMs, endMs };
  });
}

/** When the task ends: at the end of its failing phase, or after its full duration. Known from creation on. */
export function taskFinishedAtMs(task: CommitTask): number {
  const windows = phaseWindows(task);
  const failing = windows.find((window) => window.phase === task.failure?.phase);
  return failing ? failing.endMs : task.createdAtMs + task.durationMs;
}

export function viewTaskAt(task: CommitTask, nowMs: number): TaskView {
  const finishedAtMs = taskFinishedAtMs(task);
  const phases: PhaseView[] = [];
  for (const window of phaseWindows(task)) {
    if (nowMs < window.startMs) break;
    const failsHere = task.failure?.phase === window.phase;
    if (nowMs < window.endMs) {
      phases.push({
        phase: window.phase,
        status: 'Running',
        message: phaseMessage(task, window.phase, 'Running'),
        recordedAtMs: window.startMs
      });
      break;
    }
    phases.push({
      phase: window.phase,
      status: failsHere ? 'Failed' : 'Success',
      message: failsHere && task.failure ? task.failure.message : phaseMessage(task, window.phase, 'Success'),
      recordedAtMs: window.endMs
    });
    if (failsHere) break;
  }

  const finished = nowMs >= finishedAtMs;
  const status: CommitTaskStatus = !finished ? 'Running' : task.failure ? 'Failed' : 'Succeeded';
  return {
    status,
    progressPercent: progressPercent(task, Math.min(nowMs, finishedAtMs), status),
    statusMessage: statusMessage(task, status),
    phases,
    ...(finished ? { finishedAtMs } : {})
  };
}

function progressPercent(task: CommitTask, atMs: number, status: CommitTaskStatus): number {
  if (status === 'Succeeded') return 100;
  const fraction = task.durationMs <= 0 ? 1 : (atMs - task.createdAtMs) / task.durationMs;
  return Math.min(90, Math.max(0, Math.floor(fraction * 10) * 10));
}

function phaseMessage(task: CommitTask, phase: CommitPhase, status: 'Running' | 'Success'): string {
  const container = task.containerName;
  const image = imageReference(task.image);
  const messages: Record<CommitPhase, Record<'Running' | 'Success', string>> = {
    PullBaseImage: {
      Running: `Pulling base image for container ${container}`,
      Success: `Pull base image for container ${container} successfully`
    },
    CommitContainer: {
      Running: `Committing container ${container}`,
      Success: `Commit container ${container} successfully`
    },
    PushCommittedImage: {
      Running: `Pushing image ${image}`,
      Success: `Push image ${image} successfully`
    }
  };
  return messages[phase][status];
}

function statusMessage(task: CommitTask, status: CommitTaskStatus): string {
  switch (status) {
    case 'Running':
      return `Commit container ${task.containerName} is in progress`;
    case 'Succeeded':
      return `Commit container ${task.containerName} to image ${imageReference(task.image)} successfully`;
    case 'Failed':
      return task.failure?.message ?? `Commit container ${task.containerName} failed`;
  }
}

export function defaultFailureMessage(phase: CommitPhase, task: Pick<CommitTask, 'containerName' | 'image'>): string {
  switch (phase) {
    case 'PullBaseImage':
      return `Failed to pull base image for container ${task.containerName}: context deadline exceeded`;
    case 'CommitContainer':
      return `Failed to commit container ${task.containerName}: no space left on device`;
    case 'PushCommittedImage':
      return `Failed to push image ${imageReference(task.image)}: denied: requested access to the resource is denied`;
  }
}

/** A task as the emulator knows it, including when it finishes (for detection-latency measurements). */
export interface TaskSnapshot extends Omit<CommitTask, 'phaseSplit'> {
  /** Epoch ms (emulator clock) at which the task finishes or finished, success or failure. */
  finishedAtMs: number;
  /** Status at the time of the snapshot. */
  status: CommitTaskStatus;
  progressPercent: number;
}

export function snapshotTask(task: CommitTask, nowMs: number): TaskSnapshot {
  const view = viewTaskAt(task, nowMs);
  return {
    taskId: task.taskId,
    regionId: task.regionId,
    containerGroupId: task.containerGroupId,
    containerName: task.containerName,
    image: task.image,
    createdAtMs: task.createdAtMs,
    durationMs: task.durationMs,
    finishedAtMs: taskFinishedAtMs(task),
    status: view.status,
    progressPercent: view.progressPercent,
    ...(task.failure ? { failure: task.failure } : {}),
    hiddenQueriesLeft: task.hiddenQueriesLeft
  };
}

/** All tasks, oldest first as created; the ECI actions decide what a query sees. */
export class CommitTaskStore {
  private tasks: CommitTask[] = [];

  add(task: CommitTask): void {
    this.tasks.push(task);
  }

  get(taskId: string): CommitTask | undefined {
    return this.tasks.find((task) => task.taskId === taskId);
  }

  all(): readonly CommitTask[] {
    return this.tasks;
  }

  /** Newest first; tasks created in the same millisecond keep their creation order reversed. */
  newestFirst(): CommitTask[] {
    return this.tasks
      .map((task, index) => ({ task, index }))
      .sort((a, b) => b.task.createdAtMs - a.task.createdAtMs || b.index - a.index)
      .map(({ task }) => task);
  }

  runningInGroup(containerGroupId: string, nowMs: number): CommitTask | undefined {
    return this.tasks.find(
      (task) => task.containerGroupId === containerGroupId && viewTaskAt(task, nowMs).status === 'Running'
    );
  }

  clear(): void {
    this.tasks = [];
  }
}
