/**
 * Section 1b of `npm run bench`: peak RSS under two conditions of a real run that the start-up pairs leave out, each
 * beside a floor that any Node program pays under the same condition. For context: the targets are checked on the
 * start-up pairs (http, the project's own path), as issue 17 defines them.
 * - https: the emulator behind a TLS front with a self-signed certificate (given by NODE_EXTRA_CA_CERTS), so the run
 *   pays the TLS handshake and certificate checks that every call to ECI pays. Floor: one https GET (`node -e`).
 * - a runner's path: dist/ copied to <tmp>/work/_actions/<owner>/<repo>/<ref>/dist, as long as a runner's
 *   /home/runner/work/_actions/… path, where Node's own loading of the entry file runs its path functions often
 *   enough for V8 to compile them with Maglev. Floor: an empty ES module at that path.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startTlsFront } from '../test-support/tls-front.js';
import { assertSucceeded, runNode, stats, type Stats } from './process-sample.js';
import { startInstantEmulator } from './startup.js';

export interface ConditionSample {
  condition: string;
  /** Peak RSS, KiB. */
  rss: Stats;
}

/** What each condition runs: the action (inputs set) or a floor program. */
interface Condition {
  condition: string;
  args: string[];
  inputs?: Record<string, string>;
  tls: boolean;
}

export async function runRealConditions(bundle: string, runs: number): Promise<ConditionSample[]> {
  const { emulator, inputs } = await startInstantEmulator();
  const front = await startTlsFront(Number(new URL(emulator.url).port));
  const root = mkdtempSync(join(tmpdir(), 'eci-bench-'));
  try {
    const runnerDist = join(root, 'work', '_actions', 'octo-org', 'eci-commit-container', 'v1', 'dist');
    mkdirSync(runnerDist, { recursive: true });
    cpSync(dirname(bundle), runnerDist, { recursive: true });
    const runnerBundle = join(runnerDist, 'index.js');
    const emptyModule = join(runnerDist, 'empty.mjs');
    writeFileSync(emptyModule, '');
    const https = { ...inputs, endpoint: front.url, 'registry-endpoint': front.url, 'cr-endpoint': front.url };
    const conditions: Condition[] = [
      { condition: 'the action, https', args: [bundle], inputs: https, tls: true },
      { condition: 'floor: one https GET (`node -e`)', args: ['-e', httpsGet(front.url)], tls: true },
      { condition: "the action, http, from a runner's path", args: [runnerBundle], inputs, tls: false },
      { condition: "the action, https, from a runner's path", args: [runnerBundle], inputs: https, tls: true },
      { condition: "floor: an empty ES module at a runner's path", args: [emptyModule], tls: false }
    ];
    const samples: ConditionSample[] = [];
    for (const { condition, args, inputs: stepInputs, tls } of conditions) {
      const values: number[] = [];
      for (let i = 0; i < runs; i++) {
        emulator.reset();
        const extraEnv: Record<string, string> = tls ? { NODE_EXTRA_CA_CERTS: front.caFile } : {};
        const sample = await runNode(args, stepInputs, 180_000, extraEnv);
        if (stepInputs) assertSucceeded(sample, condition);
        else if (sample.exitCode !== 0)
          throw new Error(`${condition} exited with ${sample.exitCode}: ${sample.stderr}`);
        if (sample.peakRssKiB) values.push(sample.peakRssKiB);
        process.stdout.write('.');
      }
      if (values.length) samples.push({ condition, rss: stats(values) });
    }
    process.stdout.write('\n');
    return samples;
  } finally {
    rmSync(root, { recursive: true, force: true });
    await front.close();
    await emulator.close();
  }
}

/** A program that makes one https GET and reads the answer to its end. */
function httpsGet(url: string): string {
  return `require('node:https').get(${JSON.stringify(`${url}/`)}, (answer) => answer.resume());`;
}
