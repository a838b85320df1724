import * as core from '@actions/core';
import { overallStatus, type ContainerResult } from '../model/results.js';
import { Output, type OutputName } from '../inputs/names.js';
import { pinnedImage } from '../model/digest.js';

/** Sets each output as soon as it is known, so a failing step still hands over what it learned. */
export class Outputs {
  private readonly values = new Map<OutputName, string>();
  /** The latest `results`, not yet written. */
  private pendingResults?: ContainerResult[];

  set(name: OutputName, value: string): void {
    if (this.values.get(name) === value) return;
    this.values.set(name, value);
    core.setOutput(name, value);
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
      this.set(Output.TaskId, latest.taskId ?? '');
      this.set(Output.RequestId, latest.requestId ?? '');
      // Unknown for a task started earlier whose image the workflow does not name: left unset, not set empty.
      if (latest.image !== undefined) this.set(Output.Image, latest.image);
      if (latest.tag !== undefined) this.set(Output.ImageTag, latest.tag);
      if (!several) this.set(Output.Status, latest.status);
      if (latest.image !== undefined && latest.tag !== undefined) {
        const repository = latest.image.slice(0, -(latest.tag.length + 1));
        this.set(Output.Digest, latest.digest ?? '');
        this.set(Output.PinnedImage, latest.digest ? pinnedImage(repository, latest.digest) : '');
      }
    }
    // With several, `status` is the step's outcome so far, not the latest container's (each one's is in `results`).
    if (several) this.set(Output.Status, overallStatus(results));
    this.pendingResults = [...results];
    if (!several) this.flush();
  }

  /** Writes `results` if it changed since it was last written. */
  flush(): void {
    if (!this.pendingResults) return;
    this.set(Output.Results, resultsJson(this.pendingResults));
    this.pendingResults = undefined;
  }
}

export function resultsJson(results: ContainerResult[]): string {
  return JSON.stringify(
    results.map(({ container, containerGroupId, taskId, image, status, requestId, digest, otherTaskIds }) => ({
      container,
      ...(containerGroupId ? { containerGroupId } : {}),
      taskId: taskId ?? null,
      image: image ?? null,
      status,
      requestId: requestId ?? null,
      digest: digest ?? null,
      // Only when the step created more than one task for the container (a lost answer, then one sent again).
      ...(otherTaskIds?.length ? { otherTaskIds } : {})
    }))
  );
}
