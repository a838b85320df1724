import { run } from './main.js';
import { reportUnfinishedExit } from './report/unfinished-exit.js';

// dist/ is minified. Its source maps are read only when a stack trace is about to be printed, that is on a crash
// (run() reports every failure it expects as a message), and not at every start like ncc's sourcemap-register,
// which costs about 10 ms and 5 MiB (bench/results.md).
let finished = false;
process.once('uncaughtException', (error) => {
  finished = true;
  process.exitCode = 1;
  import('source-map-support')
    .then((sourceMaps) => sourceMaps.install({ environment: 'node', handleUncaughtExceptions: false }))
    .catch(() => undefined)
    .finally(() => {
      console.error(error);
      process.exit(1);
    });
});
// When run() waits on something that can never happen, Node runs out of work and exits, and says nothing: with 0 as
// the bundle is CommonJS (an ES module would give 13). Fail the step and say so instead.
process.once('exit', () => {
  if (!finished) reportUnfinishedExit();
});

await run();
finished = true;
// A cancelled step must not linger on an API call still in flight.
if (process.exitCode !== undefined && process.exitCode !== 0) process.exit();
