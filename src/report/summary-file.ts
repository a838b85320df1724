import { accessSync, appendFileSync, constants } from 'node:fs';
import { EOL } from 'node:os';

// Not core.summary: its write reads fs.promises, which loads about ten more builtins (bench/startup-changes.md).
/**
 * Appends Markdown, then a line end, to the step's job summary file (GITHUB_STEP_SUMMARY): the bytes
 * `core.summary.addRaw(markdown, true).write()` appends, with the same checks first.
 */
export function appendJobSummary(markdown: string, env: NodeJS.ProcessEnv): void {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) {
    throw new Error('GITHUB_STEP_SUMMARY is not set: this runner does not support job summaries.');
  }
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new Error(`The job summary file '${file}' (GITHUB_STEP_SUMMARY) cannot be read and written (${code}).`, {
      cause: error
    });
  }
  appendFileSync(file, `${markdown}${EOL}`, 'utf8');
}
