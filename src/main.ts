import * as core from '@actions/core';
import { systemClock, type Clock } from './clock.js';
import {
  buildCommitContainerParams,
  flattenParams,
  imageReference,
  type CommitContainerParams
} from './commit-request.js';
import { failedPhase, type CommitTask } from './commit-task.js';
import { commitContainer, type CommitOutcome } from './commit.js';
import { createCredentialProvider, describeCredentialSource } from './credentials.js';
import { EciClient, type CommitResult, type EciApi } from './eci-client.js';
import { formatEndpoint } from './endpoint.js';
import { ApiError, errorMessage, InputError } from './errors.js';
import { hintFor } from './hints.js';
import { readActionInput, readSettings, type InputReader } from './inputs.js';
import { Outputs } from './outputs.js';
import { formatDuration } from './parsers.js';
import { proxyConfigFromEnv } from './proxy.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry.js';
import { loadEciSdk } from './sdk.js';
import type { Settings } from './settings.js';
import { writeJobSummary, type SummaryReport } from './summary.js';
import { TaskReporter } from './task-reporter.js';
import { USER_AGENT } from './version.js';
import { waitForTask, type WaitOutcome } from './wait.js';

const CONNECT_TIMEOUT_MS = 5_000;
const READ_TIMEOUT_MS = 20_000;

export interface ApiContext {
  env: NodeJS.ProcessEnv;
  signal: AbortSignal;
  clock: Clock;
  policy: RetryPolicy;
}

export interface RunDependencies {
  readInput: InputReader;
  env: NodeJS.ProcessEnv;
  clock: Clock;
  createApi: (settings: Settings, context: ApiContext) => Promise<EciApi>;
  /** Where cancellation (SIGINT/SIGTERM from the runner) comes from. */
  cancellation: AbortSignal;
  retryPolicy: RetryPolicy;
}

export async function createEciApi(settings: Settings, context: ApiContext): Promise<EciApi> {
  const sdk = await loadEciSdk();
  const transport = {
    userAgent: USER_AGENT,
    connectTimeoutMs: CONNECT_TIMEOUT_MS,
    readTimeoutMs: READ_TIMEOUT_MS,
    proxy: proxyConfigFromEnv(context.env),
    signal: context.signal
  };
  const credentials = createCredentialProvider(settings.credentials, {
    ...transport,
    openApiUtil: sdk.OpenApiUtil,
    env: context.env,
    clock: context.clock,
    policy: context.policy,
    log: core.warning
  });
  // Resolve now: a credential problem is reported before any ECI call.
  await credentials.getCredential();
  return EciClient.create({ ...transport, endpoint: settings.endpoint, regionId: settings.regionId, credentials });
}

/** Aborts when the runner cancels the job: SIGINT first, SIGTERM 7.5 s later. */
export function cancellationFromSignals(): AbortSignal {
  const controller = new AbortController();
  const abort = (signal: NodeJS.Signals): void => {
    if (!controller.signal.aborted) core.info(`Received ${signal}: the job is being cancelled.`);
    controller.abort(signal);
  };
  process.on('SIGINT', abort);
  process.on('SIGTERM', abort);
  return controller.signal;
}

/** Everything the step knows so far; the summary and the failure message are built from it. */
interface Progress {
  settings?: Settings;
  params?: CommitContainerParams;
  commit?: CommitOutcome;
  task?: CommitTask;
  status?: string;
}

export async function run(overrides: Partial<RunDependencies> = {}): Promise<void> {
  const deps: RunDependencies = {
    readInput: readActionInput,
    env: process.env,
    clock: systemClock,
    createApi: createEciApi,
    cancellation: overrides.cancellation ?? cancellationFromSignals(),
    retryPolicy: DEFAULT_RETRY_POLICY,
    ...overrides
  };
  const startedAt = deps.clock.now();
  const outputs = new Outputs();
  const progress: Progress = {};
  let failure: string | undefined;

  try {
    const settings = readSettings(deps.readInput, deps.env);
    progress.settings = settings;
    const params = buildCommitContainerParams(settings);
    progress.params = params;
    logPlan(settings, params);

    const retryPolicy = { ...deps.retryPolicy, maxAttempts: settings.maxAttempts };
    const api = await deps.createApi(settings, {
      env: deps.env,
      signal: deps.cancellation,
      clock: deps.clock,
      policy: retryPolicy
    });
    const commit = await core.group('CommitContainer', () =>
      commitContainer(api, params, {
        policy: retryPolicy,
        clock: deps.clock,
        log: core.warning,
        signal: deps.cancellation,
        stepStartedAt: startedAt
      })
    );
    progress.commit = commit;
    outputs.set('task-id', commit.taskId);
    outputs.set('request-id', commit.requestId);
    outputs.set('image', imageReference(params));
    outputs.set('image-tag', params.Image.Tag);
    core.info(
      commit.adopted
        ? `Commit task ${commit.taskId} adopted (its creation answer was lost; RequestId ${commit.requestId} is the query that found it).`
        : `Commit task ${commit.taskId} created (RequestId ${commit.requestId}).`
    );

    if (!settings.wait) {
      progress.status = 'Running';
      outputs.set('status', 'Running');
      core.info(
        `Not waiting (wait: false). Task ${commit.taskId} runs on ECI; query it with DescribeCommitContainerTask.`
      );
      return;
    }

    const outcome = await core.group(`Waiting for task ${commit.taskId}`, () =>
      waitUntilDone(api, settings, commit, { ...deps, retryPolicy }, (task) => (progress.task = task))
    );
    progress.task = outcome.task ?? progress.task;
    failure = settle(outcome, settings, commit, outputs, progress);
  } catch (error) {
    failure = describeFailure(error, progress.commit?.taskId, deps.cancellation.aborted);
  } finally {
    if (progress.commit && !outputs.get('status')) {
      progress.status = 'Running';
      outputs.set('status', 'Running');
    }
    if (failure) core.setFailed(failure);
    if (progress.settings?.jobSummary && progress.params) {
      await writeSummarySafely({
        regionId: progress.settings.regionId,
        containerGroupId: progress.settings.containerGroupId,
        containerName: progress.settings.containerName,
        image: imageReference(progress.params),
        taskId: progress.commit?.taskId,
        status: progress.status ?? 'Not created',
        durationMs: deps.clock.now() - startedAt,
        task: progress.task,
        failure: failure?.split('\n')[0]
      });
    }
  }
}

function logPlan(settings: Settings, params: CommitContainerParams): void {
  core.info(
    `Committing container ${settings.containerName} of ${settings.containerGroupId} (${settings.regionId}) to ${imageReference(params)}.`
  );
  core.info(
    `Endpoint ${formatEndpoint(settings.endpoint)}; credentials from ${describeCredentialSource(settings.credentials)}.`
  );
  const { credentials } = settings;
  if (
    credentials.kind === 'oidc' &&
    settings.wait &&
    credentials.oidc.durationSeconds * 1000 < settings.waitTimeoutMs
  ) {
    core.warning(
      `role-duration-seconds (${credentials.oidc.durationSeconds}) is shorter than wait-timeout (${formatDuration(settings.waitTimeoutMs)}): the role will be assumed again when its credentials run out.`
    );
  }
  core.debug(`CommitContainer parameters: ${JSON.stringify(flattenParams(params))}`);
  core.debug(
    `Wait: ${settings.wait}, timeout ${formatDuration(settings.waitTimeoutMs)}, poll interval up to ${formatDuration(settings.pollIntervalMs)}.`
  );
}

async function waitUntilDone(
  api: EciApi,
  settings: Settings,
  commit: CommitResult,
  deps: RunDependencies,
  onTask: (task: CommitTask) => void
): Promise<WaitOutcome> {
  const reporter = new TaskReporter(core.info);
  let latest: CommitTask | undefined;
  const cancelled = new Promise<WaitOutcome>((resolve) => {
    const resolveCancelled = (): void => resolve({ state: 'cancelled', task: latest });
    if (deps.cancellation.aborted) resolveCancelled();
    else deps.cancellation.addEventListener('abort', resolveCancelled, { once: true });
  });
  const waiting = waitForTask(api, {
    regionId: settings.regionId,
    taskId: commit.taskId,
    startedAt: deps.clock.now(),
    timeoutMs: settings.waitTimeoutMs,
    pollIntervalMs: settings.pollIntervalMs,
    clock: deps.clock,
    retryPolicy: deps.retryPolicy,
    log: core.info,
    signal: deps.cancellation,
    onTask: (task) => {
      latest = task;
      onTask(task);
      reporter.report(task);
    }
  });
  // An API call in flight must not hold up a cancelled step.
  return Promise.race([waiting, cancelled]);
}

/** Sets the final status and returns the failure message, if the step fails. */
function settle(
  outcome: WaitOutcome,
  settings: Settings,
  commit: CommitResult,
  outputs: Outputs,
  progress: Progress
): string | undefined {
  const status = outcome.state === 'finished' ? outcome.task.status : 'Running';
  progress.status = status;
  outputs.set('status', status);
  switch (outcome.state) {
    case 'finished': {
      if (outcome.task.status === 'Succeeded') {
        core.info(`Image ${outputs.get('image')} committed and pushed.`);
        return undefined;
      }
      const phase = failedPhase(outcome.task);
      const phaseDetail = phase?.message && phase.message !== outcome.task.statusMessage ? ` (${phase.message})` : '';
      const where = phase ? ` in phase ${phase.phase}${phaseDetail}` : '';
      return `Commit task ${commit.taskId} failed${where}: ${outcome.task.statusMessage ?? 'no status message'}`;
    }
    case 'timeout':
      return (
        `Timed out after ${formatDuration(settings.waitTimeoutMs)} waiting for commit task ${commit.taskId}` +
        `${outcome.task?.progress !== undefined ? ` (at ${outcome.task.progress}%)` : ''}. ` +
        `The task keeps running on ECI (there is no cancel API); check it with DescribeCommitContainerTask TaskId=${commit.taskId}.` +
        (outcome.lastError ? ` Last error: ${outcome.lastError}.` : '')
      );
    case 'cancelled':
      return `The job was cancelled while waiting for commit task ${commit.taskId}. The task keeps running on ECI; check it with DescribeCommitContainerTask TaskId=${commit.taskId}.`;
  }
}

function describeFailure(error: unknown, taskId: string | undefined, cancelled: boolean): string {
  if (error instanceof InputError) return error.message;
  const task = taskId
    ? ` Task ${taskId} keeps running on ECI; check it with DescribeCommitContainerTask TaskId=${taskId}.`
    : '';
  if (cancelled && !taskId) {
    return `The job was cancelled before ECI answered CommitContainer; a task may have been created for the container group (${errorMessage(error)}).`;
  }
  if (error instanceof ApiError) {
    const hint = hintFor(error.code);
    return `${error.message}${task}${hint ? `\nHint: ${hint}` : ''}`;
  }
  return `${errorMessage(error)}${task}`;
}

async function writeSummarySafely(report: SummaryReport): Promise<void> {
  try {
    await writeJobSummary(report);
  } catch (error) {
    core.warning(`Could not write the job summary: ${errorMessage(error)}`);
  }
}
