import { jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { core, linesAt, recorded, resetRecorded } from '../../test-support/core-stand-in.js';
jest.unstable_mockModule('@actions/core', () => core);
const { dockerConfigCredentials, dockerConfigPath } = await import('../../src/registry/docker-config.js');

const HOST = 'registry.cn-hangzhou.aliyuncs.com';
let home: string;

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'docker-config-test-'));
  resetRecorded();
});

afterEach(() => rmSync(home, { recursive: true, force: true }));

function write(config: unknown, dir = join(home, '.docker')): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'config.json'), typeof config === 'string' ? config : JSON.stringify(config));
}

const base64 = (text: string): string => Buffer.from(text).toString('base64');

describe('dockerConfigCredentials', () => {
  it('decodes auth at the first colon (a temporary token holds colons) and masks what it found', () => {
    write({ auths: { [HOST]: { auth: base64('cr_temp_user:abc:def==') } } });
    expect(dockerConfigCredentials([HOST], { HOME: home })).toEqual({
      username: 'cr_temp_user',
      password: 'abc:def==',
      source: `the Docker config ${join(home, '.docker', 'config.json')}`
    });
    expect(recorded.secrets).toEqual([base64('cr_temp_user:abc:def=='), 'abc:def==']);
  });

  it('takes username and password, and matches keys written with a scheme, a path or capitals', () => {
    write({ auths: { 'HTTPS://Registry.cn-hangzhou.aliyuncs.com/v1/': { username: 'robot', password: 'pw' } } });
    expect(dockerConfigCredentials([HOST], { HOME: home })).toMatchObject({ username: 'robot', password: 'pw' });
  });

  it('reads $DOCKER_CONFIG/config.json instead of ~/.docker when DOCKER_CONFIG is set', () => {
    write({ auths: { [HOST]: { auth: base64('home:pw') } } });
    write({ auths: { [HOST]: { auth: base64('elsewhere:pw') } } }, join(home, 'elsewhere'));
    const env = { HOME: home, DOCKER_CONFIG: join(home, 'elsewhere') };
    expect(dockerConfigPath(env)).toBe(join(home, 'elsewhere', 'config.json'));
    expect(dockerConfigCredentials([HOST], env)?.username).toBe('elsewhere');
  });

  it('skips credential stores and helpers with a debug note, and entries without a password', () => {
    write({ credsStore: 'desktop', auths: { [HOST]: {} } });
    expect(dockerConfigCredentials([HOST], { HOME: home })).toBeUndefined();
    expect(linesAt('debug')[0]).toMatch(/credential store, which this action does not run; skipped/);
    write({ credHelpers: { [HOST]: 'acr-env' } });
    expect(dockerConfigCredentials([HOST], { HOME: home })).toBeUndefined();
    expect(linesAt('debug')[1]).toMatch(/credential helper/);
    write({ auths: { [HOST]: { identitytoken: 'refresh' } } });
    expect(dockerConfigCredentials([HOST], { HOME: home })).toBeUndefined();
    expect(linesAt('debug')[2]).toMatch(/without auth or username\/password/);
  });

  it("skips a host's auths entry when a credential helper serves that host, as docker does", () => {
    write({
      credHelpers: { [`https://${HOST}`]: 'acr-env' },
      auths: { [HOST]: { auth: base64('stale:password') }, 'other.example.com': { auth: base64('robot:pw') } }
    });
    expect(dockerConfigCredentials([HOST], { HOME: home })).toBeUndefined();
    expect(linesAt('debug')).toEqual([
      expect.stringMatching(
        /credential helper for registry\.cn-hangzhou\.aliyuncs\.com.*docker would not read its auths entry/
      )
    ]);
    expect(recorded.secrets).toEqual([]);
    expect(dockerConfigCredentials(['other.example.com'], { HOME: home })).toMatchObject({ username: 'robot' });
  });

  it('finds nothing for other hosts, a missing file, or a file that is not JSON', () => {
    expect(dockerConfigCredentials([HOST], { HOME: home })).toBeUndefined();
    write({ auths: { 'registry.cn-beijing.aliyuncs.com': { auth: base64('a:b') } } });
    expect(dockerConfigCredentials([HOST], { HOME: home })).toBeUndefined();
    write('{not json');
    expect(dockerConfigCredentials([HOST], { HOME: home })).toBeUndefined();
    expect(linesAt('debug').at(-1)).toMatch(/could not be read as JSON/);
  });
});
