/**
 * Section 1 of `npm run bench`: start-up. Runs the bundle as the runner does, alternating with `node -e 0`, against
 * the emulator with a task that has succeeded by the first poll.
 */
import { DEFAULT_REGION_ID } from '../emulator/container-groups.js';
import { startEmulator, type Emulator } from '../emulator/server.js';
import {
  actionInputs,
  assertSucceeded,
  now,
  runNode,
  stats,
  type ProcessSample,
  type Stats
} from './process-sample.js';

const START_GROUP = 'eci-benchstartup';

export interface StartupPair {
  firstRequestMs: number;
  actionExitMs: number;
  actionRssKiB?: number;
  baselineExitMs: number;
  baselineRssKiB?: number;
  ratio: number;
}

/** An emulator with one container group whose commit tasks have succeeded by the first poll. */
export async function startInstantEmulator(): Promise<{ emulator: Emulator; inputs: Record<string, string> }> {
  const emulator = await startEmulator({
    now,
    taskDurationMs: 0,
    containerGroups: { [START_GROUP]: { status: 'Running', regionId: DEFAULT_REGION_ID, containers: ['app'] } }
  });
  return { emulator, inputs: actionInputs(emulator, START_GROUP) };
}

export async function runStartup(bundle: string, runs: number): Promise<StartupPair[]> {
  const { emulator, inputs } = await startInstantEmulator();
  try {
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

export interface StartupStats {
  firstRequest: Stats;
  actionExit: Stats;
  baselineExit: Stats;
  ratio: Stats;
  /** undefined when peak RSS could not be measured. */
  rss?: Stats;
  baselineRss?: Stats;
}

export function startupStats(pairs: StartupPair[]): StartupStats {
  const rssValues = pairs.flatMap((pair) => (pair.actionRssKiB ? [pair.actionRssKiB] : []));
  const baselineRssValues = pairs.flatMap((pair) => (pair.baselineRssKiB ? [pair.baselineRssKiB] : []));
  return {
    firstRequest: stats(pairs.map((pair) => pair.firstRequestMs)),
    actionExit: stats(pairs.map((pair) => pair.actionExitMs)),
    baselineExit: stats(pairs.map((pair) => pair.baselineExitMs)),
    ratio: stats(pairs.map((pair) => pair.ratio)),
    rss: rssValues.length ? stats(rssValues) : undefined,
    baselineRss: baselineRssValues.length ? stats(baselineRssValues) : undefined
  };
}
