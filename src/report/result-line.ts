import { pinnedImage } from '../model/digest.js';
import type { ContainerResult } from '../model/results.js';
import { untrusted } from '../model/untrusted.js';

/**
 * The step's last log line: what was pushed (by its pinned reference when the digest is known), what still runs,
 * what was skipped and what failed, in one line. A step that failed before any result points at its error, printed
 * just above, rather than repeating it; `waitOnly` is a `task-id` step, which never commits.
 */
export function resultLine(results: ContainerResult[], options: { failed: boolean; waitOnly: boolean }): string {
  if (results.length === 0) {
    if (!options.failed) return 'Result: nothing was committed.';
    return `Result: failed before ${options.waitOnly ? 'waiting' : 'any commit'} (see the error above).`;
  }
  const parts = [
    group('pushed', results, 'Succeeded', (result) => pushed(result)),
    group('still running', results, 'Running', (result) =>
      result.container && result.taskId ? `${name(result)} (task ${result.taskId})` : name(result)
    ),
    group('failed', results, 'Failed', name),
    group('skipped', results, 'Skipped', (result) =>
      result.digest && result.image ? `${name(result)} (exists: ${pinned(result) ?? result.image})` : name(result)
    )
  ].filter((part): part is string => part !== undefined);
  return `Result: ${parts.join('; ')}.`;
}

function group(
  label: string,
  results: ContainerResult[],
  status: ContainerResult['status'],
  describe: (result: ContainerResult) => string
): string | undefined {
  const matching = results.filter((result) => result.status === status);
  if (matching.length === 0) return undefined;
  return `${label} ${matching.map(describe).join(', ')}`;
}

function name(result: ContainerResult): string {
  return untrusted(result.container || result.taskId || 'a task', 140);
}

function pinned(result: ContainerResult): string | undefined {
  if (!result.digest || !result.image || !result.tag) return undefined;
  return pinnedImage(result.image.slice(0, -(result.tag.length + 1)), result.digest);
}

/** `repo@sha256:…`, else `repo:tag` (digest not read), else the task. */
function pushed(result: ContainerResult): string {
  const reference = pinned(result) ?? (result.image ? `${result.image} (digest not read)` : undefined);
  if (!reference) return `commit task ${result.taskId ?? ''} (image not named)`.trim();
  return result.container ? `${untrusted(result.container, 140)} → ${reference}` : reference;
}
