import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError } from '../../src/model/errors.js';
import {
  isForbiddenAddress,
  isPrivateAddress,
  mayFollow,
  pullScope,
  whyNoCredentials,
  whyNotTarget
} from '../../src/registry/realm-policy.js';
import { RegistryClient, type RegistryCredentials } from '../../src/registry/registry-client.js';

/**
 * A registry on loopback that names a token realm, and a loopback HTTPS proxy that records every tunnel asked
 * for: any https call off loopback goes to the proxy (which refuses it), so a realm the client should refuse is
 * never contacted, and a call it should not make shows up as a CONNECT.
 */
let registry: Server;
let proxy: Server;
let registryPort: number;
let proxyPort: number;
let realm: string;
let challengeScope: string;
let seen: string[];
let tunnels: string[];

function registryHandler(request: IncomingMessage, response: ServerResponse): void {
  seen.push(`${request.method} ${request.url}`);
  const url = new URL(request.url ?? '/', 'http://x');
  if (url.pathname === '/auth') {
    response.writeHead(200, { 'content-type': 'application/json' });
    return void response.end('{"token":"token-0001"}');
  }
  if (request.headers.authorization !== 'Bearer token-0001') {
    response.writeHead(401, { 'www-authenticate': `Bearer realm="${realm}",service="s",scope="${challengeScope}"` });
    return void response.end();
  }
  response.writeHead(200, { 'docker-content-digest': `sha256:${'a'.repeat(64)}` });
  response.end();
}

beforeAll(async () => {
  registry = createServer(registryHandler);
  proxy = createServer((_request, response) => void response.writeHead(400).end());
  proxy.on('connect', (request: IncomingMessage, socket) => {
    tunnels.push(request.url ?? '');
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  registryPort = (registry.address() as AddressInfo).port;
  proxyPort = (proxy.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => registry.close(resolve));
  await new Promise((resolve) => proxy.close(resolve));
});

beforeEach(() => {
  seen = [];
  tunnels = [];
  realm = `http://127.0.0.1:${registryPort}/auth`;
  challengeScope = 'repository:ns/app:pull';
});

const ROBOT: RegistryCredentials = { username: 'robot', password: 'secret', source: 'the test' };
const ACR_TOKEN: RegistryCredentials = { ...ROBOT, source: 'an ACR token' };

function client(credentials: RegistryCredentials | undefined, registryHost?: string): RegistryClient {
  return new RegistryClient({
    endpoint: { protocol: 'http', host: `127.0.0.1:${registryPort}` },
    ...(registryHost ? { registryHost } : {}),
    userAgent: 'test',
    connectTimeoutMs: 2000,
    readTimeoutMs: 2000,
    proxy: { httpsProxy: `http://127.0.0.1:${proxyPort}`, noProxy: [] },
    credentials: async () => credentials
  });
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('the token realms a registry may name', () => {
  it('refuses a plain-http realm off loopback even without credentials (no anonymous request is forged)', async () => {
    // .invalid never resolves (RFC 6761): were the realm not refused, the lookup would fail with another code.
    realm = 'http://auth.invalid/token';
    const error = await failure(client(undefined).manifestDigest('ns/app', 'v1'));
    expect(error).toMatchObject({ code: 'InsecureRealm', retryable: false });
    expect(seen).toEqual(['HEAD /v2/ns/app/manifests/v1']);
  });

  it.each([
    'https://169.254.169.254/latest/meta-data/',
    'https://100.100.100.200/latest/meta-data/',
    'https://[fe80::1]/auth',
    'https://[::ffff:169.254.169.254]/auth',
    'https://2852039166/auth'
  ])('refuses the link-local or metadata address %s before connecting', async (address) => {
    realm = address;
    for (const credentials of [undefined, ROBOT]) {
      const error = await failure(client(credentials).manifestDigest('ns/app', 'v1'));
      expect(error).toMatchObject({ code: 'InsecureRealm', retryable: false });
    }
    expect(tunnels).toEqual([]);
  });

  it.each([
    'https://10.0.0.8/auth',
    'https://172.20.1.1/auth',
    'https://192.168.1.10/auth',
    'https://[fd12:3456::1]/auth',
    'https://[::ffff:10.0.0.1]/auth',
    'https://167772161/auth'
  ])('refuses the private network address %s before connecting', async (address) => {
    realm = address;
    for (const credentials of [undefined, ROBOT]) {
      const error = await failure(client(credentials).manifestDigest('ns/app', 'v1'));
      expect(error).toMatchObject({ code: 'InsecureRealm', retryable: false });
      expect(error.message).toContain('an address in a private network');
    }
    expect(tunnels).toEqual([]);
  });

  it.each([
    ['registry-username and registry-password', ROBOT],
    ['an ACR temporary token', ACR_TOKEN]
  ])(
    "sends %s only to a realm on the registry's host, registry-endpoint's host, or under .aliyuncs.com",
    async (_what, credentials) => {
      realm = 'https://auth.example.com/token';
      const error = await failure(client(credentials).manifestDigest('ns/app', 'v1'));
      expect(error.code).toBe('InsecureRealm');
      expect(error.message).toContain("neither the registry's host (127.0.0.1) nor under .aliyuncs.com");
      expect(error.message).toContain(`where ${credentials.source} may not go`);
      expect(tunnels).toEqual([]);

      // Alibaba's realm is asked (here the loopback proxy stands in for the network and refuses the tunnel).
      realm = 'https://dockerauth.cn-hangzhou.aliyuncs.com/auth';
      await failure(client(credentials).manifestDigest('ns/app', 'v1'));
      // So is one on the host image-repository names, on any port, when registry-endpoint sends the calls elsewhere.
      realm = 'https://registry.example.com:5001/token';
      await failure(client(credentials, 'registry.example.com').manifestDigest('ns/app', 'v1'));
      expect(tunnels).toEqual(['dockerauth.cn-hangzhou.aliyuncs.com:443', 'registry.example.com:5001']);
    }
  );

  it('asks any https realm for an anonymous token: nothing of the step goes there', async () => {
    realm = 'https://auth.example.com/token';
    await failure(client(undefined).manifestDigest('ns/app', 'v1'));
    expect(tunnels).toEqual(['auth.example.com:443']);
  });

  it.each(['repository:other/secret:pull', 'repository:ns/app:pull,push', 'repository:ns/app:*', 'registry:catalog:*'])(
    "asks for pull access to the repository read, whatever the challenge's scope (%s)",
    async (scope) => {
      challengeScope = scope;
      await client(ROBOT).manifestDigest('ns/app', 'v1');
      const auth = seen.find((line) => line.startsWith('GET /auth'));
      expect(new URL(auth!.slice(4), 'http://x').searchParams.get('scope')).toBe('repository:ns/app:pull');
    }
  );
});

describe('realm-policy', () => {
  it('knows link-local and metadata addresses, in any notation the URL parser leaves', () => {
    for (const host of ['169.254.169.254', '100.100.100.200', '[fe80::1]', '[fd00:ec2::254]', '[::ffff:a9fe:a9fe]']) {
      expect(isForbiddenAddress(host)).toBe(true);
    }
    expect(isForbiddenAddress(new URL('http://0xa9fea9fe/').hostname)).toBe(true);
    for (const host of ['127.0.0.1', '100.100.100.201', 'dockerauth.cn-hangzhou.aliyuncs.com', '[::1]', '8.8.8.8']) {
      expect(isForbiddenAddress(host)).toBe(false);
    }
  });

  it('knows private networks, in any notation the URL parser leaves', () => {
    for (const host of ['10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.0.1', '[fc00::1]', '[fdff::1]']) {
      expect(isPrivateAddress(host)).toBe(true);
    }
    expect(isPrivateAddress('[::ffff:c0a8:1]')).toBe(true);
    expect(isPrivateAddress(new URL('https://0xc0a80001/').hostname)).toBe(true);
    for (const host of ['172.32.0.1', '11.0.0.1', '192.169.0.1', '127.0.0.1', '[fe00::1]', 'registry.local']) {
      expect(isPrivateAddress(host)).toBe(false);
    }
  });

  const loopback = { protocol: 'http' as const, host: '127.0.0.1:5000' };
  const remote = { protocol: 'https' as const, host: 'registry.cn-hangzhou.aliyuncs.com' };

  it('has one rule for realms and redirects: plain http only from a loopback registry to loopback', () => {
    expect(whyNotTarget(new URL('http://127.0.0.1:5001/auth'), loopback)).toBeUndefined();
    expect(whyNotTarget(new URL('http://localhost:5001/auth'), loopback)).toBeUndefined();
    expect(whyNotTarget(new URL('http://127.0.0.1:5001/auth'), remote)).toBe('plain http');
    expect(whyNotTarget(new URL('http://auth.example.com/token'), loopback)).toBe('plain http');
    expect(whyNotTarget(new URL('https://auth.example.com/token'), remote)).toBeUndefined();
    expect(whyNotTarget(new URL('http://100.100.100.200/latest'), loopback)).toBe(
      'a link-local or cloud metadata address'
    );
    expect(whyNotTarget(new URL('ftp://auth.example.com/token'), remote)).toBe('not http(s)');
  });

  it('refuses a private network address, unless the registry itself is there', () => {
    expect(whyNotTarget(new URL('https://10.0.0.8/auth'), remote)).toBe('an address in a private network');
    expect(
      whyNotTarget(new URL('https://10.0.0.8:5001/auth'), { protocol: 'https', host: '10.0.0.8' })
    ).toBeUndefined();
    expect(whyNotTarget(new URL('https://10.0.0.9/auth'), { protocol: 'https', host: '10.0.0.8' })).toBe(
      'an address in a private network'
    );
  });

  it("sends credentials only to the registry's hosts or under .aliyuncs.com, whatever the port", () => {
    const hosts = ['127.0.0.1:5000', 'registry.example.com'];
    expect(whyNoCredentials(new URL('http://127.0.0.1:5001/token'), hosts)).toBeUndefined();
    expect(whyNoCredentials(new URL('https://registry.example.com:8443/token'), hosts)).toBeUndefined();
    expect(whyNoCredentials(new URL('https://dockerauth.cn-hangzhou.aliyuncs.com/auth'), hosts)).toBeUndefined();
    expect(whyNoCredentials(new URL('https://evilaliyuncs.com/token'), hosts)).toBeDefined();
    expect(whyNoCredentials(new URL('https://auth.example.com/token'), hosts)).toBe(
      "neither the registry's host (127.0.0.1, registry.example.com) nor under .aliyuncs.com"
    );
  });

  it('follows redirects by the same rule', () => {
    expect(mayFollow(new URL('http://localhost:5001/v2/x'), loopback)).toBe(true);
    expect(mayFollow(new URL('http://127.0.0.1:5001/v2/x'), remote)).toBe(false);
    expect(mayFollow(new URL('http://blobs.example.com/x'), loopback)).toBe(false);
    expect(mayFollow(new URL('https://blobs.example.com/x'), remote)).toBe(true);
    expect(mayFollow(new URL('https://169.254.169.254/x'), remote)).toBe(false);
    expect(mayFollow(new URL('https://192.168.0.10/x'), remote)).toBe(false);
  });

  it("keeps a challenge's scope only when it is pull access to the same repository", () => {
    expect(pullScope('repository:ns/app:pull', 'ns/app')).toBe('repository:ns/app:pull');
    expect(pullScope(undefined, 'ns/app')).toBe('repository:ns/app:pull');
    expect(pullScope('repository:ns/other:pull', 'ns/app')).toBe('repository:ns/app:pull');
    expect(pullScope('repository:ns/app:push,pull', 'ns/app')).toBe('repository:ns/app:pull');
  });
});
