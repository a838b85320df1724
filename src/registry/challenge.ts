/** A registry's `WWW-Authenticate: Bearer realm=...,service=...,scope=...` challenge (distribution token auth spec). */
export interface BearerChallenge {
  realm: string;
  service?: string;
  scope?: string;
}

/**
 * Reads the Bearer challenge of a 401 answer; undefined when there is none (e.g. a Basic challenge). The parameters
 * are read as they are given: registries such as ACR name a realm and service of their own choosing.
 */
export function parseBearerChallenge(header: string | string[] | undefined): BearerChallenge | undefined {
  const values = Array.isArray(header) ? header : header ? [header] : [];
  for (const value of values) {
    const match = /^\s*Bearer\s+(.*)$/i.exec(value);
    if (!match) continue;
    const params: Record<string, string> = {};
    const pattern = /([A-Za-z_][A-Za-z0-9_-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;
    for (const [, name, quoted, bare] of match[1].matchAll(pattern)) {
      params[name.toLowerCase()] = quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : (bare ?? '');
    }
    if (!params.realm) return undefined;
    return {
      realm: params.realm,
      ...(params.service ? { service: params.service } : {}),
      ...(params.scope ? { scope: params.scope } : {})
    };
  }
  return undefined;
}
