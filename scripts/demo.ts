// `npm run demo`: the whole action against the local ECI emulator, as a runner would run it. No cloud account needed.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BUNDLE, PROJECT_ROOT, startAction, type ActionResult } from '../test-support/action-runner.js';
import { DEFAULT_CONTAINER_GROUP_ID, DEFAULT_REGION_ID } from '../emulator/container-groups.js';
import { startEmulator } from '../emulator/server.js';

const bold = (text: string): string => (process.stdout.isTTY ? `\u001b[1m${text}\u001b[0m` : text);

/** The log as the runner shows it: commands turned into what they display, masks and debug lines hidden. */
function renderLog(stdout: string): string {
  return stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::') && !line.startsWith('::debug::'))
    .map((line) =>
      line
        .replace(/^::group::(.*)$/, '▸ $1')
        .replace(/^::endgroup::$/, '')
        .replace(
          /^::(error|warning|notice)[^:]*::(.*)$/,
          (_, kind: string, text: string) => `${kind.toUpperCase()}: ${decodeURIComponent(text)}`
        )
    )
    .filter((line, index, lines) => line !== '' || index === lines.length - 1)
    .map((line) => `  ${line}`)
    .join('\n');
}

/** The HTML job summary as plain text: one line a heading, paragraph, table row or list item. */
function renderSummary(html: string): string {
  return html
    .replace(/<\/(h\d|p|tr|li)>/g, '\n')
    .replace(/<\/t[hd]>/g, ' | ')
    .replace(/<li>/g, '  - ')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .split('\n')
    .map((line) => `  ${line.trim()}`)
    .filter((line) => line.trim())
    .join('\n');
}

/** Prints the step as a workflow would write it, runs it, and shows what the runner would show. */
async function showStep(title: string, inputs: Record<string, string>): Promise<ActionResult> {
  console.log(bold(`\n${title}:`));
  console.log(
    `  - uses: ./\n    with:\n${Object.entries(inputs)
      .map(
        ([name, value]) =>
          `      ${name}: ${name === 'access-key-secret' ? '${{ secrets.ALIBABA_CLOUD_ACCESS_KEY_SECRET }}' : value}`
      )
      .join('\n')}`
  );
  const result = await startAction({ inputs }).result;
  console.log(bold(`\nThe action's log (exit code ${result.exitCode}):`));
  console.log(renderLog(result.stdout));
  if (result.stderr) console.log(result.stderr);
  console.log(bold('\nOutputs (GITHUB_OUTPUT):'));
  for (const [name, value] of Object.entries(result.outputs)) console.log(`  ${name} = ${value}`);
  if (result.summary) {
    console.log(bold('\nJob summary (GITHUB_STEP_SUMMARY, as text):'));
    console.log(renderSummary(result.summary));
  }
  return result;
}

async function main(): Promise<void> {
  // `npm run demo -- --start-then-wait`: start the commit without waiting, then wait for it in a second step.
  const startThenWait = process.argv.includes('--start-then-wait');
  if (!existsSync(BUNDLE)) {
    console.log('dist/index.js is missing: building it first (npm run bundle).');
    execFileSync('npm', ['run', 'bundle'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  }
  const emulator = await startEmulator({ taskDurationMs: 4000 });
  try {
    console.log(bold(`ECI emulator listening on ${emulator.url} (signatures checked, tasks simulated).`));
    const signing = {
      'access-key-id': emulator.accessKeyId,
      'access-key-secret': emulator.accessKeySecret,
      endpoint: emulator.url,
      // The registry read-back (digest: auto by default) and its ACR token go to the emulator too, never to ACR.
      'registry-endpoint': emulator.url,
      'cr-endpoint': emulator.url,
      'poll-interval': '2s'
    };
    const commit = {
      'region-id': DEFAULT_REGION_ID,
      'container-group-id': DEFAULT_CONTAINER_GROUP_ID,
      'container-name': 'app',
      'image-repository': 'registry.cn-hangzhou.aliyuncs.com/demo/shop',
      ...signing
    };
    let result = await showStep(
      startThenWait ? 'Step 1 (id: commit) starts the commit and does not wait' : 'The step',
      startThenWait ? { ...commit, wait: 'false' } : commit
    );
    if (startThenWait && result.exitCode === 0) {
      console.log(bold('\n... other work runs here while ECI commits and pushes ...'));
      result = await showStep('Step 2 waits for it, given ${{ steps.commit.outputs.task-id }}', {
        'region-id': DEFAULT_REGION_ID,
        'task-id': result.outputs['task-id'],
        ...signing
      });
    }
    const calls = emulator.requests.map((request) => request.action);
    console.log(bold(`\nThe emulator received ${calls.length} signed calls: ${calls.join(', ')}.`));
    process.exitCode = result.exitCode ?? 1;
  } finally {
    await emulator.close();
  }
}

await main();
