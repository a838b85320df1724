import { readFileSync } from 'node:fs';
import { ACTION_VERSION, USER_AGENT } from '../../src/model/version.js';

describe('version', () => {
  it('is the version of package.json, and names the action in the User-Agent', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(ACTION_VERSION).toBe(pkg.version);
    expect(USER_AGENT).toBe(`eci-commit-container/${pkg.version}`);
  });
});
