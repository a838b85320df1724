import * as core from '@actions/core';
import type { ContainerResult } from './container-commit.js';

export type OutputName = 'task-id' | 'request-id' | 'image' | 'image-tag' | 'status' | 'results';

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
   * `results` lists every container. A single container that failed before any task sets nothing.
   */
  report(latest: ContainerResult, results: ContainerResult[], several: boolean): void {
    if (!latest.taskId && !several) return;
    this.set('task-id', latest.taskId ?? '');
    this.set('request-id', latest.requestId ?? '');
    this.set('image', latest.image);
    this.set('image-tag', latest.tag);
    this.set('status', latest.status);
    this.set('results', resultsJson(results));
  }
}

export function resultsJson(results: ContainerResult[]): string {
  return JSON.stringify(
    results.map(({ container, taskId, image, status, requestId }) => ({
      container,
      taskId: taskId ?? null,
      image,
      status,
      requestId: requestId ?? null
    }))
  );
}
