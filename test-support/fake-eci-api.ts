import type {
  CommitResult,
  ContainerGroup,
  DescribeQuery,
  DescribeResult,
  EciApi,
  PerCall
} from '../src/api/eci-client.js';
import type { CommitRequest } from '../src/commit/request.js';
import type { CommitTask } from '../src/commit/task.js';
import { ApiError } from '../src/errors.js';
import type { FakeClock } from './fakes.js';

/** One scripted answer: what the call returns, what it throws, or a function of the (virtual) time. */
export type Scripted<T> = T | Error | ((clock: FakeClock) => T);

export interface EciScript {
  commits?: Array<Scripted<CommitResult>>;
  /** The tasks each DescribeCommitContainerTask lists. */
  describes?: Array<Scripted<CommitTask[]>>;
  /** NextToken to answer with, per Describe call. */
  pages?: Array<string | undefined>;
  groups?: Array<Scripted<ContainerGroup | undefined>>;
}

/**
 * The one fake ECI API of the unit tests: each call plays the next answer of its script (the last one repeats)
 * and is recorded with the virtual time it was made at. A call whose signal has fired is cancelled, as the
 * transport does.
 */
export class FakeEciApi implements EciApi {
  readonly commitCalls: Array<{ at: number; request: CommitRequest }> = [];
  readonly describeCalls: Array<{ at: number; query: DescribeQuery }> = [];
  readonly groupCalls: Array<{ at: number; containerGroupId: string }> = [];
  /** NextToken to answer with, per Describe call. */
  pages?: Array<string | undefined>;

  constructor(
    private readonly clock: FakeClock,
    private readonly script: EciScript = {}
  ) {
    this.pages = script.pages;
  }

  async commitContainer(request: CommitRequest, call: PerCall = {}): Promise<CommitResult> {
    this.commitCalls.push({ at: this.clock.now(), request });
    return this.play('CommitContainer', this.script.commits, this.commitCalls.length, call);
  }

  async describeCommitTasks(query: DescribeQuery, call: PerCall = {}): Promise<DescribeResult> {
    this.describeCalls.push({ at: this.clock.now(), query });
    const count = this.describeCalls.length;
    const tasks = await this.play('DescribeCommitContainerTask', this.script.describes ?? [[]], count, call);
    const nextToken = this.pages?.[count - 1];
    return { tasks, requestId: `DESCRIBE-${count}`, ...(nextToken ? { nextToken } : {}) };
  }

  async describeContainerGroup(
    _regionId: string,
    containerGroupId: string,
    call: PerCall = {}
  ): Promise<ContainerGroup | undefined> {
    this.groupCalls.push({ at: this.clock.now(), containerGroupId });
    return this.play('DescribeContainerGroups', this.script.groups, this.groupCalls.length, call);
  }

  private async play<T>(
    action: string,
    answers: Array<Scripted<T>> | undefined,
    count: number,
    call: PerCall
  ): Promise<T> {
    if (call.signal?.aborted) {
      throw new ApiError({ action, code: 'Aborted', message: 'cancelled', retryable: false, ambiguous: false });
    }
    if (!answers || answers.length === 0) throw new Error(`FakeEciApi: ${action} was not expected`);
    const answer = answers[Math.min(count, answers.length) - 1];
    if (answer instanceof Error) throw answer;
    return typeof answer === 'function' ? (answer as (clock: FakeClock) => T)(this.clock) : answer;
  }
}
