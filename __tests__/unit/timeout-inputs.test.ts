import { jest } from '@jest/globals';
import { core } from '../../test-support/core-stand-in.js';

jest.unstable_mockModule('@actions/core', () => core);
const { InputError } = await import('../../src/errors.js');
const { MAX_TIMEOUT_MS, readSettings } = await import('../../src/inputs/read-settings.js');

const INPUTS: Record<string, string> = {
  'region-id': 'cn-hangzhou',
  'container-group-id': 'eci-2zelg8vwnlzdhf8hv7ab',
  'container-name': 'app',
  'image-repository': 'registry.cn-hangzhou.aliyuncs.com/octo/shop',
  'image-tag': 'v1',
  'access-key-id': 'LTAI5tExampleKeyId',
  'access-key-secret': 'example-secret-not-real'
};
const read = (overrides: Record<string, string>) =>
  readSettings((name) => ({ ...INPUTS, ...overrides })[name] ?? '', {});

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
