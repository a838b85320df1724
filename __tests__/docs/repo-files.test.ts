/** The ecosystem files: licence, changelog, Dependabot, .gitattributes, .env.example and @github/local-action. */
import { parse as parseYaml } from 'yaml';
import {
  DEFAULT_CONTAINER_GROUP_ID,
  DEFAULT_CONTAINER_NAMES,
  DEFAULT_REGION_ID
} from '../../emulator/container-groups.js';
import { DEFAULT_ACCESS_KEY_ID, DEFAULT_ACCESS_KEY_SECRET } from '../../emulator/credentials.js';
import { runContextFromEnv } from '../../src/inputs/run-context.js';
import { loadAction, readText } from './support.js';

describe('repository files', () => {
  it('LICENSE is MIT', () => {
    const license = readText('LICENSE');
    expect(license).toMatch(/^MIT License\n/);
    expect(license).toContain('Copyright (c) 2026 eci-commit-container contributors');
    expect(JSON.parse(readText('package.json')).license).toBe('MIT');
  });

  it('CHANGELOG.md follows Keep a Changelog and has the 1.0.0 entry', () => {
    const changelog = readText('CHANGELOG.md');
    expect(changelog).toMatch(/keepachangelog\.com/);
    expect(changelog).toMatch(/^## \[1\.0\.0\]/m);
    expect(changelog).toMatch(/^### Added/m);
  });

  it('.gitattributes marks dist/ as generated', () => {
    expect(readText('.gitattributes').split('\n')).toContain('dist/** -diff linguist-generated');
  });

  it('Dependabot updates npm packages and GitHub Actions weekly', () => {
    const config = parseYaml(readText('.github/dependabot.yml')) as {
      version: number;
      updates: Array<{ 'package-ecosystem': string; directory: string; schedule: { interval: string } }>;
    };
    expect(config.version).toBe(2);
    const ecosystems = config.updates.map((update) => update['package-ecosystem']).sort();
    expect(ecosystems).toEqual(['github-actions', 'npm']);
    for (const update of config.updates) {
      expect(update.directory).toBe('/');
      expect(update.schedule.interval).toBe('weekly');
    }
  });
});

describe('.env.example for @github/local-action', () => {
  const lines = readText('.env.example')
    .split('\n')
    .filter((line) => /^[A-Za-z_][\w.-]*=/.test(line));
  const variables = new Map(lines.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
  const action = loadAction();

  it('lists every input, named as the runner names it (INPUT_ + upper case, hyphens kept), and nothing else', () => {
    const inputs = [...variables.keys()].filter((name) => name.startsWith('INPUT_')).sort();
    const expected = Object.keys(action.inputs)
      .map((name) => `INPUT_${name.toUpperCase()}`)
      .sort();
    expect(inputs).toEqual(expected);
  });

  it('fills the required inputs and points at the emulator', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      if (input.required === true) expect(variables.get(`INPUT_${name.toUpperCase()}`)).not.toBe('');
    }
    for (const name of ['ENDPOINT', 'STS-ENDPOINT', 'REGISTRY-ENDPOINT', 'CR-ENDPOINT']) {
      expect(variables.get(`INPUT_${name}`)).toBe('http://127.0.0.1:8080');
    }
    expect(variables.get('INPUT_OIDC-ROLE-ARN')).toBe('');
  });

  it("uses the emulator's region, running container group, one of its containers and its test keys", () => {
    // These values live in scripts/docs/env-example.mjs (LOCAL_VALUES); the emulator defines them.
    expect(variables.get('INPUT_REGION-ID')).toBe(DEFAULT_REGION_ID);
    expect(variables.get('INPUT_CONTAINER-GROUP-ID')).toBe(DEFAULT_CONTAINER_GROUP_ID);
    expect(DEFAULT_CONTAINER_NAMES).toContain(variables.get('INPUT_CONTAINER-NAME'));
    expect(variables.get('INPUT_ACCESS-KEY-ID')).toBe(DEFAULT_ACCESS_KEY_ID);
    expect(variables.get('INPUT_ACCESS-KEY-SECRET')).toBe(DEFAULT_ACCESS_KEY_SECRET);
  });

  it('sets the GITHUB_* variables that the derived defaults read', () => {
    const read = new Set<string>();
    runContextFromEnv(
      new Proxy({} as NodeJS.ProcessEnv, {
        get: (_, name) => {
          if (typeof name === 'string') read.add(name);
          return undefined;
        }
      })
    );
    expect(read.size).toBeGreaterThan(0);
    for (const name of read) expect(variables.get(name)).toBeTruthy();
  });
});

describe('@github/local-action', () => {
  it('is a dev dependency, with tsx', () => {
    const { devDependencies } = JSON.parse(readText('package.json')) as { devDependencies: Record<string, string> };
    expect(Object.keys(devDependencies)).toEqual(
      expect.arrayContaining(['@github/local-action', '@actions/workflow-parser', 'tsx'])
    );
  });

  it('finds run() exported by src/main.ts', async () => {
    const main = await import('../../src/main.js');
    expect(typeof main.run).toBe('function');
  });
});
