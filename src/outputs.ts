import * as core from '@actions/core';

export type OutputName = 'task-id' | 'request-id' | 'image' | 'image-tag' | 'status' | 'results';

/** Sets each output as soon as it is known, so a failing step still hands over what it learned. */
export class Outputs {
  private readonly values = new Map<OutputName, string>();

  set(name: OutputName, value: string): void {
    if (this.values.get(name) === value) return;
    this.values.set(name, value);
    core.setOutput(name, value);
  }

  get(name: OutputName): string | undefined {
    return this.values.get(name);
  }
}
