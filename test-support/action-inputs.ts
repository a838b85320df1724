import { defaultOf, evaluateDefault, loadAction } from './action-metadata.js';

const ACTION = loadAction();

/**
 * An input reader that gives inputs as the runner does: a value given (even '') as it is, any other input its
 * action.yml default, with `${{ github.* }}` evaluated from `env`. For readSettings and run() in unit tests.
 */
export function withActionDefaults(
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = {}
): (name: string) => string {
  return (name) => {
    if (name in inputs) return inputs[name];
    const spec = ACTION.inputs[name];
    return spec ? evaluateDefault(defaultOf(spec), env) : '';
  };
}
