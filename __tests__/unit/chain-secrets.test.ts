import { jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, linesAt, recorded, resetRecorded } from '../../test-support/core-stand-in.js';

jest.unstable_mockModule('@actions/core', () => core);
const { maskChainSecrets } = await import('../../src/eci/chain-secrets.js');
const { withoutLibraryDebug } = await import('../../src/runtime/library-debug.js');

beforeEach(resetRecorded);

describe('maskChainSecrets', () => {
  let home: string;
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'chain-secrets-'));
  });
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  it('masks the OIDC token file, the credentials file and the CLI profile before the chain reads them', () => {
    writeFileSync(join(home, 'token'), 'eyJ.token.sig\n');
    mkdirSync(join(home, '.alibabacloud'));
    writeFileSync(
      join(home, '.alibabacloud', 'credentials'),
      '[default]\ntype = access_key\naccess_key_id = LTAIkeyid\naccess_key_secret = "ini-secret"\n'
    );
    mkdirSync(join(home, '.aliyun'));
    writeFileSync(
      join(home, '.aliyun', 'config.json'),
      JSON.stringify({
        profiles: [{ name: 'default', access_key_id: 'LTAI', access_key_secret: 'cli-secret', sts_token: 'cli-token' }]
      })
    );
    const masked = maskChainSecrets({ HOME: home, ALIBABA_CLOUD_OIDC_TOKEN_FILE: join(home, 'token') });

    expect(masked.sort()).toEqual(['cli-secret', 'cli-token', 'eyJ.token.sig', 'eyJ.token.sig\n', 'ini-secret'].sort());
    expect([...recorded.secrets].sort()).toEqual(masked.sort());
    expect(masked).not.toContain('LTAIkeyid');
  });

  it('reads the credentials file named by ALIBABA_CLOUD_CREDENTIALS_FILE, and nothing that is not there', () => {
    writeFileSync(join(home, 'creds'), '[p]\nsecurity_token = tok\n');
    expect(maskChainSecrets({ HOME: home, ALIBABA_CLOUD_CREDENTIALS_FILE: join(home, 'creds') })).toEqual(['tok']);
    expect(maskChainSecrets({ HOME: home, ALIBABA_CLOUD_OIDC_TOKEN_FILE: join(home, 'missing') })).toEqual([]);
  });
});

describe('withoutLibraryDebug', () => {
  it('takes DEBUG out of the environment the libraries read', () => {
    const saved = process.env.DEBUG;
    try {
      process.env.DEBUG = 'httpx*';
      const env: NodeJS.ProcessEnv = { DEBUG: '*' };
      withoutLibraryDebug(env);
      expect(process.env.DEBUG).toBeUndefined();
      expect(env.DEBUG).toBeUndefined();
      expect(linesAt('debug')).toContainEqual(expect.stringContaining('DEBUG is ignored'));
    } finally {
      if (saved === undefined) delete process.env.DEBUG;
      else process.env.DEBUG = saved;
    }
  });
});

describe('maskChainSecrets on odd files', () => {
  let home: string;
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'chain-secrets-odd-'));
  });
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  it('does not read a FIFO (its read would block the step)', () => {
    const fifo = join(home, 'token-fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(maskChainSecrets({ HOME: home, ALIBABA_CLOUD_OIDC_TOKEN_FILE: fifo })).toEqual([]);
  });

  // Speed is the benchmark's to measure, never a test's: this checks the lines a backtracking pattern choked on.
  it('reads a credentials file with long runs of spaces', () => {
    mkdirSync(join(home, '.alibabacloud'));
    const spaces = ' '.repeat(50_000);
    writeFileSync(
      join(home, '.alibabacloud', 'credentials'),
      `[default]\naccess_key_secret = a${spaces}b\n${spaces}token${spaces}=${spaces}"quoted"${spaces}\n`
    );
    const masked = maskChainSecrets({ HOME: home });
    expect(masked.sort()).toEqual([`a${spaces}b`, 'quoted']);
  });
});
