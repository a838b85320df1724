import { InputError } from './errors.js';

export const CONTAINER_PLACEHOLDER = '{container}';

/** Which containers to commit: one name (today's single-call path), several, or every container of the group. */
export type ContainerSelection = { kind: 'single'; name: string } | { kind: 'list'; names: string[] } | { kind: 'all' };

const CONTAINER_NAME = /^[a-z0-9](?:[a-z0-9-]{0,126}[a-z0-9])?$/;

/** `app`, `app, sidecar`, one name per line, or `*`. */
export function parseContainerSelection(value: string): ContainerSelection {
  const names = value
    .split(/[\n,]/)
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.length === 1 && names[0] === '*') return { kind: 'all' };
  if (names.length === 0) {
    throw new InputError(
      'Input required and not supplied: container-name. Expected the name of a container in the group, several names, or *.'
    );
  }
  for (const name of names) {
    if (name === '*')
      throw new InputError("Invalid container-name: '*' stands alone, meaning every container of the group.");
    if (!CONTAINER_NAME.test(name)) {
      throw new InputError(
        `Invalid container-name '${name}'. Expected container names of 1-128 lowercase letters, digits and hyphens, starting and ending with a letter or digit (several: one per line or comma-separated; or * for all).`
      );
    }
  }
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated) throw new InputError(`Invalid container-name: '${repeated}' is listed twice.`);
  return names.length === 1 ? { kind: 'single', name: names[0] } : { kind: 'list', names };
}

/** The containers to commit, in order, checked against those the group has. */
export function selectContainers(
  selection: ContainerSelection,
  available: string[],
  containerGroupId: string
): string[] {
  if (selection.kind === 'single') return [selection.name];
  if (selection.kind === 'all') {
    if (available.length === 0)
      throw new InputError(`Container group ${containerGroupId} has no containers to commit.`);
    return available;
  }
  const unknown = selection.names.filter((name) => !available.includes(name));
  if (unknown.length > 0) {
    throw new InputError(
      `Invalid container-name: ${unknown.map((name) => `'${name}'`).join(', ')} not found in container group ${containerGroupId}. It has: ${available.join(', ') || 'no containers'}.`
    );
  }
  return selection.names;
}

export interface ImageTarget {
  repository: string;
  tag: string;
}

/**
 * Repository and tag for one container: `{container}` is replaced by its name; when several containers go to one
 * repository and the tag does not tell them apart, `-<container>` is appended so no image overwrites another.
 */
export function imageTargetFor(container: string, template: ImageTarget, containerCount: number): ImageTarget {
  const repository = template.repository.split(CONTAINER_PLACEHOLDER).join(container);
  const tagTemplate = template.tag;
  const distinct = template.repository.includes(CONTAINER_PLACEHOLDER) || tagTemplate.includes(CONTAINER_PLACEHOLDER);
  const tag =
    containerCount > 1 && !distinct
      ? `${tagTemplate}-${container}`
      : tagTemplate.split(CONTAINER_PLACEHOLDER).join(container);
  return { repository, tag };
}
