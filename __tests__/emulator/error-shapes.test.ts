/**
 * The answer shapes Alibaba's clients must cope with, as the emulator sends them: lower-camel and XML error bodies
 * (read back by the official SDK, so the shapes are the ones it parses), x-acs-retry-after in milliseconds,
 * InvalidParameter.NotFound from DescribeContainerGroups, and the OIDC codes.
 */
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { DEFAULT_OIDC_AUDIENCE, DEFAULT_OIDC_PROVIDER_ARN, DEFAULT_ROLE_ARN } from '../../emulator/sts-actions.js';
import { EciModels, assumeRole, callApi, sdkClient, sdkError } from './helpers.js';

describe('error shapes', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ taskDurationMs: 0 });
  });
  afterEach(() => {
    emulator.reset();
    emulator.configure({
      errorShape: 'json',
      unknownContainerGroup: 'empty-list',
      oidcProviders: [
        { providerArn: DEFAULT_OIDC_PROVIDER_ARN, audience: DEFAULT_OIDC_AUDIENCE, roleArns: [DEFAULT_ROLE_ARN] }
      ]
    });
  });
  afterAll(() => emulator.close());

  const describeGroups = (ids?: string[]) =>
    callApi(emulator, {
      action: 'DescribeContainerGroups',
      params: { RegionId: 'cn-hangzhou', ...(ids ? { ContainerGroupIds: JSON.stringify(ids) } : {}) }
    });
  const throttle = {
    action: 'DescribeContainerGroups',
    status: 400,
    code: 'Throttling.User',
    message: 'Request was denied due to user flow control.'
  };

  it('writes lower-camel keys, nested ones included', async () => {
    emulator.injectError({
      ...throttle,
      shape: 'camel-json',
      accessDeniedDetail: { AuthAction: 'eci:X', EncodedDiagnosticMessage: 'AQID' }
    });
    const answer = await describeGroups();
    expect(answer.json).toEqual({
      requestId: answer.headers['x-acs-request-id'],
      hostId: emulator.endpoint,
      code: 'Throttling.User',
      message: 'Request was denied due to user flow control.',
      recommend: expect.stringContaining('q=Throttling.User'),
      // The lower-camel model (AgentRun's AccessDeniedDetail) calls the encoded diagnostic encodedDiagnosticInfo.
      accessDeniedDetail: { authAction: 'eci:X', encodedDiagnosticInfo: 'AQID' }
    });
  });

  it('writes an XML <Error> as text/xml;charset=utf-8, which the official SDK reads', async () => {
    emulator.configure({ errorShape: 'xml' });
    emulator.injectError({ ...throttle, message: 'a <b> & "c"' });
    const answer = await describeGroups();
    expect(answer.headers['content-type']).toBe('text/xml;charset=utf-8');
    expect(answer.text).toMatch(
      /^<\?xml version='1.0' encoding='UTF-8'\?><Error><RequestId>[0-9A-F-]{36}<\/RequestId><HostId>[^<]+<\/HostId><Code>Throttling\.User<\/Code><Message>a &lt;b&gt; &amp; &quot;c&quot;<\/Message>/
    );

    emulator.injectError({ ...throttle, action: 'DescribeContainerGroups' });
    const error = await sdkError(
      sdkClient(emulator).describeContainerGroups(
        new EciModels.DescribeContainerGroupsRequest({ regionId: 'cn-hangzhou' })
      )
    );
    expect(error.code).toBe('Throttling.User');
  });

  it('sends x-acs-retry-after in milliseconds on any code', async () => {
    emulator.injectError({ ...throttle, status: 403, code: 'QuotaExceeded', retryAfterMs: 800 });
    const answer = await describeGroups();
    expect(answer.status).toBe(403);
    expect(answer.headers['x-acs-retry-after']).toBe('800');
  });

  it('answers an unknown container group with an empty list, or with InvalidParameter.NotFound', async () => {
    const known = 'eci-emulator0000000001';
    expect((await describeGroups(['eci-unknown'])).json).toMatchObject({ TotalCount: 0, ContainerGroups: [] });
    emulator.configure({ unknownContainerGroup: 'not-found-error' });
    const notFound = await describeGroups(['eci-unknown']);
    expect(notFound.status).toBe(404);
    expect(notFound.json).toMatchObject({
      Code: 'InvalidParameter.NotFound',
      Message: expect.stringContaining('eci-unknown')
    });
    expect((await describeGroups([known])).json.TotalCount).toBe(1);
  });

  describe('OIDC codes', () => {
    const provider = {
      providerArn: DEFAULT_OIDC_PROVIDER_ARN,
      audience: DEFAULT_OIDC_AUDIENCE,
      roleArns: [DEFAULT_ROLE_ARN]
    };

    it('answers PublicKeyFingerprintMismatch when the provider’s fingerprint does not match', async () => {
      emulator.configure({ oidcProviders: [{ ...provider, fingerprintMatches: false }] });
      const answer = await assumeRole(emulator);
      expect(answer.status).toBe(401);
      expect(answer.json.Code).toBe('AuthenticationFail.OIDCToken.PublicKeyFingerprintMismatch');
    });

    it('answers IssuerNotMatch when the provider was registered with another issuer URL', async () => {
      emulator.configure({ oidcProviders: [{ ...provider, issuer: 'token.actions.githubusercontent.com' }] });
      const answer = await assumeRole(emulator);
      expect(answer.status).toBe(401);
      expect(answer.json).toMatchObject({
        Code: 'AuthenticationFail.OIDCToken.IssuerNotMatch',
        Message: "The issuer in the OIDC Token doesn't match the OIDC Provider registered."
      });
    });
  });
});
