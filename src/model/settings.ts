/** Which containers to commit: one name, several, or every container of the group. */
export type ContainerSelection = { kind: 'single'; name: string } | { kind: 'list'; names: string[] } | { kind: 'all' };

export interface Endpoint {
  protocol: 'https' | 'http';
  /** Host, with `:port` when one was given. */
  host: string;
}

/** GitHub OIDC: the role to assume with STS AssumeRoleWithOIDC. */
export interface OidcSettings {
  roleArn: string;
  providerArn: string;
  audience: string;
  sessionName: string;
  durationSeconds: number;
  stsEndpoint: Endpoint;
}

export interface ImageSettings {
  /** May hold `{container}`. */
  repository: string;
  /** May hold `{container}`. */
  tag: string;
  message?: string;
  author?: string;
}

/** `AcrRegistryInfo.*`: only for ACR Enterprise Edition instances. */
export interface AcrSettings {
  instanceId?: string;
  regionId?: string;
  arnService?: string;
  arnUser?: string;
}

/** `Arn.*`: the RAM role ECI assumes to push. */
export interface RoleSettings {
  roleArn: string;
  roleType: string;
}

export interface StaticCredentials {
  kind: 'static';
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
  /** Where they came from, for the log (never the values). */
  source: 'inputs' | 'environment';
}

/** Where the credentials come from; the first configured way wins. */
export type CredentialSettings = { kind: 'oidc'; oidc: OidcSettings } | StaticCredentials | { kind: 'default-chain' };

/** `digest` input: look the pushed image's digest up (auto: warn when it cannot), insist on it, or never ask. */
export type DigestMode = 'auto' | 'true' | 'false';

/** `if-tag-exists` input, decided before CommitContainer. */
export type TagExistsPolicy = 'overwrite' | 'fail' | 'skip';

/** Reading the image back from its registry (digest, existing tags). */
export interface RegistrySettings {
  digest: DigestMode;
  ifTagExists: TagExistsPolicy;
  /** registry-username and registry-password, given together. */
  credentials?: { username: string; password: string };
  /** Overrides where registry calls go (otherwise the public host of image-repository's registry). */
  endpoint?: Endpoint;
  /** The ACR OpenAPI endpoint for temporary registry tokens. */
  crEndpoint: Endpoint;
  /** The ACR instance's region, for the token call's RegionId and the default crEndpoint alike. */
  crRegionId: string;
}

/** The settings of a step that commits containers (and waits for their tasks, unless told not to). */
export interface Settings {
  mode: 'commit';
  regionId: string;
  /** '' while only `containerGroupName` is known: the commit step looks the ID up before any commit. */
  containerGroupId: string;
  /** container-group-name: the group is the one Running group of this name in the region. */
  containerGroupName?: string;
  containers: ContainerSelection;
  image: ImageSettings;
  acr?: AcrSettings;
  role?: RoleSettings;
  credentials: CredentialSettings;
  maxAttempts: number;
  wait: boolean;
  /** With several containers: stop at the first failure. */
  failFast: boolean;
  waitTimeoutMs: number;
  pollIntervalMs: number;
  /** The whole step's deadline, when given; otherwise derived from wait-timeout (see step-deadline.ts). */
  stepTimeoutMs?: number;
  endpoint: Endpoint;
  jobSummary: boolean;
  registry: RegistrySettings;
  /** debug-report: true: keep each container's log, state and events before committing it. */
  debugReport?: DebugReportSettings;
  /** pr-comment: true. */
  prComment?: PrCommentSettings;
}

export interface DebugReportSettings {
  /** DescribeContainerLog's Tail, 1 to 2000. */
  logLines: number;
}

export interface PrCommentSettings {
  /** github-token, masked. */
  token: string;
}

/** What every step needs, whatever it does: where to call, with which credentials, and how to wait. */
export type CommonSettings = Pick<
  Settings,
  | 'regionId'
  | 'credentials'
  | 'maxAttempts'
  | 'wait'
  | 'waitTimeoutMs'
  | 'pollIntervalMs'
  | 'stepTimeoutMs'
  | 'endpoint'
  | 'jobSummary'
  | 'prComment'
>;

/** The settings of a step given `task-id`: it commits nothing and waits for tasks started earlier. */
export interface WaitForTasksSettings extends CommonSettings {
  mode: 'wait-for-tasks';
  /** In the order given; no repeats. */
  taskIds: string[];
  /** The image the task pushes, when the workflow says it (ECI does not report it); may hold `{container}`. */
  image?: { repository: string; tag: string };
  /** With `image`: how the digest of the image pushed is read back (the `digest` input's rules). */
  registry?: RegistrySettings;
}

/** What reading images back from their registry needs, whichever the step. */
export type RegistryTargetSettings = CommonSettings & { registry: RegistrySettings; acr?: AcrSettings };

/** What a step does, told by its inputs: `task-id` makes it wait for tasks started earlier. */
export type StepSettings = Settings | WaitForTasksSettings;
