import type { EciApi, ListedContainerGroup } from '../eci/eci-client.js';
import { PlanError } from '../model/errors.js';
import type { Settings } from '../model/settings.js';
import { untrusted } from '../model/untrusted.js';
import type { StepContext } from '../runtime/step-context.js';
import { CONTAINER_GROUP_ID } from '../inputs/validate.js';

/** DescribeContainerGroups `Limit`: the API reference allows at most 20. */
export const GROUP_PAGE_SIZE = 20;
/** Pages read for one name: 100 groups of one name is already far more than any workflow means. */
export const MAX_GROUP_PAGES = 5;
/** Groups named in a failure: the rest are counted. */
const MAX_LISTED = 10;

/**
 * The ID of the one Running container group named `name` in the region, looked up with DescribeContainerGroups
 * (ContainerGroupName). None, several Running, or none of them Running: an error that lists what was found.
 */
export async function findContainerGroup(
  api: EciApi,
  settings: Pick<Settings, 'regionId'> & { containerGroupName: string },
  context: Pick<StepContext, 'clock' | 'retry' | 'signal' | 'log'>
): Promise<ListedContainerGroup> {
  const { regionId, containerGroupName: name } = settings;
  const found = new Map<string, ListedContainerGroup>();
  let nextToken: string | undefined;
  for (let page = 1; page <= MAX_GROUP_PAGES; page++) {
    const answer = await api.listContainerGroupsByName(
      { regionId, containerGroupName: name, limit: GROUP_PAGE_SIZE, ...(nextToken ? { nextToken } : {}) },
      { signal: context.signal }
    );
    // How ECI matches the name is not documented: only groups of exactly this name count.
    for (const group of answer.groups) {
      if (group.name === name && CONTAINER_GROUP_ID.test(group.containerGroupId))
        found.set(group.containerGroupId, group);
    }
    nextToken = answer.nextToken;
    if (!nextToken) break;
  }
  const groups = [...found.values()];
  const running = groups.filter((group) => group.status === 'Running');
  if (running.length === 1) {
    const [group] = running;
    const others =
      groups.length > 1 ? `; ${describeGroups(groups.filter((other) => other !== group))} not Running` : '';
    context.log.info(
      `container-group-name ${name}: container group ${group.containerGroupId} (Running, created ${group.creationTime})${others}.`
    );
    return group;
  }
  const where = `in region ${regionId}`;
  if (groups.length === 0) {
    throw new PlanError(
      `Invalid container-group-name '${name}': no container group of that name ${where}. Check container-group-name and region-id (ECI also lists no group to credentials without eci:DescribeContainerGroups).`
    );
  }
  if (running.length === 0) {
    throw new PlanError(
      `Container group name '${name}' ${where} has no Running group, and CommitContainer needs one: ${describeGroups(groups)}. Wait for the group to run, or check container-group-name.`
    );
  }
  throw new PlanError(
    `Container group name '${name}' ${where} matches ${running.length} Running groups: ${describeGroups(groups)}. Not committing: give container-group-id to say which one, or remove the extra groups.`
  );
}

/** `eci-a (Running, created 2026-…), eci-b (…)`, at most MAX_LISTED of them. */
function describeGroups(groups: ListedContainerGroup[]): string {
  const listed = groups
    .slice(0, MAX_LISTED)
    .map(
      (group) =>
        `${group.containerGroupId} (${untrusted(group.status, 32)}, created ${untrusted(group.creationTime, 40)})`
    );
  const more = groups.length > MAX_LISTED ? ` and ${groups.length - MAX_LISTED} more` : '';
  return `${listed.join(', ')}${more}`;
}
