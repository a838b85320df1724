import { jest } from '@jest/globals';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { FakeClock } from '../../test-support/fakes.js';
import { core, recorded, resetRecorded } from '../../test-support/core-stand-in.js';

jest.unstable_mockModule('@actions/core', () => core);
const { DefaultChainProvider } = await import('../../src/eci/credentials.js');
const { CredentialsUriProvider } = await import('../../src/eci/credentials-uri.js');
const { EcsRamRoleProvider } = await import('../../src/eci/ecs-ram-role.js');
const { MAX_CREDENTIAL_ANSWER_BYTES } = await import('../../src/eci/session-credentials.js');

/** Temporary credentials as a credentials URI or the metadata service gives them. */
const answer = (n: number, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  AccessKeyId: `STS.key-${n}`,
  AccessKeySecret: `secret-number-${n}`,
  SecurityToken: `token-number-${n}`,
  Expiration: '2026-11-28T06:00:00Z',
  ...extra
});

type Handler = (request: IncomingMessage, response: ServerResponse) => void;
interface Seen {
  method: string;
  path: string;
  token?: string;
  acceptEncoding?: string;
}

/** A loopback server that records each request and answers with `handler`; `written` counts body bytes sent. */
async function standIn(handler: Handler): Promise<{ host: string; seen: Seen[]; close(): Promise<void> }> {
  const seen: Seen[] = [];
  const server = http.createServer((request, response) => {
    seen.push({
      method: request.method ?? '',
      path: request.url ?? '',
      token: request.headers['x-aliyun-ecs-metadata-token'] as string | undefined,
      acceptEncoding: request.headers['accept-encoding']
    });
    request.resume();
    request.on('end', () => handler(request, response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}

const json = (response: ServerResponse, body: unknown, status = 200): void => {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(typeof body === 'string' ? body : JSON.stringify(body));
};

const START = Date.parse('2026-11-28T05:00:00Z');
const options = (clock = new FakeClock(START)) => ({ clock, proxy: { noProxy: [] } });

let servers: Array<{ close(): Promise<void> }> = [];
const serve = async (handler: Handler) => {
  const server = await standIn(handler);
  servers.push(server);
  return server;
};

beforeEach(() => resetRecorded());
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

describe('the credentials URI, read through the bounded transport', () => {
  it('runs with the metadata link switched off by setup-env.ts', () => {
    expect(process.env.ALIBABA_CLOUD_ECS_METADATA_DISABLED).toBe('true');
    expect(() => new EcsRamRoleProvider({}, options())).toThrow('disabled');
  });

  // 32 MiB of JSON in 32 KiB of gzip: @alicloud/credentials inflates it whole (300 KB became 300 MiB in the field).
  const bomb = gzipSync(JSON.stringify(answer(1, { Padding: 'x'.repeat(32 * 1024 * 1024) })), { level: 9 });

  it('does not inflate a gzip answer: the default chain refuses it, having held no more than its compressed bytes', async () => {
    expect(bomb.length).toBeLessThan(MAX_CREDENTIAL_ANSWER_BYTES);
    const server = await serve((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      response.end(bomb);
    });
    const uri = `http://${server.host}/credentials`;
    const env = { ALIBABA_CLOUD_CREDENTIALS_URI: uri, ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true' };
    const error = await new DefaultChainProvider(env, options()).getCredential().catch((thrown: unknown) => thrown);
    expect(String(error)).toContain('a credentials URI (ALIBABA_CLOUD_CREDENTIALS_URI): nothing usable');
    expect(server.seen).toEqual([{ method: 'GET', path: '/credentials', acceptEncoding: undefined }]);
    // What was read is the compressed answer, as it came: not JSON, so refused, never inflated.
    await expect(new CredentialsUriProvider(uri, options()).getCredentials()).rejects.toThrow(
      `the credentials URI answered ${bomb.length} bytes that are not JSON`
    );
  });

  it('stops reading an answer larger than the bound, however it is sent', async () => {
    const big = JSON.stringify(answer(1, { Padding: 'x'.repeat(2 * MAX_CREDENTIAL_ANSWER_BYTES) }));
    let streamed = 0;
    const server = await serve((request, response) => {
      if (request.url === '/declared') return json(response, big);
      // No length declared, and no end: only the client's limit stops it.
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(16 * 1024, 'x');
      const pump = (): void => {
        while (!response.destroyed && response.write(chunk)) streamed += chunk.length;
        if (!response.destroyed) response.once('drain', pump);
      };
      response.on('close', () => response.removeAllListeners('drain'));
      pump();
    });
    for (const path of ['/declared', '/endless']) {
      const provider = new CredentialsUriProvider(`http://${server.host}${path}`, options());
      await expect(provider.getCredentials()).rejects.toMatchObject({ code: 'AnswerTooLarge' });
    }
    // The endless answer ended with the client's refusal (socket buffers aside), not with the server's memory.
    expect(streamed).toBeLessThan(64 * 1024 * 1024);
  });

  it('hands out its credentials, masked, and asks again only as they near their Expiration', async () => {
    let issued = 0;
    const server = await serve((_, response) => json(response, answer(++issued)));
    const clock = new FakeClock(START);
    const env = {
      ALIBABA_CLOUD_CREDENTIALS_URI: `http://${server.host}/c?role=ci`,
      ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true'
    };
    const provider = new DefaultChainProvider(env, options(clock));
    await expect(provider.getCredential()).resolves.toEqual({
      accessKeyId: 'STS.key-1',
      accessKeySecret: 'secret-number-1',
      securityToken: 'token-number-1'
    });
    clock.advance(40 * 60_000); // 05:40, more than 15 minutes before 06:00
    await expect(provider.getCredential()).resolves.toMatchObject({ accessKeyId: 'STS.key-1' });
    clock.advance(6 * 60_000);
    await expect(provider.getCredential()).resolves.toMatchObject({ accessKeyId: 'STS.key-2' });
    expect(server.seen.map((request) => request.path)).toEqual(['/c?role=ci', '/c?role=ci']);
    expect(recorded.secrets).toEqual(['secret-number-1', 'token-number-1', 'secret-number-2', 'token-number-2']);
  });

  it.each<[string, number, unknown]>([
    ['an error status', 500, answer(1)],
    ['no security token', 200, { AccessKeyId: 'STS.a', AccessKeySecret: 'secret-abc' }],
    ['a key of the wrong type', 200, answer(1, { AccessKeyId: { nested: true } })],
    ['not JSON', 200, '<html>login</html>']
  ])('refuses %s, never quoting the answer', async (_, status, body) => {
    const server = await serve((__, response) => json(response, body, status));
    const error = await new CredentialsUriProvider(`http://${server.host}/`, options())
      .getCredentials()
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(Error);
    expect(String(error)).not.toMatch(/secret-|token-|login/);
  });
});

describe('the ECS RAM role, read from a loopback metadata stand-in', () => {
  const CREDENTIALS = '/latest/meta-data/ram/security-credentials/';
  // setup-env.ts turns the metadata link off for every test; these point it at a loopback stand-in instead.
  const switchedOff = process.env.ALIBABA_CLOUD_ECS_METADATA_DISABLED;
  beforeEach(() => delete process.env.ALIBABA_CLOUD_ECS_METADATA_DISABLED);
  afterEach(() => {
    process.env.ALIBABA_CLOUD_ECS_METADATA_DISABLED = switchedOff;
  });

  /** IMDSv2 as the ECS metadata service speaks it; `tokens: false` answers the token request with 403. */
  function metadata(settings: { tokens?: boolean; credentials?: (response: ServerResponse) => void } = {}): Handler {
    return (request, response) => {
      const token = request.headers['x-aliyun-ecs-metadata-token'];
      if (request.method === 'PUT' && request.url === '/latest/api/token') {
        if (settings.tokens === false) return json(response, 'forbidden', 403);
        expect(request.headers['x-aliyun-ecs-metadata-token-ttl-seconds']).toBe('21600');
        return json(response, 'imds-token');
      }
      if (settings.tokens !== false && token !== 'imds-token') return json(response, 'unauthorized', 401);
      if (request.url === CREDENTIALS) return json(response, 'eci-role\n');
      if (request.url === `${CREDENTIALS}eci-role`) {
        if (settings.credentials) return settings.credentials(response);
        return json(response, answer(1, { Code: 'Success', LastUpdated: '2026-11-28T05:00:00Z' }));
      }
      json(response, 'not found', 404);
    };
  }

  it('is found by the default chain: one IMDSv2 token, the role name, then the role credentials', async () => {
    const server = await serve(metadata());
    const chain = new DefaultChainProvider({}, { ...options(), metadataHost: server.host });
    await expect(chain.getCredential()).resolves.toEqual({
      accessKeyId: 'STS.key-1',
      accessKeySecret: 'secret-number-1',
      securityToken: 'token-number-1'
    });
    expect(server.seen.map(({ method, path, token }) => [method, path, token])).toEqual([
      ['PUT', '/latest/api/token', undefined],
      ['GET', CREDENTIALS, 'imds-token'],
      ['GET', `${CREDENTIALS}eci-role`, 'imds-token']
    ]);
  });

  it('takes the role name from ALIBABA_CLOUD_ECS_METADATA, and falls back to IMDSv1 without a token', async () => {
    const server = await serve(metadata({ tokens: false }));
    const provider = new EcsRamRoleProvider(
      { ALIBABA_CLOUD_ECS_METADATA: 'eci-role' },
      { ...options(), metadataHost: server.host }
    );
    await expect(provider.getCredentials()).resolves.toMatchObject({ accessKeyId: 'STS.key-1' });
    expect(server.seen.map(({ method, path, token }) => [method, path, token])).toEqual([
      ['PUT', '/latest/api/token', undefined],
      ['GET', `${CREDENTIALS}eci-role`, undefined]
    ]);
  });

  it('does not fall back to IMDSv1 when ALIBABA_CLOUD_IMDSV1_DISABLED is true', async () => {
    const server = await serve(metadata({ tokens: false }));
    const provider = new EcsRamRoleProvider(
      { ALIBABA_CLOUD_IMDSV1_DISABLED: 'true' },
      { ...options(), metadataHost: server.host }
    );
    await expect(provider.getCredentials()).rejects.toThrow('HTTP 403');
    expect(server.seen).toHaveLength(1);
  });

  it.each<[string, (response: ServerResponse) => void, string | RegExp]>([
    [
      'an answer larger than the bound',
      (response) => json(response, answer(1, { Code: 'Success', Padding: 'x'.repeat(MAX_CREDENTIAL_ANSWER_BYTES) })),
      /larger than 65536 bytes/
    ],
    [
      'a gzip answer',
      (response) => {
        response.writeHead(200, { 'content-encoding': 'gzip' });
        response.end(gzipSync(JSON.stringify(answer(1, { Code: 'Success' }))));
      },
      /bytes that are not JSON/
    ],
    [
      'a Code other than Success',
      (response) => json(response, answer(1, { Code: 'Failed' })),
      'the ECS metadata service answered a Code other than Success'
    ]
  ])('refuses %s', async (_, credentials, message) => {
    const server = await serve(metadata({ credentials }));
    const provider = new EcsRamRoleProvider({}, { ...options(), metadataHost: server.host });
    await expect(provider.getCredentials()).rejects.toThrow(message);
  });

  it('asks nothing when ALIBABA_CLOUD_ECS_METADATA_DISABLED is true, in the step env or the process env', async () => {
    const server = await serve(metadata());
    const env = { ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'TRUE' };
    expect(() => new EcsRamRoleProvider(env, { ...options(), metadataHost: server.host })).toThrow('disabled');
    process.env.ALIBABA_CLOUD_ECS_METADATA_DISABLED = 'true';
    expect(() => new EcsRamRoleProvider({}, { ...options(), metadataHost: server.host })).toThrow('disabled');
    delete process.env.ALIBABA_CLOUD_ECS_METADATA_DISABLED;
    const error = await new DefaultChainProvider(env, { ...options(), metadataHost: server.host })
      .getCredential()
      .catch((thrown: unknown) => thrown);
    expect(String(error)).toContain('the ECS RAM role (instance metadata): not configured');
    expect(server.seen).toEqual([]);
  });
});
