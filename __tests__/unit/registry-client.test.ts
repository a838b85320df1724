import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { jest } from '@jest/globals';
import { core, recorded, resetRecorded } from '../../test-support/core-stand-in.js';

// The client masks tokens and logs at debug level: recorded by the stand-in, not printed as workflow commands.
jest.unstable_mockModule('@actions/core', () => core);
const { ApiError } = await import('../../src/model/errors.js');
const { parseBearerChallenge, parseChallenge } = await import('../../src/registry/challenge.js');
const { isDigest, pinnedImage } = await import('../../src/model/digest.js');
const { MANIFEST_ACCEPT, RegistryClient } = await import('../../src/registry/registry-client.js');
type RegistryCredentials = import('../../src/registry/registry-client.js').RegistryCredentials;
type RegistryClient = import('../../src/registry/registry-client.js').RegistryClient;
type ApiError = import('../../src/model/errors.js').ApiError;

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

let server: Server;
let port: number;
let handler: Handler;
let seen: Array<{ method: string; url: string; authorization?: string; accept?: string }>;

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push({
      method: request.method ?? '',
      url: request.url ?? '',
      authorization: request.headers.authorization,
      accept: request.headers.accept
    });
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  seen = [];
});

const MANIFEST = Buffer.from('{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json"}');
const MANIFEST_DIGEST = `sha256:${createHash('sha256').update(MANIFEST).digest('hex')}`;
const CREDENTIALS: RegistryCredentials = { username: 'robot', password: 'pa:ss', source: 'the test' };

/** null: no credentials found. */
function client(credentials: RegistryCredentials | null = CREDENTIALS): RegistryClient {
  return new RegistryClient({
    endpoint: { protocol: 'http', host: `127.0.0.1:${port}` },
    userAgent: 'test',
    connectTimeoutMs: 2000,
    readTimeoutMs: 2000,
    proxy: { noProxy: [] },
    credentials: async () => credentials ?? undefined
  });
}

/** What Distribution sends on every /v2/ answer (distribution-spec, "API Version Check"). */
const API_VERSION = { 'docker-distribution-api-version': 'registry/2.0' };

/** A registry that wants a Bearer token from its realm on this server, and knows one manifest. */
function tokenRegistry(
  options: {
    realm?: string;
    tokenBody?: object;
    digestHeader?: string | null;
    apiVersion?: boolean;
    login?: string;
    token?: string;
  } = {}
): Handler {
  const version = options.apiVersion === false ? {} : API_VERSION;
  const token = options.token ?? 'token-0001';
  return (request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    if (url.pathname === '/auth') {
      const expected = `Basic ${Buffer.from(options.login ?? 'robot:pa:ss').toString('base64')}`;
      if (request.headers.authorization !== expected) return void response.writeHead(401).end();
      response.writeHead(200, { 'content-type': 'application/json' });
      return void response.end(JSON.stringify(options.tokenBody ?? { token }));
    }
    if (request.headers.authorization !== `Bearer ${token}`) {
      response.writeHead(401, {
        ...version,
        'www-authenticate': `Bearer realm="${options.realm ?? `http://127.0.0.1:${port}/auth`}",service="registry.test",scope="repository:ns/app:pull"`
      });
      return void response.end();
    }
    if (url.pathname !== '/v2/ns/app/manifests/v1') {
      response.writeHead(404, { ...version, 'content-type': 'application/json' });
      return void response.end(request.method === 'HEAD' ? undefined : '{"errors":[{"code":"MANIFEST_UNKNOWN"}]}');
    }
    const digest = options.digestHeader === undefined ? MANIFEST_DIGEST : options.digestHeader;
    response.writeHead(200, {
      ...version,
      'content-type': 'application/vnd.oci.image.manifest.v1+json',
      ...(digest === null ? {} : { 'docker-content-digest': digest })
    });
    response.end(request.method === 'HEAD' ? undefined : MANIFEST);
  };
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('RegistryClient.manifestDigest', () => {
  it('answers the Bearer challenge with Basic credentials at the realm, then reads Docker-Content-Digest by HEAD', async () => {
    handler = tokenRegistry();
    await expect(client().manifestDigest('ns/app', 'v1')).resolves.toBe(MANIFEST_DIGEST);
    expect(seen.map(({ method, url }) => `${method} ${url}`)).toEqual([
      'HEAD /v2/ns/app/manifests/v1',
      'GET /auth?service=registry.test&scope=repository%3Ans%2Fapp%3Apull',
      'HEAD /v2/ns/app/manifests/v1'
    ]);
    expect(seen[0].accept).toBe(MANIFEST_ACCEPT);
    expect(MANIFEST_ACCEPT.split(', ')).toHaveLength(4);
  });

  it('keeps the token for the next lookup, and says undefined for a tag that does not exist', async () => {
    handler = tokenRegistry();
    const registry = client();
    await registry.manifestDigest('ns/app', 'v1');
    seen = [];
    await expect(registry.manifestDigest('ns/app', 'v2')).resolves.toBeUndefined();
    expect(seen.map(({ method, authorization }) => `${method} ${authorization}`)).toEqual(['HEAD Bearer token-0001']);
  });

  it('follows a redirect, keeping the token from any other host', async () => {
    const registry = tokenRegistry();
    handler = (request, response) => {
      if (request.headers.host?.startsWith('localhost')) {
        // The blob store of another host: it must not see the registry's token.
        response.writeHead(request.headers.authorization ? 400 : 200, { 'docker-content-digest': MANIFEST_DIGEST });
        return void response.end();
      }
      if (request.url === '/v2/ns/app/manifests/latest' && request.headers.authorization === 'Bearer token-0001') {
        response.writeHead(307, { location: `http://localhost:${port}/v2/ns/app/manifests/v1` });
        return void response.end();
      }
      registry(request, response);
    };
    await expect(client().manifestDigest('ns/app', 'latest')).resolves.toBe(MANIFEST_DIGEST);
    expect(seen.map(({ method, url, authorization }) => `${method} ${url} ${authorization ?? '-'}`)).toEqual([
      'HEAD /v2/ns/app/manifests/latest -',
      expect.stringMatching(/^GET \/auth\?/),
      'HEAD /v2/ns/app/manifests/latest Bearer token-0001',
      'HEAD /v2/ns/app/manifests/v1 -'
    ]);
  });

  it("does not answer the challenge of the host a redirect led to: the registry's credentials stay with it", async () => {
    handler = (request, response) => {
      const onOther = request.headers.host?.startsWith('localhost');
      if (onOther && request.url?.startsWith('/auth')) {
        response.writeHead(200, { 'content-type': 'application/json' });
        return void response.end('{"token":"other-token"}');
      }
      if (onOther) {
        response.writeHead(401, {
          'www-authenticate': `Bearer realm="http://localhost:${port}/auth",service="other.example",scope="repository:ns/app:pull"`,
          'content-type': 'application/json'
        });
        return void response.end('{"errors":[{"code":"UNAUTHORIZED","message":"other host says hello"}]}');
      }
      response.writeHead(307, { location: `http://localhost:${port}/v2/ns/app/manifests/v1` });
      response.end();
    };
    const error = await failure(client().manifestDigest('ns/app', 'v1'));
    expect(error).toMatchObject({ code: 'UNAUTHORIZED', retryable: false, statusCode: 401 });
    expect(error.message).not.toMatch(/localhost|127\.0\.0\.1|other host says hello/);
    expect(seen.map(({ url }) => url)).toEqual(['/v2/ns/app/manifests/v1', '/v2/ns/app/manifests/v1']);
    expect(seen.every(({ authorization }) => authorization === undefined)).toBe(true);
  });

  it('does not follow a redirect to plain http off loopback', async () => {
    handler = (_request, response) => {
      response.writeHead(302, { location: 'http://registry.example.com/v2/ns/app/manifests/v1' });
      response.end();
    };
    expect(await failure(client().manifestDigest('ns/app', 'v1'))).toMatchObject({ code: 'HTTP302', retryable: false });
    expect(seen).toHaveLength(1);
  });

  it('takes access_token when the realm sends no token', async () => {
    handler = tokenRegistry({ tokenBody: { access_token: 'token-0001', expires_in: 60 } });
    await expect(client().manifestDigest('ns/app', 'v1')).resolves.toBe(MANIFEST_DIGEST);
  });

  it('refuses a token shorter than 8 characters as an invalid answer, without masking it', async () => {
    const { recorded } = await import('../../test-support/core-stand-in.js');
    handler = tokenRegistry({ tokenBody: { token: 'e' } });
    const error = await failure(client().manifestDigest('ns/app', 'v1'));
    expect(error).toMatchObject({ code: 'InvalidResponse', retryable: true });
    expect(error.message).toContain('shorter than 8 characters');
    expect(recorded.secrets).not.toContain('e');
  });

  it('masks the Basic form of the credentials and the token before sending them', async () => {
    const { recorded } = await import('../../test-support/core-stand-in.js');
    // Values no other test uses: each value is masked once per process.
    handler = tokenRegistry({ login: 'masker:secret-9', token: 'token-masked-0002' });
    await client({ username: 'masker', password: 'secret-9', source: 'the test' }).manifestDigest('ns/app', 'v1');
    expect(recorded.secrets).toEqual(
      expect.arrayContaining([Buffer.from('masker:secret-9').toString('base64'), 'secret-9', 'token-masked-0002'])
    );
  });

  it('hashes the exact bytes of a GET when HEAD carries no digest', async () => {
    handler = tokenRegistry({ digestHeader: null });
    await expect(client().manifestDigest('ns/app', 'v1')).resolves.toBe(MANIFEST_DIGEST);
    expect(seen.at(-1)?.method).toBe('GET');
  });

  it('refuses a digest that is not sha256 and 64 hex digits', async () => {
    handler = tokenRegistry({ digestHeader: 'sha256:abc' });
    expect((await failure(client().manifestDigest('ns/app', 'v1'))).code).toBe('InvalidDigest');
  });

  it('sends no credentials to a plain-http realm off loopback', async () => {
    handler = tokenRegistry({ realm: 'http://auth.example.com/token' });
    const error = await failure(client().manifestDigest('ns/app', 'v1'));
    expect(error.code).toBe('InsecureRealm');
    expect(seen.map(({ url }) => url)).toEqual(['/v2/ns/app/manifests/v1']);
  });

  it('reports refused credentials as final, naming where they came from but not their values', async () => {
    handler = tokenRegistry();
    const error = await failure(
      client({ username: 'robot', password: 'wrong', source: 'the registry inputs' }).manifestDigest('ns/app', 'v1')
    );
    expect(error).toMatchObject({ code: 'UNAUTHORIZED', retryable: false, statusCode: 401 });
    expect(error.message).toContain('the registry inputs');
    expect(error.message).not.toContain('wrong');
  });

  it('retries nothing itself, but marks server errors and throttling as worth a retry', async () => {
    handler = (_request, response) => void response.writeHead(503).end();
    expect(await failure(client().manifestDigest('ns/app', 'v1'))).toMatchObject({ code: 'HTTP503', retryable: true });
    expect(seen).toHaveLength(1);
  });

  it('reads the distribution error code of a refusal', async () => {
    handler = (_request, response) => {
      response.writeHead(403, { 'content-type': 'application/json' });
      response.end('{"errors":[{"code":"DENIED","message":"requested access to the resource is denied"}]}');
    };
    const error = await failure(client().manifestDigest('ns/app', 'v1'));
    expect(error).toMatchObject({ code: 'DENIED', retryable: false });
  });

  it('refuses a token that could not travel in a header', async () => {
    handler = tokenRegistry({ tokenBody: { token: 'tok\r\nx-evil: 1' } });
    expect((await failure(client().manifestDigest('ns/app', 'v1'))).code).toBe('InvalidResponse');
  });
});

describe('whether a tag is absent: only a registry can say so', () => {
  it('takes a 404 HEAD with Docker-Distribution-Api-Version: registry/2.0 for absent, asking nothing more', async () => {
    handler = tokenRegistry();
    await expect(client().manifestDigest('ns/app', 'v2')).resolves.toBeUndefined();
    expect(seen.map(({ method, url }) => `${method} ${url.split('?')[0]}`)).toEqual([
      'HEAD /v2/ns/app/manifests/v2',
      'GET /auth',
      'HEAD /v2/ns/app/manifests/v2'
    ]);
  });

  it.each(['MANIFEST_UNKNOWN', 'NAME_UNKNOWN'])(
    'without the header, asks GET, whose %s error says the tag is absent',
    async (code) => {
      handler = (request, response) => {
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end(
          request.method === 'HEAD' ? undefined : JSON.stringify({ errors: [{ code, message: 'unknown' }] })
        );
      };
      await expect(client().manifestDigest('ns/app', 'v2')).resolves.toBeUndefined();
      expect(seen.map(({ method }) => method)).toEqual(['HEAD', 'GET']);
    }
  );

  it.each([
    ['an HTML page', 'text/html', '<html><body>Not Found</body></html>'],
    ['an empty answer', 'text/plain', ''],
    ['another JSON error', 'application/json', '{"errors":[{"code":"NOT_FOUND","message":"no route"}]}']
  ])(
    'refuses a 404 that does not show a registry (%s): the tag guard cannot take it for a new tag',
    async (_what, type, body) => {
      handler = (request, response) => {
        response.writeHead(404, { 'content-type': type });
        response.end(request.method === 'HEAD' ? undefined : body);
      };
      const error = await failure(client().manifestDigest('ns/app', 'v1'));
      expect(error).toMatchObject({ code: 'NotARegistry', retryable: false, statusCode: 404 });
      expect(error.message).toMatch(
        /check that registry-endpoint, or else image-repository's host, is the image's registry/
      );
    }
  );

  it('refuses a 200 that is not a manifest (a web server answering everything)', async () => {
    handler = (request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(request.method === 'HEAD' ? undefined : '<html>Welcome</html>');
    };
    expect((await failure(client().manifestDigest('ns/app', 'v1'))).code).toBe('NotARegistry');
  });
});

describe('HEAD not served', () => {
  it.each([405, 501])('falls back to GET when HEAD is answered %i', async (status) => {
    const registry = tokenRegistry({ digestHeader: null });
    handler = (request, response) => {
      if (request.method === 'HEAD') return void response.writeHead(status, API_VERSION).end();
      registry(request, response);
    };
    await expect(client().manifestDigest('ns/app', 'v1')).resolves.toBe(MANIFEST_DIGEST);
    expect(seen.map(({ method, url }) => `${method} ${url.split('?')[0]}`)).toEqual([
      'HEAD /v2/ns/app/manifests/v1',
      'GET /v2/ns/app/manifests/v1',
      'GET /auth',
      'GET /v2/ns/app/manifests/v1'
    ]);
  });
});

describe('a Basic challenge', () => {
  const BASIC = `Basic ${Buffer.from('robot:pa:ss').toString('base64')}`;

  /** An htpasswd front: Basic credentials on every request, as nginx auth_basic or Distribution's htpasswd ask. */
  const basicRegistry: Handler = (request, response) => {
    if (request.headers.authorization !== BASIC) {
      response.writeHead(401, {
        ...API_VERSION,
        'content-type': 'application/json',
        'www-authenticate': 'Basic realm="Registry Realm"'
      });
      return void response.end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}');
    }
    if (request.url !== '/v2/ns/app/manifests/v1') {
      return void response.writeHead(404, API_VERSION).end();
    }
    response.writeHead(200, { ...API_VERSION, 'docker-content-digest': MANIFEST_DIGEST });
    response.end();
  };

  it('is answered with the same credentials, which are kept for the next lookup', async () => {
    handler = basicRegistry;
    const registry = client();
    await expect(registry.manifestDigest('ns/app', 'v1')).resolves.toBe(MANIFEST_DIGEST);
    await expect(registry.manifestDigest('ns/app', 'v2')).resolves.toBeUndefined();
    expect(seen.map(({ method, authorization }) => `${method} ${authorization ?? '-'}`)).toEqual([
      'HEAD -',
      `HEAD ${BASIC}`,
      `HEAD ${BASIC}`
    ]);
  });

  it('masks the password and its base64 user:password form before sending them', async () => {
    // Credentials of their own: a value is masked once per step, and other tests send the shared ones.
    const login = { username: 'masked-robot', password: 'only-in-this-test', source: 'the test' };
    const encoded = Buffer.from(`${login.username}:${login.password}`).toString('base64');
    handler = (request, response) => {
      if (request.headers.authorization !== `Basic ${encoded}`) {
        return void response.writeHead(401, { ...API_VERSION, 'www-authenticate': 'Basic realm="r"' }).end();
      }
      response.writeHead(200, { ...API_VERSION, 'docker-content-digest': MANIFEST_DIGEST }).end();
    };
    resetRecorded();
    await expect(client(login).manifestDigest('ns/app', 'v1')).resolves.toBe(MANIFEST_DIGEST);
    expect(recorded.secrets).toEqual(expect.arrayContaining([login.password, encoded]));
  });

  it('with wrong credentials: refused, naming where they came from but not their values', async () => {
    handler = basicRegistry;
    const error = await failure(
      client({ username: 'robot', password: 'wrong-one', source: 'the registry inputs' }).manifestDigest('ns/app', 'v1')
    );
    expect(error).toMatchObject({ code: 'UNAUTHORIZED', retryable: false, statusCode: 401 });
    expect(error.message).toContain('the registry refused the credentials from the registry inputs');
    expect(error.message).not.toContain('wrong-one');
  });

  it('without credentials: says none were found, and sends nothing', async () => {
    handler = basicRegistry;
    const error = await failure(client(null).manifestDigest('ns/app', 'v1'));
    expect(error).toMatchObject({ code: 'UNAUTHORIZED', statusCode: 401 });
    expect(error.message).toContain('asks for Basic credentials, and no registry credentials were found');
    expect(seen).toHaveLength(1);
  });
});

describe('parseBearerChallenge', () => {
  it('reads realm, service and scope, quoted or not, in any order', () => {
    expect(
      parseBearerChallenge(
        'Bearer service="registry.aliyuncs.com:cn-hangzhou:26842",realm="https://dockerauth.cn-hangzhou.aliyuncs.com/auth",scope=repository:a/b:pull'
      )
    ).toEqual({
      realm: 'https://dockerauth.cn-hangzhou.aliyuncs.com/auth',
      service: 'registry.aliyuncs.com:cn-hangzhou:26842',
      scope: 'repository:a/b:pull'
    });
  });

  it('gives nothing for Basic challenges or a Bearer challenge without realm', () => {
    expect(parseBearerChallenge('Basic realm="x"')).toBeUndefined();
    expect(parseBearerChallenge('Bearer service="x"')).toBeUndefined();
    expect(parseBearerChallenge(undefined)).toBeUndefined();
  });
});

describe('parseChallenge', () => {
  it('prefers Bearer, else takes Basic (with or without a realm), else nothing', () => {
    expect(parseChallenge(['Basic realm="x"', 'Bearer realm="https://a/token"'])).toEqual({
      scheme: 'bearer',
      realm: 'https://a/token'
    });
    expect(parseChallenge('Basic realm="Registry Realm"')).toEqual({ scheme: 'basic' });
    expect(parseChallenge('basic')).toEqual({ scheme: 'basic' });
    expect(parseChallenge('Basically realm="x"')).toBeUndefined();
    expect(parseChallenge('Negotiate')).toBeUndefined();
    expect(parseChallenge(undefined)).toBeUndefined();
  });
});

describe('digests', () => {
  it('accepts only sha256 with 64 lowercase hex digits', () => {
    expect(isDigest(MANIFEST_DIGEST)).toBe(true);
    expect(isDigest(MANIFEST_DIGEST.toUpperCase())).toBe(false);
    expect(isDigest(`sha512:${'a'.repeat(64)}`)).toBe(false);
    expect(isDigest(`${MANIFEST_DIGEST}\n`)).toBe(false);
    expect(pinnedImage('r.example.com/ns/app', MANIFEST_DIGEST)).toBe(`r.example.com/ns/app@${MANIFEST_DIGEST}`);
  });
});
