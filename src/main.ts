import * as core from '@actions/core';
import { createEciApi, type ApiContext } from './api-factory.js';
import { systemClock, type Clock } from './clock.js';
import type { CommitContainerParams } from './commit-request.js';
import { planCommits } from './commit-plan.js';
import { commitOneContainer, type ContainerResult } from './container-commit.js';
import { imageTargetFor } from './containers.js';
import { describeCredentialSource } from './credentials.js';
import type { EciApi } from './eci-client.js';
import { formatEndpoint } from './endpoint.js';
import { errorMessage } from './errors.js';
import { describeFailure } from './failure.js';
import { readActionInput, readSettings, type InputReader } from './inputs.js';
import { Outputs, resultsJson } from './outputs.js';
import { formatDuration } from './parsers.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry.js';
import type { Settings } from './settings.js';
import { writeJobSummary, type SummaryReport } from './summary.js';

export { createEciApi, type ApiContext } from './api-factory.js';

/** How long a cancelled step may take to wrap up before it is ended regardless (the runner kills at 7.5 s). */
const CANCEL_GRACE_MS = 5_000;

export interface RunDependencies {
  readInput: InputReader;
  env: NodeJS.ProcessEnv;
  clock: Clock;
  createApi: (settings: Settings, context: ApiContext) => Promise<EciApi>;
  /** Where cancellation (SIGINT/SIGTERM from the runner) comes from. */
  cancellation: AbortSignal;
  retryPolicy: RetryPolicy;
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
  const results: ContainerResult[] = [];
  let settings: Settings | undefined;
  let failure: string | undefined;

  try {
    settings = readSettings(deps.readInput, deps.env);
    logPlan(settings);
    const retryPolicy = { ...deps.retryPolicy, maxAttempts: settings.maxAttempts };
    const context = { env: deps.env, signal: deps.cancellation, clock: deps.clock, policy: retryPolicy };
    const api = await deps.createApi(settings, context);
    const plan = await planCommits(api, settings, context);
    const several = plan.length > 1;

    for (const [index, params] of plan.entries()) {
      const result = await commitOneContainer(api, params, {
        settings,
        clock: deps.clock,
        retryPolicy,
        cancellation: deps.cancellation,
        stepStartedAt: startedAt,
        onTaskCreated: (created) => outputs.report(created, [...results, created], several)
      });
      results.push(result);
      outputs.report(result, results, several);
      const left = plan.slice(index + 1);
      const reason = stopReason(result, settings, deps.cancellation);
      if (reason && left.length > 0) {
        results.push(...left.map(skippedResult));
        outputs.set('results', resultsJson(results));
        core.warning(`Not committing ${left.map((skipped) => skipped.ContainerName).join(', ')}: ${reason}.`);
        break;
      }
    }
    failure = summarizeFailures(results, deps.cancellation.aborted);
  } catch (error) {
    failure = describeFailure(error, undefined, deps.cancellation.aborted);
  } finally {
    if (failure) core.setFailed(failure);
    if (settings?.jobSummary && results.length > 0) {
      await writeSummarySafely({
        regionId: settings.regionId,
        containerGroupId: settings.containerGroupId,
        durationMs: deps.clock.now() - startedAt,
        containers: results
      });
    }
  }
}

/** Why no further container is committed, if that is so. */
function stopReason(result: ContainerResult, settings: Settings, cancellation: AbortSignal): string | undefined {
  if (cancellation.aborted) return 'the job was cancelled';
  if (!result.failure) return undefined;
  if (result.groupBusy) return 'a commit of the group is still running';
  return settings.failFast ? 'fail-fast is true' : undefined;
}

function skippedResult(params: CommitContainerParams): ContainerResult {
  return {
    container: params.ContainerName,
    image: `${params.Image.Repository}:${params.Image.Tag}`,
    tag: params.Image.Tag,
    status: 'Skipped',
    durationMs: 0,
    groupBusy: false
  };
}

/** One failure is told as it is; several are listed, one line a container. */
function summarizeFailures(results: ContainerResult[], cancelled: boolean): string | undefined {
  const failed = results.filter((result) => result.failure);
  if (failed.length === 0) {
    return cancelled && results.some((result) => result.status === 'Skipped')
      ? `The job was cancelled; ${results.filter((result) => result.status === 'Skipped').length} container(s) were not committed.`
      : undefined;
  }
  if (results.length === 1) return failed[0].failure;
  const lines = failed.map((result) => `- ${result.container}: ${result.failure!.replace(/\n/g, '\n  ')}`);
  const attempted = results.filter((result) => result.status !== 'Skipped').length;
  return `${failed.length} of ${attempted} container commits failed:\n${lines.join('\n')}`;
}

function logPlan(settings: Settings): void {
  const { containers } = settings;
  const which =
    containers.kind === 'single'
      ? `container ${containers.name}`
      : containers.kind === 'list'
        ? `containers ${containers.names.join(', ')}`
        : 'every container';
  const image = containers.kind === 'single' ? imageTargetFor(containers.name, settings.image, 1) : settings.image;
  core.info(
    `Committing ${which} of ${settings.containerGroupId} (${settings.regionId}) to ${image.repository}:${image.tag}.`
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
  core.debug(
    `Wait: ${settings.wait}, timeout ${formatDuration(settings.waitTimeoutMs)}, poll interval up to ${formatDuration(settings.pollIntervalMs)}, fail-fast: ${settings.failFast}.`
  );
}

async function writeSummarySafely(report: SummaryReport): Promise<void> {
  try {
    await writeJobSummary(report);
  } catch (error) {
    core.warning(`Could not write the job summary: ${errorMessage(error)}`);
  }
}
