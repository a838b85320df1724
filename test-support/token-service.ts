/**
 * The token service of a real registry under token auth (distribution's docs, spec/auth/token.md and jwt.md): on
 * 127.0.0.1, it takes Basic credentials at GET /token?service=…&scope=…, and answers a JWT signed with a key made
 * for this run (RS256, the certificate in the `x5c` header; Distribution trusts it through `rootcertbundle`). The
 * token grants each user what REAL_REGISTRY_USERS says, nothing to anonymous callers.
 */
import { createPrivateKey, createSign, randomUUID, X509Certificate } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeSelfSignedCertificate } from './self-signed.js';

const TOKEN_LIFETIME_S = 300;

export interface TokenRequest {
  /** The user whose Basic credentials were right; undefined for an anonymous or refused caller. */
  account?: string;
  /** Whether Basic credentials were sent at all. */
  withCredentials: boolean;
  scopes: string[];
  status: number;
}

export interface TokenService {
  /** http://127.0.0.1:PORT/token */
  realm: string;
  service: string;
  issuer: string;
  /** PEM of the signing certificate, for Distribution's rootcertbundle. */
  certificateFile: string;
  requests: TokenRequest[];
  close(): Promise<void>;
}

interface TokenUser {
  username: string;
  password: string;
  grants: string[];
}

export async function startTokenService(options: { dir: string; users: TokenUser[] }): Promise<TokenService> {
  const keyFile = join(options.dir, 'token-key.pem');
  const certificateFile = join(options.dir, 'token-cert.pem');
  writeSelfSignedCertificate({ keyFile, certificateFile, commonName: 'real-registry-token-issuer' });
  const privateKey = createPrivateKey(readFileSync(keyFile));
  const chain = [new X509Certificate(readFileSync(certificateFile)).raw.toString('base64')];
  const service = 'real-registry.test';
  const issuer = 'real-registry-token-issuer';
  const requests: TokenRequest[] = [];

  const sign = (claims: object): string => {
    const segment = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
    const input = `${segment({ typ: 'JWT', alg: 'RS256', x5c: chain })}.${segment(claims)}`;
    return `${input}.${createSign('RSA-SHA256').update(input).sign(privateKey).toString('base64url')}`;
  };

  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const url = new URL(request.url ?? '/', 'http://token');
    const scopes = url.searchParams.getAll('scope');
    const credentials = basicCredentials(request.headers.authorization);
    const user = credentials
      ? options.users.find((one) => one.username === credentials.username && one.password === credentials.password)
      : undefined;
    const record: TokenRequest = {
      ...(user ? { account: user.username } : {}),
      withCredentials: credentials !== undefined,
      scopes,
      status: 200
    };
    requests.push(record);
    if (url.pathname !== '/token' || url.searchParams.get('service') !== service || (credentials && !user)) {
      record.status = url.pathname !== '/token' ? 404 : 401;
      response.writeHead(record.status, { 'content-type': 'application/json' });
      return void response.end(
        JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'authentication failed' }] })
      );
    }
    const now = Math.floor(Date.now() / 1000);
    const access = scopes.flatMap((scope) => {
      const match = /^repository:([^:]+):([a-z,*]+)$/.exec(scope);
      if (!match || !user) return [];
      const actions = match[2].split(',').filter((action) => user.grants.includes(action));
      return actions.length > 0 ? [{ type: 'repository', name: match[1], actions }] : [];
    });
    const token = sign({
      iss: issuer,
      sub: user?.username ?? '',
      aud: service,
      exp: now + TOKEN_LIFETIME_S,
      nbf: now - 10,
      iat: now,
      jti: randomUUID(),
      access
    });
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        token,
        access_token: token,
        expires_in: TOKEN_LIFETIME_S,
        issued_at: new Date(now * 1000).toISOString()
      })
    );
  };

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    realm: `http://127.0.0.1:${port}/token`,
    service,
    issuer,
    certificateFile,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}

function basicCredentials(header: string | undefined): { username: string; password: string } | undefined {
  const encoded = /^Basic (.+)$/i.exec(header ?? '')?.[1];
  if (!encoded) return undefined;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 ? { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) } : undefined;
}
