import type { HttpResponse } from '../net/http.js';

/**
 * Whether an answer shows it came from a registry: the distribution API's `Docker-Distribution-Api-Version:
 * registry/2.0` header, which Distribution sends on every /v2/ answer (errors included).
 */
export function showsRegistry(answer: HttpResponse): boolean {
  const header = answer.headers['docker-distribution-api-version'];
  const values = Array.isArray(header) ? header : header ? [header] : [];
  return values.some((value) => value.split(/[\s,]+/).includes('registry/2.0'));
}

/** Whether an error body says the manifest or the repository is unknown (distribution-spec error codes). */
export function showsUnknownManifest(answer: HttpResponse): boolean {
  try {
    const parsed = JSON.parse(answer.body) as { errors?: Array<{ code?: unknown }> };
    return (
      Array.isArray(parsed?.errors) &&
      parsed.errors.some((error) => error?.code === 'MANIFEST_UNKNOWN' || error?.code === 'NAME_UNKNOWN')
    );
  } catch {
    return false;
  }
}
