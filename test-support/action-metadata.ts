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

/** `${{ github.sha }}`-style expressions, as the runner evaluates them in action.yml defaults. */
export function evaluateDefault(value: string, env: Record<string, string | undefined>): string {
  const github: Record<string, string | undefined> = {
    sha: env.GITHUB_SHA,
    actor: env.GITHUB_ACTOR,
    repository: env.GITHUB_REPOSITORY,
    workflow: env.GITHUB_WORKFLOW,
    run_number: env.GITHUB_RUN_NUMBER,
    run_id: env.GITHUB_RUN_ID,
    run_attempt: env.GITHUB_RUN_ATTEMPT,
    ref: env.GITHUB_REF,
    event_name: env.GITHUB_EVENT_NAME,
    token: env.GITHUB_TOKEN
  };
  return value.replace(/\$\{\{\s*github\.([a-z_]+)\s*\}\}/g, (expression, name: string) => {
    if (!(name in github)) throw new Error(`The test runner cannot evaluate ${expression} in action.yml`);
    return github[name] ?? '';
  });
}
