import { signRequest } from '../../emulator/acs3-signature.js';
import { DEFAULT_ACR_INSTANCE_ID } from '../../emulator/cr-actions.js';
import { DEFAULT_REGISTRY_USER, REGISTRY_SERVICE } from '../../emulator/registry-standin.js';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { callApi, COMMIT_PARAMS, rawHttp, type HttpResult } from './helpers.js';

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator({ taskDurationMs: 0 });
});
afterEach(() => emulator.reset());
afterAll(() => emulator.close());

/** GET /tokens signed as the SDK's default path signs ROA calls (ACS3, empty query, hash of an empty body). */
function personalToken(secret = emulator.accessKeySecret, method = 'GET'): Promise<HttpResult> {
  const headers = signRequest({
    method,
    path: '/tokens',
    query: {},
    headers: { host: emulator.endpoint, 'x-acs-action': 'GetAuthorizationToken', 'x-acs-version': '2016-06-07' },
    body: '',
    accessKeyId: emulator.accessKeyId,
    accessKeySecret: secret
  });
  return rawHttp(`${emulator.url}/tokens`, { method, headers });
}

const basic = (username: string, password: string): string =>
  `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

async function bearer(username = DEFAULT_REGISTRY_USER.username, password = DEFAULT_REGISTRY_USER.password) {
  const answer = await rawHttp(
    `${emulator.url}/auth?service=${encodeURIComponent(REGISTRY_SERVICE)}&scope=repository:octo/shop:pull`,
    { headers: { authorization: basic(username, password) } }
  );
  return answer;
}

describe('cr GetAuthorizationToken', () => {
  it('2018-12-01 (RPC, Enterprise) answers TempUsername and AuthorizationToken for a known instance', async () => {
    const answer = await callApi(emulator, {
      action: 'GetAuthorizationToken',
      version: '2018-12-01',
      params: { InstanceId: DEFAULT_ACR_INSTANCE_ID, RegionId: 'cn-hangzhou' }
    });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      RequestId: expect.any(String),
      TempUsername: 'cr_temp_user',
      AuthorizationToken: expect.stringContaining(':'),
      ExpireTime: expect.any(Number),
      IsSuccess: true,
      Code: 'success'
    });
    expect(answer.json.ExpireTime - Date.now()).toBeGreaterThan(3_590_000);
    expect(emulator.requestsFor('GetAuthorizationToken')[0]).toMatchObject({ service: 'cr', signatureValid: true });
  });

  it('2018-12-01 refuses an unknown instance and a missing InstanceId', async () => {
    const unknown = await callApi(emulator, {
      action: 'GetAuthorizationToken',
      version: '2018-12-01',
      params: { InstanceId: 'cri-nosuch' }
    });
    expect([unknown.status, unknown.json.Code]).toEqual([404, 'INSTANCE_NOT_EXIST']);
    const missing = await callApi(emulator, { action: 'GetAuthorizationToken', version: '2018-12-01' });
    expect([missing.status, missing.json.Code]).toEqual([400, 'MissingParameter']);
  });

  it('2016-06-07 (ROA, Personal) answers GET /tokens with data and a lowercase requestId, signed and verified', async () => {
    const answer = await personalToken();
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      requestId: expect.any(String),
      data: { tempUserName: 'cr_temp_user', authorizationToken: expect.any(String), expireDate: expect.any(Number) }
    });
    expect((await personalToken('wrong-secret')).status).toBe(400);
    expect((await personalToken(emulator.accessKeySecret, 'POST')).json.Code).toBe('InvalidAction.NotFound');
  });

  it('the same action name in an unknown version is InvalidVersion', async () => {
    const answer = await callApi(emulator, { action: 'GetAuthorizationToken', version: '2099-01-01' });
    expect([answer.status, answer.json.Code]).toEqual([400, 'InvalidVersion']);
  });
});

describe('the registry stand-in', () => {
  it('challenges without a token, naming its realm, service and scope', async () => {
    const answer = await rawHttp(`${emulator.url}/v2/octo/shop/manifests/v1`, { method: 'HEAD' });
    expect(answer.status).toBe(401);
    expect(answer.headers['www-authenticate']).toBe(
      `Bearer realm="${emulator.url}/auth",service="${REGISTRY_SERVICE}",scope="repository:octo/shop:pull"`
    );
  });

  it('gives a token for a registry user or a temporary login, and refuses anyone else', async () => {
    expect((await bearer()).json).toEqual({
      token: expect.any(String),
      expires_in: 300,
      issued_at: expect.any(String)
    });
    const login = (await personalToken()).json.data;
    expect((await bearer(login.tempUserName, login.authorizationToken)).status).toBe(200);
    const refused = await bearer('robot', 'wrong');
    expect([refused.status, refused.json.errors[0].code]).toEqual([401, 'UNAUTHORIZED']);
  });

  it('serves seeded images and images that succeeded tasks pushed, each with a stable digest', async () => {
    const seeded = emulator.registry.seedImage('registry.cn-hangzhou.aliyuncs.com/octo/shop', 'old');
    const { token } = (await bearer()).json;
    const head = (tag: string, name = 'octo/shop') =>
      rawHttp(`${emulator.url}/v2/${name}/manifests/${tag}`, {
        method: 'HEAD',
        headers: { authorization: `Bearer ${token}` }
      });
    expect((await head('old')).headers['docker-content-digest']).toBe(seeded);

    const missing = await rawHttp(`${emulator.url}/v2/octo/shop/manifests/v1`, {
      headers: { authorization: `Bearer ${token}` }
    });
    expect([missing.status, missing.json.errors[0].code]).toEqual([404, 'MANIFEST_UNKNOWN']);

    await callApi(emulator, { action: 'CommitContainer', params: { ...COMMIT_PARAMS, 'Image.Tag': 'v1' } });
    // The repository path names the image whatever the registry host (here a VPC host).
    const pushed = (await head('v1', 'emulator/app')).headers['docker-content-digest'];
    expect(pushed).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect((await head('v1', 'emulator/app')).headers['docker-content-digest']).toBe(pushed);
    expect(emulator.registry.digestOf(COMMIT_PARAMS['Image.Repository'], 'v1')).toBe(pushed);
    expect(pushed).not.toBe(seeded);
  });

  it('sends Docker-Distribution-Api-Version: registry/2.0 on every /v2/ answer, as Distribution does', async () => {
    const { token } = (await bearer()).json;
    const authorization = `Bearer ${token}`;
    const answers = [
      await rawHttp(`${emulator.url}/v2/octo/shop/manifests/v1`, { method: 'HEAD' }),
      await rawHttp(`${emulator.url}/v2/`, { headers: { authorization } }),
      await rawHttp(`${emulator.url}/v2/octo/shop/manifests/v1`, { method: 'HEAD', headers: { authorization } }),
      await rawHttp(`${emulator.url}/v2/octo/shop/manifests/v1`, { headers: { authorization } })
    ];
    expect(answers.map((answer) => [answer.status, answer.headers['docker-distribution-api-version']])).toEqual([
      [401, 'registry/2.0'],
      [200, 'registry/2.0'],
      [404, 'registry/2.0'],
      [404, 'registry/2.0']
    ]);
    // A missing manifest: HEAD has no body, GET says MANIFEST_UNKNOWN.
    expect(answers[2].text).toBe('');
    expect(answers[3].json.errors[0].code).toBe('MANIFEST_UNKNOWN');
    // The realm is the token service's (ACR's dockerauth), not the registry API.
    expect((await bearer()).headers['docker-distribution-api-version']).toBeUndefined();

    emulator.registry.configure({ omitApiVersionHeader: true });
    const bare = await rawHttp(`${emulator.url}/v2/octo/shop/manifests/v1`, { headers: { authorization } });
    expect([bare.status, bare.headers['docker-distribution-api-version']]).toEqual([404, undefined]);
    expect(bare.json.errors[0].code).toBe('MANIFEST_UNKNOWN');
  });

  it('takes its knobs from the admin API too, and forgets them on reset', async () => {
    const config = await rawHttp(`${emulator.url}/__emulator/config`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ registry: { down: true } })
    });
    expect(config.json.registry).toMatchObject({ down: true });
    expect((await rawHttp(`${emulator.url}/v2/`)).status).toBe(503);
    emulator.reset();
    expect((await rawHttp(`${emulator.url}/v2/`)).status).toBe(401);
    const typo = await rawHttp(`${emulator.url}/__emulator/config`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ registry: { dwon: true } })
    });
    expect(typo.status).toBe(400);
  });
});
