import * as core from '@actions/core';
import { overallStatus, type ContainerResult } from '../model/results.js';
import { Output, type OutputName } from '../inputs/names.js';
import { pinnedImage } from '../model/digest.js';
import { errorMessage } from '../model/errors.js';

/**
 * Sets each output as soon as it is known, so a failing step still hands over what it learned. An output that
 * cannot be written (GITHUB_OUTPUT missing, a full disk) is a warning naming the task it describes; the step goes on.
 */
export class Outputs {
  /** What was written, by output: a value counts once it is in GITHUB_OUTPUT, so a failed one is tried again. */
  private readonly values = new Map<OutputName, string>();
  /** The latest `results`, not yet written. */
  private pendingResults?: ContainerResult[];
  /** The tasks (or '' for none) whose unwritable outputs were warned about: each is said once. */
  private readonly warned = new Set<string>();

  constructor(private readonly write: (name: string, value: string) => void = core.setOutput) {}

  /** Returns whether the value is written. `taskId`: the task the output describes, for the warning. */
  set(name: OutputName, value: string, taskId?: string): boolean {
    if (this.values.get(name) === value) return true;
    try {
      this.write(name, value);
    } catch (error) {
      this.warnUnwritable(name, taskId, error);
      return false;
    }
    this.values.set(name, value);
    return true;
  }

  private warnUnwritable(name: OutputName, taskId: string | undefined, error: unknown): void {
    const key = taskId ?? '';
    if (this.warned.has(key)) return;
    this.warned.add(key);
    const whose = taskId ? ` of commit task ${taskId}` : '';
    const then = taskId ? `; wait for the task in a later step with task-id: ${taskId}` : '';
    core.warning(
      `Could not write the output ${name}${whose} (${errorMessage(error)}): check GITHUB_OUTPUT and the runner's disk. The step goes on${then}.`
    );
  }

  /**
   * The single-value outputs describe `latest`, except `status`, which with several is the outcome of them all (the last container tried, once it has a task or has failed);
   * `results` lists every container. A single container that failed before any task sets nothing; containers
   * skipped change `results` only.
   *
   * Each setOutput appends to GITHUB_OUTPUT, so `results` (which grows with the containers) is written for one
   * container at once, but for several only by `flush()`, when the step ends, is stopped or its process exits: the
   * file then grows linearly with the number of containers, not with its square.
   */
  report(latest: ContainerResult, results: ContainerResult[], several: boolean): void {
    if (!latest.taskId && !latest.digest && !several) return;
    // A container skipped because its tag exists is described (by its existing image); one not tried is not.
    if (latest.status !== 'Skipped' || latest.digest) {
      const set = (name: OutputName, value: string): boolean => this.set(name, value, latest.taskId);
      set(Output.TaskId, latest.taskId ?? '');
      set(Output.RequestId, latest.requestId ?? '');
      // Unknown for a task started earlier whose image the workflow does not name: left unset, not set empty.
      if (latest.image !== undefined) set(Output.Image, latest.image);
      if (latest.tag !== undefined) set(Output.ImageTag, latest.tag);
      if (!several) set(Output.Status, latest.status);
      if (latest.image !== undefined && latest.tag !== undefined) {
        const repository = latest.image.slice(0, -(latest.tag.length + 1));
        set(Output.Digest, latest.digest ?? '');
        set(Output.PinnedImage, latest.digest ? pinnedImage(repository, latest.digest) : '');
      }
    }
    // With several, `status` is the step's outcome so far, not the latest container's (each one's is in `results`).
    if (several) this.set(Output.Status, overallStatus(results));
    this.pendingResults = [...results];
    if (!several) this.flush();
  }

  /** Writes `results` if it changed since it was last written. Never throws: it runs on exit and on abort too. */
  flush(): void {
    if (!this.pendingResults) return;
    if (this.set(Output.Results, resultsJson(this.pendingResults))) this.pendingResults = undefined;
  }
}

export function resultsJson(results: ContainerResult[]): string {
  return JSON.stringify(
    results.map(
      ({ container, containerGroupId, taskId, image, status, requestId, digest, otherTaskIds, debugReport }) => ({
        container,
        ...(containerGroupId ? { containerGroupId } : {}),
        taskId: taskId ?? null,
        image: image ?? null,
        status,
        requestId: requestId ?? null,
        digest: digest ?? null,
        // Only in a step with debug-report: true.
        ...(debugReport !== undefined ? { debugReport: debugReport?.files ?? null } : {}),
        // Only when the step created more than one task for the container (a lost answer, then one sent again).
        ...(otherTaskIds?.length ? { otherTaskIds } : {})
      })
    )
  );
}
