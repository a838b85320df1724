// Preloaded (NODE_OPTIONS=--require) into the action in tests of what start-up loads: writes, at exit, the builtin
// modules Node loaded (process.moduleLoadList) to the file named by RECORD_BUILTINS_TO, one per line.
const fs = require('node:fs');

process.on('exit', () => {
  const builtins = process.moduleLoadList.filter((entry) => entry.startsWith('NativeModule '));
  fs.writeFileSync(process.env.RECORD_BUILTINS_TO, builtins.map((entry) => entry.slice(13)).join('\n'));
});
