/** action.yml as the tests read it: one type and one reader for the docs checks, the unit tests and the runner harness. */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface ActionInput {
  description?: unknown;
  required?: unknown;
  default?: unknown;
}

export interface ActionOutput {
  description?: unknown;
  value?: unknown;
}

export interface ActionMetadata {
  name?: unknown;
  description?: unknown;
  inputs: Record<string, ActionInput>;
  outputs: Record<string, ActionOutput>;
  runs?: { using?: unknown; main?: unknown; pre?: unknown; post?: unknown };
  branding?: { icon?: unknown; color?: unknown };
}

export function loadAction(text = readFileSync(join(PROJECT_ROOT, 'action.yml'), 'utf8')): ActionMetadata {
  const action = parseYaml(text) as ActionMetadata;
  return { ...action, inputs: action.inputs ?? {}, outputs: action.outputs ?? {} };
}

export function isRequired(input: ActionInput): boolean {
  return input.required === true;
}

/** The default as the runner sees it: a string, '' when none is declared. */
export function defaultOf(input: ActionInput): string {
  return input.default === undefined || input.default === null ? '' : String(input.default);
}
