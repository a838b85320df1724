/** `npm run demo`, both modes: the built action against the emulator, every call on loopback, the digest included. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../test-support/action-runner.js';

const run = promisify(execFile);

async function demo(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', ...args], {
    cwd: PROJECT_ROOT,
    timeout: 60_000,
    env: { ...process.env, NODE_OPTIONS: '' }
  });
  return stdout;
}

describe('npm run demo', () => {
  it('commits, waits and reads the digest back from the emulator, never from a real registry', async () => {
    const stdout = await demo();
    expect(stdout).toMatch(/status = Succeeded/);
    expect(stdout).toMatch(/digest = sha256:[0-9a-f]{64}/);
    expect(stdout).toMatch(/pinned-image = registry\.cn-hangzhou\.aliyuncs\.com\/demo\/shop@sha256:[0-9a-f]{64}/);
    expect(stdout).not.toMatch(/ENOTFOUND|Could not read the digest/);
  }, 60_000);

  it('starts the commit, then waits for it by task-id', async () => {
    const stdout = await demo('--start-then-wait');
    expect(stdout).toMatch(/Step 2 waits for it/);
    expect(stdout).toMatch(/status = Succeeded/);
    expect(stdout).not.toMatch(/ENOTFOUND/);
  }, 60_000);
});
