import * as core from '@actions/core';
import { createEciApi, type ApiContext } from './api/create-api.js';
import type { EciApi } from './api/eci-client.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './api/retry.js';
import { systemClock, type Clock } from './clock.js';
import { commitAll } from './commit/commit-all.js';
import type { ContainerResult } from './commit/commit-one.js';
import { planCommits } from './commit/plan.js';
import { startedTaskResults, waitForStartedTasks } from './commit/wait-for-started-tasks.js';
import { errorMessage } from './errors.js';
import { readActionInput, readSettings, type InputReader } from './inputs/read-settings.js';
import type { Settings, StepSettings } from './inputs/settings.js';
import { describeFailure, summarizeFailures } from './report/failure.js';
import { Outputs } from './report/outputs.js';
import { logPlan } from './report/plan-log.js';
import { writeJobSummary } from './report/summary.js';
import { withoutLibraryDebug } from './api/library-debug.js';
import { cancellationFromSignals, StepDeadline, stepBudgetMs } from './step-deadline.js';
import { registryAccessFor, type RegistryAccess } from './registry/registry-access.js';

/** What run() talks to; tests replace any of it. */
export interface RunDependencies {
  readInput: InputReader;
  env: NodeJS.ProcessEnv;
  clock: Clock;
  createApi: (settings: StepSettings, context: ApiContext) => Promise<EciApi>;
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
  withoutLibraryDebug(deps.env);
  const outputs = new Outputs();
  // Every call and loop of the step ends when the job is cancelled or the step's deadline passes.
  const deadline = new StepDeadline(deps.clock, stepStartedAt, deps.cancellation);
  deadline.signal.addEventListener('abort', () => outputs.flush(), { once: true });
  // A crash (an uncaught exception ends the process) still hands over the results known so far.
  const flushOnExit = (): void => outputs.flush();
  process.once('exit', flushOnExit);
  let settings: StepSettings | undefined;
  let results: ContainerResult[] = [];
  let failure: string | undefined;
  try {
    settings = readSettings(deps.readInput, deps.env);
    logPlan(settings);
    deadline.setBudget(stepBudgetMs(settings, settings.mode === 'commit' ? plannedCount(settings) : 1));
    const progress =
      (several: boolean) =>
      (latest: ContainerResult, sofar: ContainerResult[]): void =>
        outputs.report(latest, sofar, several);
    const several = settings.mode === 'wait-for-tasks' && settings.taskIds.length > 1;
    // Task IDs given as input are outputs before any call, even one that fails (e.g. for credentials).
    if (settings.mode === 'wait-for-tasks') results = startedTaskResults(settings, progress(several));
    const retryPolicy = { ...deps.retryPolicy, maxAttempts: settings.maxAttempts };
    const context = { env: deps.env, signal: deadline.signal, clock: deps.clock, policy: retryPolicy };
    const api = await deps.createApi(settings, context);
    const step = { ...context, retryPolicy, cancellation: deadline.signal, stepStartedAt };
    if (settings.mode === 'commit') {
      const plan = await planCommits(api, settings, context);
      deadline.setBudget(stepBudgetMs(settings, plan.length));
      const registry = await deps.createRegistry(settings, context);
      results = await commitAll(api, plan, {
        ...step,
        registry,
        stepDeadline: deadline.at,
        settings,
        onProgress: progress(plan.length > 1)
      });
    } else {
      results = await waitForStartedTasks(api, results, { ...step, settings, onProgress: progress(several) });
    }
    failure = summarizeFailures(results, deadline.signal, settings.mode === 'wait-for-tasks');
  } catch (error) {
    failure = describeFailure(error, undefined, deadline.signal);
  } finally {
    outputs.flush();
    if (failure) core.setFailed(failure);
    if (settings?.jobSummary && results.length > 0) {
      const report = { ...settings, durationMs: deps.clock.now() - stepStartedAt, containers: results };
      await writeJobSummary(report).catch((error: unknown) =>
        core.warning(`Could not write the job summary: ${errorMessage(error)}`)
      );
    }
    process.removeListener('exit', flushOnExit);
  }
}

/** Containers known before planning: the listed names, or one until `*` is resolved. */
function plannedCount(settings: Settings): number {
  return settings.containers.kind === 'list' ? settings.containers.names.length : 1;
}
