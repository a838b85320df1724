import type { DebugReportFacts } from '../model/debug-report.js';
import { errorMessage } from '../model/errors.js';
import type { ContainerResult } from '../model/results.js';
import type { StepSettings } from '../model/settings.js';
import { untrusted } from '../model/untrusted.js';
import type { StepLog } from '../runtime/step-context.js';
import { buildComment, commentMarker } from './pr-comment.js';

/** The whole comment (list, then create or update) ends within this, whatever GitHub does. */
const COMMENT_TIMEOUT_MS = 30_000;
/** Pages of 100 comments looked through for this job's comment. */
const MAX_PAGES = 10;

export interface CommentOptions {
  failure?: string;
  debugFacts?: DebugReportFacts;
  env: NodeJS.ProcessEnv;
  log: StepLog;
}

/**
 * With pr-comment: true, writes or updates this job's comment on the pull request. @actions/github is loaded only
 * then. Nothing here changes the step's outcome: a refusal is one warning naming the permission.
 */
export async function commentIfAsked(
  settings: StepSettings | undefined,
  results: ContainerResult[],
  options: CommentOptions
): Promise<void> {
  if (!settings?.prComment || results.length === 0) return;
  const { log } = options;
  // In the bundle, @actions/http-client is a stand-in that loads the real client on first use
  // (scripts/bundle-stand-ins/): @actions/github constructs one synchronously, so the real one is loaded first.
  const httpClient = (await import('@actions/http-client')) as { preload?: () => Promise<unknown> };
  await httpClient.preload?.();
  const github = await import('@actions/github');
  const { context } = github;
  const number: unknown = (context.payload.pull_request as { number?: unknown } | undefined)?.number;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number <= 0) {
    log.info(
      `pr-comment: this run is for a ${untrusted(context.eventName || 'non-pull-request', 60)} event, not a pull request: no comment written.`
    );
    return;
  }
  const containerGroupId = settings.mode === 'commit' ? settings.containerGroupId : '';
  const place = {
    workflow: context.workflow ?? '',
    job: context.job ?? '',
    containerGroupId,
    runUrl: `${context.serverUrl}/${options.env.GITHUB_REPOSITORY ?? ''}/actions/runs/${context.runId}`
  };
  const marker = commentMarker(place);
  const body = buildComment(place, results, options);
  const signal = AbortSignal.timeout(COMMENT_TIMEOUT_MS);
  try {
    const { owner, repo } = context.repo;
    const octokit = github.getOctokit(settings.prComment.token, { request: { signal, retries: 0 } });
    let existing: number | undefined;
    for (let page = 1; page <= MAX_PAGES && existing === undefined; page++) {
      const { data } = await octokit.rest.issues.listComments({
        owner,
        repo,
        issue_number: number,
        per_page: 100,
        page
      });
      if (!Array.isArray(data)) break;
      // The marker is a hash of public values: anyone could write it, so only a bot's comment is ours to update.
      const found = data.find(
        (comment) => comment.user?.type === 'Bot' && typeof comment.body === 'string' && comment.body.startsWith(marker)
      );
      if (found && Number.isSafeInteger(found.id) && found.id > 0) existing = found.id;
      if (data.length < 100) break;
    }
    if (existing !== undefined) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing, body });
      log.info(`pr-comment: updated this job's comment on pull request #${number}.`);
    } else {
      await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body });
      log.info(`pr-comment: commented on pull request #${number}.`);
    }
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    if (status === 403 || status === 404) {
      log.warning(
        `pr-comment: GitHub refused the comment on pull request #${number} (HTTP ${status}): the job needs 'permissions: pull-requests: write' (a pull request from a fork gets a read-only token). The step's outcome is unchanged.`
      );
      return;
    }
    const why = typeof status === 'number' ? `HTTP ${status}` : untrusted(errorMessage(error), 200);
    log.warning(
      `pr-comment: could not write the comment on pull request #${number} (${why}). The step's outcome is unchanged.`
    );
  }
}
