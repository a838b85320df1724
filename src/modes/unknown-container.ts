import type { EciApi } from '../eci/eci-client.js';
import { ApiError } from '../model/errors.js';
import type { CommitRequest } from '../model/request.js';
import { untrusted } from '../model/untrusted.js';
import { withRetry } from '../net/retry.js';
import type { StepContext } from '../runtime/step-context.js';
import { MAX_CONTAINERS } from './plan.js';

/** A refusal of CommitContainer that names the container (not the group): the name is likely wrong. */
export function namesContainer(error: unknown): error is ApiError {
  return (
    error instanceof ApiError &&
    error.action === 'CommitContainer' &&
    /^InvalidParameter|NotFound/.test(error.code) &&
    /container ?name/i.test(error.detail) &&
    !/ContainerGroupId|container ?group ?id/i.test(error.detail)
  );
}

/**
 * What the group has, for a single container name ECI refused: asked only after the refusal, so a step that
 * commits one container sends DescribeContainerGroups only when it helps. A lookup that fails adds nothing.
 */
export async function containersOfGroup(
  api: EciApi,
  request: CommitRequest,
  context: Pick<StepContext, 'clock' | 'retry' | 'signal' | 'log'>
): Promise<string | undefined> {
  const group = await withRetry(
    'DescribeContainerGroups',
    () => api.describeContainerGroup(request.regionId, request.containerGroupId, { signal: context.signal }),
    context
  ).catch(() => undefined);
  if (!group) return undefined;
  const has = group.containers.slice(0, MAX_CONTAINERS).map((name) => untrusted(name, 140));
  return `Invalid container-name '${request.containerName}': not found in container group ${request.containerGroupId}. It has: ${has.join(', ') || 'no containers'}.`;
}
