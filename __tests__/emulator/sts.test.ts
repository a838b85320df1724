/** STS AssumeRoleWithOIDC, and ECI calls made with the STS credentials it issues. */
import * as $OpenApi from '@alicloud/openapi-client';
import { canonicalQueryString } from '../../emulator/acs3-signature.js';
import { assembleJwt } from '../../emulator/jwt.js';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { DEFAULT_OIDC_AUDIENCE, DEFAULT_OIDC_PROVIDER_ARN, DEFAULT_ROLE_ARN } from '../../emulator/sts-actions.js';
import { isoSeconds } from '../../emulator/time-format.js';
import { COMMIT_PARAMS, EciModels, ManualClock, assumeRole, callApi, rawHttp, sdkClient, sdkError } from './helpers.js';

describe('STS AssumeRoleWithOIDC', () => {
  const clock = new ManualClock();
  let emulator: Emulator;

  beforeAll(async () => {
    emulator = await startEmulator({ now: clock.now, taskDurationMs: 0 });
  });
  afterEach(() => {
    emulator.reset();
    emulator.configure({ stsCredentialLifetimeMs: undefined });
  });
  afterAll(() => emulator.close());

  it('exchanges a GitHub token for STS credentials, in the documented shape', async () => {
    const response = await assumeRole(emulator, { DurationSeconds: '900' });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({
      RequestId: expect.stringMatching(/^[0-9A-F-]{36}$/),
      OIDCTokenInfo: {
        Subject: 'repo:octo-org/eci-commit-container:ref:refs/heads/main',
        Issuer: 'https://token.actions.githubusercontent.com',
        ClientIds: 'sts.aliyuncs.com',
        ExpirationTime: isoSeconds(clock.now() + 5 * 60 * 1000),
        IssuanceTime: isoSeconds(clock.now()),
        VerificationInfo: 'Success'
      },
      AssumedRoleUser: {
        AssumedRoleId: expect.stringMatching(/^\d{17}:github-actions$/),
        Arn: `${DEFAULT_ROLE_ARN}/github-actions`
      },
      Credentials: {
        AccessKeyId: expect.stringMatching(/^STS\.[A-Za-z0-9]{25}$/),
        AccessKeySecret: expect.stringMatching(/^[A-Za-z0-9]{44}$/),
        SecurityToken: expect.stringMatching(/^CAIS/),
        Expiration: isoSeconds(clock.now() + 900 * 1000)
      }
    });
    expect(emulator.requestsFor('AssumeRoleWithOIDC')[0]).toMatchObject({
      service: 'sts',
      signatureValid: null,
      status: 200
    });
  });

  it('defaults DurationSeconds to 3600 and can be told a shorter lifetime', async () => {
    expect((await assumeRole(emulator)).json.Credentials.Expiration).toBe(isoSeconds(clock.now() + 3600 * 1000));
    emulator.configure({ stsCredentialLifetimeMs: 2000 });
    expect((await assumeRole(emulator)).json.Credentials.Expiration).toBe(isoSeconds(clock.now() + 2000));
  });

  it('accepts the Action/Version-in-query, form-body request of @alicloud/credentials', async () => {
    const body = canonicalQueryString({
      OIDCProviderArn: DEFAULT_OIDC_PROVIDER_ARN,
      OIDCToken: emulator.mintGithubOidcToken(DEFAULT_OIDC_AUDIENCE),
      RoleArn: DEFAULT_ROLE_ARN,
      RoleSessionName: 'from-credentials',
      DurationSeconds: '3600'
    });
    const response = await rawHttp(
      `${emulator.url}/?Action=AssumeRoleWithOIDC&Format=JSON&Version=2015-04-01&Timestamp=2024-01-01T00%3A00%3A00Z`,
      { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body }
    );
    expect(response.status).toBe(200);
    expect(response.json.AssumedRoleUser.Arn).toBe(`${DEFAULT_ROLE_ARN}/from-credentials`);
  });

  it('answers the generic OpenAPI client calling it anonymously', async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- SDK interop boundary
    const OpenApi: any = ($OpenApi as any).default ?? $OpenApi;
    const client = new OpenApi.default(
      new OpenApi.Config({ endpoint: emulator.endpoint, protocol: 'http', regionId: 'cn-hangzhou' })
    );
    const response = await client.callApi(
      new OpenApi.Params({
        action: 'AssumeRoleWithOIDC',
        version: '2015-04-01',
        protocol: 'HTTP',
        pathname: '/',
        method: 'POST',
        authType: 'Anonymous',
        style: 'RPC',
        reqBodyType: 'formData',
        bodyType: 'json'
      }),
      new OpenApi.OpenApiRequest({
        query: {
          RoleArn: DEFAULT_ROLE_ARN,
          OIDCProviderArn: DEFAULT_OIDC_PROVIDER_ARN,
          OIDCToken: emulator.mintGithubOidcToken(DEFAULT_OIDC_AUDIENCE),
          RoleSessionName: 'openapi-client'
        }
      }),
      new (await import('@alicloud/tea-util')).RuntimeOptions({})
    );
    expect(response.statusCode).toBe(200);
    expect(response.body.Credentials.AccessKeyId).toMatch(/^STS\./);
  });

  const expiredToken = () =>
    emulator.mintGithubOidcToken(DEFAULT_OIDC_AUDIENCE, { exp: Math.floor(clock.now() / 1000) - 1 });
  const [header, payload] = ['{"alg":"RS256"}', '{"sub":"x"}'].map((json) => Buffer.from(json).toString('base64url'));

  it.each<[string, () => Record<string, string>, number, string, string]>([
    [
      'DurationSeconds below 900',
      () => ({ DurationSeconds: '899' }),
      400,
      'InvalidParameter.DurationSeconds',
      '15min/12hr'
    ],
    [
      'DurationSeconds above 43200',
      () => ({ DurationSeconds: '43201' }),
      400,
      'InvalidParameter.DurationSeconds',
      '15min/12hr'
    ],
    [
      'a non-numeric DurationSeconds',
      () => ({ DurationSeconds: 'soon' }),
      400,
      'InvalidParameter.DurationSeconds',
      '15min/12hr'
    ],
    [
      'a malformed RoleSessionName',
      () => ({ RoleSessionName: 'has space' }),
      400,
      'InvalidParameter.RoleSessionName',
      'wrongly formed'
    ],
    ['no RoleArn', () => ({ RoleArn: '' }), 400, 'MissingParameter', 'RoleArn'],
    ['no OIDCToken', () => ({ OIDCToken: '' }), 401, 'AuthenticationFail.OIDCToken.Invalid', 'can not empty'],
    [
      'an unknown provider',
      () => ({ OIDCProviderArn: 'acs:ram::1:oidc-provider/Other' }),
      401,
      'AuthenticationFail.NoPermission',
      'No such OIDC Provider'
    ],
    [
      'a role that does not trust the provider',
      () => ({ RoleArn: 'acs:ram::1234567890123456:role/other' }),
      401,
      'AuthenticationFail.NoPermission',
      'no permission'
    ],
    [
      'a token for another audience',
      () => ({ OIDCToken: emulator.mintGithubOidcToken() }),
      401,
      'AuthenticationFail.OIDCToken.AudienceNotMatch',
      'Invalid audience'
    ],
    ['an expired token', () => ({ OIDCToken: expiredToken() }), 401, 'AuthenticationFail.OIDCToken.Expired', 'expired'],
    ['a token in two parts', () => ({ OIDCToken: 'abc.def' }), 401, 'AuthenticationFail.OIDCToken.Invalid', '3 parts'],
    [
      'a token that is not base64url',
      () => ({ OIDCToken: 'a*b.c.d' }),
      401,
      'AuthenticationFail.OIDCToken.Invalid',
      'base64'
    ],
    [
      'a token that is not JSON',
      () => ({ OIDCToken: `${header}.bm90IGpzb24.sig` }),
      401,
      'AuthenticationFail.OIDCToken.Invalid',
      'cannot be recognized'
    ],
    [
      'an HS256 token',
      () => ({ OIDCToken: assembleJwt({ alg: 'HS256' }, { aud: 'sts.aliyuncs.com' }, 'c2ln') }),
      401,
      'AuthenticationFail.OIDCToken.Invalid',
      'HS256'
    ],
    [
      'a token with a forged signature',
      () => ({ OIDCToken: `${header}.${payload}.c2ln` }),
      401,
      'AuthenticationFail.OIDCToken.InvalidSignature',
      'invalid signature'
    ],
    [
      'a token from another issuer',
      () => ({ OIDCToken: emulator.mintGithubOidcToken(DEFAULT_OIDC_AUDIENCE, { iss: 'https://evil.example' }) }),
      401,
      'AuthenticationFail.OIDCToken.IssuerNotMatch',
      "The issuer in the OIDC Token doesn't match the OIDC Provider registered."
    ]
  ])('refuses %s', async (_case, params, status, code, message) => {
    const response = await assumeRole(emulator, params());
    expect(response.status).toBe(status);
    expect(response.json).toMatchObject({ Code: code, Message: expect.stringContaining(message) });
    expect(response.json.Recommend).toContain('product=Sts');
    expect(emulator.issuedStsCredentials()).toHaveLength(0);
  });

  it('honours configured providers with several audiences', async () => {
    emulator.configure({
      oidcProviders: [
        { providerArn: 'acs:ram::1:oidc-provider/Multi', audience: ['a', 'b'], roleArns: ['acs:ram::1:role/r'] }
      ]
    });
    try {
      const response = await assumeRole(emulator, {
        OIDCProviderArn: 'acs:ram::1:oidc-provider/Multi',
        RoleArn: 'acs:ram::1:role/r',
        OIDCToken: emulator.mintGithubOidcToken('b')
      });
      expect(response.status).toBe(200);
    } finally {
      emulator.configure({
        oidcProviders: [
          { providerArn: DEFAULT_OIDC_PROVIDER_ARN, audience: DEFAULT_OIDC_AUDIENCE, roleArns: [DEFAULT_ROLE_ARN] }
        ]
      });
    }
  });

  describe('ECI with STS credentials', () => {
    const stsCredentials = async () => {
      const { json } = await assumeRole(emulator);
      return {
        accessKeyId: json.Credentials.AccessKeyId as string,
        accessKeySecret: json.Credentials.AccessKeySecret as string,
        securityToken: json.Credentials.SecurityToken as string
      };
    };
    const describeGroups = (credentials: { accessKeyId: string; accessKeySecret: string; securityToken?: string }) =>
      callApi(emulator, {
        action: 'DescribeContainerGroups',
        params: { RegionId: 'cn-hangzhou' },
        clock,
        ...credentials
      });

    it('accepts the SDK signing with the STS key and its security token', async () => {
      const credentials = await stsCredentials();
      const response = await sdkClient(emulator, credentials).commitContainer(
        new EciModels.CommitContainerRequest({
          regionId: 'cn-hangzhou',
          containerGroupId: COMMIT_PARAMS.ContainerGroupId,
          containerName: 'app',
          image: new EciModels.CommitContainerRequestImage({ repository: COMMIT_PARAMS['Image.Repository'] })
        })
      );
      expect(response.body.taskId).toMatch(/^t-/);
      expect(emulator.requestsFor('CommitContainer')[0]).toMatchObject({
        accessKeyId: credentials.accessKeyId,
        securityTokenPresent: true,
        signatureValid: true
      });
    });

    it('requires the security token', async () => {
      const { accessKeyId, accessKeySecret } = await stsCredentials();
      const response = await describeGroups({ accessKeyId, accessKeySecret });
      expect(response.status).toBe(400);
      expect(response.json.Code).toBe('InvalidSecurityToken.Malformed');
    });

    it('requires the token issued with the key', async () => {
      const first = await stsCredentials();
      const second = await stsCredentials();
      const response = await describeGroups({ ...first, securityToken: second.securityToken });
      expect(response.json.Code).toBe('InvalidSecurityToken.MismatchWithAccessKey');
    });

    it('refuses the credentials once expired', async () => {
      emulator.configure({ stsCredentialLifetimeMs: 1000 });
      const credentials = await stsCredentials();
      expect((await describeGroups(credentials)).status).toBe(200);
      clock.advance(1000);
      const expired = await describeGroups(credentials);
      expect(expired.status).toBe(400);
      expect(expired.json.Code).toBe('InvalidSecurityToken.Expired');

      const error = await sdkError(
        sdkClient(emulator, credentials).describeContainerGroups(
          new EciModels.DescribeContainerGroupsRequest({ regionId: 'cn-hangzhou' })
        )
      );
      expect(error.code).toBe('InvalidSecurityToken.Expired');
    });

    it('forgets issued credentials on reset', async () => {
      const credentials = await stsCredentials();
      emulator.reset();
      expect((await describeGroups(credentials)).json.Code).toBe('InvalidAccessKeyId.NotFound');
    });
  });
});
