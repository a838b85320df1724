/** The GitHub Actions OIDC token endpoint stand-in. */
import * as core from '@actions/core';
import { GITHUB_OIDC_ISSUER } from '../../emulator/github-oidc.js';
import { decodeJwt } from '../../emulator/jwt.js';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { DEFAULT_OIDC_AUDIENCE, DEFAULT_OIDC_PROVIDER_ARN, DEFAULT_ROLE_ARN } from '../../emulator/sts-actions.js';
import { callApi, rawHttp } from './helpers.js';

const claimsOf = (token: string): Record<string, unknown> => {
  const decoded = decodeJwt(token);
  if (!decoded.ok) throw new Error(`not a JWT: ${decoded.failure}`);
  return decoded.jwt.payload;
};

describe('GitHub OIDC token stand-in', () => {
  let emulator: Emulator;

  beforeAll(async () => {
    emulator = await startEmulator({ githubOidc: { repository: 'acme/widgets', ref: 'refs/heads/release' } });
  });
  afterEach(() => emulator.reset());
  afterAll(() => emulator.close());

  it('hands out a request URL that already has a query, and the bearer token', () => {
    expect(emulator.githubOidcEnv()).toEqual({
      ACTIONS_ID_TOKEN_REQUEST_URL: `${emulator.url}/__github/oidc-token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'emulator-actions-id-token-request-token'
    });
  });

  it('issues an RS256 token with the requested audience and GitHub-like claims', async () => {
    const env = emulator.githubOidcEnv();
    const response = await rawHttp(`${env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=sts.aliyuncs.com`, {
      headers: { authorization: `Bearer ${env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` }
    });
    expect(response.status).toBe(200);
    const decoded = decodeJwt(response.json.value);
    expect(decoded.ok && decoded.jwt.header).toMatchObject({ alg: 'RS256', typ: 'JWT', kid: expect.any(String) });
    const claims = claimsOf(response.json.value);
    expect(claims).toMatchObject({
      iss: GITHUB_OIDC_ISSUER,
      aud: 'sts.aliyuncs.com',
      sub: 'repo:acme/widgets:ref:refs/heads/release',
      repository: 'acme/widgets',
      repository_owner: 'acme'
    });
    expect(Number(claims['exp']) - Number(claims['iat'])).toBe(300);
    expect(emulator.requests[0]).toMatchObject({
      service: 'github',
      action: 'GitHubOidcToken',
      params: { 'api-version': '2.0', audience: 'sts.aliyuncs.com' },
      status: 200
    });
  });

  it("uses the repository owner's URL as the audience when none is asked for, as GitHub does", async () => {
    const env = emulator.githubOidcEnv();
    const response = await rawHttp(env.ACTIONS_ID_TOKEN_REQUEST_URL, {
      headers: { authorization: `Bearer ${env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` }
    });
    expect(claimsOf(response.json.value)['aud']).toBe('https://github.com/acme');
  });

  it('requires the bearer token', async () => {
    const url = emulator.githubOidcEnv().ACTIONS_ID_TOKEN_REQUEST_URL;
    expect((await rawHttp(url)).status).toBe(401);
    expect((await rawHttp(url, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
  });

  describe('through @actions/core getIDToken', () => {
    const saved = { ...process.env };
    const stdoutWrite = process.stdout.write;

    beforeEach(() => {
      Object.assign(process.env, emulator.githubOidcEnv());
      // getIDToken masks the token with a ::add-mask:: command on stdout; keep test output clean.
      process.stdout.write = (() => true) as typeof process.stdout.write;
    });
    afterEach(() => {
      process.stdout.write = stdoutWrite;
      process.env = { ...saved };
    });

    it('gets a token that STS exchanges for credentials', async () => {
      const token = await core.getIDToken(DEFAULT_OIDC_AUDIENCE);
      expect(claimsOf(token)['aud']).toBe(DEFAULT_OIDC_AUDIENCE);
      expect(emulator.requests[0]?.params['audience']).toBe(DEFAULT_OIDC_AUDIENCE);

      const exchanged = await callApi(emulator, {
        action: 'AssumeRoleWithOIDC',
        anonymous: true,
        params: {
          RoleArn: DEFAULT_ROLE_ARN,
          OIDCProviderArn: DEFAULT_OIDC_PROVIDER_ARN,
          OIDCToken: token,
          RoleSessionName: 'core-get-id-token'
        }
      });
      expect(exchanged.status).toBe(200);
      expect(exchanged.json.OIDCTokenInfo.Subject).toBe('repo:acme/widgets:ref:refs/heads/release');
    });
  });
});
