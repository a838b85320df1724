/** The emulator's options, and the part of them that can change while it runs. */
import { DEFAULT_MAX_CLOCK_SKEW_MS } from './acs3-signature.js';
import { defaultContainerGroups, type ContainerGroupSpec } from './container-groups.js';
import { DEFAULT_ACCESS_KEY_ID, DEFAULT_ACCESS_KEY_SECRET, type AccessKeyPair } from './credentials.js';
import type { EventKeys } from './container-events.js';
import type { ErrorShape } from './error-shape.js';
import type { GithubOidcOptions } from './github-oidc.js';
import type { JwtClaims } from './jwt.js';
import type { OutOfRange } from './params.js';
import type { PolicyDocument } from './ram-policy.js';
import { defaultOidcProviders, type OidcProviderConfig } from './sts-actions.js';
import { DEFAULT_ACR_INSTANCE_ID } from './cr-actions.js';
import { DEFAULT_REGISTRY_USER, type RegistryUser } from './registry-standin.js';
import { DEFAULT_PHASE_SPLIT, DEFAULT_TASK_DURATION_MS, type PhaseSplit } from './task-simulation.js';
import type { CommitTaskShape, UnknownCommitTarget } from './eci-actions.js';

/** Settings that `configure()` and `POST /__emulator/config` may change at run time. */
export interface EmulatorSettings {
  /** How long a commit task takes; 0: Succeeded at the first query. */
  taskDurationMs: number;
  phaseSplit: PhaseSplit;
  containerGroups: Record<string, ContainerGroupSpec>;
  oidcProviders: OidcProviderConfig[];
  /** Lifetime of STS credentials; undefined: the request's DurationSeconds. */
  stsCredentialLifetimeMs: number | undefined;
  /** Long-lived access keys the ECI side accepts. */
  credentials: AccessKeyPair[];
  /** Allowed distance between x-acs-date and the emulator's clock. */
  maxClockSkewMs: number;
  /** How error answers are written: PascalCase JSON (as ECI and STS answer), lower-camel JSON, or XML. */
  errorShape: ErrorShape;
  /**
   * Trust policies by role ARN. A role with one is assumed only when it allows the call; a role without one
   * trusts the providers that list it in `roleArns`.
   */
  trustPolicies: Record<string, PolicyDocument>;
  /**
   * Permission policies by identity: a role ARN (for the STS credentials assumed from it) or an AccessKey ID.
   * An identity with policies may call only what they allow; one without is allowed everything.
   */
  permissionPolicies: Record<string, PolicyDocument[]>;
  /** DescribeContainerGroups for an unknown ID: an empty list, or the InvalidParameter.NotFound error. */
  unknownContainerGroup: 'empty-list' | 'not-found-error';
  /**
   * What DescribeContainerGroups and DescribeContainerGroupEvents answer a caller RAM refuses: Forbidden.RAM, or
   * (as the DescribeContainerGroups reference says) an empty list. Other actions always answer Forbidden.RAM.
   */
  listWithoutPermission: 'forbidden' | 'empty-list';
  /** DescribeContainerGroupEvents' event keys: the SDK model's (`Type`, `involvedObject`) or all lower camel. */
  eventKeys: EventKeys;
  /** DescribeContainerLog's `Tail` or `LimitBytes` out of the documented range: InvalidParameter, or clamped. */
  logParamsOutOfRange: OutOfRange;
  /** Which part of the selected log lines a byte limit keeps: the start (Kubernetes' limitBytes) or the end. */
  logLimitKeeps: 'start' | 'end';
  /** CommitContainer for an unknown group or container: 400 InvalidParameter (API reference), or 404 `.NotFound`. */
  unknownCommitTarget: UnknownCommitTarget;
  /** DescribeCommitContainerTask's task fields: the API reference's, or the older ones of the ECI user guide. */
  commitTaskShape: CommitTaskShape;
  /**
   * ECI's clock minus ours, in ms: added to every time DescribeCommitContainerTask reports (a task's creation and
   * finish, its phases' RecordTime). Default 0.
   */
  clockSkewMs: number;
  /** Claims added to (or replacing those of) the tokens the GitHub stand-in issues, e.g. another `sub`. */
  githubTokenClaims: JwtClaims;
  /** Username and password pairs the registry's token realm accepts (besides temporary logins it issued). */
  registryUsers: RegistryUser[];
  /** ACR Enterprise Edition instance IDs that GetAuthorizationToken (2018-12-01) knows. */
  acrInstances: string[];
}

export interface EmulatorOptions extends Partial<EmulatorSettings> {
  /** Port on 127.0.0.1; default 0 (any free port). */
  port?: number;
  /** The clock for tasks, signatures' dates, tokens and records; default Date.now. */
  now?: () => number;
  githubOidc?: GithubOidcOptions;
}

/** A settings change; containerGroups are merged into the current ones (null removes a group). */
export type EmulatorConfigPatch = Partial<Omit<EmulatorSettings, 'containerGroups'>> & {
  containerGroups?: Record<string, ContainerGroupSpec | null>;
};

export function initialSettings(options: EmulatorOptions): EmulatorSettings {
  return {
    taskDurationMs: options.taskDurationMs ?? DEFAULT_TASK_DURATION_MS,
    phaseSplit: options.phaseSplit ?? DEFAULT_PHASE_SPLIT,
    containerGroups: options.containerGroups ?? defaultContainerGroups(),
    oidcProviders: options.oidcProviders ?? defaultOidcProviders(),
    stsCredentialLifetimeMs: options.stsCredentialLifetimeMs,
    credentials: options.credentials ?? [
      { accessKeyId: DEFAULT_ACCESS_KEY_ID, accessKeySecret: DEFAULT_ACCESS_KEY_SECRET }
    ],
    maxClockSkewMs: options.maxClockSkewMs ?? DEFAULT_MAX_CLOCK_SKEW_MS,
    errorShape: options.errorShape ?? 'json',
    trustPolicies: options.trustPolicies ?? {},
    permissionPolicies: options.permissionPolicies ?? {},
    unknownContainerGroup: options.unknownContainerGroup ?? 'empty-list',
    listWithoutPermission: options.listWithoutPermission ?? 'forbidden',
    eventKeys: options.eventKeys ?? 'sdk',
    logParamsOutOfRange: options.logParamsOutOfRange ?? 'error',
    logLimitKeeps: options.logLimitKeeps ?? 'start',
    unknownCommitTarget: options.unknownCommitTarget ?? 'invalid-parameter',
    commitTaskShape: options.commitTaskShape ?? 'api-reference',
    clockSkewMs: options.clockSkewMs ?? 0,
    githubTokenClaims: options.githubTokenClaims ?? {},
    registryUsers: options.registryUsers ?? [DEFAULT_REGISTRY_USER],
    acrInstances: options.acrInstances ?? [DEFAULT_ACR_INSTANCE_ID]
  };
}

export function applyConfigPatch(settings: EmulatorSettings, patch: EmulatorConfigPatch): void {
  const { containerGroups, ...rest } = patch;
  Object.assign(settings, rest);
  for (const [id, group] of Object.entries(containerGroups ?? {})) {
    if (group === null) delete settings.containerGroups[id];
    else settings.containerGroups[id] = group;
  }
}
