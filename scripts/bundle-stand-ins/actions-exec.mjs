// In the bundle, @actions/core's platform helper (the only user of @actions/exec) gets this module instead, so that
// @actions/exec and @actions/io load only if core.platform.getDetails() is ever called (this action never does).
// Mapped by tsconfig.bundle.json (scripts/bundle.mjs).
export async function getExecOutput(...args) {
  const exec = await import('../../node_modules/@actions/exec/lib/exec.js');
  return exec.getExecOutput(...args);
}
