/** What the defaults derive from: the workflow run, as the runner describes it in GITHUB_* variables. */
export interface RunContext {
  sha?: string;
  actor?: string;
  repository?: string;
  workflow?: string;
  runNumber?: string;
  runId?: string;
  runAttempt?: string;
}

export function runContextFromEnv(env: NodeJS.ProcessEnv): RunContext {
  const value = (name: string): string | undefined => env[name]?.trim() || undefined;
  return {
    sha: value('GITHUB_SHA'),
    actor: value('GITHUB_ACTOR'),
    repository: value('GITHUB_REPOSITORY'),
    workflow: value('GITHUB_WORKFLOW'),
    runNumber: value('GITHUB_RUN_NUMBER'),
    runId: value('GITHUB_RUN_ID'),
    runAttempt: value('GITHUB_RUN_ATTEMPT')
  };
}

export function shortSha(context: RunContext): string | undefined {
  return context.sha ? context.sha.slice(0, 7) : undefined;
}

/** `owner/repo: release #42 at 1a2b3c4`, leaving out what the run does not tell. */
export function defaultImageMessage(context: RunContext): string | undefined {
  const parts: string[] = [];
  if (context.workflow) parts.push(context.workflow);
  if (context.runNumber) parts.push(`#${context.runNumber}`);
  const sha = shortSha(context);
  if (sha) parts.push(`at ${sha}`);
  if (parts.length === 0) return undefined;
  return context.repository ? `${context.repository}: ${parts.join(' ')}` : parts.join(' ');
}
