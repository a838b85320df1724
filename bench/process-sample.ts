/**
 * Running the action (or `node -e 0`) the way the runner does, and measuring it: spawn and exit times on one clock,
 * peak RSS, the outputs it set. Shared by every section of `npm run bench`.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseOutputFile, stepEnvironment } from '../test-support/action-runner.js';
import { DEFAULT_REGION_ID } from '../emulator/container-groups.js';
import type { Emulator } from '../emulator/server.js';

const TIME = '/usr/bin/time';
const REPOSITORY = 'registry.cn-hangzhou.aliyuncs.com/octo/shop';

/** One clock for spawns, exits and the emulator's records: epoch ms with sub-millisecond precision. */
export const now = (): number => performance.timeOrigin + performance.now();

export interface ProcessSample {
  spawnedAt: number;
  exitedAt: number;
  exitCode: number | null;
  /** KiB; undefined when it could not be measured. */
  peakRssKiB?: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
}

export interface Stats {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
}

/** The step's environment as the tests build it, checked: none of this machine's NODE_* variables may get in. */
function cleanStepEnvironment(workDir: string, inputs?: Record<string, string>): Record<string, string> {
  const env = stepEnvironment(workDir, inputs);
  for (const name of Object.keys(env)) {
    if (name.startsWith('NODE_')) throw new Error(`${name} leaked into the step environment`);
  }
  return env;
}

/** How peak RSS is measured: GNU time where it is installed, else a VmHWM poller. */
export const rssMethod = existsSync(TIME) ? 'time' : 'vmhwm';

/** The node binary that runs both the action and `node -e 0` (bench/node-runtime.ts chooses it). */
let nodePath = process.execPath;

export function useNode(path: string): void {
  nodePath = path;
}

export function nodeVersion(): string {
  return execFileSync(nodePath, ['--version'], { encoding: 'utf8' }).trim();
}

/**
 * Runs `node <args>` and measures it. Peak RSS comes from GNU time (`%M`: the child's ru_maxrss, read by wait4, so
 * the true peak); without it, from /proc/<pid>/status VmHWM polled every 2 ms (a lower bound).
 */
export function runNode(
  args: string[],
  inputs?: Record<string, string>,
  killAfterMs = 180_000,
  /** Set after the check for leaked NODE_* variables, e.g. NODE_EXTRA_CA_CERTS for the https endpoint. */
  extraEnv: Record<string, string> = {}
): Promise<ProcessSample> {
  const workDir = mkdtempSync(join(tmpdir(), 'eci-bench-'));
  const env = { ...cleanStepEnvironment(workDir, inputs), ...extraEnv };
  const rssFile = join(workDir, 'rss');
  const [command, commandArgs] =
    rssMethod === 'time' ? [TIME, ['-f', '%M', '-o', rssFile, nodePath, ...args]] : [nodePath, args];
  return new Promise((resolve, reject) => {
    const spawnedAt = now();
    const child = spawn(command, commandArgs, { env, cwd: workDir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let vmhwm = 0;
    const poller =
      rssMethod === 'vmhwm'
        ? setInterval(() => {
            try {
              const match = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
              if (match) vmhwm = Math.max(vmhwm, Number(match[1]));
            } catch {
              // gone
            }
          }, 2)
        : undefined;
    const failsafe = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    let exitedAt = 0;
    let exitCode: number | null = null;
    child.on('error', reject);
    child.on('exit', (code) => {
      exitedAt = now();
      exitCode = code;
      clearInterval(poller);
      clearTimeout(failsafe);
    });
    child.on('close', () => {
      let peakRssKiB: number | undefined;
      if (rssMethod === 'time') {
        const text = existsSync(rssFile) ? readFileSync(rssFile, 'utf8') : '';
        const last = text.trim().split('\n').pop() ?? '';
        peakRssKiB = /^\d+$/.test(last) ? Number(last) : undefined;
        // GNU time reports "Command exited with non-zero status N" first; the exit code is the child's.
      } else {
        peakRssKiB = vmhwm || undefined;
      }
      const outputs = parseOutputFile(readFileSync(env.GITHUB_OUTPUT, 'utf8'));
      rmSync(workDir, { recursive: true, force: true });
      resolve({ spawnedAt, exitedAt, exitCode, peakRssKiB, stdout, stderr, outputs });
    });
  });
}

export function actionInputs(emulator: Emulator, containerGroupId: string): Record<string, string> {
  return {
    'region-id': DEFAULT_REGION_ID,
    'container-group-id': containerGroupId,
    'container-name': 'app',
    'image-repository': REPOSITORY,
    'access-key-id': emulator.accessKeyId,
    'access-key-secret': emulator.accessKeySecret,
    endpoint: emulator.url,
    // Sections 1 and 2 measure the commit alone; section 3 measures the registry read-back. Never the real ACR.
    digest: 'false',
    'registry-endpoint': emulator.url,
    'cr-endpoint': emulator.url
  };
}

export function assertSucceeded(sample: ProcessSample, what: string): void {
  if (sample.exitCode !== 0 || sample.outputs.status !== 'Succeeded') {
    throw new Error(
      `${what}: the action did not succeed (exit ${sample.exitCode}, status ${sample.outputs.status}).\n` +
        `${sample.stdout}\n${sample.stderr}`
    );
  }
}
