import { createHash } from 'node:crypto';

/** `sha256:` and 64 lowercase hex digits: the only digest form the action passes on (OCI image-spec, descriptor.md). */
export const DIGEST = /^sha256:[a-f0-9]{64}$/;

export function isDigest(value: unknown): value is string {
  return typeof value === 'string' && DIGEST.test(value);
}

/** The digest of a manifest: the sha256 of its exact bytes. */
export function digestOfBytes(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** `<repository>@<digest>`: a reference that always names the same image. */
export function pinnedImage(repository: string, digest: string): string {
  return `${repository}@${digest}`;
}
