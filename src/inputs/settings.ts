import type { ContainerSelection } from './container-selection.js';

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

export interface Settings {
  regionId: string;
  containerGroupId: string;
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
}
