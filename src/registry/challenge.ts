/** A registry's `WWW-Authenticate: Bearer realm=...,service=...,scope=...` challenge (distribution token auth spec). */
export interface BearerChallenge {
  realm: string;
  service?: string;
  scope?: string;
}

/** What a 401 answer asks for: a token from a realm, Basic credentials (RFC 7617), or nothing this client knows. */
export type Challenge = ({ scheme: 'bearer' } & BearerChallenge) | { scheme: 'basic' } | undefined;

function values(header: string | string[] | undefined): string[] {
  return Array.isArray(header) ? header : header ? [header] : [];
}

/**
 * Reads the Bearer challenge of a 401 answer; undefined when there is none (e.g. a Basic challenge). The parameters
 * are read as they are given: registries such as ACR name a realm and service of their own choosing.
 */
export function parseBearerChallenge(header: string | string[] | undefined): BearerChallenge | undefined {
  for (const value of values(header)) {
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

/**
 * The challenge to answer: Bearer when one is offered (a token is scoped to the repository), else Basic. A Basic
 * realm is only a name for the user (an htpasswd front, nginx `auth_basic`): credentials go to the registry itself.
 */
export function parseChallenge(header: string | string[] | undefined): Challenge {
  const bearer = parseBearerChallenge(header);
  if (bearer) return { scheme: 'bearer', ...bearer };
  return values(header).some((value) => /^\s*Basic(?:\s|$)/i.test(value)) ? { scheme: 'basic' } : undefined;
}
