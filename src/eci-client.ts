import { toApiError } from './api-errors.js';
import type { CommitContainerParams } from './commit-request.js';
import { parseProgress, type CommitTask } from './commit-task.js';
import type { Endpoint } from './endpoint.js';
import { CALL_ID_HEADER, newCallId, takeResponse } from './response-observer.js';
import { loadEciSdk, type EciClientInstance, type EciSdk } from './sdk.js';

export interface Credential {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
}

/** Gives the credential for the next call; may refresh temporary credentials. */
export interface CredentialProvider {
  getCredential(): Promise<Credential>;
}

export interface CommitResult {
  taskId: string;
  requestId: string;
}

export interface DescribeResult {
  tasks: CommitTask[];
  requestId: string;
}

export interface DescribeQuery {
  regionId: string;
  taskId?: string;
  containerGroupId?: string;
}

/** The ECI calls the action makes; what tests fake and what the retry layer wraps. */
export interface EciApi {
  commitContainer(params: CommitContainerParams): Promise<CommitResult>;
  describeCommitTasks(query: DescribeQuery): Promise<DescribeResult>;
}

export interface EciClientOptions {
  endpoint: Endpoint;
  regionId: string;
  credentials: CredentialProvider;
  connectTimeoutMs: number;
  readTimeoutMs: number;
  userAgent?: string;
}

/** The one place that knows the SDK: endpoints, timeouts, models, and its errors. */
export class EciClient implements EciApi {
  private constructor(
    private readonly sdk: EciSdk,
    private readonly client: EciClientInstance,
    private readonly options: EciClientOptions
  ) {}

  static async create(options: EciClientOptions): Promise<EciClient> {
    const sdk = await loadEciSdk();
    const credential = {
      async getCredential() {
        const current = await options.credentials.getCredential();
        return {
          accessKeyId: current.accessKeyId,
          accessKeySecret: current.accessKeySecret,
          securityToken: current.securityToken ?? '',
          type: current.securityToken ? 'sts' : 'access_key'
        };
      }
    };
    const config = new sdk.Config({
      endpoint: options.endpoint.host,
      protocol: options.endpoint.protocol,
      regionId: options.regionId,
      readTimeout: options.readTimeoutMs,
      connectTimeout: options.connectTimeoutMs,
      userAgent: options.userAgent
    });
    // Set after construction: the Config model would otherwise try to convert it into an SDK credentials client.
    (config as unknown as { credential: unknown }).credential = credential;
    return new EciClient(sdk, new sdk.Client(config), options);
  }

  async commitContainer(params: CommitContainerParams): Promise<CommitResult> {
    const { sdk } = this;
    const request = new sdk.CommitContainerRequest({
      regionId: params.RegionId,
      containerGroupId: params.ContainerGroupId,
      containerName: params.ContainerName,
      image: new sdk.CommitContainerRequestImage({
        repository: params.Image.Repository,
        tag: params.Image.Tag,
        message: params.Image.Message,
        author: params.Image.Author
      }),
      ...(params.AcrRegistryInfo
        ? {
            acrRegistryInfo: new sdk.CommitContainerRequestAcrRegistryInfo({
              instanceId: params.AcrRegistryInfo.InstanceId,
              regionId: params.AcrRegistryInfo.RegionId,
              arnService: params.AcrRegistryInfo.ArnService,
              arnUser: params.AcrRegistryInfo.ArnUser
            })
          }
        : {}),
      ...(params.Arn
        ? { arn: new sdk.CommitContainerRequestArn({ roleArn: params.Arn.RoleArn, roleType: params.Arn.RoleType }) }
        : {})
    });
    const response = await this.call('CommitContainer', (runtime) =>
      this.client.commitContainerWithOptions(request, runtime)
    );
    const taskId = response.body?.taskId;
    if (!taskId)
      throw toApiError('CommitContainer', { code: 'InvalidResponse', message: 'the response has no TaskId' });
    return { taskId, requestId: response.body?.requestId ?? '' };
  }

  async describeCommitTasks(query: DescribeQuery): Promise<DescribeResult> {
    const request = new this.sdk.DescribeCommitContainerTaskRequest({
      regionId: query.regionId,
      ...(query.taskId ? { taskId: [query.taskId] } : {}),
      ...(query.containerGroupId ? { containerGroupId: query.containerGroupId } : {})
    });
    const response = await this.call('DescribeCommitContainerTask', (runtime) =>
      this.client.describeCommitContainerTaskWithOptions(request, runtime)
    );
    const tasks = (response.body?.commitTasks ?? []).map((task): CommitTask => ({
      taskId: task.taskId ?? '',
      status: task.taskStatus ?? 'Unknown',
      progress: parseProgress(task.taskProgress),
      statusMessage: task.statusMessage || undefined,
      containerName: task.containerName || undefined,
      creationTime: task.taskCreationTime || undefined,
      finishedTime: task.taskFinishedTime || undefined,
      phases: (task.commitPhaseInfos ?? []).map((phase) => ({
        phase: phase.phase ?? 'Unknown',
        status: phase.status ?? 'Unknown',
        message: phase.message || undefined,
        recordTime: phase.recordTime || undefined
      }))
    }));
    return { tasks, requestId: response.body?.requestId ?? '' };
  }

  private async call<T>(
    action: string,
    send: (runtime: InstanceType<EciSdk['RuntimeOptions']>) => Promise<T>
  ): Promise<T> {
    const callId = newCallId();
    const runtime = new this.sdk.RuntimeOptions({
      autoretry: false,
      maxAttempts: 1,
      readTimeout: this.options.readTimeoutMs,
      connectTimeout: this.options.connectTimeoutMs,
      extendsParameters: { headers: { [CALL_ID_HEADER]: callId } }
    });
    try {
      const result = await send(runtime);
      takeResponse(callId);
      return result;
    } catch (error) {
      throw toApiError(action, error, takeResponse(callId));
    }
  }
}
