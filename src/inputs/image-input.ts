import { checkImageTarget, sampleTarget, type ImageTarget } from '../model/image-target.js';
import { InputError } from '../model/errors.js';
import { Input } from './names.js';
import { shortSha, type RunContext } from './run-context.js';
import type { TrimmedInput } from './validate.js';

/** The repository given and the tag given or derived from the run, checked as far as they can be before any call. */
export function readImageTarget(input: TrimmedInput, repository: string, context: RunContext): ImageTarget {
  const tag = input(Input.ImageTag) || shortSha(context);
  if (!tag) {
    throw new InputError(
      'Input image-tag is empty and GITHUB_SHA is not set to derive it from. Expected 1-128 characters of [A-Za-z0-9_.-].'
    );
  }
  // What a {container} placeholder gives is checked with a stand-in name now, before any call, and with each real
  // name once the container is known.
  checkImageTarget(
    sampleTarget({ repository, tag }),
    { repository, tag },
    { acrInstanceGiven: input(Input.AcrInstanceId) !== '' }
  );
  return { repository, tag };
}
