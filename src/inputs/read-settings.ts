import * as core from '@actions/core';
import { checkWaitAllows } from '../model/task.js';
import { InputError } from '../model/errors.js';
import { parseContainerSelection } from './container-selection.js';
import { parseEndpoint } from './endpoint.js';
import { Input } from './names.js';
import { parseBoolean, parseDuration, parsePositiveInteger } from './parse.js';
import { readRegistrySettings } from './read-registry-settings.js';
import { maskSecrets, readCredentials } from './read-credentials.js';
import { defaultImageMessage, runContextFromEnv } from './run-context.js';
import { readImageTarget } from './image-input.js';
import type { AcrSettings, CommonSettings, RoleSettings, Settings, StepSettings } from '../model/settings.js';
import { readWaitForTasks } from './wait-for-tasks-settings.js';
import { defaulted } from './defaulted.js';
import {
  ACR_INSTANCE_ID,
  CONTAINER_GROUP_ID,
  CONTAINER_GROUP_NAME,
  matching,
  RAM_ROLE_ARN,
  REGION_ID,
  required,
  ROLE_TYPE,
  type TrimmedInput
} from './validate.js';

/** Neither way to use the step is set up: an empty task-id is most often an output that never got a value. */
const NOTHING_TO_DO =
  'Neither task-id nor container-group-id/container-name is set. If you meant to wait for tasks started earlier, task-id is empty: check that the step or job giving it ran and that the output name is right. To commit, give container-group-id (or container-group-name) and container-name.';

/** Reads one input by its action.yml name; '' when not given. */
export type InputReader = (name: string) => string;

export const readActionInput: InputReader = (name) => core.getInput(name);

/**
 * Reads and validates every input into one settings object, whose `mode` says what the step does. Throws
 * InputError naming the input.
 */
export function readSettings(read: InputReader = readActionInput, env: NodeJS.ProcessEnv = process.env): StepSettings {
  maskSecrets(read, env);
  const input: TrimmedInput = (name) => read(name).trim();

  const regionId = matching(
    Input.RegionId,
    required(input, Input.RegionId, 'a region ID such as cn-hangzhou'),
    REGION_ID,
    'a region ID such as cn-hangzhou or ap-southeast-1'
  );
  if (input(Input.TaskId)) return readWaitForTasks(input, env, (wait) => readCommon(input, env, regionId, wait));
  if (!input(Input.ContainerGroupId) && !input(Input.ContainerGroupName) && !input(Input.ContainerName))
    throw new InputError(NOTHING_TO_DO);
  const group = readContainerGroup(input);
  const containers = parseContainerSelection(
    required(input, Input.ContainerName, 'the name of a container in the group, several names, or *')
  );
  const repository = required(
    input,
    Input.ImageRepository,
    'an ACR repository address such as registry.cn-hangzhou.aliyuncs.com/ns/app'
  );
  const context = runContextFromEnv(env);
  const { tag } = readImageTarget(input, repository, context);
  const message = input(Input.ImageMessage) || defaultImageMessage(context);
  const author = input(Input.ImageAuthor) || context.actor;

  const wait = parseBoolean(Input.Wait, defaulted(input, Input.Wait, 'true or false'));
  if (containers.kind === 'list') checkWaitAllows(containers.names, wait);
  const acr = readAcr(input, regionId);
  return {
    mode: 'commit',
    ...group,
    containers,
    image: { repository, tag, ...(message ? { message } : {}), ...(author ? { author } : {}) },
    acr,
    role: readRole(input),
    failFast: parseBoolean(Input.FailFast, defaulted(input, Input.FailFast, 'true or false')),
    registry: readRegistrySettings(input, regionId, repository, acr, wait),
    ...readDebugReport(input),
    ...readCommon(input, env, regionId, wait)
  };
}

/** container-group-id or container-group-name: exactly one of them. */
function readContainerGroup(input: TrimmedInput): { containerGroupId: string; containerGroupName?: string } {
  const id = input(Input.ContainerGroupId);
  const name = input(Input.ContainerGroupName);
  if (id && name) {
    throw new InputError(
      "Inputs container-group-id and container-group-name are both set. Expected one of them: the group's ID (eci-...), or its name to look the Running group of that name up. Remove one."
    );
  }
  if (name) {
    return {
      containerGroupId: '',
      containerGroupName: matching(
        Input.ContainerGroupName,
        name,
        CONTAINER_GROUP_NAME,
        'a container group name: 2-128 lowercase letters, digits and hyphens, not starting or ending with a hyphen'
      )
    };
  }
  const containerGroupId = matching(
    Input.ContainerGroupId,
    required(
      input,
      Input.ContainerGroupId,
      'a container group ID such as eci-2zelg8vwnlzdhf8hv7ab (or container-group-name: the name of the group)'
    ),
    CONTAINER_GROUP_ID,
    "a container group ID: 'eci-' followed by lowercase letters and digits"
  );
  return { containerGroupId };
}

/** The inputs every step reads, whatever it does. */
function readCommon(input: TrimmedInput, env: NodeJS.ProcessEnv, regionId: string, wait: boolean): CommonSettings {
  const endpointInput = input(Input.Endpoint);
  const stepTimeout = input(Input.StepTimeout);
  return {
    regionId,
    credentials: readCredentials(input, env),
    maxAttempts: parsePositiveInteger(
      Input.MaxAttempts,
      defaulted(input, Input.MaxAttempts, 'a whole number from 1 to 10'),
      1,
      10
    ),
    wait,
    waitTimeoutMs: readTimeout(Input.WaitTimeout, defaulted(input, Input.WaitTimeout, 'a duration such as 30m')),
    pollIntervalMs: readPollInterval(defaulted(input, Input.PollInterval, 'a duration of at least 1s, e.g. 5s')),
    ...(stepTimeout ? { stepTimeoutMs: readTimeout(Input.StepTimeout, stepTimeout) } : {}),
    endpoint: endpointInput
      ? parseEndpoint(Input.Endpoint, endpointInput)
      : { protocol: 'https', host: `eci.${regionId}.aliyuncs.com` },
    jobSummary: parseBoolean(Input.JobSummary, defaulted(input, Input.JobSummary, 'true or false')),
    ...readPrComment(input)
  };
}

/** The most lines DescribeContainerLog's Tail takes. */
export const MAX_LOG_LINES = 2000;

function readDebugReport(input: TrimmedInput): Pick<Settings, 'debugReport'> {
  const logLines = parsePositiveInteger(
    Input.LogLines,
    defaulted(input, Input.LogLines, `a whole number from 1 to ${MAX_LOG_LINES}`),
    1,
    MAX_LOG_LINES
  );
  if (!parseBoolean(Input.DebugReport, defaulted(input, Input.DebugReport, 'true or false'))) return {};
  return { debugReport: { logLines } };
}

function readPrComment(input: TrimmedInput): Pick<CommonSettings, 'prComment'> {
  if (!parseBoolean(Input.PrComment, defaulted(input, Input.PrComment, 'true or false'))) return {};
  const token = input(Input.GithubToken);
  if (!token) {
    throw new InputError(
      "Input pr-comment is true but github-token is empty. Expected a token that may write pull-request comments: leave github-token at its default (${{ github.token }}) and give the job 'permissions: pull-requests: write', or pass a token."
    );
  }
  return { prComment: { token } };
}

function readAcr(input: TrimmedInput, regionId: string): AcrSettings | undefined {
  const instanceId = input(Input.AcrInstanceId);
  const acrRegionId = input(Input.AcrRegionId);
  const arnService = input(Input.AcrArnService);
  const arnUser = input(Input.AcrArnUser);
  if (!instanceId) {
    const orphan = [
      ['acr-region-id', acrRegionId],
      ['acr-arn-service', arnService],
      ['acr-arn-user', arnUser]
    ].find(([, value]) => value);
    if (orphan) {
      throw new InputError(
        `Input ${orphan[0]} is set but acr-instance-id is empty. Expected acr-instance-id: the ID of the ACR Enterprise Edition instance (cri-...).`
      );
    }
    return undefined;
  }
  if (!ACR_INSTANCE_ID.test(instanceId)) {
    throw new InputError(
      `Invalid acr-instance-id '${instanceId}'. Expected an ACR Enterprise Edition instance ID such as cri-abc123.`
    );
  }
  if (acrRegionId && !REGION_ID.test(acrRegionId)) {
    throw new InputError(`Invalid acr-region-id '${acrRegionId}'. Expected a region ID such as cn-hangzhou.`);
  }
  for (const [name, arn] of [
    ['acr-arn-service', arnService],
    ['acr-arn-user', arnUser]
  ]) {
    if (arn && !RAM_ROLE_ARN.test(arn)) {
      throw new InputError(
        `Invalid ${name} '${arn}'. Expected a RAM role ARN such as acs:ram::1234567890123456:role/my-role.`
      );
    }
  }
  return {
    instanceId,
    regionId: acrRegionId || regionId,
    ...(arnService ? { arnService } : {}),
    ...(arnUser ? { arnUser } : {})
  };
}

function readRole(input: TrimmedInput): RoleSettings | undefined {
  const roleArn = input(Input.RoleArn);
  const roleType = input(Input.RoleType);
  if (!roleArn) {
    if (roleType) {
      throw new InputError(
        'Input role-type is set but role-arn is empty. Expected role-arn: the ARN of the RAM role ECI assumes to push.'
      );
    }
    return undefined;
  }
  if (!RAM_ROLE_ARN.test(roleArn)) {
    throw new InputError(
      `Invalid role-arn '${roleArn}'. Expected a RAM role ARN such as acs:ram::1234567890123456:role/my-role.`
    );
  }
  if (roleType && !ROLE_TYPE.test(roleType)) {
    throw new InputError(`Invalid role-type '${roleType}'. Expected a role type such as service.`);
  }
  return { roleArn, roleType: roleType || 'service' };
}

/** The longest wait-timeout or step-timeout: three days is longer than any commit, and than a job may run. */
export const MAX_TIMEOUT_MS = 72 * 3_600_000;

/** Below this, a plain number is more likely meant as minutes (as `wait-for-minutes` of other actions) than seconds. */
const PLAIN_SECONDS_WARNING_BELOW = 60;

function readTimeout(name: string, value: string): number {
  const ms = parseDuration(name, value);
  if (/^\d+(\.\d+)?$/.test(value) && Number(value) < PLAIN_SECONDS_WARNING_BELOW) {
    core.warning(`${name}: ${value} means ${value} seconds (a plain number is seconds). For minutes, write ${value}m.`);
  }
  if (ms > MAX_TIMEOUT_MS) throw new InputError(`Invalid ${name} '${value}'. Expected at most 72h.`);
  return ms;
}

function readPollInterval(value: string): number {
  const ms = parseDuration(Input.PollInterval, value);
  if (ms < 1000) throw new InputError(`Invalid poll-interval '${value}'. Expected at least 1s, e.g. 5s.`);
  return ms;
}
