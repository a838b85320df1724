import type { EciApi } from '../eci/eci-client.js';
import { ApiError } from '../model/errors.js';
import type { CommitRequest } from '../model/request.js';
import { untrusted } from '../model/untrusted.js';
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
 * The failure of a single container name ECI refused, with what the group has: asked only after the refusal, so a
 * step that commits one container sends DescribeContainerGroups only when it helps. A name absent from the list is
 * said to be not found, and the hint is to pick a listed one; a name the group does list keeps ECI's refusal and
 * its hint. A lookup that fails leaves `failure` as it is.
 */
export async function withContainersOfGroup(
  api: EciApi,
  request: CommitRequest,
  failure: string,
  context: Pick<StepContext, 'clock' | 'retry' | 'signal' | 'log'>
): Promise<string> {
  // The API retries its reads itself (eci/retrying-api.ts): one call here, not a loop around its loop.
  const group = await api
    .describeContainerGroup(request.regionId, request.containerGroupId, { signal: context.signal })
    .catch(() => undefined);
  if (!group) return failure;
  const has = group.containers.slice(0, MAX_CONTAINERS).map((name) => untrusted(name, 140));
  const listed = has.join(', ') || 'no containers';
  if (group.containers.includes(request.containerName)) {
    return `Container group ${request.containerGroupId} has container ${request.containerName} (it has: ${listed}), yet ECI refused the name:\n${failure}`;
  }
  const hintAt = failure.lastIndexOf('\nHint: ');
  const refusal = hintAt >= 0 ? failure.slice(0, hintAt) : failure;
  return `Invalid container-name '${request.containerName}': not found in container group ${request.containerGroupId}. It has: ${listed}.\n${refusal}\nHint: use one of the names listed.`;
}
