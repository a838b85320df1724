/**
 * run() in-process on a FakeEciApi and a FakeClock: action.yml's defaults applied to the inputs, no registry, and
 * short retry pauses. For tests of a step's flow that a script of ECI answers can drive.
 *
 * The test file mocks '@actions/core' with the stand-in (core-stand-in.ts) and imports this module after that.
 */
import { jest } from '@jest/globals';
import type { EciApi } from '../src/eci/eci-client.js';
import { run } from '../src/main.js';
import type { RegistryAccess } from '../src/registry/registry-access.js';
import { withActionDefaults } from './action-inputs.js';
import { recorded, resetRecorded, standIn } from './core-stand-in.js';
import { FakeEciApi, type EciScript } from './fake-eci-api.js';
import { FakeClock } from './fakes.js';

export interface FakeApiStep {
  api: FakeEciApi;
  clock: FakeClock;
  /** What the step calls for its client: once, unless the step ended before it needed one. */
  createApi: jest.Mock<() => Promise<EciApi>>;
  /** The step itself; it settles once the script has run out, or the fake clock has been moved far enough. */
  running: Promise<void>;
}

export function startFakeApiStep(
  inputs: Record<string, string>,
  script: EciScript,
  options: {
    startMs?: number;
    cancellation?: AbortSignal;
    /** The step's env, not the test process's. */
    env?: NodeJS.ProcessEnv;
    /** Absent: the registry is never asked (digest is auto by default). */
    registry?: RegistryAccess;
    /** Thrown by createApi instead of handing over the client. */
    createApiError?: Error;
    /** Answers of the @actions/core stand-in for this step (set after what the last step left is forgotten). */
    standIn?: Partial<typeof standIn>;
  } = {}
): FakeApiStep {
  resetRecorded();
  Object.assign(standIn, options.standIn);
  const clock = new FakeClock(options.startMs);
  const api = new FakeEciApi(clock, script);
  const createApi = jest.fn(async (): Promise<EciApi> => {
    if (options.createApiError) throw options.createApiError;
    return api;
  });
  const running = run({
    readInput: withActionDefaults(inputs),
    env: options.env ?? {},
    clock,
    createApi,
    cancellation: options.cancellation ?? new AbortController().signal,
    retry: { baseDelayMs: 100, maxDelayMs: 100 },
    createRegistry: async () => options.registry
  });
  return { api, clock, createApi, running };
}

/** The `results` output of the last step, as JSON; null before a step set it. */
export const stepResults = () =>
  JSON.parse(recorded.outputs.get('results') ?? 'null') as Array<{
    container: string;
    taskId: string | null;
    status: string;
    otherTaskIds?: string[];
  }>;
