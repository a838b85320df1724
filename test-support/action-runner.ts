import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { defaultOf, evaluateDefault, loadAction, PROJECT_ROOT } from './action-metadata.js';
import { dockerConfigSecrets } from './docker-config-secrets.js';
import { RUN_ENV } from './run-env.js';
import {
  assertNoLeakedSecrets,
  derivedSecrets,
  type FinishedRun,
  type RunChannel,
  type SecretValue
} from './secret-scan.js';

export type { FinishedRun, RunChannel, SecretValue };

export { PROJECT_ROOT };

export const BUNDLE = join(PROJECT_ROOT, 'dist/index.js');

export interface RunOptions {
  inputs: Record<string, string>;
  /** Extra environment for the step (merged over RUN_ENV). */
  env?: Record<string, string>;
  /** Files to create in the step's HOME, by relative path (e.g. `.alibabacloud/credentials`). */
  homeFiles?: Record<string, string>;
  /** Kill the action if it runs longer (a failsafe, not an assertion). */
  killAfterMs?: number;
}

export interface ActionResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** GITHUB_OUTPUT as the step wrote it (every setOutput appends to it). */
  outputFile: string;
  summary: string;
  /** Everything the step wrote anywhere a user or a later step could read it. */
  everything: string;
  durationMs: number;
}

export interface RunningAction {
  child: ChildProcess;
  /** Resolves once stdout contains `text`. */
  waitForOutput(text: string | RegExp, timeoutMs?: number): Promise<void>;
  result: Promise<ActionResult>;
}

const SECRET_INPUTS = ['access-key-secret', 'security-token', 'registry-password', 'github-token'];
const SECRET_ENV = ['ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'ALIBABA_CLOUD_SECURITY_TOKEN'];

/** Only under jest: runs are scanned (and drained) after each test; nothing else would ever drain them. */
const UNDER_JEST = typeof afterEach === 'function';
const finishedRuns: FinishedRun[] = [];
let scannedByCaller = false;

/** The runs that ended since the last call, oldest first; they are not handed out again. */
export function takeFinishedRuns(): FinishedRun[] {
  return finishedRuns.splice(0);
}

/**
 * Says the caller's own afterEach scans finished runs (with more secrets than the runner knows, e.g. the
 * emulator's), so the runner's fallback scan below stands down for this test file.
 */
export function claimSecretScan(): void {
  scannedByCaller = true;
}

// Test files that run the action without the emulator still get their runs scanned for the secrets they passed.
if (UNDER_JEST) {
  afterEach(() => {
    if (!scannedByCaller) assertNoLeakedSecrets(takeFinishedRuns());
  });
}

function secretsOf(inputs: Record<string, string>, env: Record<string, string>): SecretValue[] {
  return [
    ...SECRET_INPUTS.map((name) => ({ kind: `${name} input`, value: inputs[name] ?? '' })),
    ...SECRET_ENV.map((name) => ({ kind: `${name} env`, value: env[name] ?? '' })),
    ...derivedSecrets(inputs, env)
  ].filter((secret) => secret.value !== '');
}

/** Environment variables names as the runner makes them: INPUT_ + upper-cased name, hyphens kept. */
export function inputEnv(inputs: Record<string, string>, env: Record<string, string>): Record<string, string> {
  const metadata = loadAction();
  for (const name of Object.keys(inputs)) {
    if (!(name in metadata.inputs)) throw new Error(`Input ${name} is not declared in action.yml`);
  }
  const vars: Record<string, string> = {};
  for (const [name, spec] of Object.entries(metadata.inputs)) {
    const value = inputs[name] ?? evaluateDefault(defaultOf(spec), env);
    vars[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return vars;
}

/** Parses the GITHUB_OUTPUT file format (`name<<delimiter` blocks, or `name=value`). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]);
      outputs[name] = value.join('\n');
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=');
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return outputs;
}

export interface StepFiles {
  GITHUB_OUTPUT: string;
  GITHUB_STEP_SUMMARY: string;
  GITHUB_STATE: string;
  GITHUB_ENV: string;
  GITHUB_PATH: string;
}

/** The files a runner gives a step (GITHUB_OUTPUT and friends), created empty in `workDir`. */
export function stepFiles(workDir: string): StepFiles {
  const files = {
    GITHUB_OUTPUT: join(workDir, 'output'),
    GITHUB_STEP_SUMMARY: join(workDir, 'summary'),
    GITHUB_STATE: join(workDir, 'state'),
    GITHUB_ENV: join(workDir, 'env'),
    GITHUB_PATH: join(workDir, 'path')
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  return files;
}

/**
 * The environment of a runner step, built from nothing (none of this machine's variables, NODE_* included, get
 * in): the run's GITHUB_* variables, the step's files, and the inputs as INPUT_* with action.yml's defaults.
 */
export function stepEnvironment(
  workDir: string,
  inputs: Record<string, string> | undefined,
  extra: Record<string, string> = {},
  files: StepFiles = stepFiles(workDir)
): Record<string, string> {
  const runEnv = { ...RUN_ENV, ...extra };
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: workDir,
    RUNNER_TEMP: workDir,
    // The default credential chain must never reach the ECS metadata address from a test.
    ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
    ...files,
    ...runEnv,
    ...(inputs ? inputEnv(inputs, runEnv) : {})
  };
}

/** Starts dist/index.js the way the runner does, in an environment that holds nothing of this machine's. */
export function startAction(options: RunOptions): RunningAction {
  const workDir = mkdtempSync(join(tmpdir(), 'eci-action-run-'));
  for (const [relative, content] of Object.entries(options.homeFiles ?? {})) {
    mkdirSync(dirname(join(workDir, relative)), { recursive: true });
    writeFileSync(join(workDir, relative), content);
  }
  const files = stepFiles(workDir);
  const env = stepEnvironment(workDir, options.inputs, options.env, files);
  const configSecrets = dockerConfigSecrets(options.homeFiles, options.env);
  const started = Date.now();
  const child = spawn(process.execPath, [BUNDLE], { env, cwd: workDir, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const watchers: Array<() => void> = [];
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    watchers.forEach((check) => check());
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const failsafe = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 60_000);

  const result = new Promise<ActionResult>((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode, signal) => {
      clearTimeout(failsafe);
      const outputText = readFileSync(files.GITHUB_OUTPUT, 'utf8');
      const summary = readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8');
      const written: Record<RunChannel, string> = {
        stdout,
        stderr,
        outputs: outputText,
        summary,
        GITHUB_STATE: readFileSync(files.GITHUB_STATE, 'utf8'),
        GITHUB_ENV: readFileSync(files.GITHUB_ENV, 'utf8'),
        GITHUB_PATH: readFileSync(files.GITHUB_PATH, 'utf8')
      };
      const everything = Object.values(written).join('\n');
      rmSync(workDir, { recursive: true, force: true });
      if (UNDER_JEST)
        finishedRuns.push({
          written,
          everything,
          secrets: [...secretsOf(options.inputs, { ...RUN_ENV, ...options.env }), ...configSecrets]
        });
      resolvePromise({
        exitCode,
        signal,
        stdout,
        stderr,
        outputs: parseOutputFile(outputText),
        outputFile: outputText,
        summary,
        everything,
        durationMs: Date.now() - started
      });
    });
  });

  const waitForOutput = (text: string | RegExp, timeoutMs = 20_000): Promise<void> =>
    new Promise((resolvePromise, reject) => {
      const matches = (): boolean => (typeof text === 'string' ? stdout.includes(text) : text.test(stdout));
      if (matches()) return resolvePromise();
      const timer = setTimeout(
        () => reject(new Error(`Timed out waiting for ${String(text)} in:\n${stdout}`)),
        timeoutMs
      );
      watchers.push(() => {
        if (matches()) {
          clearTimeout(timer);
          resolvePromise();
        }
      });
    });

  return { child, waitForOutput, result };
}

export function runAction(options: RunOptions): Promise<ActionResult> {
  return startAction(options).result;
}
