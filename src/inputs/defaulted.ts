import { InputError } from '../model/errors.js';
import type { TrimmedInput } from './validate.js';

/**
 * An input that action.yml gives a default: the runner (and @github/local-action) fills the default in when the
 * input is not given, so the code does not repeat it. Empty here means a caller passed '' explicitly.
 */
export function defaulted(input: TrimmedInput, name: string, expected: string): string {
  const value = input(name);
  if (value === '') {
    throw new InputError(
      `Input ${name} is empty. Expected ${expected}. Remove ${name} from the step's with: to use the default of action.yml.`
    );
  }
  return value;
}
