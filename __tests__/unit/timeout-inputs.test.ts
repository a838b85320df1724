import { withActionDefaults } from '../../test-support/action-inputs.js';
import { jest } from '@jest/globals';
import { COMMIT_INPUTS } from '../../test-support/step-inputs.js';
import { core } from '../../test-support/core-stand-in.js';

jest.unstable_mockModule('@actions/core', () => core);
const { InputError } = await import('../../src/model/errors.js');
const { MAX_TIMEOUT_MS, readSettings } = await import('../../src/inputs/read-settings.js');

const INPUTS = COMMIT_INPUTS;
const read = (overrides: Record<string, string>) => readSettings(withActionDefaults({ ...INPUTS, ...overrides }), {});

describe('wait-timeout and step-timeout', () => {
  it('accept up to 72h', () => {
    expect(MAX_TIMEOUT_MS).toBe(72 * 3_600_000);
    expect(read({ 'wait-timeout': '72h', 'step-timeout': '72h' })).toMatchObject({
      waitTimeoutMs: MAX_TIMEOUT_MS,
      stepTimeoutMs: MAX_TIMEOUT_MS
    });
  });

  it.each([
    ['wait-timeout', '72h1s'],
    ['wait-timeout', '600h'],
    ['step-timeout', '600h'],
    ['step-timeout', '259201']
  ])('refuse %s %s, naming the input', (name, value) => {
    expect(() => read({ [name]: value })).toThrow(new InputError(`Invalid ${name} '${value}'. Expected at most 72h.`));
  });
});
