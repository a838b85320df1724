/**
 * The action's performance benchmark: `npm run bench` (not a test).
 *
 * 1. Start-up: runs dist/index.js as the runner does, alternating with `node -e 0`, both in a clean environment
 *    (no NODE_EXTRA_CA_CERTS, no NODE_OPTIONS), against the in-process emulator with tasks that have succeeded by
 *    the first poll. Measures spawn -> first request, spawn -> exit, peak RSS, and the dist/ size.
 * 2. Polling economics: 3 s, 20 s and 60 s tasks with growing TaskProgress, run concurrently on separate container
 *    groups (the processes sleep almost all the time); counts Describe calls and measures the detection latency
 *    (the emulator's finishedAtMs -> the action's exit).
 *
 * 3. Registry read-back: what `digest` adds (bench/registry-lookup.ts).
 *
 * Writes bench/results.md, prints PASS/FAIL per target and exits 1 when a target fails.
 *   npm run bench [-- --runs N] [--no-polling] [--no-write]
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { BUNDLE, parseOutputFile, PROJECT_ROOT, stepEnvironment } from '../test-support/action-runner.js';
import { defaultOf, loadAction } from '../test-support/action-metadata.js';
import { parseDuration } from '../src/inputs/parse.js';
import { DEFAULT_REGION_ID } from '../emulator/container-groups.js';
import { startEmulator, type Emulator } from '../emulator/server.js';
import { lookupSection, runRegistryLookup } from './registry-lookup.js';

const TIME = '/usr/bin/time';
const REPOSITORY = 'registry.cn-hangzhou.aliyuncs.com/octo/shop';
const START_GROUP = 'eci-benchstartup';

/** The bundle under test: dist/index.js unless --bundle says otherwise. */
let bundle = BUNDLE;

const TARGETS = {
  firstRequestMedianMs: 120,
  firstRequestRatio: 4.5,
  peakRssMiB: 64,
  distJsBytes: 1_500_000,
  detectionMedianMs: 1500,
  detectionSlackMs: 500,
  describePerMinute: 15
};

/** One clock for spawns, exits and the emulator's records: epoch ms with sub-millisecond precision. */
const now = (): number => performance.timeOrigin + performance.now();

interface ProcessSample {
  spawnedAt: number;
  exitedAt: number;
  exitCode: number | null;
  /** KiB; undefined when it could not be measured. */
  peakRssKiB?: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
}

interface Stats {
  median: number;
  min: number;
  max: number;
  n: number;
}

function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
}

// ---------------------------------------------------------------------------------------------------------------
// Running processes the way the runner does

/** The step's environment as the tests build it, checked: none of this machine's NODE_* variables may get in. */
function cleanStepEnvironment(workDir: string, inputs?: Record<string, string>): Record<string, string> {
  const env = stepEnvironment(workDir, inputs);
  for (const name of Object.keys(env)) {
    if (name.startsWith('NODE_')) throw new Error(`${name} leaked into the step environment`);
  }
  return env;
}

const rssMethod = existsSync(TIME) ? 'time' : 'vmhwm';

/**
 * Runs `node <args>` and measures it. Peak RSS comes from GNU time (`%M`: the child's ru_maxrss, read by wait4, so
 * the true peak); without it, from /proc/<pid>/status VmHWM polled every 2 ms (a lower bound).
 */
function runNode(args: string[], inputs?: Record<string, string>, killAfterMs = 180_000): Promise<ProcessSample> {
  const workDir = mkdtempSync(join(tmpdir(), 'eci-bench-'));
  const env = cleanStepEnvironment(workDir, inputs);
  const rssFile = join(workDir, 'rss');
  const [command, commandArgs] =
    rssMethod === 'time' ? [TIME, ['-f', '%M', '-o', rssFile, process.execPath, ...args]] : [process.execPath, args];
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

function actionInputs(emulator: Emulator, containerGroupId: string): Record<string, string> {
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

function assertSucceeded(sample: ProcessSample, what: string): void {
  if (sample.exitCode !== 0 || sample.outputs.status !== 'Succeeded') {
    throw new Error(
      `${what}: the action did not succeed (exit ${sample.exitCode}, status ${sample.outputs.status}).\n` +
        `${sample.stdout}\n${sample.stderr}`
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 1. Start-up

interface StartupPair {
  firstRequestMs: number;
  actionExitMs: number;
  actionRssKiB?: number;
  baselineExitMs: number;
  baselineRssKiB?: number;
  ratio: number;
}

async function runStartup(runs: number): Promise<StartupPair[]> {
  const emulator = await startEmulator({
    now,
    taskDurationMs: 0,
    containerGroups: { [START_GROUP]: { status: 'Running', regionId: DEFAULT_REGION_ID, containers: ['app'] } }
  });
  try {
    const inputs = actionInputs(emulator, START_GROUP);
    const action = async (): Promise<{ sample: ProcessSample; firstRequestMs: number }> => {
      emulator.reset();
      const sample = await runNode([bundle], inputs);
      assertSucceeded(sample, 'start-up run');
      const first = Math.min(...emulator.requests.map((request) => request.receivedAt));
      return { sample, firstRequestMs: first - sample.spawnedAt };
    };
    const baseline = async (): Promise<ProcessSample> => {
      const sample = await runNode(['-e', '0']);
      if (sample.exitCode !== 0) throw new Error(`node -e 0 exited with ${sample.exitCode}: ${sample.stderr}`);
      return sample;
    };
    // Warm the file cache and the emulator; not counted.
    await action();
    await baseline();

    const pairs: StartupPair[] = [];
    for (let i = 0; i < runs; i++) {
      // ABBA: the action goes first in even pairs and second in odd ones, so neither side always follows the other.
      let a: Awaited<ReturnType<typeof action>>;
      let b: ProcessSample;
      if (i % 2 === 0) {
        a = await action();
        b = await baseline();
      } else {
        b = await baseline();
        a = await action();
      }
      const baselineExitMs = b.exitedAt - b.spawnedAt;
      pairs.push({
        firstRequestMs: a.firstRequestMs,
        actionExitMs: a.sample.exitedAt - a.sample.spawnedAt,
        actionRssKiB: a.sample.peakRssKiB,
        baselineExitMs,
        baselineRssKiB: b.peakRssKiB,
        ratio: a.firstRequestMs / baselineExitMs
      });
      process.stdout.write('.');
    }
    process.stdout.write('\n');
    return pairs;
  } finally {
    await emulator.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Polling economics

interface PollingSample {
  durationMs: number;
  describeCalls: number;
  /** CommitContainer arrival -> exit. */
  waitingMs: number;
  perMinute: number;
  /** Most Describe calls in any 60 s window. */
  maxInAnyMinute: number;
  detectionMs: number;
  /** Pauses between the Describe calls, in seconds: what the schedule did. */
  gapsS: number[];
}

/** Lanes run concurrently, each on its own container group (one commit task per group at a time). */
const LANES: Array<{ durationMs: number; repeat: number }> = [
  { durationMs: 3_000, repeat: 3 },
  { durationMs: 20_000, repeat: 3 },
  { durationMs: 60_000, repeat: 1 },
  { durationMs: 60_000, repeat: 1 },
  { durationMs: 60_000, repeat: 1 }
];

async function runPolling(): Promise<PollingSample[]> {
  const groupId = (lane: number): string => `eci-benchpoll${lane}`;
  const emulator = await startEmulator({
    now,
    containerGroups: Object.fromEntries(
      LANES.map((lane, index) => [
        groupId(index),
        { status: 'Running', regionId: DEFAULT_REGION_ID, containers: ['app'], taskDurationMs: lane.durationMs }
      ])
    )
  });
  try {
    const samples: PollingSample[] = [];
    await Promise.all(
      LANES.map(async (lane, index) => {
        // Staggered, so that start-ups do not all compete for the two cores.
        await new Promise((resolve) => setTimeout(resolve, index * 350));
        for (let i = 0; i < lane.repeat; i++) {
          const sample = await runNode([bundle], actionInputs(emulator, groupId(index)));
          assertSucceeded(sample, `${lane.durationMs / 1000} s task`);
          const taskId = sample.outputs['task-id'];
          const task = emulator.task(taskId);
          if (!task) throw new Error(`the emulator does not know task ${taskId}`);
          const commit = emulator
            .requestsFor('CommitContainer')
            .filter((request) => request.params.ContainerGroupId === groupId(index) && request.status === 200)
            .find((request) => request.receivedAt >= sample.spawnedAt);
          const describes = emulator
            .requestsFor('DescribeCommitContainerTask')
            .filter((request) => request.params['TaskId.1'] === taskId)
            .map((request) => request.receivedAt);
          const waitingStart = commit?.receivedAt ?? task.createdAtMs;
          const waitingMs = sample.exitedAt - waitingStart;
          const maxInAnyMinute = Math.max(
            ...describes.map((start) => describes.filter((at) => at >= start && at < start + 60_000).length)
          );
          samples.push({
            durationMs: lane.durationMs,
            describeCalls: describes.length,
            waitingMs,
            perMinute: describes.length / (waitingMs / 60_000),
            maxInAnyMinute,
            detectionMs: sample.exitedAt - task.finishedAtMs,
            gapsS: describes.map((at, k) => (at - (k === 0 ? task.createdAtMs : describes[k - 1])) / 1000)
          });
          process.stdout.write('.');
        }
      })
    );
    process.stdout.write('\n');
    return samples.sort((a, b) => a.durationMs - b.durationMs);
  } finally {
    await emulator.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// dist/ size, machine, report

function distSizes(): { jsBytes: number; mapBytes: number; otherBytes: number; files: Array<[string, number]> } {
  const dist = dirname(bundle);
  let jsBytes = 0;
  let mapBytes = 0;
  let otherBytes = 0;
  const files: Array<[string, number]> = [];
  for (const file of readdirSync(dist).sort()) {
    const size = statSync(join(dist, file)).size;
    files.push([file, size]);
    if (/\.(c|m)?js$/.test(file)) jsBytes += size;
    else if (file.endsWith('.map')) mapBytes += size;
    else otherBytes += size;
  }
  return { jsBytes, mapBytes, otherBytes, files };
}

function machine(): Record<string, string> {
  const memKiB = Number(/MemTotal:\s+(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1] ?? totalmem() / 1024);
  return {
    nproc: String(cpus().length),
    memory: `${(memKiB / 1024 / 1024).toFixed(1)} GiB`,
    cpu: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    platform: `${process.platform} ${process.arch}`
  };
}

/** The commit the sources are at, and whether they differ from it. */
function sourceRevision(): string {
  try {
    const git = (...args: string[]): string =>
      execFileSync('git', args, { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
    const dirty = git('status', '--porcelain', '--', 'src', 'package.json', 'package-lock.json', 'scripts/bundle.mjs');
    return `commit ${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes' : ''}`;
  } catch {
    return 'an unknown revision';
  }
}

const ms = (value: number): string => `${value.toFixed(0)} ms`;
const mib = (kib: number): string => `${(kib / 1024).toFixed(1)} MiB`;
const mb = (bytes: number): string => `${(bytes / 1_000_000).toFixed(2)} MB`;
const range = (s: Stats, format: (value: number) => string): string =>
  `${format(s.median)} | ${format(s.min)} – ${format(s.max)}`;

interface Check {
  target: string;
  measured: string;
  pass: boolean;
}

async function runLookups(runs: number): Promise<Awaited<ReturnType<typeof runRegistryLookup>>> {
  const emulator = await startEmulator({
    now,
    taskDurationMs: 0,
    containerGroups: { [START_GROUP]: { status: 'Running', regionId: DEFAULT_REGION_ID, containers: ['app'] } }
  });
  try {
    return await runRegistryLookup(emulator, runs, actionInputs(emulator, START_GROUP), async (inputs) => {
      const sample = await runNode([bundle], inputs);
      return {
        exitMs: sample.exitedAt - sample.spawnedAt,
        exitCode: sample.exitCode,
        digest: sample.outputs.digest ?? ''
      };
    });
  } finally {
    await emulator.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '20' },
      /** Another build to measure (e.g. to compare a change); its folder is measured as dist/; nothing is written. */
      bundle: { type: 'string', default: BUNDLE },
      'no-polling': { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false }
    }
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 15) throw new Error('--runs must be an integer of at least 15');
  bundle = resolve(values.bundle);
  if (!existsSync(bundle)) throw new Error(`${bundle} does not exist: run npm run bundle first`);
  const pollIntervalDefault = defaultOf(loadAction().inputs['poll-interval']) || '5s';
  const pollIntervalMs = parseDuration('poll-interval', pollIntervalDefault);
  const started = Date.now();

  console.log(`Start-up: ${runs} pairs of dist/index.js and node -e 0 (peak RSS by ${rssMethod})`);
  const pairs = await runStartup(runs);
  const polling = values['no-polling']
    ? []
    : (console.log('Polling economics: 3 s, 20 s, 60 s tasks'), await runPolling());
  console.log('Registry read-back: digest false, registry credentials, ACR temporary token');
  const lookupRuns = 10;
  const lookups = await runLookups(lookupRuns);

  const firstRequest = stats(pairs.map((pair) => pair.firstRequestMs));
  const actionExit = stats(pairs.map((pair) => pair.actionExitMs));
  const baselineExit = stats(pairs.map((pair) => pair.baselineExitMs));
  const ratio = stats(pairs.map((pair) => pair.ratio));
  const rssValues = pairs.flatMap((pair) => (pair.actionRssKiB ? [pair.actionRssKiB] : []));
  const baselineRssValues = pairs.flatMap((pair) => (pair.baselineRssKiB ? [pair.baselineRssKiB] : []));
  const rss = rssValues.length ? stats(rssValues) : undefined;
  const baselineRss = baselineRssValues.length ? stats(baselineRssValues) : undefined;
  const dist = distSizes();

  const checks: Check[] = [
    {
      target: `first request median ≤ ${TARGETS.firstRequestMedianMs} ms`,
      measured: ms(firstRequest.median),
      pass: firstRequest.median <= TARGETS.firstRequestMedianMs
    },
    {
      target: `first request ≤ ${TARGETS.firstRequestRatio}× node -e 0 (median of per-pair ratios)`,
      measured: `${ratio.median.toFixed(2)}×`,
      pass: ratio.median <= TARGETS.firstRequestRatio
    },
    {
      target: `peak RSS ≤ ${TARGETS.peakRssMiB} MiB (max over runs)`,
      measured: rss ? mib(rss.max) : 'not measured',
      pass: rss !== undefined && rss.max <= TARGETS.peakRssMiB * 1024
    },
    {
      target: `dist/ JavaScript ≤ ${mb(TARGETS.distJsBytes)}`,
      measured: mb(dist.jsBytes),
      pass: dist.jsBytes <= TARGETS.distJsBytes
    }
  ];
  if (polling.length) {
    const detection = stats(polling.map((sample) => sample.detectionMs));
    const worstMinute = Math.max(...polling.map((sample) => sample.maxInAnyMinute));
    checks.push(
      {
        target: `detection latency median ≤ ${ms(TARGETS.detectionMedianMs)}`,
        measured: ms(detection.median),
        pass: detection.median <= TARGETS.detectionMedianMs
      },
      {
        target: `detection latency max ≤ poll-interval + 0.5 s = ${ms(pollIntervalMs + TARGETS.detectionSlackMs)}`,
        measured: ms(detection.max),
        pass: detection.max <= pollIntervalMs + TARGETS.detectionSlackMs
      },
      {
        target: `≤ ${TARGETS.describePerMinute} Describe calls per minute of waiting (most in any 60 s window)`,
        measured: String(worstMinute),
        pass: worstMinute <= TARGETS.describePerMinute
      }
    );
  }

  const m = machine();
  const lines: string[] = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (bench/bench.ts) on ${new Date(started).toISOString().slice(0, 16).replace('T', ' ')} UTC` +
      ` in ${((Date.now() - started) / 1000).toFixed(0)} s, measuring ${relative(PROJECT_ROOT, bundle)} built from` +
      ` ${sourceRevision()}.`,
    '',
    `Machine: ${m.nproc} CPUs (\`nproc\`), ${m.memory} memory, ${m.cpu}, Node ${m.node} (${m.platform}).` +
      ' The runner uses Node 24.',
    '',
    '## Start-up',
    '',
    `${runs} pairs, alternating (ABBA) \`node dist/index.js\` and \`node -e 0\`, both in a clean environment (no` +
      ' NODE_EXTRA_CA_CERTS, no NODE_OPTIONS; INPUT_* with the action.yml defaults but digest: false, GITHUB_OUTPUT/STEP_SUMMARY/STATE' +
      ` files), each under \`${rssMethod === 'time' ? '/usr/bin/time -f %M' : 'a VmHWM poller'}\`. The emulator` +
      ' answers the first poll with Succeeded (taskDurationMs 0); the first poll comes after the schedule’s first pause.',
    '',
    '| measure | median | min – max |',
    '|---|---|---|',
    `| (1) spawn → first request at the emulator | ${range(firstRequest, ms)} |`,
    `| \`node -e 0\`, spawn → exit (baseline) | ${range(baselineExit, ms)} |`,
    `| (1) ÷ baseline, per pair | ${range(ratio, (value) => `${value.toFixed(2)}×`)} |`,
    `| (2) spawn → exit, task Succeeded at the first poll | ${range(actionExit, ms)} |`,
    ...(rss ? [`| (3) peak RSS of the action | ${range(rss, mib)} |`] : []),
    ...(baselineRss ? [`| peak RSS of \`node -e 0\` | ${range(baselineRss, mib)} |`] : []),
    '',
    `(4) dist/: JavaScript ${mb(dist.jsBytes)}; with source maps ${mb(dist.jsBytes + dist.mapBytes)}` +
      ` (maps ${mb(dist.mapBytes)}; other files ${mb(dist.otherBytes)}).`,
    '',
    '| file | bytes |',
    '|---|---:|',
    ...dist.files.map(([file, size]) => `| ${file} | ${size.toLocaleString('en-US')} |`),
    ''
  ];
  if (polling.length) {
    lines.push(
      '## Polling economics',
      '',
      'Tasks of 3 s, 20 s and 60 s (progress grows in 10% steps; phases 20/50/30%), poll-interval at its default' +
        ` (${pollIntervalDefault}). Lanes run concurrently, each on its own container group:` +
        ` ${LANES.map((lane) => `${lane.durationMs / 1000} s ×${lane.repeat}`).join(', ')} (one after another within` +
        ' a lane; the processes sleep between polls; start-ups staggered by 350 ms). Detection' +
        ' latency: from the emulator’s finishedAtMs to the exit of the action process. Calls per minute: Describe' +
        ' calls ÷ time from CommitContainer to exit; the target applies to the most calls in any 60 s window.',
      '',
      '| task | Describe calls | waiting | calls/min (average) | most in any 60 s | detection latency | pauses between polls (s) |',
      '|---|---:|---:|---:|---:|---:|---|',
      ...polling.map(
        (sample) =>
          `| ${sample.durationMs / 1000} s | ${sample.describeCalls} | ${(sample.waitingMs / 1000).toFixed(1)} s |` +
          ` ${sample.perMinute.toFixed(1)} | ${sample.maxInAnyMinute} | ${ms(sample.detectionMs)} |` +
          ` ${sample.gapsS.map((gap) => gap.toFixed(1)).join(', ')} |`
      ),
      ''
    );
    for (const durationMs of [...new Set(polling.map((sample) => sample.durationMs))]) {
      const of = polling.filter((sample) => sample.durationMs === durationMs);
      const detection = stats(of.map((sample) => sample.detectionMs));
      lines.push(
        `- ${durationMs / 1000} s tasks (${of.length}): detection median ${ms(detection.median)}` +
          ` (${ms(detection.min)} – ${ms(detection.max)}), Describe calls median ${stats(of.map((s) => s.describeCalls)).median}.`
      );
    }
    lines.push('');
  }
  lines.push(...lookupSection(lookups, lookupRuns, (values) => stats(values).median, ms));
  lines.push(
    '## Targets',
    '',
    '| target | measured | result |',
    '|---|---|---|',
    ...checks.map((check) => `| ${check.target} | ${check.measured} | ${check.pass ? 'PASS' : 'FAIL'} |`),
    ''
  );

  const report = lines.join('\n');
  console.log(`\n${report}`);
  for (const check of checks) console.log(`${check.pass ? 'PASS' : 'FAIL'}  ${check.target}: ${check.measured}`);
  if (!values['no-write'] && bundle === BUNDLE) {
    mkdirSync(join(PROJECT_ROOT, 'bench'), { recursive: true });
    writeFileSync(join(PROJECT_ROOT, 'bench/results.md'), report);
    console.log('Wrote bench/results.md');
  }
  if (checks.some((check) => !check.pass)) process.exitCode = 1;
}

await main();
