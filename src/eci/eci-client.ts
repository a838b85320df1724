import type { CommitRequest } from '../model/request.js';
import { parseProgress, type CommitTask } from '../model/task.js';
import type { Endpoint } from '../model/settings.js';
import type { CredentialProvider } from './credential.js';
import { ApiError, errorMessage } from '../model/errors.js';
import { malformedAnswer, renewingExpired } from './retry-rules.js';
import { callOpenApi, type CallOptions } from './openapi-call.js';
import type { ProxyConfig } from '../net/proxy.js';
import { loadEciSdk, type EciClientInstance, type EciSdk } from './eci-sdk.js';
import { checkedRequestId, isTaskId, malformedIdError } from './answer-ids.js';
import { untrusted } from '../model/untrusted.js';
import type { GroupEvent, GroupState } from '../model/debug-report.js';
import { readContainerState, readGroupEvent, readGroupEventsAnswer } from './debug-answers.js';

/** Remote text that is kept, made one safe line; empty stays absent. */
const text = (value: string | undefined): string | undefined => (value ? untrusted(value) : undefined);

export interface CommitResult {
  taskId: string;
  requestId: string;
}

export interface DescribeResult {
  tasks: CommitTask[];
  requestId: string;
  /** Set when there are more tasks to page through. */
  nextToken?: string;
}

export interface DescribeQuery {
  regionId: string;
  /** Sent as TaskId.1, TaskId.2, ...: how many one call may carry is not documented (see MAX_TASK_IDS_PER_CALL). */
  taskIds?: string[];
  containerGroupId?: string;
  /** Page size, up to 50 (ECI's default is 10). */
  maxResults?: number;
  nextToken?: string;
}

export interface ContainerGroup {
  containerGroupId: string;
  /** Container names, in the group's order. */
  containers: string[];
}

/** One group DescribeContainerGroups lists when asked by name: what picking one of several needs. */
export interface ListedContainerGroup {
  containerGroupId: string;
  /** As ECI names it; compared with the name asked for, since the filter's matching is not documented. */
  name: string;
  status: string;
  creationTime: string;
  containers: string[];
}

export interface GroupsByNameQuery {
  regionId: string;
  containerGroupName: string;
  /** Page size; ECI allows at most 20. */
  limit: number;
  nextToken?: string;
}

export interface GroupsPage {
  groups: ListedContainerGroup[];
  requestId: string;
  nextToken?: string;
}

/** For one call: a signal that ends it early (the wait's deadline), on top of the job's cancellation. */
export interface PerCall {
  signal?: AbortSignal;
  /** Epoch ms after which no retry starts (a wait's own deadline); see retrying-api.ts. */
  until?: number;
  /** Retries are routine (within a wait): said as info, not as warnings. */
  routine?: boolean;
  /** At most this many attempts, when fewer than the step's max-attempts (a debug capture's calls). */
  attempts?: number;
}

/** One DescribeContainerLog request: the last `tail` lines, at most `limitBytes` of them. */
export interface LogQuery {
  regionId: string;
  containerGroupId: string;
  containerName: string;
  tail: number;
  limitBytes: number;
  /** The previous instance of a container that restarted. */
  lastTime: boolean;
}

/** The bytes one log answer may hold: its content escaped in JSON (at most 6 bytes per byte) and the rest. */
export function logAnswerCap(limitBytes: number): number {
  return limitBytes * 6 + 64 * 1024;
}

/** The ECI calls the action makes; what tests fake and what the retry layer wraps. */
export interface EciApi {
  commitContainer(request: CommitRequest, call?: PerCall): Promise<CommitResult>;
  describeCommitTasks(query: DescribeQuery, call?: PerCall): Promise<DescribeResult>;
  /** undefined when the group does not exist in the region. */
  describeContainerGroup(
    regionId: string,
    containerGroupId: string,
    call?: PerCall
  ): Promise<ContainerGroup | undefined>;
  /** The group's status, its containers' states and its events (WithEvent); undefined when it does not exist. */
  describeGroupState(regionId: string, containerGroupId: string, call?: PerCall): Promise<GroupState | undefined>;
  /** A container's log (with timestamps), as ECI gives it: remote text, never printed. */
  describeContainerLog(query: LogQuery, call?: PerCall): Promise<{ content: string; requestId?: string }>;
  /** DescribeContainerGroupEvents for one group; undefined when the answer does not list it. */
  describeGroupEvents(regionId: string, containerGroupId: string, call?: PerCall): Promise<GroupEvent[] | undefined>;
  /** One page of the groups DescribeContainerGroups lists for a ContainerGroupName. */
  listContainerGroupsByName(query: GroupsByNameQuery, call?: PerCall): Promise<GroupsPage>;
}

export interface EciClientOptions {
  endpoint: Endpoint;
  regionId: string;
  credentials: CredentialProvider;
  connectTimeoutMs: number;
  readTimeoutMs: number;
  userAgent: string;
  proxy: ProxyConfig;
  /** Aborts calls in flight (job cancellation). */
  signal?: AbortSignal;
}

type SdkCallApi = EciClientInstance['callApi'];

/**
 * The one place that knows the SDK. The SDK's models build each request (and flatten its parameters); our
 * `callOpenApi` signs it with the SDK's own signer and sends it through our transport (see openapi-call.ts),
 * so every error arrives here as an ApiError.
 */
export class EciClient implements EciApi {
  private constructor(
    private readonly sdk: EciSdk,
    private readonly client: EciClientInstance
  ) {}

  static async create(options: EciClientOptions): Promise<EciClient> {
    const sdk = await loadEciSdk();
    const callOptions: CallOptions = { ...options, openApiUtil: sdk.OpenApiUtil };
    class SignedClient extends sdk.Client {
      override async callApi(...[params, request, runtime]: Parameters<SdkCallApi>): ReturnType<SdkCallApi> {
        const form = request.body && typeof request.body === 'object' ? sdk.OpenApiUtil.query(request.body) : undefined;
        const state = runtime as CallState | undefined;
        const signal = combineSignals(options.signal, state?.signal);
        const perCallOptions = {
          ...callOptions,
          signal,
          ...(state?.maxBodyBytes ? { maxBodyBytes: state.maxBodyBytes } : {})
        };
        const call = {
          action: params.action ?? '',
          version: params.version ?? '',
          method: params.method ?? 'POST',
          pathname: params.pathname ?? '/',
          query: (request.query as Record<string, string> | undefined) ?? {},
          ...(form ? { form } : {})
        };
        const answered = (answer: Awaited<ReturnType<typeof callOpenApi>>): typeof answer => {
          state?.onBody?.(answer.body);
          state?.answered?.();
          return answer;
        };
        return answered(await renewingExpired(() => callOpenApi(call, perCallOptions), options.credentials, signal));
      }
    }
    const config = new sdk.Config({
      endpoint: options.endpoint.host,
      protocol: options.endpoint.protocol,
      regionId: options.regionId
    });
    return new EciClient(sdk, new SignedClient(config));
  }

  async commitContainer(commit: CommitRequest, call: PerCall = {}): Promise<CommitResult> {
    const { sdk } = this;
    const { image, acrRegistryInfo, arn } = commit;
    const request = new sdk.CommitContainerRequest({
      ...commit,
      image: new sdk.CommitContainerRequestImage(image),
      ...(acrRegistryInfo ? { acrRegistryInfo: new sdk.CommitContainerRequestAcrRegistryInfo(acrRegistryInfo) } : {}),
      ...(arn ? { arn: new sdk.CommitContainerRequestArn(arn) } : {})
    });
    const response = await this.modelled(
      'CommitContainer',
      true,
      (runtime) => this.client.commitContainerWithOptions(request, runtime),
      call
    );
    const taskId = response.body?.taskId;
    if (!taskId) {
      const requestId = checkedRequestId('CommitContainer', response.body?.requestId);
      // The commit may have been accepted: treat it like a lost answer, so the task is looked up, not re-sent.
      throw malformedAnswer({
        action: 'CommitContainer',
        code: 'InvalidResponse',
        message: 'the answer has no TaskId',
        requestId,
        ambiguous: true
      });
    }
    const maybeCreated =
      'a commit task may have been created: check the container group with DescribeCommitContainerTask';
    if (!isTaskId(taskId)) throw malformedIdError('CommitContainer', 'TaskId', taskId, maybeCreated);
    try {
      return { taskId, requestId: checkedRequestId('CommitContainer', response.body?.requestId) };
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      throw malformedIdError(
        'CommitContainer',
        'RequestId',
        response.body?.requestId,
        `commit task ${taskId} was created and runs on ECI`
      );
    }
  }

  async describeCommitTasks(query: DescribeQuery, call: PerCall = {}): Promise<DescribeResult> {
    const request = new this.sdk.DescribeCommitContainerTaskRequest({
      regionId: query.regionId,
      ...(query.taskIds?.length ? { taskId: query.taskIds } : {}),
      ...(query.containerGroupId ? { containerGroupId: query.containerGroupId } : {}),
      ...(query.maxResults ? { maxResults: query.maxResults } : {}),
      ...(query.nextToken ? { nextToken: query.nextToken } : {})
    });
    let raw: Record<string, unknown> = {};
    const response = await this.modelled(
      'DescribeCommitContainerTask',
      false,
      (runtime) => this.client.describeCommitContainerTaskWithOptions(request, runtime),
      call,
      { onBody: (body) => (raw = body) }
    );
    const action = 'DescribeCommitContainerTask';
    const requestId = checkedRequestId(action, response.body?.requestId);
    const rawTasks = Array.isArray(raw.CommitTasks) ? (raw.CommitTasks as unknown[]) : [];
    const tasks = (response.body?.commitTasks ?? []).map((task): CommitTask => {
      if (!isTaskId(task.taskId)) throw malformedIdError(action, 'TaskId', task.taskId);
      const times = answerTimes(rawTasks.find((candidate) => rawField(candidate, 'TaskId') === task.taskId));
      return {
        taskId: task.taskId,
        status: text(task.taskStatus) ?? 'Unknown',
        progress: parseProgress(task.taskProgress),
        statusMessage: text(task.statusMessage),
        containerName: text(task.containerName),
        creationTime: text(task.taskCreationTime || times.creationTime),
        finishedTime: text(task.taskFinishedTime || times.finishedTime),
        phases: (task.commitPhaseInfos ?? []).map((phase) => ({
          phase: text(phase.phase) ?? 'Unknown',
          status: text(phase.status) ?? 'Unknown',
          message: text(phase.message),
          recordTime: text(phase.recordTime)
        }))
      };
    });
    return {
      tasks,
      requestId,
      ...(response.body?.nextToken ? { nextToken: response.body.nextToken } : {})
    };
  }

  async describeContainerGroup(
    regionId: string,
    containerGroupId: string,
    call: PerCall = {}
  ): Promise<ContainerGroup | undefined> {
    const group = await this.oneGroup(regionId, containerGroupId, false, call);
    if (!group) return undefined;
    return {
      containerGroupId,
      containers: (group.containers ?? []).map((container) => container.name ?? '').filter(Boolean)
    };
  }

  async describeGroupState(
    regionId: string,
    containerGroupId: string,
    call: PerCall = {}
  ): Promise<GroupState | undefined> {
    const group = await this.oneGroup(regionId, containerGroupId, true, call);
    if (!group) return undefined;
    return {
      containerGroupId,
      ...(group.status ? { status: untrusted(group.status, 40) } : {}),
      containers: (group.containers ?? []).map(readContainerState).filter((container) => container.name),
      events: (group.events ?? []).slice(0, 200).map(readGroupEvent)
    };
  }

  /** DescribeContainerGroups for one group ID (with its events when asked); undefined when it is not listed. */
  private async oneGroup(regionId: string, containerGroupId: string, withEvent: boolean, call: PerCall) {
    const request = new this.sdk.DescribeContainerGroupsRequest({
      regionId,
      containerGroupIds: JSON.stringify([containerGroupId]),
      ...(withEvent ? { withEvent } : {})
    });
    const response = await this.modelled(
      'DescribeContainerGroups',
      false,
      (runtime) => this.client.describeContainerGroupsWithOptions(request, runtime),
      call
    );
    return (response.body?.containerGroups ?? []).find((candidate) => candidate.containerGroupId === containerGroupId);
  }

  async describeContainerLog(query: LogQuery, call: PerCall = {}): Promise<{ content: string; requestId?: string }> {
    const request = new this.sdk.DescribeContainerLogRequest({
      regionId: query.regionId,
      containerGroupId: query.containerGroupId,
      containerName: query.containerName,
      tail: query.tail,
      limitBytes: query.limitBytes,
      timestamps: true,
      ...(query.lastTime ? { lastTime: true } : {})
    });
    const response = await this.modelled(
      'DescribeContainerLog',
      false,
      (runtime) => this.client.describeContainerLogWithOptions(request, runtime),
      call,
      { maxBodyBytes: logAnswerCap(query.limitBytes) }
    );
    const content = response.body?.content;
    return {
      content: typeof content === 'string' ? content : '',
      ...(response.body?.requestId ? { requestId: untrusted(response.body.requestId, 80) } : {})
    };
  }

  async describeGroupEvents(
    regionId: string,
    containerGroupId: string,
    call: PerCall = {}
  ): Promise<GroupEvent[] | undefined> {
    const request = new this.sdk.DescribeContainerGroupEventsRequest({
      regionId,
      containerGroupIds: JSON.stringify([containerGroupId])
    });
    // The SDK's model reads PascalCase only; Alibaba's examples also show lower camel case: read the raw answer.
    let raw: Record<string, unknown> = {};
    await this.modelled(
      'DescribeContainerGroupEvents',
      false,
      (runtime) => this.client.describeContainerGroupEventsWithOptions(request, runtime),
      call,
      { onBody: (body) => (raw = body) }
    );
    return readGroupEventsAnswer(raw, containerGroupId);
  }

  async listContainerGroupsByName(query: GroupsByNameQuery, call: PerCall = {}): Promise<GroupsPage> {
    const request = new this.sdk.DescribeContainerGroupsRequest({
      regionId: query.regionId,
      containerGroupName: query.containerGroupName,
      limit: query.limit,
      ...(query.nextToken ? { nextToken: query.nextToken } : {})
    });
    const response = await this.modelled(
      'DescribeContainerGroups',
      false,
      (runtime) => this.client.describeContainerGroupsWithOptions(request, runtime),
      call
    );
    const requestId = checkedRequestId('DescribeContainerGroups', response.body?.requestId);
    const groups = (response.body?.containerGroups ?? []).map((group): ListedContainerGroup => ({
      containerGroupId: group.containerGroupId ?? '',
      name: group.containerGroupName ?? '',
      status: text(group.status) ?? 'Unknown',
      creationTime: text(group.creationTime) ?? 'unknown',
      containers: (group.containers ?? []).map((container) => container.name ?? '').filter(Boolean)
    }));
    return { groups, requestId, ...(response.body?.nextToken ? { nextToken: response.body.nextToken } : {}) };
  }

  /**
   * Runs one SDK call. The SDK's runtime options configure its HTTP layer, which our transport replaces; the SDK
   * hands that object to `callApi` untouched, so it carries the call's own signal there, and word back that an
   * answer came. An error the SDK throws after that is its model refusing the answer (`type of taskStatus is
   * mismatch`): a malformed answer of `action`, asked again like any other (`ambiguous`: it may hide work done).
   */
  private async modelled<T>(
    action: string,
    ambiguous: boolean,
    send: (runtime: Runtime) => Promise<T>,
    call: PerCall,
    extras: CallExtras = {}
  ): Promise<T> {
    let answered = false;
    const state: CallState = { signal: call.signal, answered: () => (answered = true), ...extras };
    try {
      return await send(state as unknown as Runtime);
    } catch (error) {
      if (error instanceof ApiError || !answered) throw error;
      throw malformedAnswer({
        action,
        code: 'InvalidResponse',
        message: `the answer does not have the documented shape (${untrusted(errorMessage(error), 200)})`,
        ambiguous
      });
    }
  }
}

type Runtime = Parameters<EciClientInstance['commitContainerWithOptions']>[1];

/**
 * What `callApi` is handed as the SDK's runtime options: the call's signal, word back that an answer came, and
 * who wants the answer's JSON as it came.
 */
interface CallState extends PerCall, CallExtras {
  answered?: () => void;
}

/** What one call may ask of `callApi` beyond its signal. */
interface CallExtras {
  /** The answer's JSON before the SDK's models drop the fields they do not know. */
  onBody?: (body: Record<string, unknown>) => void;
  /** This call's own answer cap (a log answer's escaped JSON is larger than the transport's default). */
  maxBodyBytes?: number;
}

/**
 * The task's times under the names the ECI user guide's sample answer gives them ("Commit a container to generate
 * an image and push the image to an image repository in Container Registry"): CreationTime and FinishedTime, where
 * the API reference and the SDK's model have TaskCreationTime and TaskFinishedTime. The model drops the former.
 */
function answerTimes(raw: unknown): { creationTime?: string; finishedTime?: string } {
  return { creationTime: rawField(raw, 'CreationTime'), finishedTime: rawField(raw, 'FinishedTime') };
}

/** A non-empty string field of a raw answer object; undefined otherwise. */
function rawField(raw: unknown, name: string): string | undefined {
  if (typeof raw !== 'object' || raw === null || !Object.hasOwn(raw, name)) return undefined;
  const value = (raw as Record<string, unknown>)[name];
  return typeof value === 'string' && value ? value : undefined;
}

function combineSignals(...signals: Array<AbortSignal | undefined>): AbortSignal | undefined {
  const present = signals.filter((signal): signal is AbortSignal => signal !== undefined);
  return present.length > 1 ? AbortSignal.any(present) : present[0];
}
