import * as core from '@actions/core';
import { systemClock, type Clock } from './clock.js';
import { buildCommitContainerParams, flattenParams, type CommitContainerParams } from './commit-request.js';
import { commitOneContainer, type ContainerResult } from './container-commit.js';
import { imageTargetFor, selectContainers } from './containers.js';
import { createCredentialProvider, describeCredentialSource } from './credentials.js';
import { EciClient, type EciApi } from './eci-client.js';
import { formatEndpoint } from './endpoint.js';
import { errorMessage, InputError } from './errors.js';
import { describeFailure } from './failure.js';
import { checkImageTag, checkRepository, readActionInput, readSettings, type InputReader } from './inputs.js';
import { Outputs } from './outputs.js';
import { formatDuration } from './parsers.js';
import { proxyConfigFromEnv } from './proxy.js';
import { DEFAULT_RETRY_POLICY, withRetry, type RetryPolicy } from './retry.js';
import { loadEciSdk } from './sdk.js';
import type { Settings } from './settings.js';
import { writeJobSummary, type SummaryReport } from './summary.js';
import { USER_AGENT } from './version.js';

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
    const api = await deps.createApi(settings, {
      env: deps.env,
      signal: deps.cancellation,
      clock: deps.clock,
      policy: retryPolicy
    });
    const plan = await planCommits(api, settings, { clock: deps.clock, policy: retryPolicy });
    const several = plan.length > 1;

    for (const [index, params] of plan.entries()) {
      const result = await commitOneContainer(api, params, {
        settings,
        clock: deps.clock,
        retryPolicy,
        cancellation: deps.cancellation,
        stepStartedAt: startedAt,
        onTaskCreated: (created) => setContainerOutputs(outputs, created, [...results, created], several)
      });
      results.push(result);
      setContainerOutputs(outputs, result, results, several);
      const stop = result.failure && (settings.failFast || result.groupBusy || deps.cancellation.aborted);
      if (stop && index < plan.length - 1) {
        const left = plan.slice(index + 1);
        results.push(...left.map((skipped) => skippedResult(skipped)));
        if (several) outputs.set('results', resultsJson(results));
        const reason = result.groupBusy ? `a commit of the group is still running` : 'fail-fast is true';
        core.warning(`Not committing ${left.map((p) => p.ContainerName).join(', ')}: ${reason}.`);
        break;
      }
    }
    failure = summarizeFailures(results);
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

/** The request for each container to commit, in order; lists the group only when several are asked for. */
async function planCommits(
  api: EciApi,
  settings: Settings,
  retry: { clock: Clock; policy: RetryPolicy }
): Promise<CommitContainerParams[]> {
  const { containers: selection } = settings;
  let available: string[] = [];
  if (selection.kind !== 'single') {
    const group = await withRetry(
      'DescribeContainerGroups',
      () => api.describeContainerGroup(settings.regionId, settings.containerGroupId),
      {
        ...retry,
        log: core.warning
      }
    );
    if (!group)
      throw new InputError(
        `Container group ${settings.containerGroupId} was not found in region ${settings.regionId}.`
      );
    available = group.containers;
  }
  const names = selectContainers(selection, available, settings.containerGroupId);
  if (names.length > 1 && !settings.wait) {
    throw new InputError(
      `Input wait is false but container group ${settings.containerGroupId} has ${names.length} containers (${names.join(', ')}). ECI runs one commit per container group at a time, so several containers are committed one after another, each waited for: set wait: true, or name a single container.`
    );
  }
  return names.map((name) => {
    const target = imageTargetFor(name, settings.image, names.length);
    checkRepository(target.repository, target.repository, name);
    checkImageTag(target.tag, target.tag, name);
    const params = buildCommitContainerParams(settings, name, target);
    core.debug(`CommitContainer parameters for ${name}: ${JSON.stringify(flattenParams(params))}`);
    return params;
  });
}

function setContainerOutputs(
  outputs: Outputs,
  result: ContainerResult,
  results: ContainerResult[],
  several: boolean
): void {
  if (!result.taskId) return;
  outputs.set('task-id', result.taskId);
  outputs.set('request-id', result.requestId ?? '');
  outputs.set('image', result.image);
  outputs.set('image-tag', result.tag);
  outputs.set('status', result.status);
  outputs.set('results', resultsJson(several ? results : [result]));
}

function resultsJson(results: ContainerResult[]): string {
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
function summarizeFailures(results: ContainerResult[]): string | undefined {
  const failed = results.filter((result) => result.failure);
  if (failed.length === 0) return undefined;
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
