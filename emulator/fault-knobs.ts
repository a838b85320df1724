/**
 * Faults armed by tests: each applies to the next `count` (default 1) API requests, optionally only to one action.
 * They apply to the ECI and STS actions, not to the GitHub token stand-in or the admin API.
 */
import type { ErrorShape } from './error-shape.js';
import type { CommitPhase } from './task-simulation.js';

interface Counted {
  /** How many requests (or tasks) the fault applies to; default 1. */
  count?: number;
  /** Only requests for this action (e.g. `DescribeCommitContainerTask`); default: any action. */
  action?: string;
  /** Matching requests let through before the fault applies; default 0. */
  skip?: number;
}

export interface InjectedErrorKnob extends Counted {
  status: number;
  code: string;
  message: string;
  /** Sent as the `x-acs-retry-after` header, in milliseconds (Alibaba's unit), on any status and code. */
  retryAfterMs?: number;
  /** How the body is written; default: the emulator's `errorShape` setting. */
  shape?: ErrorShape;
  /** Sent as the body's AccessDeniedDetail (RAM's account of a denied call). */
  accessDeniedDetail?: Record<string, string>;
}

export type DropConnectionKnob = Counted;

/** An answer sent as given instead of the action's: a proxy's error page, a garbled or hostile body, a huge one. */
export interface RawAnswerKnob extends Counted {
  status: number;
  body: string;
  /** Default `application/json;charset=utf-8`. */
  contentType?: string;
  /** Sends `body` this many times over, streamed (an oversized answer without building it); default 1. */
  repeat?: number;
}

export interface DelayKnob extends Counted {
  ms: number;
}

export interface HideNewTasksKnob {
  /** DescribeCommitContainerTask queries that will not show the task. */
  queries: number;
  /** How many newly created tasks this applies to; default 1. */
  count?: number;
}

export interface FailTaskKnob {
  phase: CommitPhase;
  /** Becomes the task's StatusMessage and the failed phase's Message. */
  message?: string;
  containerGroupId?: string;
  containerName?: string;
}

export interface RequestFaults {
  delayMs: number;
  dropBeforeProcessing: boolean;
  dropAfterProcessing: boolean;
  error?: InjectedErrorKnob;
  rawAnswer?: RawAnswerKnob;
}

class CountedFaults<T extends Counted> {
  private entries: Array<{ knob: T; left: number; skipLeft: number }> = [];

  arm(knob: T): void {
    const count = knob.count ?? 1;
    if (!Number.isInteger(count) || count < 1) throw new RangeError(`count must be a positive integer, got ${count}`);
    const skip = knob.skip ?? 0;
    if (!Number.isInteger(skip) || skip < 0) throw new RangeError(`skip must be a non-negative integer, got ${skip}`);
    this.entries.push({ knob, left: count, skipLeft: skip });
  }

  take(action: string | undefined): T | undefined {
    const entry = this.entries.find(
      (candidate) => candidate.knob.action === undefined || candidate.knob.action === action
    );
    if (!entry) return undefined;
    if (entry.skipLeft > 0) {
      entry.skipLeft -= 1;
      return undefined;
    }
    entry.left -= 1;
    if (entry.left === 0) this.entries.splice(this.entries.indexOf(entry), 1);
    return entry.knob;
  }

  armed(): T[] {
    return this.entries.map(({ knob, left, skipLeft }) => {
      const armed: T = { ...knob, count: left };
      if (skipLeft > 0) armed.skip = skipLeft;
      else delete armed.skip;
      return armed;
    });
  }

  clear(): void {
    this.entries = [];
  }
}

export interface ArmedFaults {
  errors: InjectedErrorKnob[];
  dropsBeforeProcessing: DropConnectionKnob[];
  dropsAfterProcessing: DropConnectionKnob[];
  delays: DelayKnob[];
  hiddenTasks: HideNewTasksKnob[];
  taskFailures: FailTaskKnob[];
  rawAnswers: RawAnswerKnob[];
}

export class FaultKnobs {
  private readonly errors = new CountedFaults<InjectedErrorKnob>();
  private readonly dropsBeforeProcessing = new CountedFaults<DropConnectionKnob>();
  private readonly dropsAfterProcessing = new CountedFaults<DropConnectionKnob>();
  private readonly delays = new CountedFaults<DelayKnob>();
  private readonly hiddenTasks = new CountedFaults<HideNewTasksKnob & Counted>();
  private readonly rawAnswers = new CountedFaults<RawAnswerKnob>();
  private taskFailures: FailTaskKnob[] = [];

  injectError(knob: InjectedErrorKnob): void {
    if (!Number.isInteger(knob.status) || knob.status < 400 || knob.status > 599) {
      throw new RangeError(`status must be an HTTP error status, got ${knob.status}`);
    }
    this.errors.arm(knob);
  }

  answerRaw(knob: RawAnswerKnob): void {
    if (!Number.isInteger(knob.status) || knob.status < 100 || knob.status > 599) {
      throw new RangeError(`status must be an HTTP status, got ${knob.status}`);
    }
    const repeat = knob.repeat ?? 1;
    if (!Number.isInteger(repeat) || repeat < 1 || repeat > 1_000_000) {
      throw new RangeError(`repeat must be an integer from 1 to 1000000, got ${repeat}`);
    }
    this.rawAnswers.arm(knob);
  }

  dropConnections(knob: DropConnectionKnob = {}): void {
    this.dropsBeforeProcessing.arm(knob);
  }

  /** The request is processed (a task is created, credentials issued, ...) and then the connection is destroyed. */
  processThenDrop(knob: DropConnectionKnob = {}): void {
    this.dropsAfterProcessing.arm(knob);
  }

  delayResponses(knob: DelayKnob): void {
    if (!(knob.ms >= 0)) throw new RangeError(`ms must be >= 0, got ${knob.ms}`);
    this.delays.arm(knob);
  }

  hideNewTasks(knob: HideNewTasksKnob): void {
    if (!Number.isInteger(knob.queries) || knob.queries < 0) {
      throw new RangeError(`queries must be a non-negative integer, got ${knob.queries}`);
    }
    this.hiddenTasks.arm({ queries: knob.queries, count: knob.count ?? 1 });
  }

  failNextTask(knob: FailTaskKnob): void {
    this.taskFailures.push(knob);
  }

  /** Consumes the faults armed for this request. */
  takeRequestFaults(action: string | undefined): RequestFaults {
    const delay = this.delays.take(action);
    const dropBeforeProcessing = this.dropsBeforeProcessing.take(action) !== undefined;
    const error = dropBeforeProcessing ? undefined : this.errors.take(action);
    const rawAnswer = dropBeforeProcessing || error ? undefined : this.rawAnswers.take(action);
    const dropAfterProcessing =
      !dropBeforeProcessing && !error && !rawAnswer && this.dropsAfterProcessing.take(action) !== undefined;
    return {
      delayMs: delay?.ms ?? 0,
      dropBeforeProcessing,
      dropAfterProcessing,
      ...(error ? { error } : {}),
      ...(rawAnswer ? { rawAnswer } : {})
    };
  }

  /** Consumes the first task failure that matches this new task. */
  takeTaskFailure(containerGroupId: string, containerName: string): FailTaskKnob | undefined {
    const index = this.taskFailures.findIndex(
      (knob) =>
        (knob.containerGroupId === undefined || knob.containerGroupId === containerGroupId) &&
        (knob.containerName === undefined || knob.containerName === containerName)
    );
    return index < 0 ? undefined : this.taskFailures.splice(index, 1)[0];
  }

  /** For a new task: how many queries it stays hidden from (0 when no knob is armed). */
  takeHiddenQueries(): number {
    return this.hiddenTasks.take(undefined)?.queries ?? 0;
  }

  armed(): ArmedFaults {
    return {
      errors: this.errors.armed(),
      dropsBeforeProcessing: this.dropsBeforeProcessing.armed(),
      dropsAfterProcessing: this.dropsAfterProcessing.armed(),
      delays: this.delays.armed(),
      hiddenTasks: this.hiddenTasks.armed(),
      taskFailures: [...this.taskFailures],
      rawAnswers: this.rawAnswers.armed()
    };
  }

  clear(): void {
    this.errors.clear();
    this.dropsBeforeProcessing.clear();
    this.dropsAfterProcessing.clear();
    this.delays.clear();
    this.hiddenTasks.clear();
    this.rawAnswers.clear();
    this.taskFailures = [];
  }
}

/** Faults to arm in one go, as `POST /__emulator/config` takes them under `faults`. */
export interface FaultCommands {
  injectError?: InjectedErrorKnob[];
  dropConnections?: DropConnectionKnob[];
  processThenDrop?: DropConnectionKnob[];
  delayResponses?: DelayKnob[];
  hideNewTasks?: HideNewTasksKnob[];
  failNextTask?: FailTaskKnob[];
  answerRaw?: RawAnswerKnob[];
}

export function armFaults(knobs: FaultKnobs, commands: FaultCommands): void {
  commands.injectError?.forEach((knob) => knobs.injectError(knob));
  commands.dropConnections?.forEach((knob) => knobs.dropConnections(knob));
  commands.processThenDrop?.forEach((knob) => knobs.processThenDrop(knob));
  commands.delayResponses?.forEach((knob) => knobs.delayResponses(knob));
  commands.hideNewTasks?.forEach((knob) => knobs.hideNewTasks(knob));
  commands.failNextTask?.forEach((knob) => knobs.failNextTask(knob));
  commands.answerRaw?.forEach((knob) => knobs.answerRaw(knob));
}
