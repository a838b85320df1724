import type { CommitTask } from './task.js';
import type { ContainerDebugReport } from './debug-report.js';

export type ContainerStatus = 'Succeeded' | 'Failed' | 'Running' | 'Skipped';

/** What became of one container's commit. */
export interface ContainerResult {
  /** The container committed; for a task started earlier, as ECI names it once it is listed ('' until then). */
  container: string;
  /** The group committed (absent for a task started earlier: ECI does not report it). */
  containerGroupId?: string;
  /** Unknown for a task started earlier unless the workflow names it (ECI does not report it). */
  image?: string;
  tag?: string;
  status: ContainerStatus;
  taskId?: string;
  requestId?: string;
  task?: CommitTask;
  failure?: string;
  durationMs: number;
  /** A commit of the group is still running (timeout, cancellation): no other commit can start. */
  groupBusy: boolean;
  /** Further tasks of this container that this step created (a lost answer, then a task seen too late). */
  otherTaskIds?: string[];
  /** The image's digest, read back from the registry (`sha256:` + 64 hex). */
  digest?: string;
  /** debug-report: true: what was kept of the container before its commit; null when nothing was. */
  debugReport?: ContainerDebugReport | null;
}

/**
 * The step's outcome over all its containers (the `status` output): Failed if any failed, else Running if any still
 * runs, else Succeeded, or Skipped when every one was skipped.
 */
export function overallStatus(results: ReadonlyArray<Pick<ContainerResult, 'status'>>): ContainerStatus {
  const has = (status: ContainerStatus): boolean => results.some((result) => result.status === status);
  if (has('Failed')) return 'Failed';
  if (has('Running')) return 'Running';
  if (results.length > 0 && results.every((result) => result.status === 'Skipped')) return 'Skipped';
  return 'Succeeded';
}
