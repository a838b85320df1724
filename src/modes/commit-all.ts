import type { Settings } from '../model/settings.js';
import { commitOneContainer, type ContainerCommitContext } from './commit-one.js';
import type { ContainerResult } from '../model/results.js';
import { imageReference, type CommitRequest } from '../model/request.js';
import { stopCause } from '../runtime/step-deadline.js';
import { guardExistingTags } from './tag-guard.js';
import type { DebugCapture } from './debug-capture.js';
import { TaskListsBefore } from './tasks-before.js';

export interface CommitAllContext extends Omit<ContainerCommitContext, 'onTaskCreated'> {
  /** Called whenever a result is new or changed (a task created, a container done or skipped). */
  onProgress: (latest: ContainerResult, results: ContainerResult[]) => void;
  /** debug-report: true: keeps each container's log, state and events before its commit. */
  debugCapture?: DebugCapture;
}

/**
 * Commits the planned containers one after another (ECI runs one commit per group at a time), stopping early when
 * the job is cancelled, a commit of the group is still running, or fail-fast is set and one failed.
 */
export async function commitAll(
  api: Parameters<typeof commitOneContainer>[0],
  plan: CommitRequest[],
  context: CommitAllContext
): Promise<ContainerResult[]> {
  const results: ContainerResult[] = [];
  const existing = context.registry
    ? await guardExistingTags(context.registry, plan, context.settings.registry)
    : new Map<string, string>();
  // One for the step: should taking the list fail, the step says so once.
  const taskLists = context.taskLists ?? new TaskListsBefore();
  for (const [index, request] of plan.entries()) {
    const digest = existing.get(request.containerName);
    if (digest) {
      results.push({ ...skippedResult(request), digest, ...(context.debugCapture ? { debugReport: null } : {}) });
      context.onProgress(results[results.length - 1], results);
      continue;
    }
    const { onProgress, debugCapture, ...shared } = { ...context, taskLists };
    // Closest to the failure: before the commit, which may take minutes while the group moves on.
    const kept = debugCapture ? { debugReport: (await debugCapture.before(request.containerName)) ?? null } : {};
    const result = {
      ...(await commitOneContainer(api, request, {
        ...shared,
        onTaskCreated: (created) => onProgress({ ...created, ...kept }, [...results, { ...created, ...kept }])
      })),
      ...kept
    };
    // Cancelled before its CommitContainer was sent: not committed, like the containers after it.
    const notCommitted = result.status === 'Skipped';
    const left = plan.slice(notCommitted ? index : index + 1);
    if (!notCommitted) {
      results.push(result);
      context.onProgress(result, results);
    }
    const reason = notCommitted ? stopCause(context.signal) : stopReason(result, context.settings, context.signal);
    if (reason && left.length > 0) {
      const skipped = left.map((next) => ({
        ...skippedResult(next),
        ...(context.debugCapture ? { debugReport: null } : {}),
        ...(next === request ? kept : {})
      }));
      results.push(...skipped);
      context.onProgress(skipped[skipped.length - 1], results);
      context.log.warning(`Not committing ${left.map((request) => request.containerName).join(', ')}: ${reason}.`);
      break;
    }
  }
  return results;
}

/** Why no further container is committed, if that is so. */
function stopReason(result: ContainerResult, settings: Settings, signal: AbortSignal): string | undefined {
  if (signal.aborted) return stopCause(signal);
  if (!result.failure) return undefined;
  if (result.groupBusy) return 'a commit of the group is still running';
  return settings.failFast ? 'fail-fast is true' : undefined;
}

function skippedResult(request: CommitRequest): ContainerResult {
  return {
    container: request.containerName,
    containerGroupId: request.containerGroupId,
    image: imageReference(request),
    tag: request.image.tag,
    status: 'Skipped',
    durationMs: 0,
    groupBusy: false
  };
}
