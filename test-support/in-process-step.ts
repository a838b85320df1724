/**
 * The step's code, run in-process against the emulator, with the emulator and the step on one fake clock: a
 * scenario that waits out grace periods, backoffs and poll intervals on the bundle takes milliseconds here, with
 * the same inputs (action.yml's defaults applied as the runner applies them), the real clients over loopback HTTP,
 * and what the bundle would print rebuilt from the @actions/core stand-in.
 *
 * The test file mocks '@actions/core' with the stand-in (core-stand-in.ts) before its first step.
 */
import { randomUUID } from 'node:crypto';
import type { Emulator } from '../emulator/server.js';
import type { EmulatorOptions } from '../emulator/emulator-config.js';
import { inputEnv } from './action-runner.js';
import { recorded, resetRecorded } from './core-stand-in.js';
import { FakeClock } from './fakes.js';
import { RUN_ENV } from './run-env.js';
import { useEmulator } from './scenario.js';

export interface InProcessResult {
  /** 1 when the step failed (core.setFailed), as the runner's exit code. */
  exitCode: 0 | 1;
  /** The lines the bundle would print: workflow commands for warnings and errors, the failure last. */
  stdout: string;
  outputs: Record<string, string>;
  /** GITHUB_OUTPUT as @actions/core would write it: each setOutput call appends a delimited block. */
  outputFile: string;
  summary: string;
}

export interface InProcessStep {
  emulator: () => Emulator;
  /** This test's clock, which the emulator reads too (a fresh one, at the real time, for each test). */
  clock: () => FakeClock;
  step: (options: { inputs: Record<string, string>; env?: Record<string, string> }) => Promise<InProcessResult>;
}

/** As @actions/core escapes a workflow command's message. */
const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** One setOutput call in GITHUB_OUTPUT, in @actions/core's form (`name<<ghadelimiter_<uuid>`). */
function outputBlock(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

function printed(): string {
  const lines = recorded.lines.map(({ level, text }) => (level === 'info' ? text : `::${level}::${escapeData(text)}`));
  lines.push(...recorded.failed.map((text) => `::error::${escapeData(text)}`));
  return lines.map((line) => `${line}\n`).join('');
}

/** Starts one emulator for the test file, on the clock of the test that runs. */
export function useInProcessEmulator(options: EmulatorOptions = {}): InProcessStep {
  let clock = new FakeClock(Date.now());
  const emulator = useEmulator({ ...options, now: () => clock.now() });
  beforeEach(() => {
    clock = new FakeClock(Date.now());
  });
  const step: InProcessStep['step'] = async ({ inputs, env = {} }) => {
    const { run } = await import('../src/main.js');
    resetRecorded();
    const stepEnv = { ...RUN_ENV, ...env };
    const vars = inputEnv(inputs, stepEnv);
    await run({
      readInput: (name) => vars[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '',
      env: stepEnv,
      clock,
      cancellation: new AbortController().signal
    });
    return {
      exitCode: recorded.failed.length > 0 ? 1 : 0,
      stdout: printed(),
      outputs: Object.fromEntries(recorded.outputs),
      outputFile: recorded.outputCalls.map(([name, value]) => outputBlock(name, value)).join(''),
      summary: recorded.summary.join('\n')
    };
  };
  return { emulator, clock: () => clock, step };
}
