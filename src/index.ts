import { run } from './main.js';

await run();
// A cancelled step must not linger on an API call still in flight.
if (process.exitCode !== undefined && process.exitCode !== 0) process.exit();
