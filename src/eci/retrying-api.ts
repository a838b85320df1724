import { withRetry, type RetryContext } from '../net/retry.js';
import type { CommitRequest } from '../model/request.js';
import type { GroupEvent, GroupState } from '../model/debug-report.js';
import type {
  CommitResult,
  ContainerGroup,
  DescribeQuery,
  DescribeResult,
  EciApi,
  GroupsByNameQuery,
  GroupsPage,
  LogQuery,
  PerCall
} from './eci-client.js';
import { isRetryable } from './retry-rules.js';

/**
 * The ECI API as the modes use it: the read calls retry by the rules of retry-rules.ts, with the step's policy.
 * CommitContainer makes one attempt here: it is not idempotent, and its loop (send, look for the task of a lost
 * answer, send again) is src/modes/create-task.ts, deciding by the same rules.
 */
export class RetryingEciApi implements EciApi {
  constructor(
    readonly inner: EciApi,
    private readonly context: RetryContext
  ) {}

  commitContainer(request: CommitRequest, call?: PerCall): Promise<CommitResult> {
    return this.inner.commitContainer(request, call);
  }

  describeCommitTasks(query: DescribeQuery, call: PerCall = {}): Promise<DescribeResult> {
    return this.retried('DescribeCommitContainerTask', () => this.inner.describeCommitTasks(query, call), call);
  }

  describeContainerGroup(
    regionId: string,
    containerGroupId: string,
    call: PerCall = {}
  ): Promise<ContainerGroup | undefined> {
    return this.retried(
      'DescribeContainerGroups',
      () => this.inner.describeContainerGroup(regionId, containerGroupId, call),
      call
    );
  }

  listContainerGroupsByName(query: GroupsByNameQuery, call: PerCall = {}): Promise<GroupsPage> {
    return this.retried('DescribeContainerGroups', () => this.inner.listContainerGroupsByName(query, call), call);
  }

  describeGroupState(regionId: string, containerGroupId: string, call: PerCall = {}): Promise<GroupState | undefined> {
    return this.retried(
      'DescribeContainerGroups',
      () => this.inner.describeGroupState(regionId, containerGroupId, call),
      call
    );
  }

  describeContainerLog(query: LogQuery, call: PerCall = {}): Promise<{ content: string; requestId?: string }> {
    return this.retried('DescribeContainerLog', () => this.inner.describeContainerLog(query, call), call);
  }

  describeGroupEvents(
    regionId: string,
    containerGroupId: string,
    call: PerCall = {}
  ): Promise<GroupEvent[] | undefined> {
    return this.retried(
      'DescribeContainerGroupEvents',
      () => this.inner.describeGroupEvents(regionId, containerGroupId, call),
      call
    );
  }

  private retried<T>(what: string, attempt: () => Promise<T>, call: PerCall): Promise<T> {
    const { retry } = this.context;
    const maxAttempts = Math.min(retry.maxAttempts, call.attempts ?? Infinity);
    return withRetry(
      what,
      attempt,
      { ...this.context, retry: { ...retry, maxAttempts }, signal: call.signal ?? this.context.signal },
      {
        shouldRetry: isRetryable,
        ...(call.until !== undefined ? { until: call.until } : {}),
        ...(call.routine ? { level: 'info' as const } : {})
      }
    );
  }
}

/** `api` with its read calls retried; an API that already retries is returned as it is (never two loops). */
export function retryingEciApi(api: EciApi, context: RetryContext): EciApi {
  return api instanceof RetryingEciApi ? api : new RetryingEciApi(api, context);
}
