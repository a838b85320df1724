/** Every input and output action.yml declares, by the name a workflow uses. A test keeps this list and action.yml equal. */
export const Input = {
  RegionId: 'region-id',
  ContainerGroupId: 'container-group-id',
  ContainerGroupName: 'container-group-name',
  ContainerName: 'container-name',
  ImageRepository: 'image-repository',
  ImageTag: 'image-tag',
  ImageMessage: 'image-message',
  ImageAuthor: 'image-author',
  AcrInstanceId: 'acr-instance-id',
  AcrRegionId: 'acr-region-id',
  AcrArnService: 'acr-arn-service',
  AcrArnUser: 'acr-arn-user',
  RoleArn: 'role-arn',
  RoleType: 'role-type',
  AccessKeyId: 'access-key-id',
  AccessKeySecret: 'access-key-secret',
  SecurityToken: 'security-token',
  OidcRoleArn: 'oidc-role-arn',
  OidcProviderArn: 'oidc-provider-arn',
  OidcAudience: 'oidc-audience',
  RoleSessionName: 'role-session-name',
  RoleDurationSeconds: 'role-duration-seconds',
  StsEndpoint: 'sts-endpoint',
  MaxAttempts: 'max-attempts',
  FailFast: 'fail-fast',
  Wait: 'wait',
  WaitTimeout: 'wait-timeout',
  PollInterval: 'poll-interval',
  Endpoint: 'endpoint',
  JobSummary: 'job-summary',
  TaskId: 'task-id',
  StepTimeout: 'step-timeout',
  Digest: 'digest',
  IfTagExists: 'if-tag-exists',
  RegistryUsername: 'registry-username',
  RegistryPassword: 'registry-password',
  RegistryEndpoint: 'registry-endpoint',
  CrEndpoint: 'cr-endpoint',
  DebugReport: 'debug-report',
  LogLines: 'log-lines',
  PrComment: 'pr-comment',
  GithubToken: 'github-token'
} as const;

export type InputName = (typeof Input)[keyof typeof Input];

export const Output = {
  TaskId: 'task-id',
  RequestId: 'request-id',
  Image: 'image',
  ImageTag: 'image-tag',
  Status: 'status',
  Results: 'results',
  Digest: 'digest',
  PinnedImage: 'pinned-image',
  DebugReport: 'debug-report'
} as const;

export type OutputName = (typeof Output)[keyof typeof Output];

/** Inputs whose values are masked before anything can print them. */
export const SECRET_INPUTS: readonly InputName[] = [
  Input.AccessKeySecret,
  Input.SecurityToken,
  Input.RegistryPassword,
  Input.GithubToken
];
