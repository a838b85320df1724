import { InputError } from './errors.js';

/** A commit task ID as ECI gives it: `t-` and lowercase letters and digits. */
export const TASK_ID = /^t-[a-z0-9]{1,64}$/;

/** A container name as ECI accepts it: 1-128 lowercase letters, digits and hyphens, a letter or digit at each end. */
export const CONTAINER_NAME = /^[a-z0-9](?:[a-z0-9-]{0,126}[a-z0-9])?$/;

/**
 * The most containers one step commits. ECI allows 20 containers in a container group (not adjustable); a group
 * that reports more is not believed, nor committed container by container for hours.
 */
export const MAX_CONTAINERS = 32;

export interface CommitPhase {
  /** PullBaseImage, CommitContainer or PushCommittedImage. */
  phase: string;
  /** As ECI reports it: Running, Success, Failed. */
  status: string;
  message?: string;
  recordTime?: string;
}

/** One CommitContainer task, as DescribeCommitContainerTask reports it. */
export interface CommitTask {
  taskId: string;
  /** Running, Succeeded or Failed; anything else ECI may add is treated as not finished. */
  status: string;
  /** 0-100, parsed from TaskProgress ("50%"). */
  progress?: number;
  statusMessage?: string;
  containerName?: string;
  creationTime?: string;
  finishedTime?: string;
  phases: CommitPhase[];
}

export function isFinished(task: CommitTask): boolean {
  return task.status === 'Succeeded' || task.status === 'Failed';
}

export function parseProgress(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const number = Number.parseFloat(String(value).replace('%', ''));
  return Number.isFinite(number) ? Math.min(100, Math.max(0, number)) : undefined;
}

export function failedPhase(task: CommitTask): CommitPhase | undefined {
  return task.phases.find((phase) => /^fail/i.test(phase.status));
}

/** ECI runs one commit per container group at a time: without waiting, a step can commit one container only. */
export function checkWaitAllows(names: string[], wait: boolean): void {
  if (wait || names.length <= 1) return;
  throw new InputError(
    `Input wait is false but ${names.length} containers are to be committed (${names.join(', ')}). ECI runs one commit per container group at a time, so several containers are committed one after another, each waited for: set wait: true, or name a single container.`
  );
}
