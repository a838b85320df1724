import * as core from '@actions/core';
import { createEciApi, type ApiContext } from './eci/create-api.js';
import type { EciApi } from './eci/eci-client.js';
import { retryingEciApi } from './eci/retrying-api.js';
import { withoutLibraryDebug } from './runtime/library-debug.js';
import { maskEnvironmentSecrets } from './net/environment-secrets.js';
import { RETRY_BACKOFF } from './net/retry.js';
import { systemClock, type Clock } from './runtime/clock.js';
import { runnerLog, type RetryBackoff, type StepContext, type StepLog } from './runtime/step-context.js';
import type { ContainerResult } from './model/results.js';
import { commitStep, plannedCount } from './modes/commit-step.js';
import { readActionInput, readSettings, type InputReader } from './inputs/read-settings.js';
import type { Settings, StepSettings, WaitForTasksSettings } from './model/settings.js';
import type { RegistryAccess } from './registry/registry-access.js';
import { registryAccessFor } from './registry/registry-for-step.js';
import { describeFailure, summarizeFailures } from './report/failure.js';
import { Outputs } from './report/outputs.js';
import { logPlan } from './report/plan-log.js';
import { writeJobSummaryIfAsked } from './report/summary.js';
import { resultLine } from './report/result-line.js';
import { cancellationFromSignals, StepDeadline, stepBudgetMs } from './runtime/step-deadline.js';
import type { DebugCapture } from './modes/debug-capture.js';
import { Output } from './inputs/names.js';
import { errorMessage } from './model/errors.js';
import { commentIfAsked } from './report/pr-comment-step.js';

/** What run() talks to; tests replace any of it. */
export interface RunDependencies {
  readInput: InputReader;
  env: NodeJS.ProcessEnv;
  clock: Clock;
  log: StepLog;
  createApi: (settings: StepSettings, context: ApiContext) => Promise<EciApi>;
  /**
   * Where the job's cancellation (SIGINT/SIGTERM from the runner) comes from: the source of the step context's
   * `signal`, which also ends at the step's deadline.
   */
  cancellation: AbortSignal;
  /** The pauses between attempts; the number of attempts is the max-attempts input. */
  retry: RetryBackoff;
  /** undefined: the registry is not asked (digest: false and if-tag-exists: overwrite). */
  createRegistry: (
    settings: Settings | WaitForTasksSettings,
    context: ApiContext
  ) => Promise<RegistryAccess | undefined>;
}

// The layers that serve only some steps (task-id, debug-report) are evaluated on first use; "eager" keeps them in
// index.js, as a chunk file of its own would cost a module load.
const waitMode = () => import(/* webpackMode: "eager" */ './modes/wait-for-started-tasks.js');
const debugCaptureModule = () => import(/* webpackMode: "eager" */ './modes/debug-capture.js');
const stateSummary = () => import(/* webpackMode: "eager" */ './report/state-summary.js');

export async function run(overrides: Partial<RunDependencies> = {}): Promise<void> {
  const deps: RunDependencies = {
    readInput: readActionInput,
    env: process.env,
    clock: systemClock,
    log: runnerLog,
    createApi: createEciApi,
    cancellation: overrides.cancellation ?? cancellationFromSignals(),
    retry: RETRY_BACKOFF,
    createRegistry: registryAccessFor,
    ...overrides
  };
  const stepStartedAt = deps.clock.now();
  withoutLibraryDebug(deps.env);
  maskEnvironmentSecrets(deps.env);
  const outputs = new Outputs();
  // Every call and loop of the step ends when the job is cancelled or the step's deadline passes; outputs known so
  // far are written then, and on a crash too.
  const deadline = new StepDeadline(deps.clock, stepStartedAt, deps.cancellation);
  const flush = (): void => outputs.flush();
  deadline.signal.addEventListener('abort', flush, { once: true });
  process.once('exit', flush);
  const onProgress = (latest: ContainerResult, sofar: ContainerResult[], several: boolean): void =>
    outputs.report(latest, sofar, several);
  let settings: StepSettings | undefined;
  let results: ContainerResult[] = [];
  let failure: string | undefined;
  let debugCapture: DebugCapture | undefined;
  try {
    settings = readSettings(deps.readInput, deps.env);
    logPlan(settings);
    const waitOnly = settings.mode === 'wait-for-tasks';
    deadline.setBudget(stepBudgetMs(settings, settings.mode === 'commit' ? plannedCount(settings) : 1));
    // Task IDs given as input are outputs before any call, even one that fails (e.g. for credentials).
    if (settings.mode === 'wait-for-tasks') results = (await waitMode()).startedTaskResults(settings, onProgress);
    const context: StepContext = {
      env: deps.env,
      clock: deps.clock,
      signal: deadline.signal,
      deadline,
      log: deps.log,
      retry: { ...deps.retry, maxAttempts: settings.maxAttempts }
    };
    // Whatever client createApi gives (tests give fakes), its read calls retry by the ECI rules.
    const api = retryingEciApi(await deps.createApi(settings, context), context);
    // debug-report: the capture is made once the group's ID is known (commitStep resolves container-group-name).
    let debugCaptureFor: ((containerGroupId: string) => DebugCapture) | undefined;
    if (settings.mode === 'commit' && settings.debugReport) {
      const { DebugCapture } = await debugCaptureModule();
      const { regionId, debugReport: debug } = settings;
      const onFolder = (folder: string): void => {
        outputs.set(Output.DebugReport, folder);
      };
      debugCaptureFor = (containerGroupId) =>
        (debugCapture = new DebugCapture(api, { regionId, containerGroupId, debug, onFolder }, context));
    }
    results =
      settings.mode === 'commit'
        ? await commitStep(api, settings, {
            ...context,
            deadline,
            onProgress,
            createRegistry: deps.createRegistry,
            ...(debugCaptureFor ? { debugCaptureFor } : {})
          })
        : await (
            await waitMode()
          ).waitForStartedTasks(api, results, {
            ...context,
            settings,
            onProgress,
            registry: await deps.createRegistry(settings, context)
          });
    failure = summarizeFailures(results, deadline.signal, waitOnly);
  } catch (error) {
    failure = describeFailure(error, undefined, deadline.signal);
  } finally {
    flush();
    if (failure) core.setFailed(failure);
    const debugFacts = debugCapture?.facts();
    // A group found by container-group-name: the summary and the comment name the ID it resolved to.
    const containerGroupId = results.find((result) => result.containerGroupId)?.containerGroupId;
    const resolvedSettings = settings && containerGroupId ? { ...settings, containerGroupId } : settings;
    await writeJobSummaryIfAsked(
      resolvedSettings,
      results,
      deps.clock.now() - stepStartedAt,
      debugFacts ? [(await stateSummary()).containerStateSection(debugFacts)] : [],
      deps.env
    );
    await commentIfAsked(resolvedSettings, results, { failure, debugFacts, env: deps.env, log: deps.log }).catch(
      (error: unknown) => deps.log.warning(`pr-comment: no comment written (${errorMessage(error)}).`)
    );
    process.removeListener('exit', flush);
    const waitOnly = settings ? settings.mode === 'wait-for-tasks' : deps.readInput('task-id').trim() !== '';
    deps.log.info(resultLine(results, { failed: failure !== undefined, waitOnly }));
  }
}
