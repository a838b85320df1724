import * as core from '@actions/core';
import { ApiError, errorMessage } from '../model/errors.js';
import type { RegistrySettings } from '../model/settings.js';
import type { RegistryAccess } from '../registry/registry-access.js';
import { NOT_A_REGISTRY } from '../registry/retry-rules.js';
import { hintFor } from '../report/hints.js';
import { untrusted } from '../model/untrusted.js';
import { imageReference, type CommitRequest } from '../model/request.js';

/** Why the step stops before any commit: a tag exists under `if-tag-exists: fail`, or the registry cannot tell. */
export class TagGuardError extends Error {
  override readonly name = 'TagGuardError';
}

/**
 * What `if-tag-exists` decides, before any CommitContainer: with `fail`, an existing tag fails the step; with
 * `skip`, the containers whose tags exist are not committed (the map gives their current digests). A registry
 * that cannot be asked fails the step, since the guarantee could not be kept. `overwrite` asks nothing.
 */
export async function guardExistingTags(
  registry: RegistryAccess,
  plan: CommitRequest[],
  settings: RegistrySettings
): Promise<Map<string, string>> {
  const existing = new Map<string, string>();
  if (settings.ifTagExists === 'overwrite') return existing;
  for (const request of plan) {
    const image = imageReference(request);
    let digest: string | undefined;
    try {
      digest = await core.group(`Checking whether ${image} exists`, () =>
        registry.currentDigest(request.image.repository, request.image.tag)
      );
    } catch (error) {
      throw new TagGuardError(
        `Could not check whether ${image} already exists, which if-tag-exists: ${settings.ifTagExists} needs before committing; nothing was committed. ${untrusted(errorMessage(error), 1000)}\n` +
          `Hint: ${accessHint(error)}`
      );
    }
    if (!digest) {
      core.info(`${image} does not exist yet.`);
      continue;
    }
    if (settings.ifTagExists === 'fail') {
      throw new TagGuardError(
        `${image} already exists (${digest}) and if-tag-exists is fail; nothing was committed. Use a new image-tag, or if-tag-exists: skip or overwrite.`
      );
    }
    core.info(`${image} already exists (${digest}): not committing ${request.containerName} (if-tag-exists: skip).`);
    existing.set(request.containerName, digest);
  }
  return existing;
}

/** How to give the step read access to the registry. */
export const ACCESS_HINT =
  'give the step pull access to the registry: registry-username and registry-password, a docker login before this step (Docker config), or cr:GetAuthorizationToken and cr:PullRepository in the RAM policy of its Alibaba Cloud credentials (with registry-endpoint for a registry the runner reaches at another address).';

/** What to do when what answered is not a registry: the step has access, but to the wrong address. */
export const WRONG_ENDPOINT_HINT =
  "point registry-endpoint at the image's registry (its /v2/ API), or leave it empty to use the public host of image-repository's registry.";

/**
 * How to give the step read access, led by what to do about `error` when its code says (e.g. USER_NOT_EXIST); or
 * how to reach the registry at all, when what answered was not one.
 */
export function accessHint(error: unknown): string {
  if (error instanceof ApiError && error.code === NOT_A_REGISTRY) return WRONG_ENDPOINT_HINT;
  const specific = error instanceof ApiError && error.code === 'USER_NOT_EXIST' ? hintFor(error.code) : undefined;
  return specific ? `${specific} Otherwise, ${ACCESS_HINT}` : ACCESS_HINT;
}
