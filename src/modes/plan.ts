import * as core from '@actions/core';
import type { EciApi } from '../eci/eci-client.js';
import { ApiError, InputError, PlanError } from '../model/errors.js';
import { untrusted } from '../model/untrusted.js';
import type { Settings, ContainerSelection } from '../model/settings.js';
import { checkImageTarget, imageTargetFor } from '../model/image-target.js';
import { buildCommitRequest, wireParams, type CommitRequest } from '../model/request.js';
import { checkWaitAllows, CONTAINER_NAME, MAX_CONTAINERS } from '../model/task.js';

export { MAX_CONTAINERS } from '../model/task.js';

const UNKNOWN_GROUP_CODES = ['InvalidParameter.NotFound', 'InvalidParameter'];

/** The request for each container to commit, in order; lists the group only when several are asked for. */
export async function planCommits(api: EciApi, settings: Settings): Promise<CommitRequest[]> {
  const { containers: selection } = settings;
  let available: string[] = [];
  if (selection.kind !== 'single') {
    const group = await api
      .describeContainerGroup(settings.regionId, settings.containerGroupId)
      .catch((error: unknown) => {
        // ECI may say "not found" as an error rather than an empty list (terraform-provider-alicloud's ECI
        // service takes both as not found), as 404 InvalidParameter.NotFound or as the API reference's
        // 400 InvalidParameter: each ends in the one message below, which names the IDs to check.
        if (error instanceof ApiError && UNKNOWN_GROUP_CODES.includes(error.code)) return undefined;
        throw error;
      });
    if (!group) throw containerGroupNotFound(settings);
    available = group.containers;
  }
  const names = selectContainers(selection, available, settings.containerGroupId);
  return afterListing(selection, () => {
    checkWaitAllows(names, settings.wait);
    return names.map((name) => {
      const target = imageTargetFor(name, settings.image, names.length);
      checkImageTarget(target, target, { container: name, acrInstanceGiven: settings.acr !== undefined });
      const request = buildCommitRequest(settings, name, target);
      core.debug(`CommitContainer parameters for ${name}: ${JSON.stringify(wireParams(request))}`);
      return request;
    });
  });
}

/** The input rules, applied to names the group listed: broken after a call, so a PlanError, with the same words. */
function afterListing<T>(selection: ContainerSelection, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (selection.kind === 'single' || !(error instanceof InputError)) throw error;
    throw new PlanError(error.message);
  }
}

/** Names the input and the ID: the ID is wrong, in another region, or hidden from these credentials. */
function containerGroupNotFound(settings: Settings): PlanError {
  return new PlanError(
    `Invalid container-group-id '${settings.containerGroupId}': no such container group in region ${settings.regionId}. Check container-group-id and region-id, and that these credentials have eci:DescribeContainerGroups on the group: without it, ECI answers an empty list rather than an error.`
  );
}

/** The containers to commit, in order, checked against those the group has (listed: so a PlanError). */
export function selectContainers(
  selection: ContainerSelection,
  available: string[],
  containerGroupId: string
): string[] {
  if (selection.kind === 'single') return [selection.name];
  if (selection.kind === 'all') {
    if (available.length === 0) throw new PlanError(`Container group ${containerGroupId} has no containers to commit.`);
    if (available.length > MAX_CONTAINERS) {
      throw new PlanError(
        `Container group ${containerGroupId} reports ${available.length} containers; container-name * commits at most ${MAX_CONTAINERS} (ECI allows 20 in a group). Name the containers to commit instead.`
      );
    }
    // Names from the network become log lines, image tags and outputs: they must have the shape of input names.
    const malformed = available.find((name) => !CONTAINER_NAME.test(name));
    if (malformed !== undefined) {
      throw new PlanError(
        `Container group ${containerGroupId} reports a container named '${untrusted(malformed, 140)}', which is not a container name (1-128 lowercase letters, digits and hyphens); not committing with container-name *.`
      );
    }
    const repeated = available.find((name, index) => available.indexOf(name) !== index);
    if (repeated !== undefined)
      throw new PlanError(`Container group ${containerGroupId} reports the container ${repeated} twice.`);
    return available;
  }
  const unknown = selection.names.filter((name) => !available.includes(name));
  if (unknown.length > 0) {
    const has = available.slice(0, MAX_CONTAINERS).map((name) => untrusted(name, 140));
    throw new PlanError(
      `Invalid container-name: ${unknown.map((name) => `'${name}'`).join(', ')} not found in container group ${containerGroupId}. It has: ${has.join(', ') || 'no containers'}.`
    );
  }
  return selection.names;
}
