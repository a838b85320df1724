/**
 * The action's performance benchmark: `npm run bench` (not a test).
 *
 * 1. Start-up: runs dist/index.js as the runner does, alternating with `node -e 0`, both in a clean environment
 *    (no NODE_EXTRA_CA_CERTS, no NODE_OPTIONS), against the in-process emulator with tasks that have succeeded by
 *    the first poll. Measures spawn -> first request, spawn -> exit, peak RSS, and the dist/ size (bench/startup.ts).
 *    The action runs from a copy of dist/ at a path as long as a runner's (bench/runner-path.ts). Then, for context,
 *    peak RSS over https and from the checkout, beside the floors of each (bench/real-conditions.ts).
 * 2. Polling economics: 3 s, 20 s and 60 s tasks with growing TaskProgress, run concurrently on separate container
 *    groups (the processes sleep almost all the time); counts Describe calls and measures the detection latency
 *    (the emulator's finishedAtMs -> the action's exit) (bench/polling.ts).
 * 3. Registry read-back: what `digest` adds (bench/registry-lookup.ts).
 *
 * Writes bench/results.md (bench/report.ts), prints PASS/FAIL per target and exits 1 when a target fails.
 *   npm run bench [-- --runs N] [--no-polling] [--no-registry] [--no-conditions] [--no-write] [--bundle path/to/index.js]
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BUNDLE } from '../test-support/action-runner.js';
import { defaultOf, loadAction } from '../test-support/action-metadata.js';
import { parseDuration } from '../src/inputs/parse.js';
import { runPolling, type PollingSample } from './polling.js';
import { nodeVersion, rssMethod, stats, useNode } from './process-sample.js';
import { benchNode } from './node-runtime.js';
import { runLookups, type LookupSample } from './registry-lookup.js';
import { distSizes, mb, mib, ms, renderReport, writeResults, type Check, type DistSizes } from './report.js';
import { runStartup, startupStats, type StartupStats } from './startup.js';
import { runRealConditions } from './real-conditions.js';
import { copyToRunnerPath, RUNNER_ENTRY } from './runner-path.js';

const TARGETS = {
  firstRequestRatio: 4,
  /** Peak RSS of the action above that of `node -e 0` on the same Node. */
  peakRssAboveBaselineMiB: 16,
  distJsBytes: 1_500_000,
  detectionMedianMs: 1500,
  detectionSlackMs: 500,
  describePerMinute: 15
};

interface Options {
  runs: number;
  /** The bundle under test; its folder is measured as dist/. */
  bundle: string;
  polling: boolean;
  registry: boolean;
  conditions: boolean;
  write: boolean;
  node?: string;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '20' },
      /** Another build to measure (e.g. to compare a change); its folder is measured as dist/; nothing is written. */
      bundle: { type: 'string', default: BUNDLE },
      'no-polling': { type: 'boolean', default: false },
      /** Skips section 3, e.g. to compare the start-up of a build made before the registry read-back existed. */
      'no-registry': { type: 'boolean', default: false },
      /** Skips the https and checkout runs of section 1. */
      'no-conditions': { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      /** `current`: the Node running the bench instead of the runner's major. */
      node: { type: 'string' }
    }
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 15) throw new Error('--runs must be an integer of at least 15');
  const bundle = resolve(values.bundle);
  if (!existsSync(bundle)) throw new Error(`${bundle} does not exist: run npm run bundle first`);
  return {
    runs,
    bundle,
    polling: !values['no-polling'],
    registry: !values['no-registry'],
    conditions: !values['no-conditions'],
    write: !values['no-write'] && bundle === BUNDLE && values.node === undefined,
    node: values.node
  };
}

function checksOf(startup: StartupStats, dist: DistSizes, polling: PollingSample[], pollIntervalMs: number): Check[] {
  const { ratio, rss, baselineRss } = startup;
  const checks: Check[] = [
    {
      target: `first request ≤ ${TARGETS.firstRequestRatio}× node -e 0 (median of per-pair ratios)`,
      measured: `${ratio.median.toFixed(2)}×`,
      pass: ratio.median <= TARGETS.firstRequestRatio
    },
    {
      target: `peak RSS ≤ ${TARGETS.peakRssAboveBaselineMiB} MiB above node -e 0 (max over runs − median of node -e 0)`,
      measured:
        rss && baselineRss
          ? `${mib(rss.max - baselineRss.median)} (${mib(rss.max)} − ${mib(baselineRss.median)})`
          : 'not measured',
      pass:
        rss !== undefined &&
        baselineRss !== undefined &&
        rss.max - baselineRss.median <= TARGETS.peakRssAboveBaselineMiB * 1024
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
  return checks;
}

async function main(): Promise<void> {
  const options = parseOptions();
  const { runs, bundle } = options;
  const pollIntervalDefault = defaultOf(loadAction().inputs['poll-interval']) || '5s';
  const pollIntervalMs = parseDuration('poll-interval', pollIntervalDefault);
  const started = Date.now();
  useNode(benchNode(String(loadAction().runs?.using), options.node));
  console.log(`Node: ${nodeVersion()}`);

  const runner = copyToRunnerPath(bundle);
  let pairs: Awaited<ReturnType<typeof runStartup>>;
  let conditions: Awaited<ReturnType<typeof runRealConditions>> = [];
  const conditionRuns = 7;
  try {
    console.log(
      `Start-up: ${runs} pairs of the action from ${runner.bundle} (as long as ${RUNNER_ENTRY}) and node -e 0` +
        ` (peak RSS by ${rssMethod})`
    );
    pairs = await runStartup(runner.bundle, runs);
    if (options.conditions) {
      console.log(`Peak RSS over https and from the checkout: ${conditionRuns} runs each`);
      conditions = await runRealConditions(bundle, runner, conditionRuns);
    }
  } finally {
    runner.remove();
  }
  const polling = options.polling
    ? (console.log('Polling economics: 3 s, 20 s, 60 s tasks'), await runPolling(bundle))
    : [];
  const lookupRuns = 10;
  let lookups: Map<string, LookupSample[]> | undefined;
  if (options.registry) {
    console.log('Registry read-back: digest false, registry credentials, ACR temporary token');
    lookups = await runLookups(bundle, lookupRuns);
  }

  const startup = startupStats(pairs);
  const dist = distSizes(bundle);
  const checks = checksOf(startup, dist, polling, pollIntervalMs);
  const report = renderReport({
    started,
    bundle,
    runs,
    startup,
    entryPathLength: runner.bundle.length,
    conditions,
    conditionRuns,
    dist,
    polling,
    pollIntervalDefault,
    lookups,
    lookupRuns,
    checks
  });
  console.log(`\n${report}`);
  for (const check of checks) console.log(`${check.pass ? 'PASS' : 'FAIL'}  ${check.target}: ${check.measured}`);
  if (options.write) writeResults(report);
  if (checks.some((check) => !check.pass)) process.exitCode = 1;
}

await main();
