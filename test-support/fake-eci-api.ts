import type {
  CommitResult,
  ContainerGroup,
  DescribeQuery,
  DescribeResult,
  EciApi,
  LogQuery,
  GroupsByNameQuery,
  GroupsPage,
  PerCall
} from '../src/eci/eci-client.js';
import type { GroupEvent, GroupState } from '../src/model/debug-report.js';
import type { CommitRequest } from '../src/model/request.js';
import type { CommitTask } from '../src/model/task.js';
import { ApiError } from '../src/model/errors.js';
import type { FakeClock } from './fakes.js';

/**
 * One scripted answer: what the call returns, what it throws, or a function of the (virtual) time and of what was
 * asked (the request, the query, the group ID); the function may also throw.
 */
export type Scripted<T, Asked = unknown> = T | Error | ((clock: FakeClock, asked: Asked) => T);

/** One page of DescribeCommitContainerTask: the tasks it lists and the NextToken it answers with. */
export interface DescribePage {
  tasks: CommitTask[];
  nextToken?: string;
}

export interface EciScript {
  commits?: Array<Scripted<CommitResult, CommitRequest>>;
  /** What each DescribeCommitContainerTask lists: its tasks, or a page with its own NextToken. */
  describes?: Array<Scripted<CommitTask[] | DescribePage, DescribeQuery>>;
  /** NextToken to answer with, per Describe call, for answers given as a bare list of tasks. */
  pages?: Array<string | undefined>;
  groups?: Array<Scripted<ContainerGroup | undefined, string>>;
  /** DescribeContainerGroups with WithEvent, for the debug report. */
  states?: Array<Scripted<GroupState | undefined, string>>;
  logs?: Array<Scripted<{ content: string; requestId?: string }, LogQuery>>;
  events?: Array<Scripted<GroupEvent[] | undefined, string>>;
  /** Each page DescribeContainerGroups lists when asked by ContainerGroupName. */
  groupsByName?: Array<Scripted<Omit<GroupsPage, 'requestId'>, GroupsByNameQuery>>;
}

/**
 * A Describe answer computed as ECI computes it: only the tasks asked for by ID that are visible at that moment
 * (`byId` gives each task by the ms elapsed since `since`, undefined while unlisted), in pages of at most
 * `pageSize` (or the smaller MaxResults asked for), with NextToken as the offset of the next page.
 */
export function listedById(
  byId: Record<string, (elapsedMs: number) => CommitTask | undefined>,
  { since, pageSize = 10 }: { since: number; pageSize?: number }
): (clock: FakeClock, query: DescribeQuery) => DescribePage {
  return (clock, query) => {
    const listed = (query.taskIds ?? [])
      .map((id) => byId[id]?.(clock.now() - since))
      .filter((found): found is CommitTask => found !== undefined);
    const offset = Number(query.nextToken ?? 0);
    const tasks = listed.slice(offset, offset + Math.min(query.maxResults ?? pageSize, pageSize));
    const next = offset + tasks.length;
    return { tasks, ...(next < listed.length ? { nextToken: String(next) } : {}) };
  };
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
  readonly stateCalls: Array<{ at: number; containerGroupId: string }> = [];
  readonly logCalls: Array<{ at: number; query: LogQuery }> = [];
  readonly eventCalls: Array<{ at: number; containerGroupId: string }> = [];
  readonly groupByNameCalls: Array<{ at: number; query: GroupsByNameQuery }> = [];
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
    return this.play('CommitContainer', this.script.commits, this.commitCalls.length, request, call);
  }

  async describeCommitTasks(query: DescribeQuery, call: PerCall = {}): Promise<DescribeResult> {
    this.describeCalls.push({ at: this.clock.now(), query });
    const count = this.describeCalls.length;
    const answer = await this.play('DescribeCommitContainerTask', this.script.describes ?? [[]], count, query, call);
    const { tasks, nextToken } = Array.isArray(answer) ? { tasks: answer, nextToken: this.pages?.[count - 1] } : answer;
    return { tasks, requestId: `DESCRIBE-${count}`, ...(nextToken ? { nextToken } : {}) };
  }

  async describeContainerGroup(
    _regionId: string,
    containerGroupId: string,
    call: PerCall = {}
  ): Promise<ContainerGroup | undefined> {
    this.groupCalls.push({ at: this.clock.now(), containerGroupId });
    return this.play('DescribeContainerGroups', this.script.groups, this.groupCalls.length, containerGroupId, call);
  }

  async describeGroupState(
    _regionId: string,
    containerGroupId: string,
    call: PerCall = {}
  ): Promise<GroupState | undefined> {
    this.stateCalls.push({ at: this.clock.now(), containerGroupId });
    return this.play('DescribeContainerGroups', this.script.states, this.stateCalls.length, containerGroupId, call);
  }

  async describeContainerLog(query: LogQuery, call: PerCall = {}): Promise<{ content: string; requestId?: string }> {
    this.logCalls.push({ at: this.clock.now(), query });
    return this.play('DescribeContainerLog', this.script.logs, this.logCalls.length, query, call);
  }

  async describeGroupEvents(
    _regionId: string,
    containerGroupId: string,
    call: PerCall = {}
  ): Promise<GroupEvent[] | undefined> {
    this.eventCalls.push({ at: this.clock.now(), containerGroupId });
    return this.play(
      'DescribeContainerGroupEvents',
      this.script.events,
      this.eventCalls.length,
      containerGroupId,
      call
    );
  }

  async listContainerGroupsByName(query: GroupsByNameQuery, call: PerCall = {}): Promise<GroupsPage> {
    this.groupByNameCalls.push({ at: this.clock.now(), query });
    const count = this.groupByNameCalls.length;
    const page = await this.play('DescribeContainerGroups', this.script.groupsByName, count, query, call);
    return { ...page, requestId: `GROUPS-${count}` };
  }

  private async play<T, Asked>(
    action: string,
    answers: Array<Scripted<T, Asked>> | undefined,
    count: number,
    asked: Asked,
    call: PerCall
  ): Promise<T> {
    if (call.signal?.aborted) {
      throw new ApiError({ action, code: 'Aborted', message: 'cancelled', retryable: false, ambiguous: false });
    }
    if (!answers || answers.length === 0) throw new Error(`FakeEciApi: ${action} was not expected`);
    const answer = answers[Math.min(count, answers.length) - 1];
    if (answer instanceof Error) throw answer;
    return typeof answer === 'function' ? (answer as (clock: FakeClock, asked: Asked) => T)(this.clock, asked) : answer;
  }
}
