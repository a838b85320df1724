/**
 * What reading the image back from its registry adds to a step (`npm run bench`, section 3): the same commit, on
 * loopback against the emulator, with digest: false, with explicit registry credentials, and with an ACR temporary
 * token (Personal Edition, GET /tokens). Counts the registry and cr calls, and the spawn -> exit time.
 */
import type { Emulator } from '../emulator/server.js';
import { DEFAULT_REGISTRY_USER } from '../emulator/registry-standin.js';
import { runNode } from './process-sample.js';
import { startInstantEmulator } from './startup.js';

export interface LookupSample {
  exitMs: number;
  registryCalls: number;
  crCalls: number;
  digest: string;
}

export interface LookupVariant {
  name: string;
  inputs: Record<string, string>;
}

export const LOOKUP_VARIANTS: LookupVariant[] = [
  { name: '`digest: false` (no registry call)', inputs: { digest: 'false' } },
  {
    name: '`digest: auto`, registry-username/password',
    inputs: {
      digest: 'auto',
      'registry-username': DEFAULT_REGISTRY_USER.username,
      'registry-password': DEFAULT_REGISTRY_USER.password
    }
  },
  { name: '`digest: auto`, ACR temporary token (Personal)', inputs: { digest: 'auto' } }
];

/** Runs each variant `runs` times, interleaved so that no variant always follows another. */
export async function runRegistryLookup(
  emulator: Emulator,
  runs: number,
  baseInputs: Record<string, string>,
  runAction: (inputs: Record<string, string>) => Promise<{ exitMs: number; exitCode: number | null; digest: string }>
): Promise<Map<string, LookupSample[]>> {
  const samples = new Map<string, LookupSample[]>(LOOKUP_VARIANTS.map((variant) => [variant.name, []]));
  for (let i = 0; i < runs + 1; i++) {
    const order = i % 2 === 0 ? LOOKUP_VARIANTS : [...LOOKUP_VARIANTS].reverse();
    for (const variant of order) {
      emulator.reset();
      const run = await runAction({ ...baseInputs, 'image-tag': `bench-${i}`, ...variant.inputs });
      if (run.exitCode !== 0) throw new Error(`registry lookup run (${variant.name}) exited with ${run.exitCode}`);
      if (variant.inputs.digest !== 'false' && !/^sha256:[a-f0-9]{64}$/.test(run.digest)) {
        throw new Error(`registry lookup run (${variant.name}) set no digest`);
      }
      // The first round warms the emulator and the file cache; not counted.
      if (i === 0) continue;
      samples.get(variant.name)!.push({
        exitMs: run.exitMs,
        registryCalls: emulator.requests.filter((request) => request.service === 'registry').length,
        crCalls: emulator.requests.filter((request) => request.service === 'cr').length,
        digest: run.digest
      });
    }
    process.stdout.write('.');
  }
  process.stdout.write('\n');
  return samples;
}

/** Section 3: runs `bundle` in each variant, against its own emulator. */
export async function runLookups(bundle: string, runs: number): Promise<Map<string, LookupSample[]>> {
  const { emulator, inputs } = await startInstantEmulator();
  try {
    return await runRegistryLookup(emulator, runs, inputs, async (variantInputs) => {
      const sample = await runNode([bundle], variantInputs);
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

/** The section of bench/results.md. */
export function lookupSection(
  samples: Map<string, LookupSample[]>,
  runs: number,
  median: (values: number[]) => number,
  ms: (value: number) => string
): string[] {
  const baseline = median(samples.get(LOOKUP_VARIANTS[0].name)!.map((sample) => sample.exitMs));
  return [
    '## Registry read-back (digest)',
    '',
    `${runs} runs per variant, interleaved, of one commit whose task has succeeded by the first poll; registry and cr on` +
      ' loopback (the emulator). Registry calls: HEAD of the manifest, the token realm, the HEAD again with the token.',
    '',
    '| variant | spawn → exit (median) | added | registry calls | cr calls |',
    '|---|---:|---:|---:|---:|',
    ...LOOKUP_VARIANTS.map((variant) => {
      const of = samples.get(variant.name)!;
      const exit = median(of.map((sample) => sample.exitMs));
      const added = exit - baseline;
      return (
        `| ${variant.name} | ${ms(exit)} | ${variant.inputs.digest === 'false' ? '—' : `${added >= 0 ? '+' : ''}${ms(added)}`} |` +
        ` ${median(of.map((sample) => sample.registryCalls))} | ${median(of.map((sample) => sample.crCalls))} |`
      );
    }),
    ''
  ];
}
