// action.yml as the generator reads it: inputs and outputs in their order, checked enough to render safely.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const KEBAB_CASE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** @typedef {{ name: string, description: string, required: boolean, default: string }} Input */
/** @typedef {{ name: string, description: string }} Output */

/** @returns {{ inputs: Input[], outputs: Output[] }} */
export function loadAction(path) {
  const action = parse(readFileSync(path, 'utf8')) ?? {};
  const entries = (section) =>
    Object.entries(action[section] ?? {}).map(([name, entry]) => {
      if (!KEBAB_CASE.test(name)) throw new Error(`${path}: ${section}.${name}: expected a kebab-case name`);
      if (typeof entry?.description !== 'string' || entry.description.trim() === '') {
        throw new Error(`${path}: ${section}.${name}: expected a description`);
      }
      return { name, entry, description: entry.description.trim().replace(/\s+/g, ' ') };
    });
  return {
    inputs: entries('inputs').map(({ name, entry, description }) => ({
      name,
      description,
      required: entry.required === true,
      default: entry.default === undefined || entry.default === null ? '' : String(entry.default)
    })),
    outputs: entries('outputs').map(({ name, description }) => ({ name, description }))
  };
}
