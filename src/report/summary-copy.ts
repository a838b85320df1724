import { relative, isAbsolute } from 'node:path';
import type { ContainerResult } from '../model/results.js';
import { pinnedImage } from '../model/digest.js';
import { breakableCode, codeBlock, text } from './summary-markup.js';
import { nameOf, outcomeOf } from './summary-outcome.js';

export interface CopyBlock {
  /** HTML: what the block is for. */
  label: string;
  /** HTML shown above the block: what a scrolling code block would cut off at 900 px (each pinned reference). */
  shown?: string;
  /** The fenced block, Markdown. */
  block: string;
}

const repositoryOf = (result: ContainerResult): string | undefined =>
  result.image && result.tag !== undefined && result.image.endsWith(`:${result.tag}`)
    ? result.image.slice(0, -(result.tag.length + 1))
    : undefined;

/**
 * The pinned reference (also as breakable inline code, `shown`) and a `docker pull` line for each image pushed, and for each
 * existing image a step skipped (said so in a comment: this step did not push it). Without a digest, the pull names
 * the tag.
 */
export function pullBlock(results: ContainerResult[]): CopyBlock | undefined {
  const images = results.filter((result) => {
    const outcome = outcomeOf(result);
    return (outcome === 'committed' || outcome === 'pushed-with-error' || outcome === 'exists') && result.image;
  });
  if (images.length === 0) return undefined;
  const several = results.length > 1;
  const lines = images.flatMap((result) => {
    const repository = repositoryOf(result);
    const pinned = result.digest && repository ? pinnedImage(repository, result.digest) : undefined;
    const existing = outcomeOf(result) === 'exists';
    // A pinned image is named in the list above the block, in the same order: no comment line for it.
    const comment = existing
      ? [`# ${nameOf(result)}: already there (if-tag-exists: skip), not pushed by this step`]
      : several && !pinned
        ? [`# ${nameOf(result)}`]
        : [];
    return pinned
      ? [...comment, pinned, `docker pull ${pinned}`]
      : [...comment, `# no digest read: pulled by tag`, `docker pull ${result.image}`];
  });
  // A pinned ACR reference is wider than the page and the block scrolls: each is also shown whole, wrapped, above it.
  const shown = images.flatMap((result) => {
    const repository = repositoryOf(result);
    if (!result.digest || !repository) return [];
    const reference = breakableCode(pinnedImage(repository, result.digest));
    return [several ? `<samp>${text(nameOf(result), 128)}</samp>: ${reference}` : reference];
  });
  return {
    label:
      shown.length > 0 ? '<b>Pinned image</b> (<code>pinned-image</code>) and how to pull it' : '<b>Pull the image</b>',
    ...(shown.length > 0 ? { shown: shown.join('<br>') } : {}),
    block: codeBlock('sh', lines)
  };
}

export interface WaitLaterContext {
  regionId: string;
  /** `owner/repo@ref` (or `./path`) of this action, as a later step would use it. */
  action?: string;
}

/** For tasks still running: the step that waits for them later, with task-id, ready to paste. */
export function waitLaterBlock(results: ContainerResult[], context: WaitLaterContext): CopyBlock | undefined {
  const open = results.filter(
    (result) => result.taskId && ['running', 'timed-out', 'stopped', 'unfollowed'].includes(outcomeOf(result))
  );
  if (open.length === 0) return undefined;
  const lines = [
    `- uses: ${context.action ?? 'OWNER/eci-commit-container@REF # the uses: of this step'}`,
    '  with:',
    `    region-id: ${context.regionId}`,
    `    task-id: ${open.map((result) => result.taskId).join(',')}`
  ];
  // One task's image can be named (image-repository takes one task only), for the image and image-tag outputs.
  const repository = open.length === 1 ? repositoryOf(open[0]) : undefined;
  if (repository) lines.push(`    image-repository: ${repository}`, `    image-tag: ${open[0].tag}`);
  return {
    label: `<b>Wait for ${open.length === 1 ? 'it' : 'them'} later</b>, in a step or job with the credentials of this one`,
    block: codeBlock('yaml', lines)
  };
}

const ACTION_REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const ACTION_REF = /^[A-Za-z0-9_./-]+$/;

/**
 * How a later step names this action: the runner sets GITHUB_ACTION_REPOSITORY and GITHUB_ACTION_REF for an action
 * from a repository; a local one (`uses: ./…`) has only its path, relative to the workspace.
 */
export function actionReference(env: NodeJS.ProcessEnv): string | undefined {
  const repository = env.GITHUB_ACTION_REPOSITORY ?? '';
  const ref = env.GITHUB_ACTION_REF ?? '';
  if (ACTION_REPOSITORY.test(repository) && ACTION_REF.test(ref)) return `${repository}@${ref}`;
  const path = env.GITHUB_ACTION_PATH;
  const workspace = env.GITHUB_WORKSPACE;
  if (path && workspace && isAbsolute(path)) {
    const inside = relative(workspace, path);
    if (inside === '') return './';
    if (!inside.startsWith('..') && !isAbsolute(inside) && ACTION_REF.test(inside)) return `./${inside}`;
  }
  return undefined;
}
