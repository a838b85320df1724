import * as core from '@actions/core';
import { parseEndpoint } from './endpoint.js';
import { InputError } from './errors.js';
import { CONTAINER_PLACEHOLDER, parseContainerSelection } from './containers.js';
import { parseBoolean, parseDuration, parsePositiveInteger } from './parsers.js';
import { defaultImageMessage, runContextFromEnv, shortSha } from './run-context.js';
import type { AcrSettings, CredentialSettings, RoleSettings, Settings, StaticCredentials } from './settings.js';
import type { OidcSettings } from './sts.js';

/** Reads one input by its action.yml name; '' when not given. */
export type InputReader = (name: string) => string;

export const readActionInput: InputReader = (name) => core.getInput(name);

const REGION_ID = /^[a-z]{2,}(?:-[a-z0-9]+){1,4}$/;
const CONTAINER_GROUP_ID = /^eci-[a-z0-9]{1,64}$/;
const IMAGE_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const REGISTRY_HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const ACR_INSTANCE_ID = /^cri-[a-z0-9]+$/;
const RAM_ROLE_ARN = /^acs:ram::\d+:role\/[A-Za-z0-9._@/-]+$/i;
const OIDC_PROVIDER_ARN = /^acs:ram::\d+:oidc-provider\/[A-Za-z0-9._-]+$/i;
const ROLE_SESSION_NAME = /^[A-Za-z0-9.@_-]{2,64}$/;
const ROLE_TYPE = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;

const SECRET_INPUTS = ['access-key-secret', 'security-token'];
const SECRET_ENV = ['ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'ALIBABA_CLOUD_SECURITY_TOKEN'];

/** Masks every secret the step may see, before anything else can print one. */
export function maskSecrets(read: InputReader, env: NodeJS.ProcessEnv): void {
  for (const value of [...SECRET_INPUTS.map(read), ...SECRET_ENV.map((name) => env[name] ?? '')]) {
    if (value.trim()) core.setSecret(value.trim());
  }
}

/** Reads and validates every input into one settings object. Throws InputError naming the input. */
export function readSettings(read: InputReader = readActionInput, env: NodeJS.ProcessEnv = process.env): Settings {
  maskSecrets(read, env);
  const input = (name: string): string => read(name).trim();
  const required = (name: string, example: string): string => {
    const value = input(name);
    if (!value) throw new InputError(`Input required and not supplied: ${name}. Expected ${example}.`);
    return value;
  };
  const matching = (name: string, value: string, pattern: RegExp, expected: string): string => {
    if (!pattern.test(value)) throw new InputError(`Invalid ${name} '${value}'. Expected ${expected}.`);
    return value;
  };

  const regionId = matching(
    'region-id',
    required('region-id', 'a region ID such as cn-hangzhou'),
    REGION_ID,
    'a region ID such as cn-hangzhou or ap-southeast-1'
  );
  const containerGroupId = matching(
    'container-group-id',
    required('container-group-id', 'a container group ID such as eci-2zelg8vwnlzdhf8hv7ab'),
    CONTAINER_GROUP_ID,
    "a container group ID: 'eci-' followed by lowercase letters and digits"
  );
  const containers = parseContainerSelection(
    required('container-name', 'the name of a container in the group, several names, or *')
  );
  const repository = required(
    'image-repository',
    'an ACR repository address such as registry.cn-hangzhou.aliyuncs.com/ns/app'
  );
  // A {container} placeholder is checked with a sample name now, and with each real name once they are known.
  checkRepository(repository.split(CONTAINER_PLACEHOLDER).join('x'), repository);

  const context = runContextFromEnv(env);
  const tag = input('image-tag') || shortSha(context);
  if (!tag) {
    throw new InputError(
      'Input image-tag is empty and GITHUB_SHA is not set to derive it from. Expected 1-128 characters of [A-Za-z0-9_.-].'
    );
  }
  checkImageTag(tag.split(CONTAINER_PLACEHOLDER).join('x'), tag);
  const message = input('image-message') || defaultImageMessage(context);
  const author = input('image-author') || context.actor;

  const wait = parseBoolean('wait', input('wait') || 'true');
  if (!wait && containers.kind === 'list') {
    throw new InputError(
      'Input wait is false but container-name lists several containers. ECI runs one commit per container group at a time, so several containers are committed one after another, each waited for: set wait: true, or name a single container.'
    );
  }
  const endpointInput = input('endpoint');
  return {
    regionId,
    containerGroupId,
    containers,
    image: { repository, tag, ...(message ? { message } : {}), ...(author ? { author } : {}) },
    acr: readAcr(input, regionId),
    role: readRole(input),
    credentials: readCredentials(input, env),
    maxAttempts: parsePositiveInteger('max-attempts', input('max-attempts') || '5', 1, 10),
    wait,
    failFast: parseBoolean('fail-fast', input('fail-fast') || 'true'),
    waitTimeoutMs: parseDuration('wait-timeout', input('wait-timeout') || '30m'),
    pollIntervalMs: readPollInterval(input('poll-interval') || '5s'),
    endpoint: endpointInput
      ? parseEndpoint('endpoint', endpointInput)
      : { protocol: 'https', host: `eci.${regionId}.aliyuncs.com` },
    jobSummary: parseBoolean('job-summary', input('job-summary') || 'true')
  };
}

const TAG_EXPECTED = "1-128 characters of [A-Za-z0-9_.-], not starting with '.' or '-'";

/** Checks a tag; `shown` is what the user wrote (it may hold the {container} placeholder). */
export function checkImageTag(tag: string, shown = tag, container?: string): void {
  if (!IMAGE_TAG.test(tag)) {
    throw new InputError(`Invalid image-tag '${shown}'${forContainer(container)}. Expected ${TAG_EXPECTED}.`);
  }
}

function forContainer(container: string | undefined): string {
  return container ? ` (for container ${container})` : '';
}

/** Checks a repository address; `shown` is what the user wrote (it may hold the {container} placeholder). */
export function checkRepository(value: string, shown = value, container?: string): void {
  parseRepository(value, shown, container);
}

function parseRepository(actual: string, value: string, container?: string): void {
  const expected =
    'an ACR repository address without tag or scheme, e.g. registry.cn-hangzhou.aliyuncs.com/my-namespace/my-app';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(actual)) {
    throw new InputError(
      `Invalid image-repository '${value}'${forContainer(container)}: remove the scheme. Expected ${expected}.`
    );
  }
  if (actual.includes('@')) {
    throw new InputError(
      `Invalid image-repository '${value}'${forContainer(container)}: remove the digest. Expected ${expected}.`
    );
  }
  const [host, ...path] = actual.split('/');
  const last = path[path.length - 1] ?? '';
  if (last.includes(':')) {
    throw new InputError(
      `Invalid image-repository '${value}'${forContainer(container)}: remove the tag and set it with image-tag. Expected ${expected}.`
    );
  }
  const hostLooksLikeRegistry =
    REGISTRY_HOST.test(host) && (host.includes('.') || host.includes(':') || host === 'localhost');
  if (!hostLooksLikeRegistry || path.length < 2 || !path.every((part) => PATH_COMPONENT.test(part))) {
    throw new InputError(`Invalid image-repository '${value}'${forContainer(container)}. Expected ${expected}.`);
  }
}

function readAcr(input: (name: string) => string, regionId: string): AcrSettings | undefined {
  const instanceId = input('acr-instance-id');
  const acrRegionId = input('acr-region-id');
  const arnService = input('acr-arn-service');
  const arnUser = input('acr-arn-user');
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

function readRole(input: (name: string) => string): RoleSettings | undefined {
  const roleArn = input('role-arn');
  const roleType = input('role-type');
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

function readPollInterval(value: string): number {
  const ms = parseDuration('poll-interval', value);
  if (ms < 1000) throw new InputError(`Invalid poll-interval '${value}'. Expected at least 1s, e.g. 5s.`);
  return ms;
}

function readCredentials(input: (name: string) => string, env: NodeJS.ProcessEnv): CredentialSettings {
  const oidc = readOidc(input, env);
  if (oidc) {
    if (input('access-key-id') || input('access-key-secret')) {
      core.warning(
        'access-key-id and access-key-secret are ignored: oidc-role-arn and oidc-provider-arn select GitHub OIDC.'
      );
    }
    return { kind: 'oidc', oidc };
  }
  const fromInputs = {
    accessKeyId: input('access-key-id'),
    accessKeySecret: input('access-key-secret'),
    securityToken: input('security-token')
  };
  if (fromInputs.accessKeyId || fromInputs.accessKeySecret || fromInputs.securityToken) {
    return completePair(fromInputs, 'inputs', ['access-key-id', 'access-key-secret', 'security-token']);
  }
  const fromEnv = {
    accessKeyId: env.ALIBABA_CLOUD_ACCESS_KEY_ID?.trim() ?? '',
    accessKeySecret: env.ALIBABA_CLOUD_ACCESS_KEY_SECRET?.trim() ?? '',
    securityToken: env.ALIBABA_CLOUD_SECURITY_TOKEN?.trim() ?? ''
  };
  if (fromEnv.accessKeyId || fromEnv.accessKeySecret || fromEnv.securityToken) {
    return completePair(fromEnv, 'environment', [
      'ALIBABA_CLOUD_ACCESS_KEY_ID',
      'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
      'ALIBABA_CLOUD_SECURITY_TOKEN'
    ]);
  }
  return { kind: 'default-chain' };
}

function readOidc(input: (name: string) => string, env: NodeJS.ProcessEnv): OidcSettings | undefined {
  const roleArn = input('oidc-role-arn');
  const providerArn = input('oidc-provider-arn');
  if (!roleArn && !providerArn) return undefined;
  if (!roleArn || !providerArn) {
    const [given, missing] = roleArn ? ['oidc-role-arn', 'oidc-provider-arn'] : ['oidc-provider-arn', 'oidc-role-arn'];
    throw new InputError(
      `Input ${given} is set but ${missing} is empty. Expected both oidc-role-arn and oidc-provider-arn for GitHub OIDC.`
    );
  }
  if (!RAM_ROLE_ARN.test(roleArn)) {
    throw new InputError(
      `Invalid oidc-role-arn '${roleArn}'. Expected a RAM role ARN such as acs:ram::1234567890123456:role/github-eci.`
    );
  }
  if (!OIDC_PROVIDER_ARN.test(providerArn)) {
    throw new InputError(
      `Invalid oidc-provider-arn '${providerArn}'. Expected a RAM OIDC provider ARN such as acs:ram::1234567890123456:oidc-provider/GitHub.`
    );
  }
  const audience = input('oidc-audience') || 'sts.aliyuncs.com';
  if (/\s/.test(audience))
    throw new InputError(
      `Invalid oidc-audience '${audience}'. Expected one audience without spaces, e.g. sts.aliyuncs.com.`
    );
  const context = runContextFromEnv(env);
  const sessionName = input('role-session-name') || `github-${context.runId ?? 'run'}-${context.runAttempt ?? '1'}`;
  if (!ROLE_SESSION_NAME.test(sessionName)) {
    throw new InputError(`Invalid role-session-name '${sessionName}'. Expected 2-64 characters of [A-Za-z0-9.@_-].`);
  }
  const stsEndpoint = input('sts-endpoint');
  return {
    roleArn,
    providerArn,
    audience,
    sessionName,
    durationSeconds: parsePositiveInteger(
      'role-duration-seconds',
      input('role-duration-seconds') || '3600',
      900,
      43200
    ),
    stsEndpoint: stsEndpoint
      ? parseEndpoint('sts-endpoint', stsEndpoint)
      : { protocol: 'https', host: 'sts.aliyuncs.com' }
  };
}

function completePair(
  values: { accessKeyId: string; accessKeySecret: string; securityToken: string },
  source: StaticCredentials['source'],
  [idName, secretName, tokenName]: string[]
): StaticCredentials {
  const kind = source === 'inputs' ? 'Input' : 'Environment variable';
  if (!values.accessKeyId) {
    throw new InputError(
      `${kind} ${values.accessKeySecret ? secretName : tokenName} is set but ${idName} is empty. Expected both ${idName} and ${secretName}.`
    );
  }
  if (!values.accessKeySecret) {
    throw new InputError(
      `${kind} ${idName} is set but ${secretName} is empty. Expected both ${idName} and ${secretName}.`
    );
  }
  if (!/^[A-Za-z0-9.]{4,128}$/.test(values.accessKeyId)) {
    throw new InputError(
      `Invalid ${idName}: expected an AccessKey ID of letters, digits and dots (e.g. LTAI5t... or STS.NT...).`
    );
  }
  return {
    kind: 'static',
    accessKeyId: values.accessKeyId,
    accessKeySecret: values.accessKeySecret,
    ...(values.securityToken ? { securityToken: values.securityToken } : {}),
    source
  };
}
