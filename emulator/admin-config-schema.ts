/** Checks the JSON of `POST /__emulator/config` and turns it into a settings patch and faults to arm. */
import { EVENT_SOURCES, type GroupEventSpec } from './container-events.js';
import type { ContainerGroupSpec, ContainerGroupStatus } from './container-groups.js';
import { CONTAINER_SCENARIOS, type ContainerDetail } from './container-states.js';
import type { EmulatorConfigPatch } from './emulator-config.js';
import { COMMIT_TASK_SHAPES, UNKNOWN_COMMIT_TARGETS } from './eci-actions.js';
import { ERROR_SHAPES } from './error-shape.js';
import type { PolicyDocument } from './ram-policy.js';
import type { FaultCommands } from './fault-knobs.js';
import type { RegistryKnobs } from './registry-standin.js';
import { COMMIT_PHASES, type CommitPhase, type PhaseSplit } from './task-simulation.js';

export class ConfigSchemaError extends Error {}

type Check<T> = (value: unknown, path: string) => T;

const fail = (path: string, expected: string): never => {
  throw new ConfigSchemaError(`${path}: expected ${expected}`);
};

const number: Check<number> = (value, path) =>
  typeof value === 'number' && Number.isFinite(value) ? value : fail(path, 'a number');
const string: Check<string> = (value, path) => (typeof value === 'string' ? value : fail(path, 'a string'));
const boolean: Check<boolean> = (value, path) => (typeof value === 'boolean' ? value : fail(path, 'true or false'));

function integerIn(min: number, max: number): Check<number> {
  return (value, path) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max
      ? (value as number)
      : fail(path, `an integer from ${min} to ${max}`);
}

function oneOf<T extends string>(choices: readonly T[]): Check<T> {
  return (value, path) => (choices.includes(value as T) ? (value as T) : fail(path, `one of ${choices.join(', ')}`));
}

function arrayOf<T>(item: Check<T>): Check<T[]> {
  return (value, path) =>
    Array.isArray(value) ? value.map((entry, index) => item(entry, `${path}[${index}]`)) : fail(path, 'an array');
}

/** A single object is taken as a list of one. */
function oneOrMany<T>(item: Check<T>): Check<T[]> {
  return (value, path) => arrayOf(item)(Array.isArray(value) ? value : [value], path);
}

function recordOf<T>(item: Check<T>): Check<Record<string, T>> {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(path, 'an object');
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, item(entry, `${path}.${key}`)]));
  };
}

function nullable<T>(check: Check<T>): Check<T | null> {
  return (value, path) => (value === null ? null : check(value, path));
}

type Shape = Record<string, { check: Check<unknown>; required?: boolean }>;
type Parsed<S extends Shape> = { [K in keyof S]?: S[K]['check'] extends Check<infer T> ? T : never };

/** An object with only the listed keys (a typo is an error, not a silently ignored setting). */
function object<S extends Shape>(shape: S): Check<Parsed<S>> {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(path, 'an object');
    const result: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) {
      const field = shape[key];
      if (!field) return fail(`${path}.${key}`, `no such setting (known: ${Object.keys(shape).join(', ')})`);
      if (entry !== undefined) result[key] = field.check(entry, `${path}.${key}`);
    }
    for (const [key, field] of Object.entries(shape)) {
      if (field.required && !(key in result)) fail(`${path}.${key}`, 'a value');
    }
    return result as Parsed<S>;
  };
}

const req = <T>(check: Check<T>) => ({ check, required: true as const });
const opt = <T>(check: Check<T>) => ({ check });

const GROUP_STATUSES: readonly ContainerGroupStatus[] = [
  'Pending',
  'Running',
  'Succeeded',
  'Failed',
  'Scheduling',
  'ScheduleFailed',
  'Restarting',
  'Updating',
  'Terminating',
  'Expired'
];

const largeLogSize = object({ lines: opt(integerIn(1, 100_000)), lineBytes: opt(integerIn(1, 16_384)) });

const containerDetail = object({
  scenario: opt(oneOf(CONTAINER_SCENARIOS)),
  restartCount: opt(integerIn(0, 1000)),
  exitCode: opt(integerIn(-255, 255)),
  log: opt(arrayOf(string)),
  previousLog: opt(arrayOf(string)),
  largeLog: opt((value, path) => (typeof value === 'boolean' ? value : largeLogSize(value, path)))
}) as Check<ContainerDetail>;

const groupEvent = object({
  type: req(oneOf(['Normal', 'Warning'] as const)),
  reason: req(string),
  message: req(string),
  count: opt(integerIn(1, 1_000_000)),
  source: opt(oneOf(EVENT_SOURCES)),
  firstAtSeconds: opt(number),
  lastAtSeconds: opt(number)
}) as Check<GroupEventSpec>;

const containerGroup = object({
  status: req(oneOf(GROUP_STATUSES)),
  regionId: req(string),
  containers: req(arrayOf(string)),
  name: opt(string),
  createdAtMs: opt(number),
  taskDurationMs: opt(number),
  containerTaskDurationMs: opt(recordOf(number)),
  containerDetails: opt(recordOf(containerDetail)),
  events: opt(arrayOf(groupEvent))
}) as Check<ContainerGroupSpec>;

const phaseSplit: Check<PhaseSplit> = (value, path) => {
  const shares = arrayOf(number)(value, path);
  return shares.length === 3 ? [shares[0] ?? 0, shares[1] ?? 0, shares[2] ?? 0] : fail(path, 'three numbers');
};

const counted = { count: opt(number), action: opt(string), skip: opt(number) };

const faults = object({
  injectError: opt(
    oneOrMany(
      object({
        status: req(number),
        code: req(string),
        message: req(string),
        retryAfterMs: opt(number),
        shape: opt(oneOf(ERROR_SHAPES)),
        accessDeniedDetail: opt(recordOf(string)),
        ...counted
      })
    )
  ),
  dropConnections: opt(oneOrMany(object(counted))),
  processThenDrop: opt(oneOrMany(object(counted))),
  delayResponses: opt(oneOrMany(object({ ms: req(number), ...counted }))),
  hideNewTasks: opt(oneOrMany(object({ queries: req(number), count: opt(number) }))),
  answerRaw: opt(
    oneOrMany(
      object({ status: req(number), body: req(string), contentType: opt(string), repeat: opt(number), ...counted })
    )
  ),
  failNextTask: opt(
    oneOrMany(
      object({
        phase: req(oneOf<CommitPhase>(COMMIT_PHASES)),
        message: opt(string),
        containerGroupId: opt(string),
        containerName: opt(string)
      })
    )
  )
}) as Check<FaultCommands>;

const stringOrList: Check<string | string[]> = (value, path) =>
  Array.isArray(value) ? arrayOf(string)(value, path) : string(value, path);

const policyStatement = object({
  Sid: opt(string),
  Effect: req(oneOf(['Allow', 'Deny'] as const)),
  Action: req(stringOrList),
  Resource: opt(stringOrList),
  Principal: opt(recordOf(stringOrList)),
  Condition: opt(recordOf(recordOf(stringOrList)))
});

const policyDocument = object({
  Version: opt(string),
  Statement: req(arrayOf(policyStatement))
}) as Check<PolicyDocument>;

const configBody = object({
  taskDurationMs: opt(number),
  phaseSplit: opt(phaseSplit),
  containerGroups: opt(recordOf(nullable(containerGroup))),
  oidcProviders: opt(
    arrayOf(
      object({
        providerArn: req(string),
        audience: req((value, path) => (Array.isArray(value) ? arrayOf(string)(value, path) : string(value, path))),
        roleArns: req(arrayOf(string)),
        issuer: opt(string),
        fingerprintMatches: opt((value, path) => (typeof value === 'boolean' ? value : fail(path, 'true or false')))
      })
    )
  ),
  stsCredentialLifetimeMs: opt(nullable(number)),
  credentials: opt(arrayOf(object({ accessKeyId: req(string), accessKeySecret: req(string) }))),
  maxClockSkewMs: opt(number),
  errorShape: opt(oneOf(ERROR_SHAPES)),
  trustPolicies: opt(recordOf(policyDocument)),
  permissionPolicies: opt(recordOf(arrayOf(policyDocument))),
  unknownContainerGroup: opt(oneOf(['empty-list', 'not-found-error'] as const)),
  listWithoutPermission: opt(oneOf(['forbidden', 'empty-list'] as const)),
  eventKeys: opt(oneOf(['sdk', 'lower-camel'] as const)),
  logParamsOutOfRange: opt(oneOf(['error', 'clamp'] as const)),
  logLimitKeeps: opt(oneOf(['start', 'end'] as const)),
  unknownCommitTarget: opt(oneOf(UNKNOWN_COMMIT_TARGETS)),
  commitTaskShape: opt(oneOf(COMMIT_TASK_SHAPES)),
  clockSkewMs: opt(number),
  githubTokenClaims: opt(recordOf((value) => value)),
  registryUsers: opt(arrayOf(object({ username: req(string), password: req(string) }))),
  acrInstances: opt(arrayOf(string)),
  registry: opt(
    object({
      down: opt(boolean),
      refuseCredentials: opt(boolean),
      denyPull: opt(boolean),
      omitDigestHeader: opt(boolean),
      omitApiVersionHeader: opt(boolean),
      hiddenManifestQueries: opt(number)
    })
  ),
  faults: opt(faults)
});

export interface AdminConfigRequest {
  patch: EmulatorConfigPatch;
  faults: FaultCommands;
  /** Registry knobs (cleared by reset, like faults). */
  registry?: Partial<RegistryKnobs>;
}

export function parseAdminConfig(body: unknown): AdminConfigRequest {
  const { faults: faultCommands, stsCredentialLifetimeMs, registry, ...settings } = configBody(body, 'config');
  const patch = {
    ...settings,
    ...(stsCredentialLifetimeMs === undefined ? {} : { stsCredentialLifetimeMs: stsCredentialLifetimeMs ?? undefined })
  } as EmulatorConfigPatch;
  return { patch, faults: faultCommands ?? {}, ...(registry ? { registry } : {}) };
}
