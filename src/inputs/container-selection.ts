import { CONTAINER_NAME, MAX_CONTAINERS } from '../model/task.js';
import { InputError } from '../model/errors.js';
import type { ContainerSelection } from '../model/settings.js';

/** Room for MAX_CONTAINERS names of the longest form, with separators and spaces. */
export const MAX_CONTAINER_INPUT_LENGTH = MAX_CONTAINERS * 160;

const tooMany = (what: string): InputError =>
  new InputError(
    `Invalid container-name: ${what}; at most ${MAX_CONTAINERS} container names are accepted (ECI allows 20 containers in a group). Name fewer containers, or use * for all of the group's.`
  );

/** `app`, `app, sidecar`, one name per line, or `*`. */
export function parseContainerSelection(value: string): ContainerSelection {
  // Checked before the input is split, so that no amount of text costs more than a glance.
  if (value.length > MAX_CONTAINER_INPUT_LENGTH) {
    throw tooMany(`the input is ${value.length} characters long, more than ${MAX_CONTAINER_INPUT_LENGTH}`);
  }
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
  if (names.length > MAX_CONTAINERS) throw tooMany(`it lists ${names.length} names`);
  const seen = new Set<string>();
  for (const name of names) {
    if (name === '*')
      throw new InputError("Invalid container-name: '*' stands alone, meaning every container of the group.");
    if (!CONTAINER_NAME.test(name)) {
      throw new InputError(
        `Invalid container-name '${name}'. Expected container names of 1-128 lowercase letters, digits and hyphens, starting and ending with a letter or digit (several: one per line or comma-separated; or * for all).`
      );
    }
    if (seen.has(name)) throw new InputError(`Invalid container-name: '${name}' is listed twice.`);
    seen.add(name);
  }
  return names.length === 1 ? { kind: 'single', name: names[0] } : { kind: 'list', names };
}
