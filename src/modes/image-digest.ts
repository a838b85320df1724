import * as core from '@actions/core';
import { errorMessage } from '../model/errors.js';
import type { RegistrySettings } from '../model/settings.js';
import type { RegistryAccess } from '../registry/registry-access.js';
import { untrusted } from '../model/untrusted.js';
import { accessHint } from './tag-guard.js';
import { capitalized, stopCause } from '../runtime/step-deadline.js';
import { digestWarning } from './digest-warning.js';

/**
 * The digest of an image ECI just pushed, read back from its registry. With `digest: auto` a failed lookup is a
 * warning (the outputs stay empty); with `true` it is the step's failure; with `false` the registry is not asked.
 * A step stopped (`signal`: cancelled, or out of time) during the read fails as stopped, whatever `digest` says.
 * A digest read is not logged here: the caller says it once, with the image (pushedLine).
 */
export async function readPushedDigest(
  registry: RegistryAccess,
  image: { repository: string; tag: string },
  settings: RegistrySettings,
  signal: AbortSignal
): Promise<{ digest?: string; failure?: string }> {
  if (settings.digest === 'false') return {};
  const reference = `${image.repository}:${image.tag}`;
  let why: string;
  let cause: unknown;
  try {
    const digest = await registry.pushedDigest(image.repository, image.tag);
    if (digest) return { digest };
    why = 'the registry does not show the image (it may not be visible yet)';
  } catch (error) {
    cause = error;
    why = untrusted(errorMessage(error), 1000);
  }
  if (signal.aborted) {
    return {
      failure: `${capitalized(stopCause(signal))} while the digest of ${reference} was read; the image was pushed, its digest is unknown.`
    };
  }
  if (settings.digest === 'true') {
    return {
      failure: `The image was pushed, but its digest could not be read (digest: true): ${why}\nHint: ${accessHint(cause)}`
    };
  }
  core.debug(`Digest lookup of ${reference}: ${why}`);
  core.warning(digestWarning(reference, cause));
  return {};
}

/** The one line that says an image was pushed, with its digest when it was read. */
export function pushedLine(image: string, digest: string | undefined): string {
  return `Image ${untrusted(image)} committed and pushed${digest ? ` (digest ${digest})` : ''}.`;
}
