/** The emulator's raw-answer knob, and the redaction of credentials in the request log it shows users. */
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { DEFAULT_OIDC_AUDIENCE, DEFAULT_OIDC_PROVIDER_ARN, DEFAULT_ROLE_ARN } from '../../emulator/sts-actions.js';
import { COMMIT_PARAMS, callApi, rawHttp } from './helpers.js';

describe('emulator hardening knobs', () => {
  let emulator: Emulator;

  beforeAll(async () => {
    emulator = await startEmulator({ taskDurationMs: 60_000 });
  });
  afterEach(() => emulator.reset());
  afterAll(() => emulator.close());

  it('answers with a raw body, repeated, without processing the request', async () => {
    emulator.answerRaw({
      action: 'CommitContainer',
      status: 502,
      body: '<h1>Bad gateway</h1>',
      contentType: 'text/html',
      repeat: 3
    });
    const response = await callApi(emulator, { action: 'CommitContainer', params: COMMIT_PARAMS });
    expect(response.status).toBe(502);
    expect(response.headers['content-type']).toBe('text/html');
    expect(response.text).toBe('<h1>Bad gateway</h1>'.repeat(3));
    expect(emulator.tasks).toHaveLength(0);
    expect(emulator.requestsFor('CommitContainer')[0]).toMatchObject({ injectedFault: 'raw-answer', status: 502 });
    // The next request is answered as usual.
    expect((await callApi(emulator, { action: 'CommitContainer', params: COMMIT_PARAMS })).status).toBe(200);
  });

  it('arms raw answers through the admin API, and refuses a bad one', async () => {
    const post = (faults: unknown) =>
      rawHttp(`${emulator.url}/__emulator/config`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ faults })
      });
    const armed = await post({ answerRaw: { status: 200, body: '{"TaskId":"x"}', action: 'CommitContainer' } });
    expect(armed.json.armedFaults.rawAnswers).toEqual([
      { status: 200, body: '{"TaskId":"x"}', action: 'CommitContainer', count: 1 }
    ]);
    expect((await post({ answerRaw: { status: 200, body: 'x', repeat: 0 } })).status).toBe(400);
    expect((await post({ answerRaw: { status: 42, body: 'x' } })).status).toBe(400);
  });

  it('redacts signatures, security tokens and OIDC tokens in the request log users read', async () => {
    await callApi(emulator, { action: 'CommitContainer', params: COMMIT_PARAMS });
    const token = emulator.mintGithubOidcToken(DEFAULT_OIDC_AUDIENCE);
    await callApi(emulator, {
      action: 'AssumeRoleWithOIDC',
      anonymous: true,
      params: {
        RoleArn: DEFAULT_ROLE_ARN,
        OIDCProviderArn: DEFAULT_OIDC_PROVIDER_ARN,
        OIDCToken: token,
        RoleSessionName: 'github-actions'
      }
    });
    const issued = emulator.issuedStsCredentials()[0];
    await callApi(emulator, {
      action: 'DescribeCommitContainerTask',
      params: { RegionId: 'cn-hangzhou', ContainerGroupId: COMMIT_PARAMS.ContainerGroupId },
      accessKeyId: issued.accessKeyId,
      accessKeySecret: issued.accessKeySecret,
      securityToken: issued.securityToken
    });
    const github = await rawHttp(`${emulator.githubOidcEnv().ACTIONS_ID_TOKEN_REQUEST_URL}&audience=x`, {
      headers: { authorization: `Bearer ${emulator.githubOidcEnv().ACTIONS_ID_TOKEN_REQUEST_TOKEN}` }
    });
    expect(github.status).toBe(200);

    const shown = await rawHttp(`${emulator.url}/__emulator/requests`);
    const text = shown.text;
    for (const secret of [
      token,
      issued.securityToken,
      issued.accessKeySecret,
      emulator.githubOidcEnv().ACTIONS_ID_TOKEN_REQUEST_TOKEN
    ]) {
      expect(text).not.toContain(secret);
    }
    const [commit, assume, describe, githubRequest] = shown.json;
    expect(commit.headers.authorization).toBe('ACS3-HMAC-SHA256 [redacted]');
    expect(assume.params.OIDCToken).toBe('[redacted]');
    expect(describe.headers['x-acs-security-token']).toBe('[redacted]');
    expect(describe.securityTokenPresent).toBe(true);
    expect(githubRequest.headers.authorization).toBe('Bearer [redacted]');
    // The process's own view keeps them, for tests that check what was sent.
    expect(emulator.requestsFor('AssumeRoleWithOIDC')[0].params.OIDCToken).toBe(token);
  });
});
