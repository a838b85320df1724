import * as core from '@actions/core';
import { createEciApi, type ApiContext } from './api/create-api.js';
import type { EciApi } from './api/eci-client.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './api/retry.js';
import { systemClock, type Clock } from './clock.js';
import { commitAll } from './commit/commit-all.js';
import type { ContainerResult } from './commit/commit-one.js';
import { planCommits } from './commit/plan.js';
import { errorMessage } from './errors.js';
import { readActionInput, readSettings, type InputReader } from './inputs/read-settings.js';
import type { Settings } from './inputs/settings.js';
import { describeFailure, summarizeFailures } from './report/failure.js';
import { Outputs } from './report/outputs.js';
import { logPlan } from './report/plan-log.js';
import { writeJobSummary } from './report/summary.js';
import { registryAccessFor, type RegistryAccess } from './registry/registry-access.js';

/** How long a cancelled step may take to wrap up before it is ended regardless (the runner kills at 7.5 s). */
const CANCEL_GRACE_MS = 5_000;

/** What run() talks to; tests replace any of it. */
export interface RunDependencies {
  readInput: InputReader;
  env: NodeJS.ProcessEnv;
  clock: Clock;
  createApi: (settings: Settings, context: ApiContext) => Promise<EciApi>;
  /** Where cancellation (SIGINT/SIGTERM from the runner) comes from. */
  cancellation: AbortSignal;
  retryPolicy: RetryPolicy;
  /** undefined: the registry is not asked (digest: false and if-tag-exists: overwrite). */
  createRegistry: (settings: Settings, context: ApiContext) => Promise<RegistryAccess | undefined>;
}

export async function run(overrides: Partial<RunDependencies> = {}): Promise<void> {
  const deps: RunDependencies = {
    readInput: readActionInput,
    env: process.env,
    clock: systemClock,
    createApi: createEciApi,
    cancellation: overrides.cancellation ?? cancellationFromSignals(),
    retryPolicy: DEFAULT_RETRY_POLICY,
    createRegistry: registryAccessFor,
    ...overrides
  };
  const stepStartedAt = deps.clock.now();
  const outputs = new Outputs();
  let settings: Settings | undefined;
  let results: ContainerResult[] = [];
  let failure: string | undefined;
  try {
    settings = readSettings(deps.readInput, deps.env);
    logPlan(settings);
    const retryPolicy = { ...deps.retryPolicy, maxAttempts: settings.maxAttempts };
    const context = { env: deps.env, signal: deps.cancellation, clock: deps.clock, policy: retryPolicy };
    const api = await deps.createApi(settings, context);
    const plan = await planCommits(api, settings, context);
    const registry = await deps.createRegistry(settings, context);
    results = await commitAll(api, plan, {
      ...context,
      registry,
      settings,
      retryPolicy,
      cancellation: deps.cancellation,
      stepStartedAt,
      onProgress: (latest, sofar) => outputs.report(latest, sofar, plan.length > 1)
    });
    failure = summarizeFailures(results, deps.cancellation.aborted);
  } catch (error) {
    failure = describeFailure(error, undefined, deps.cancellation.aborted);
  } finally {
    if (failure) core.setFailed(failure);
    if (settings?.jobSummary && results.length > 0) {
      const report = { ...settings, durationMs: deps.clock.now() - stepStartedAt, containers: results };
      await writeJobSummary(report).catch((error: unknown) =>
        core.warning(`Could not write the job summary: ${errorMessage(error)}`)
      );
    }
  }
}

/** Aborts when the runner cancels the job: SIGINT first, SIGTERM 7.5 s later. */
export function cancellationFromSignals(): AbortSignal {
  const controller = new AbortController();
  const abort = (signal: NodeJS.Signals): void => {
    if (controller.signal.aborted) return;
    core.info(`Received ${signal}: the job is being cancelled.`);
    controller.abort(signal);
    // Outputs are written as soon as they are known; should anything still hang, do not outstay the runner.
    setTimeout(() => process.exit(1), CANCEL_GRACE_MS).unref();
  };
  process.on('SIGINT', abort);
  process.on('SIGTERM', abort);
  return controller.signal;
}
