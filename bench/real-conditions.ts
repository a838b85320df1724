/**
 * Section 1b of `npm run bench`: peak RSS under conditions the start-up pairs leave out, each beside a floor that any
 * Node program pays under the same condition. For context: the targets are checked on the start-up pairs.
 * - https: the emulator behind a TLS front with a self-signed certificate (given by NODE_EXTRA_CA_CERTS), so the run
 *   pays the TLS handshake and certificate checks that every call to ECI pays. Floor: one https GET (`node -e`).
 * - the checkout: dist/ where it is, whose path is usually shorter than a runner's (bench/runner-path.ts). Floor:
 *   an empty module at the runner's path, CommonJS as the bundle is (dist/package.json).
 */
import { startTlsFront } from '../test-support/tls-front.js';
import { assertSucceeded, runNode, stats, type Stats } from './process-sample.js';
import type { RunnerCopy } from './runner-path.js';
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

export async function runRealConditions(
  checkoutBundle: string,
  runner: RunnerCopy,
  runs: number
): Promise<ConditionSample[]> {
  const { emulator, inputs } = await startInstantEmulator();
  const front = await startTlsFront(Number(new URL(emulator.url).port));
  try {
    const https = { ...inputs, endpoint: front.url, 'registry-endpoint': front.url, 'cr-endpoint': front.url };
    const conditions: Condition[] = [
      { condition: 'the action, https', args: [runner.bundle], inputs: https, tls: true },
      { condition: 'floor: one https GET (`node -e`)', args: ['-e', httpsGet(front.url)], tls: true },
      { condition: 'the action, http, from the checkout', args: [checkoutBundle], inputs, tls: false },
      {
        condition: "floor: an empty module (CommonJS, as dist/) at the runner's path",
        args: [runner.emptyModule],
        tls: false
      }
    ];
    const samples: ConditionSample[] = [];
    for (const { condition, args, inputs: stepInputs, tls } of conditions) {
      const values: number[] = [];
      const extraEnv: Record<string, string> = tls ? { NODE_EXTRA_CA_CERTS: front.caFile } : {};
      for (let i = 0; i < runs; i++) {
        emulator.reset();
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
    await front.close();
    await emulator.close();
  }
}

/** A program that makes one https GET and reads the answer to its end. */
function httpsGet(url: string): string {
  return `require('node:https').get(${JSON.stringify(`${url}/`)}, (answer) => answer.resume());`;
}
