// Synchronous, and not node:fs/promises: the files are small, and fs/promises loads about ten more builtins at
// start-up (bench/startup-changes.md).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EciApi, PerCall } from '../eci/eci-client.js';
import type {
  ContainerDebugReport,
  ContainerState,
  DebugReportFacts,
  GroupEvent,
  GroupState
} from '../model/debug-report.js';
import { ApiError, errorMessage } from '../model/errors.js';
import type { DebugReportSettings } from '../model/settings.js';
import { untrusted } from '../model/untrusted.js';
import { logTail } from '../model/log-tail.js';
import { buildReportMarkdown, describeContainerState, type ReportedContainer } from '../report/debug-report.js';
import { hintForCapture, PERMISSION_CODES } from '../report/hints.js';
import type { StepContext } from '../runtime/step-context.js';

/**
 * Bytes of one log answer (DescribeContainerLog's LimitBytes). ECI's own limit is 1 MiB of content, whose JSON can
 * be six times larger; half a MiB keeps a container's two logs and their answers (logAnswerCap) small.
 */
export const LOG_LIMIT_BYTES = 512 * 1024;
/** Attempts for each capture call (the commit's calls take up to max-attempts). */
const CAPTURE_ATTEMPTS = 3;

export interface DebugCaptureOptions {
  regionId: string;
  containerGroupId: string;
  debug: DebugReportSettings;
  /** Told once, when the folder exists: the `debug-report` output. */
  onFolder?: (folder: string) => void;
}

/** A capture step's failure, by cause: each is warned about once per step. */
type Cause = string;

/**
 * Keeps, before each container's commit, its log (and its previous instance's), the group's state and its events
 * in a folder under RUNNER_TEMP. Nothing it does fails the step: a call that fails is a warning with its reason and
 * fix, and what was got is written anyway. Log content goes only into the folder, never into a log line.
 */
export class DebugCapture {
  private folder?: string;
  private groupStatus?: string;
  /** Each container's state as it was just before its commit; the others as last seen. */
  private readonly states = new Map<string, ContainerState>();
  private readonly captured = new Set<string>();
  private events: GroupEvent[] = [];
  private eventsSource?: string;
  private readonly reported = new Map<string, ReportedContainer>();
  private readonly warned = new Set<Cause>();

  constructor(
    private readonly api: EciApi,
    private readonly options: DebugCaptureOptions,
    private readonly context: StepContext
  ) {}

  /** Captures one container before its commit; undefined when not even the folder could be made. */
  async before(container: string): Promise<ContainerDebugReport | undefined> {
    const folder = this.ensureFolder();
    if (!folder) return undefined;
    const reported: ReportedContainer = { name: container, logs: [], notes: [] };
    this.reported.set(container, reported);
    const group = await this.readState();
    if (group) this.readGroup(group);
    const state = this.states.get(container);
    this.captured.add(container);
    if (group && !state) this.note(reported, `not-listed:${container}`, `the group lists no container ${container}`);
    if (group) {
      await this.readEvents(group);
      if (state) await this.readLogs(container, state, reported);
    }
    reported.state = state;
    this.writeFiles(folder);
    const files = [...reported.logs.map((log) => log.file), 'state.json', 'events.json', 'report.md'];
    const kept = reported.logs.length ? reported.logs.map((log) => log.file).join(', ') : 'no log';
    this.context.log.info(`Debug report for ${container}: ${describeContainerState(state)}; kept ${kept}.`);
    return { files, ...(state ? { state } : {}) };
  }

  /** What the summary and the pull-request comment show; undefined before any capture. */
  facts(): DebugReportFacts | undefined {
    if (!this.folder) return undefined;
    return {
      folder: this.folder,
      ...(this.groupStatus ? { groupStatus: this.groupStatus } : {}),
      containers: [...this.captured].flatMap((name) => this.states.get(name) ?? []),
      events: this.events
    };
  }

  private ensureFolder(): string | undefined {
    if (this.folder) return this.folder;
    const root = this.context.env.RUNNER_TEMP || tmpdir();
    try {
      this.folder = mkdtempSync(join(root, `eci-debug-report-${this.options.containerGroupId}-`));
    } catch (error) {
      this.warnOnce(
        'folder',
        `Debug report: could not create a folder under ${root} (${errorMessage(error)}); no debug report is kept.`
      );
      return undefined;
    }
    this.options.onFolder?.(this.folder);
    return this.folder;
  }

  private async readState(): Promise<GroupState | undefined> {
    const { regionId, containerGroupId } = this.options;
    try {
      const group = await this.api.describeGroupState(regionId, containerGroupId, this.perCall());
      if (group) return group;
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'InvalidParameter.NotFound')) {
        this.warnCall('DescribeContainerGroups', error, 'no state, log or events are kept');
        return undefined;
      }
    }
    this.warnOnce(
      'group-gone',
      `Debug report: container group ${containerGroupId} is gone (DescribeContainerGroups does not list it in ${regionId}): no state, log or events are kept. Capture while the group still exists (before a step that deletes it).`
    );
    return undefined;
  }

  private readGroup(group: GroupState): void {
    if (group.status) this.groupStatus = group.status;
    for (const container of group.containers) {
      if (!this.captured.has(container.name)) this.states.set(container.name, container);
    }
    if (!this.eventsSource || this.eventsSource.startsWith('DescribeContainerGroups')) this.events = group.events;
  }

  /** DescribeContainerGroupEvents first; the `Events` of DescribeContainerGroups when refused (emulator/FIDELITY.md). */
  private async readEvents(group: GroupState): Promise<void> {
    const { regionId, containerGroupId } = this.options;
    const fallback = 'DescribeContainerGroups Events';
    try {
      const events = await this.api.describeGroupEvents(regionId, containerGroupId, this.perCall());
      if (events === undefined && group.events.length > 0) {
        // A caller without the permission may get an empty list rather than a refusal.
        this.warnOnce(
          'events-empty',
          `Debug report: DescribeContainerGroupEvents listed no events for ${containerGroupId}, DescribeContainerGroups did; kept those. If the RAM policy lacks eci:DescribeContainerGroupEvents, add it for the fuller events.`
        );
        this.useEvents(group.events, fallback);
        return;
      }
      this.useEvents(events ?? [], 'DescribeContainerGroupEvents');
    } catch (error) {
      this.warnCall(
        'DescribeContainerGroupEvents',
        error,
        "the group's events are those DescribeContainerGroups gives"
      );
      this.useEvents(group.events, fallback);
    }
  }

  private useEvents(events: GroupEvent[], source: string): void {
    this.events = [...events].sort((a, b) => (a.lastTimestamp ?? '').localeCompare(b.lastTimestamp ?? ''));
    this.eventsSource = source;
  }

  private async readLogs(container: string, state: ContainerState, reported: ReportedContainer): Promise<void> {
    if (neverStarted(state)) {
      const why = [state.current.state, state.current.reason].filter(Boolean).join(' ') || 'no state';
      this.note(
        reported,
        `never-started:${container}`,
        `container ${container} never started (${why}): it has no log. Its state and the group's events say why (see report.md).`
      );
      return;
    }
    await this.readLog(container, false, reported);
    if (state.restartCount > 0) await this.readLog(container, true, reported);
  }

  private async readLog(container: string, lastTime: boolean, reported: ReportedContainer): Promise<void> {
    const file = `${container}${lastTime ? '.previous' : ''}.log`;
    const query = {
      regionId: this.options.regionId,
      containerGroupId: this.options.containerGroupId,
      containerName: container,
      tail: this.options.debug.logLines,
      limitBytes: LOG_LIMIT_BYTES,
      lastTime
    };
    try {
      const answer = await this.api.describeContainerLog(query, this.perCall());
      // A server that ignores Tail or LimitBytes does not make the file larger.
      const content = logTail(answer.content, this.options.debug.logLines, LOG_LIMIT_BYTES);
      const truncated = Buffer.byteLength(answer.content) >= LOG_LIMIT_BYTES;
      writeFileSync(join(this.folder!, file), content, { mode: 0o600 });
      reported.logs.push({ file, content, truncated });
    } catch (error) {
      const what = lastTime ? `the previous log of ${container}` : `the log of ${container}`;
      this.warnCall('DescribeContainerLog', error, `${what} is not kept`);
      reported.notes.push(`${file}: not kept (${error instanceof ApiError ? error.code : 'error'})`);
    }
  }

  private writeFiles(folder: string): void {
    const containers = [...this.states.values()];
    const capturedAt = new Date(this.context.clock.now()).toISOString();
    const state = {
      containerGroupId: this.options.containerGroupId,
      regionId: this.options.regionId,
      status: this.groupStatus ?? null,
      capturedAt,
      containers: containers.map((container) => ({
        ...container,
        capturedBeforeCommit: this.captured.has(container.name)
      }))
    };
    const events = { source: this.eventsSource ?? null, events: this.events };
    const report = buildReportMarkdown({
      containerGroupId: this.options.containerGroupId,
      ...(this.groupStatus ? { groupStatus: this.groupStatus } : {}),
      capturedAt,
      containers: [...this.reported.values()],
      events: this.events,
      ...(this.eventsSource ? { eventsSource: this.eventsSource } : {})
    });
    const files: Array<[string, string]> = [
      ['state.json', `${JSON.stringify(state, null, 2)}\n`],
      ['events.json', `${JSON.stringify(events, null, 2)}\n`],
      ['report.md', report]
    ];
    // Each file is tried; the first failure is the one warned about.
    let failure: unknown;
    for (const [file, content] of files) {
      try {
        writeFileSync(join(folder, file), content, { mode: 0o600 });
      } catch (error) {
        failure ??= error;
      }
    }
    if (failure !== undefined) {
      this.warnOnce('write', `Debug report: could not write to ${folder} (${errorMessage(failure)}).`);
    }
  }

  /** Fewer attempts than the commit's calls may take: a capture must not eat the step's time. */
  private perCall(): PerCall {
    return { signal: this.context.signal, attempts: CAPTURE_ATTEMPTS };
  }

  private warnCall(action: string, error: unknown, consequence: string): void {
    if (this.context.signal.aborted) {
      this.warnOnce('stopped', `Debug report: stopped (${consequence}).`);
      return;
    }
    const code = error instanceof ApiError ? error.code : 'error';
    const permission = error instanceof ApiError && PERMISSION_CODES.test(error.code);
    const cause = permission ? `denied:${action}` : `${action}:${code}`;
    const reason = error instanceof ApiError ? `${error.code}: ${error.message}` : errorMessage(error);
    const hint =
      error instanceof ApiError
        ? (hintForCapture(error.code, action) ??
          (error.code === 'AnswerTooLarge' ? 'The log answer was larger than expected; lower log-lines.' : undefined))
        : undefined;
    this.warnOnce(
      cause,
      `Debug report: ${action} failed, ${consequence}: ${untrusted(reason)}${hint ? ` ${hint}` : ''}`
    );
  }

  private note(reported: ReportedContainer, cause: Cause, text: string): void {
    reported.notes.push(text);
    this.warnOnce(cause, `Debug report: ${text}`);
  }

  private warnOnce(cause: Cause, line: string): void {
    if (this.warned.has(cause)) return;
    this.warned.add(cause);
    this.context.log.warning(line);
  }
}

/** Waiting and never run: no start time, no restart, no previous state. */
function neverStarted(state: ContainerState): boolean {
  return state.current.state === 'Waiting' && state.restartCount === 0 && !state.previous && !state.current.startTime;
}
