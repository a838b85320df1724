/**
 * run() in-process on a FakeEciApi and a FakeClock: action.yml's defaults applied to the inputs, no registry, and
 * short retry pauses. For tests of a step's flow that a script of ECI answers can drive.
 *
 * The test file mocks '@actions/core' with the stand-in (core-stand-in.ts) and imports this module after that.
 */
import { run } from '../src/main.js';
import { withActionDefaults } from './action-inputs.js';
import { recorded, resetRecorded } from './core-stand-in.js';
import { FakeEciApi, type EciScript } from './fake-eci-api.js';
import { FakeClock } from './fakes.js';

export interface FakeApiStep {
  api: FakeEciApi;
  clock: FakeClock;
  /** The step itself; it settles once the script has run out, or the fake clock has been moved far enough. */
  running: Promise<void>;
}

export function startFakeApiStep(
  inputs: Record<string, string>,
  script: EciScript,
  options: { startMs?: number; cancellation?: AbortSignal } = {}
): FakeApiStep {
  resetRecorded();
  const clock = new FakeClock(options.startMs);
  const api = new FakeEciApi(clock, script);
  const running = run({
    readInput: withActionDefaults(inputs),
    env: {},
    clock,
    createApi: async () => api,
    cancellation: options.cancellation ?? new AbortController().signal,
    retry: { baseDelayMs: 100, maxDelayMs: 100 },
    // The registry is not what these tests are about (digest is auto by default): never asked.
    createRegistry: async () => undefined
  });
  return { api, clock, running };
}

/** The `results` output of the last step, as JSON; null before a step set it. */
export const stepResults = () =>
  JSON.parse(recorded.outputs.get('results') ?? 'null') as Array<{
    container: string;
    taskId: string | null;
    status: string;
    otherTaskIds?: string[];
  }>;
