import { ApiError, errorMessage } from '../model/errors.js';
import { untrusted } from '../model/untrusted.js';
import { hintFor } from '../report/hints.js';

/** The usual fix, short enough for the one line a successful run may end with. */
export const DIGEST_FIX =
  'allow cr:GetAuthorizationToken and cr:PullRepository, or pass registry-username and registry-password, or set digest: false.';

/** Why the lookup failed, without the RequestId and bounded: the whole error goes to the debug log. */
export function digestFailureReason(cause: unknown): string {
  if (cause === undefined) return 'the registry does not show the image yet';
  if (cause instanceof ApiError) return `${cause.action} failed: ${cause.code}: ${untrusted(cause.detail, 100)}`;
  return untrusted(errorMessage(cause), 100);
}

/** The one-line warning of `digest: auto` when the digest could not be read, naming the fix. */
export function digestWarning(reference: string, cause: unknown): string {
  const specific = cause instanceof ApiError && cause.code === 'USER_NOT_EXIST' ? hintFor(cause.code) : undefined;
  return `Could not read the digest of ${reference} (${digestFailureReason(cause)}); digest and pinned-image stay empty. Fix: ${specific ?? DIGEST_FIX}`;
}
