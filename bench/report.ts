/**
 * What `npm run bench` reports: the dist/ size, the machine, the source revision, and the text of bench/results.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { PROJECT_ROOT } from '../test-support/action-runner.js';
import type { PollingSample } from './polling.js';
import { LANES } from './polling.js';
import { rssMethod, stats, type Stats } from './process-sample.js';
import { lookupSection, type LookupSample } from './registry-lookup.js';
import type { StartupStats } from './startup.js';
import type { ConditionSample } from './real-conditions.js';
import { RUNNER_ENTRY } from './runner-path.js';
import { nodeVersion } from './process-sample.js';

export interface DistSizes {
  jsBytes: number;
  mapBytes: number;
  otherBytes: number;
  files: Array<[string, number]>;
}

/** The sizes of the files beside the bundle (its dist/ folder). */
export function distSizes(bundle: string): DistSizes {
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
    node: nodeVersion(),
    platform: `${process.platform} ${process.arch}`,
    load: loadavg()
      .map((value) => value.toFixed(1))
      .join(' / ')
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

export const ms = (value: number): string => `${value.toFixed(0)} ms`;
export const mib = (kib: number): string => `${(kib / 1024).toFixed(1)} MiB`;
export const mb = (bytes: number): string => `${(bytes / 1_000_000).toFixed(2)} MB`;
const range = (s: Stats, format: (value: number) => string): string =>
  `${format(s.median)} | ${format(s.min)} – ${format(s.max)}`;

export interface Check {
  target: string;
  measured: string;
  pass: boolean;
}

export interface BenchResults {
  /** Epoch ms when the bench started. */
  started: number;
  bundle: string;
  runs: number;
  startup: StartupStats;
  /** Characters in the path of the index.js the start-up pairs ran. */
  entryPathLength: number;
  /** Section 1b; empty when skipped (--no-conditions). */
  conditions: ConditionSample[];
  conditionRuns: number;
  dist: DistSizes;
  polling: PollingSample[];
  pollIntervalDefault: string;
  /** undefined when section 3 was skipped (--no-registry). */
  lookups?: Map<string, LookupSample[]>;
  lookupRuns: number;
  checks: Check[];
}

/** What each start-up change bought, measured when it was made (hand-written; copied into results.md). */
const STARTUP_CHANGES = join(PROJECT_ROOT, 'bench/startup-changes.md');

/** The text of bench/results.md. */
export function renderReport(results: BenchResults): string {
  const { started, bundle, runs, dist, polling, checks } = results;
  const { firstRequest, baselineExit, ratio, actionExit, rss, baselineRss } = results.startup;
  const m = machine();
  const lines: string[] = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (bench/bench.ts) on ${new Date(started).toISOString().slice(0, 16).replace('T', ' ')} UTC` +
      ` in ${((Date.now() - started) / 1000).toFixed(0)} s, measuring ${relative(PROJECT_ROOT, bundle)} built from` +
      ` ${sourceRevision()}.`,
    '',
    `Machine: ${m.nproc} CPUs (\`nproc\`), ${m.memory} memory, ${m.cpu}, Node ${m.node} (${m.platform}).` +
      " Both the action and `node -e 0` run on that Node: the runner's major (action.yml `runs.using`)." +
      ` Load average when it ended (1 / 5 / 15 min): ${m.load}; the machine is shared, so compare builds measured` +
      ' together (`--bundle`), and trust RSS over time.',
    '',
    '## Start-up',
    '',
    `${runs} pairs, alternating (ABBA) the action and \`node -e 0\`, both in a clean environment (no` +
      ' NODE_EXTRA_CA_CERTS, no NODE_OPTIONS; INPUT_* with the action.yml defaults but digest: false, GITHUB_OUTPUT/STEP_SUMMARY/STATE' +
      ` files), each under \`${rssMethod === 'time' ? '/usr/bin/time -f %M' : 'a VmHWM poller'}\`. The emulator` +
      ' answers the first poll with Succeeded (taskDurationMs 0); the first poll comes after the schedule’s first pause.' +
      ` The action runs from a copy of dist/ whose index.js path has ${results.entryPathLength} characters, as` +
      ` ${RUNNER_ENTRY} has ${RUNNER_ENTRY.length} (bench/runner-path.ts: on Node 24 the length decides whether` +
      " Node's own path functions get compiled with Maglev, about 2 MiB the first time).",
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
    ...conditionsSection(results.conditions, results.conditionRuns, baselineRss),
    `(4) dist/: JavaScript ${mb(dist.jsBytes)}; with source maps ${mb(dist.jsBytes + dist.mapBytes)}` +
      ` (maps ${mb(dist.mapBytes)}; other files ${mb(dist.otherBytes)}).`,
    '',
    '| file | bytes |',
    '|---|---:|',
    ...dist.files.map(([file, size]) => `| ${file} | ${size.toLocaleString('en-US')} |`),
    ''
  ];
  if (polling.length) lines.push(...pollingSection(polling, results.pollIntervalDefault));
  if (results.lookups) {
    lines.push(...lookupSection(results.lookups, results.lookupRuns, (values) => stats(values).median, ms));
  }
  lines.push(
    '## Targets',
    '',
    '| target | measured | result |',
    '|---|---|---|',
    ...checks.map((check) => `| ${check.target} | ${check.measured} | ${check.pass ? 'PASS' : 'FAIL'} |`),
    ''
  );
  if (existsSync(STARTUP_CHANGES)) lines.push(readFileSync(STARTUP_CHANGES, 'utf8').trim(), '');
  return lines.join('\n');
}

function conditionsSection(conditions: ConditionSample[], runs: number, baselineRss?: Stats): string[] {
  if (!conditions.length) return [];
  const above = (kib: number): string => (baselineRss ? mib(kib - baselineRss.median) : 'n/a');
  return [
    `For context, not for the targets (${runs} runs each, bench/real-conditions.ts): over https, the emulator sits` +
      ' behind a TLS front with a self-signed certificate (NODE_EXTRA_CA_CERTS), as every call to ECI pays a TLS' +
      ' handshake; from the checkout, dist/ runs where it is. Each floor is what any Node program pays under that' +
      ' condition.',
    '',
    '| condition | peak RSS, median | min – max | max above `node -e 0` |',
    '|---|---|---|---|',
    ...conditions.map(
      ({ condition, rss }) =>
        `| ${condition} | ${mib(rss.median)} | ${mib(rss.min)} – ${mib(rss.max)} | ${above(rss.max)} |`
    ),
    ''
  ];
}

function pollingSection(polling: PollingSample[], pollIntervalDefault: string): string[] {
  const lines = [
    '## Polling economics',
    '',
    'Tasks of 3 s, 20 s and 60 s (progress grows in 10% steps; phases 20/50/30%), poll-interval at its default' +
      ` (${pollIntervalDefault}). Lanes run concurrently, each on its own container group:` +
      ` ${LANES.map((lane) => `${lane.durationMs / 1000} s ×${lane.repeat}`).join(', ')} (one after another within` +
      ' a lane; the processes sleep between polls; start-ups staggered by 350 ms). Detection' +
      ' latency: from the emulator’s finishedAtMs to the exit of the action process. Calls per minute: Describe' +
      ' calls ÷ time from CommitContainer to exit; the target applies to the most calls in any 60 s window.',
    '',
    '| task | Describe calls | waiting | calls/min (average) | most in any 60 s | detection latency | peak RSS | pauses between polls (s) |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
    ...polling.map(
      (sample) =>
        `| ${sample.durationMs / 1000} s | ${sample.describeCalls} | ${(sample.waitingMs / 1000).toFixed(1)} s |` +
        ` ${sample.perMinute.toFixed(1)} | ${sample.maxInAnyMinute} | ${ms(sample.detectionMs)} |` +
        ` ${sample.peakRssKiB ? mib(sample.peakRssKiB) : 'n/a'} |` +
        ` ${sample.gapsS.map((gap) => gap.toFixed(1)).join(', ')} |`
    ),
    ''
  ];
  for (const durationMs of [...new Set(polling.map((sample) => sample.durationMs))]) {
    const of = polling.filter((sample) => sample.durationMs === durationMs);
    const detection = stats(of.map((sample) => sample.detectionMs));
    lines.push(
      `- ${durationMs / 1000} s tasks (${of.length}): detection median ${ms(detection.median)}` +
        ` (${ms(detection.min)} – ${ms(detection.max)}), Describe calls median ${stats(of.map((s) => s.describeCalls)).median}.`
    );
  }
  lines.push('');
  return lines;
}

/** Writes bench/results.md. */
export function writeResults(report: string): void {
  mkdirSync(join(PROJECT_ROOT, 'bench'), { recursive: true });
  writeFileSync(join(PROJECT_ROOT, 'bench/results.md'), report);
  console.log('Wrote bench/results.md');
}
