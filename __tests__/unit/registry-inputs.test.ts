import { withActionDefaults } from '../../test-support/action-inputs.js';
import { jest } from '@jest/globals';
type RegistrySettings = import('../../src/model/settings.js').RegistrySettings;

import { core, recorded, resetRecorded } from '../../test-support/core-stand-in.js';
jest.unstable_mockModule('@actions/core', () => core);
beforeEach(resetRecorded);

const { readSettings } = await import('../../src/inputs/read-settings.js');
const { InputError } = await import('../../src/model/errors.js');

const BASE: Record<string, string> = {
  'region-id': 'cn-hangzhou',
  'container-group-id': 'eci-2zelg8vwnlzdhf8hv7ab',
  'container-name': 'app',
  'image-repository': 'registry.cn-shenzhen.aliyuncs.com/ns/app',
  'image-tag': 'v1',
  'access-key-id': 'LTAI5tExampleKeyId',
  'access-key-secret': 'example-secret-value'
};

function registry(overrides: Record<string, string> = {}): RegistrySettings {
  const settings = readSettings(withActionDefaults({ ...BASE, ...overrides }), {});
  if (settings.mode !== 'commit') throw new Error('expected commit settings');
  return settings.registry;
}

function errorFor(overrides: Record<string, string>): string {
  try {
    registry(overrides);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('readSettings did not throw');
}

describe('the registry inputs', () => {
  it('default to digest auto, overwrite, and the cr endpoint of the registry region', () => {
    expect(registry()).toEqual({
      digest: 'auto',
      ifTagExists: 'overwrite',
      crEndpoint: { protocol: 'https', host: 'cr.cn-shenzhen.aliyuncs.com' },
      crRegionId: 'cn-shenzhen'
    });
  });

  it('name one region for the token call and the default cr endpoint: the one the image host names', () => {
    // region-id is where the container group runs; the registry of another region issues its own tokens.
    const settings = registry({ 'acr-instance-id': 'cri-abc123' });
    expect(settings.crRegionId).toBe('cn-shenzhen');
    expect(settings.crEndpoint.host).toBe(`cr.${settings.crRegionId}.aliyuncs.com`);
    expect(registry({ 'acr-instance-id': 'cri-abc123', 'acr-region-id': 'cn-beijing' }).crRegionId).toBe('cn-beijing');
    expect(
      registry({ 'image-repository': 'images.example.com/ns/app', 'acr-instance-id': 'cri-abc123' }).crRegionId
    ).toBe('cn-hangzhou');
  });

  it('take the ACR instance region first, and region-id for a custom domain', () => {
    expect(registry({ 'acr-instance-id': 'cri-abc123', 'acr-region-id': 'cn-beijing' }).crEndpoint.host).toBe(
      'cr.cn-beijing.aliyuncs.com'
    );
    expect(
      registry({ 'image-repository': 'images.example.com/ns/app', 'acr-instance-id': 'cri-abc123' }).crEndpoint.host
    ).toBe('cr.cn-hangzhou.aliyuncs.com');
  });

  it('accept the choices in any case and refuse others, naming the input and the choices', () => {
    expect(registry({ digest: 'TRUE', 'if-tag-exists': 'Skip' })).toMatchObject({
      digest: 'true',
      ifTagExists: 'skip'
    });
    expect(errorFor({ digest: 'yes' })).toBe("Invalid digest 'yes'. Expected one of auto, true, false.");
    expect(errorFor({ 'if-tag-exists': 'keep' })).toBe(
      "Invalid if-tag-exists 'keep'. Expected one of overwrite, fail, skip."
    );
  });

  it('want username and password together, and mask the password before anything else', () => {
    expect(errorFor({ 'registry-username': 'robot' })).toMatch(
      /^Input registry-username is set but registry-password is empty/
    );
    expect(errorFor({ 'registry-password': 'pw' })).toMatch(/^Input registry-password is set but registry-username/);
    expect(recorded.secrets).toContain('pw');
  });

  it('accept http:// endpoints for loopback only', () => {
    expect(registry({ 'registry-endpoint': 'http://127.0.0.1:5000' }).endpoint).toEqual({
      protocol: 'http',
      host: '127.0.0.1:5000'
    });
    expect(errorFor({ 'registry-endpoint': 'http://registry.example.com' })).toMatch(
      /^Invalid registry-endpoint .*http:\/\/ is accepted only for loopback hosts/
    );
    expect(errorFor({ 'cr-endpoint': 'ftp://cr.example.com' })).toMatch(/^Invalid cr-endpoint/);
  });

  it('refuse digest: true without waiting, since the image is pushed after the step', () => {
    expect(errorFor({ digest: 'true', wait: 'false' })).toMatch(/^Input digest is true but wait is false/);
    expect(registry({ digest: 'auto', wait: 'false' }).digest).toBe('auto');
  });
});
