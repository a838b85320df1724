import type { StepContext } from '../runtime/step-context.js';
import type { CommonSettings } from '../model/settings.js';
import { formatDuration } from '../model/format.js';
import { untrusted } from '../model/untrusted.js';
import { capitalized, stopCause } from '../runtime/step-deadline.js';
import type { ContainerResult } from '../model/results.js';
import { failedPhase } from '../model/task.js';
import { hintForPhase } from '../report/hints.js';
import type { WaitOutcome, WatchOptions } from './wait-for-task.js';

/** What a wait for commit tasks needs, whether the step created them or was given their IDs. */
export interface FollowContext extends Pick<StepContext, 'clock' | 'retry' | 'signal' | 'log'> {
  settings: CommonSettings;
}

/** The options every wait of a step shares; the wait starts now. */
export function waitOptions(
  context: FollowContext
): Omit<WatchOptions, 'taskIds' | 'onTask' | 'maxInvisiblePolls' | 'invisibleGraceMs' | 'scheduleFromCreation'> {
  const { settings, clock } = context;
  return {
    regionId: settings.regionId,
    startedAt: clock.now(),
    timeoutMs: settings.waitTimeoutMs,
    pollIntervalMs: settings.pollIntervalMs,
    clock,
    log: context.log,
    signal: context.signal
  };
}

/** Records how the wait for `result`'s task ended, and why the step fails if it does (a success is not logged). */
export function settle(
  result: ContainerResult,
  outcome: WaitOutcome,
  settings: CommonSettings,
  stop: AbortSignal
): void {
  const taskId = result.taskId!;
  if (outcome.state === 'finished') {
    result.status = outcome.task.status === 'Succeeded' ? 'Succeeded' : 'Failed';
    // A success is said by the caller once its digest is read (pushedLine).
    if (result.status === 'Succeeded') return;
    const phase = failedPhase(outcome.task);
    const phaseDetail =
      phase?.message && phase.message !== outcome.task.statusMessage ? ` (${untrusted(phase.message)})` : '';
    const where = phase ? ` in phase ${untrusted(phase.phase, 60)}${phaseDetail}` : '';
    const message = outcome.task.statusMessage ? untrusted(outcome.task.statusMessage) : 'no status message';
    const hint = phase
      ? hintForPhase(phase.phase, `${outcome.task.statusMessage ?? ''} ${phase.message ?? ''}`)
      : undefined;
    result.failure = `Commit task ${taskId} failed${where}: ${message}${hint ? `\nHint: ${hint}` : ''}`;
    return;
  }
  result.status = 'Running';
  result.groupBusy = true;
  result.failure =
    outcome.state === 'timeout'
      ? `Timed out after ${formatDuration(settings.waitTimeoutMs)} waiting for commit task ${taskId}` +
        `${outcome.task?.progress !== undefined ? ` (at ${outcome.task.progress}%)` : ''}. ` +
        `The task keeps running on ECI (there is no cancel API); check it with DescribeCommitContainerTask TaskId=${taskId}, or wait for it again with task-id: ${taskId}.` +
        (outcome.lastError ? ` Last error: ${outcome.lastError}.` : '')
      : `${capitalized(stopCause(stop))} while waiting for commit task ${taskId}. The task keeps running on ECI; check it with DescribeCommitContainerTask TaskId=${taskId}, or wait for it again with task-id: ${taskId}.`;
}
