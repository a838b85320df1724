import * as core from '@actions/core';
import type { ContainerResult } from '../commit/commit-one.js';
import { Output, type OutputName } from '../inputs/names.js';
import { pinnedImage } from '../registry/digest.js';

/** Sets each output as soon as it is known, so a failing step still hands over what it learned. */
export class Outputs {
  private readonly values = new Map<OutputName, string>();

  set(name: OutputName, value: string): void {
    if (this.values.get(name) === value) return;
    this.values.set(name, value);
    core.setOutput(name, value);
  }

  /**
   * The single-value outputs describe `latest` (the last container tried, once it has a task or has failed);
   * `results` lists every container. A single container that failed before any task sets nothing; containers
   * skipped change `results` only.
   */
  report(latest: ContainerResult, results: ContainerResult[], several: boolean): void {
    if (!latest.taskId && !latest.digest && !several) return;
    // A container skipped because its tag exists is described (by its existing image); one not tried is not.
    if (latest.status !== 'Skipped' || latest.digest) {
      this.set(Output.TaskId, latest.taskId ?? '');
      this.set(Output.RequestId, latest.requestId ?? '');
      this.set(Output.Image, latest.image);
      this.set(Output.ImageTag, latest.tag);
      this.set(Output.Status, latest.status);
      this.set(Output.Digest, latest.digest ?? '');
      this.set(
        Output.PinnedImage,
        latest.digest ? pinnedImage(latest.image.slice(0, -(latest.tag.length + 1)), latest.digest) : ''
      );
    }
    this.set(Output.Results, resultsJson(results));
  }
}

export function resultsJson(results: ContainerResult[]): string {
  return JSON.stringify(
    results.map(({ container, taskId, image, status, requestId, digest }) => ({
      container,
      taskId: taskId ?? null,
      image,
      status,
      requestId: requestId ?? null,
      digest: digest ?? null
    }))
  );
}
