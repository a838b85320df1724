/**
 * A token or credential from an answer shorter than this is not one: masking it would hide every occurrence of
 * those few characters in the rest of the job's log (a token `e` would hide every `e`), so the answer is refused.
 */
export const MIN_SECRET_LENGTH = 8;

export function isPlausibleSecret(value: string): boolean {
  return value.length >= MIN_SECRET_LENGTH;
}
