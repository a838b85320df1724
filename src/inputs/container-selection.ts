import { CONTAINER_NAME } from '../model/task.js';
import { InputError } from '../model/errors.js';
import type { ContainerSelection } from '../model/settings.js';

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
