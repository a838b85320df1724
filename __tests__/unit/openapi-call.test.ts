import { jest } from '@jest/globals';
import type { IncomingHttpHeaders } from 'node:http';
import type { HttpRequest, HttpResponse, TransportOptions } from '../../src/net/http.js';

/** Stands in for the real TransportError so that the module under test sees the same class. */
class FakeTransportError extends Error {
  override readonly name = 'TransportError';
  constructor(
    readonly code: string,
    message: string,
    readonly requestSent: boolean
  ) {
    super(message);
  }
}

const sendHttp = jest.fn<(request: HttpRequest, options: TransportOptions) => Promise<HttpResponse>>();
jest.unstable_mockModule('../../src/net/http.js', () => ({ sendHttp, TransportError: FakeTransportError }));

const { callOpenApi } = await import('../../src/eci/openapi-call.js');
const { ApiError } = await import('../../src/model/errors.js');
type CallOptions = import('../../src/eci/openapi-call.js').CallOptions;
type OpenApiCall = import('../../src/eci/openapi-call.js').OpenApiCall;
type ApiErrorType = import('../../src/model/errors.js').ApiError;

const getAuthorization = jest.fn((..._args: unknown[]) => 'ACS3-HMAC-SHA256 Credential=fake,Signature=fake');
const openApiUtil = {
  hash: (data: Buffer) => Buffer.from(`hash(${data.toString()})`),
  hexEncode: (data: Buffer) => `hex:${data.toString()}`,
  getAuthorization
} as unknown as CallOptions['openApiUtil'];

const CALL: OpenApiCall = {
  action: 'CommitContainer',
  version: '2018-08-08',
  method: 'POST',
  pathname: '/',
  query: { RegionId: 'cn-hangzhou', 'Image.Repository': 'registry.cn-hangzhou.aliyuncs.com/ns/app' }
};

function options(overrides: Partial<CallOptions> = {}): CallOptions {
  return {
    endpoint: { protocol: 'https', host: 'eci.cn-hangzhou.aliyuncs.com' },
    credentials: { getCredential: async () => ({ accessKeyId: 'LTAI5tKey', accessKeySecret: 'secret' }) },
    userAgent: 'eci-commit-container/test',
    connectTimeoutMs: 5000,
    readTimeoutMs: 20_000,
    proxy: { noProxy: [] },
    openApiUtil,
    ...overrides
  };
}

function answer(statusCode: number, body: unknown, headers: IncomingHttpHeaders = {}): HttpResponse {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return {
    statusCode,
    headers: { 'content-type': 'application/json;charset=utf-8', ...headers },
    body: text,
    raw: Buffer.from(text)
  };
}

async function failure(call: OpenApiCall = CALL, opts: CallOptions = options()): Promise<ApiErrorType> {
  const error = await callOpenApi(call, opts).then(
    () => undefined,
    (thrown: unknown) => thrown
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiErrorType;
}

function fieldsOf(error: ApiErrorType): Record<string, unknown> {
  const { requestId, statusCode, retryAfterMs, accessDenied, attempts } = error;
  return {
    code: error.code,
    detail: error.detail,
    retryable: error.retryable,
    ambiguous: error.ambiguous,
    ...(requestId !== undefined ? { requestId } : {}),
    ...(statusCode !== undefined ? { statusCode } : {}),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    ...(accessDenied !== undefined ? { accessDenied } : {}),
    ...(attempts !== undefined ? { attempts } : {})
  };
}

beforeEach(() => {
  sendHttp.mockReset();
  getAuthorization.mockClear();
});

describe('callOpenApi: the request', () => {
  it('signs the call and sends the query on the path', async () => {
    sendHttp.mockResolvedValue(answer(200, { RequestId: 'R1', TaskId: 'T1' }));
    await expect(callOpenApi(CALL, options())).resolves.toEqual({
      statusCode: 200,
      headers: { 'content-type': 'application/json;charset=utf-8' },
      body: { RequestId: 'R1', TaskId: 'T1' }
    });
    expect(sendHttp).toHaveBeenCalledTimes(1);
    const [request, transportOptions] = sendHttp.mock.calls[0];
    expect(request).toMatchObject({
      protocol: 'https',
      host: 'eci.cn-hangzhou.aliyuncs.com',
      method: 'POST',
      path: '/?RegionId=cn-hangzhou&Image.Repository=registry.cn-hangzhou.aliyuncs.com%2Fns%2Fapp',
      body: ''
    });
    expect(request.headers).toMatchObject({
      host: 'eci.cn-hangzhou.aliyuncs.com',
      'x-acs-action': 'CommitContainer',
      'x-acs-version': '2018-08-08',
      'x-acs-content-sha256': 'hex:hash()',
      'user-agent': 'eci-commit-container/test',
      accept: 'application/json',
      authorization: 'ACS3-HMAC-SHA256 Credential=fake,Signature=fake'
    });
    expect(request.headers['x-acs-date']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(request.headers['x-acs-signature-nonce']).toMatch(/^[0-9a-f]{32}$/);
    expect(request.headers).not.toHaveProperty('content-type');
    expect(request.headers).not.toHaveProperty('x-acs-security-token');
    expect(transportOptions).toMatchObject({ connectTimeoutMs: 5000, readTimeoutMs: 20_000 });
    expect(getAuthorization).toHaveBeenCalledWith(
      expect.objectContaining({ method: 'POST', pathname: '/', query: CALL.query }),
      'ACS3-HMAC-SHA256',
      'hex:hash()',
      'LTAI5tKey',
      'secret'
    );
  });

  it('sends the security token of temporary credentials in headers', async () => {
    sendHttp.mockResolvedValue(answer(200, {}));
    await callOpenApi(
      CALL,
      options({
        credentials: {
          getCredential: async () => ({ accessKeyId: 'STS.NTid', accessKeySecret: 's', securityToken: 'tok' })
        }
      })
    );
    expect(sendHttp.mock.calls[0][0].headers).toMatchObject({
      'x-acs-accesskey-id': 'STS.NTid',
      'x-acs-security-token': 'tok'
    });
  });

  it('sends a form body with its content type and hash', async () => {
    sendHttp.mockResolvedValue(answer(200, {}));
    await callOpenApi({ ...CALL, query: {}, form: { a: '1', b: 'x y' } }, options());
    const [request] = sendHttp.mock.calls[0];
    expect(request.path).toBe('/');
    expect(request.body).toBe('a=1&b=x%20y');
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request.headers['x-acs-content-sha256']).toBe('hex:hash(a=1&b=x%20y)');
  });

  it('sends an anonymous call unsigned', async () => {
    sendHttp.mockResolvedValue(answer(200, {}));
    await callOpenApi(CALL, options({ credentials: undefined }));
    expect(getAuthorization).not.toHaveBeenCalled();
    expect(sendHttp.mock.calls[0][0].headers).not.toHaveProperty('authorization');
  });
});

describe('callOpenApi: error answers', () => {
  it.each<[string, HttpResponse, Record<string, unknown>]>([
    [
      'a permission error',
      answer(403, { Code: 'Forbidden.RAM', Message: 'User not authorized.', RequestId: 'R-403' }),
      {
        code: 'Forbidden.RAM',
        detail: 'User not authorized.',
        requestId: 'R-403',
        statusCode: 403,
        retryable: false,
        ambiguous: false
      }
    ],
    [
      'a container that cannot be committed',
      answer(403, { Code: 'IncorrectStatusDetail', Message: 'not running', RequestId: 'R-1' }),
      {
        code: 'IncorrectStatusDetail',
        detail: 'not running',
        requestId: 'R-1',
        statusCode: 403,
        retryable: false,
        ambiguous: false
      }
    ],
    [
      'throttling with x-acs-retry-after',
      answer(
        400,
        { Code: 'Throttling.User', Message: 'Request was denied due to user flow control.', RequestId: 'R-T' },
        { 'x-acs-retry-after': '3000' }
      ),
      {
        code: 'Throttling.User',
        detail: 'Request was denied due to user flow control.',
        requestId: 'R-T',
        statusCode: 400,
        retryable: true,
        ambiguous: false,
        retryAfterMs: 3000
      }
    ],
    [
      'any 4xx with a positive x-acs-retry-after, which is throttling whatever its code',
      answer(403, { Code: 'QuotaExceeded', Message: 'later' }, { 'x-acs-retry-after': '800' }),
      { code: 'QuotaExceeded', detail: 'later', statusCode: 403, retryable: true, ambiguous: false, retryAfterMs: 800 }
    ],
    [
      'Rejected.Throttling',
      answer(400, { Code: 'Rejected.Throttling', Message: 'flow control' }),
      { code: 'Rejected.Throttling', detail: 'flow control', statusCode: 400, retryable: true, ambiguous: false }
    ],
    [
      'lower-camel keys',
      answer(400, { code: 'Throttling.User', message: 'slow down', requestId: 'R-c' }),
      {
        code: 'Throttling.User',
        detail: 'slow down',
        requestId: 'R-c',
        statusCode: 400,
        retryable: true,
        ambiguous: false
      }
    ],
    [
      'an XML error body',
      answer(
        400,
        "<?xml version='1.0' encoding='UTF-8'?><Error><RequestId>R-X</RequestId><HostId>h</HostId><Code>InvalidParameter</Code><Message>a &lt;b&gt; &amp; c</Message></Error>",
        { 'content-type': 'text/xml;charset=utf-8' }
      ),
      {
        code: 'InvalidParameter',
        detail: 'a <b> & c',
        requestId: 'R-X',
        statusCode: 400,
        retryable: false,
        ambiguous: false
      }
    ],
    [
      'a Forbidden.RAM with its AccessDeniedDetail',
      answer(403, {
        Code: 'Forbidden.RAM',
        Message: 'User not authorized to operate on the specified resource.',
        RequestId: 'R-D',
        AccessDeniedDetail: {
          AuthAction: 'eci:CommitContainer',
          AuthPrincipalType: 'AssumedRoleUser',
          AuthPrincipalDisplayName: 'ci-role/github-1-1',
          AuthPrincipalOwnerId: '1234567890123456',
          NoPermissionType: 'ImplicitDeny',
          PolicyType: 'AccountLevelIdentityBasedPolicy',
          EncodedDiagnosticMessage: 'AQEAAAAAaGVsbG8=',
          Unknown: 'ignored'
        }
      }),
      {
        code: 'Forbidden.RAM',
        detail: 'User not authorized to operate on the specified resource.',
        requestId: 'R-D',
        statusCode: 403,
        retryable: false,
        ambiguous: false,
        accessDenied: {
          AuthAction: 'eci:CommitContainer',
          AuthPrincipalType: 'AssumedRoleUser',
          AuthPrincipalDisplayName: 'ci-role/github-1-1',
          AuthPrincipalOwnerId: '1234567890123456',
          NoPermissionType: 'ImplicitDeny',
          PolicyType: 'AccountLevelIdentityBasedPolicy',
          EncodedDiagnosticMessage: 'AQEAAAAAaGVsbG8='
        }
      }
    ],
    [
      'lower-camel AccessDeniedDetail sent as a JSON string, with control characters',
      answer(403, {
        code: 'Forbidden.RAM',
        message: '\n::add-mask::forged',
        accessDeniedDetail: JSON.stringify({
          authAction: 'eci:DescribeContainerGroups',
          noPermissionType: 'ExplicitDeny'
        })
      }),
      {
        code: 'Forbidden.RAM',
        detail: ': :add-mask::forged',
        statusCode: 403,
        retryable: false,
        ambiguous: false,
        accessDenied: { AuthAction: 'eci:DescribeContainerGroups', NoPermissionType: 'ExplicitDeny' }
      }
    ],
    [
      'a server error, which may hide work done',
      answer(500, { Code: 'InternalError', Message: 'oops', RequestId: 'R-500' }),
      { code: 'InternalError', detail: 'oops', requestId: 'R-500', statusCode: 500, retryable: true, ambiguous: true }
    ],
    [
      'service unavailable with a retry-after of 0, which asks for no wait',
      answer(503, { Code: 'ServiceUnavailable', Message: 'busy' }, { 'x-acs-retry-after': '0' }),
      { code: 'ServiceUnavailable', detail: 'busy', statusCode: 503, retryable: true, ambiguous: true }
    ],
    [
      'a 4xx with an empty or negative retry-after, which is not throttling',
      answer(400, { Code: 'InvalidParameter', Message: 'bad' }, { 'x-acs-retry-after': '-5' }),
      { code: 'InvalidParameter', detail: 'bad', statusCode: 400, retryable: false, ambiguous: false }
    ],
    [
      'a proxy page',
      answer(502, '<html>Bad Gateway</html>', { 'content-type': 'text/html', 'x-acs-request-id': 'R-H' }),
      {
        code: 'HTTP502',
        detail: 'unreadable answer (502, text/html): <html>Bad Gateway</html>',
        requestId: 'R-H',
        statusCode: 502,
        retryable: true,
        ambiguous: true
      }
    ],
    [
      'a 429 without a body',
      answer(429, '', { 'content-type': undefined }),
      {
        code: 'HTTP429',
        detail: 'unreadable answer (429, no content type): ',
        statusCode: 429,
        retryable: true,
        ambiguous: false
      }
    ],
    [
      'a 404 page',
      answer(404, 'Not Found', { 'content-type': 'text/plain' }),
      {
        code: 'HTTP404',
        detail: 'unreadable answer (404, text/plain): Not Found',
        statusCode: 404,
        retryable: false,
        ambiguous: false
      }
    ],
    [
      'a 200 that cannot be read, which may hide a created task',
      answer(200, '{"RequestId": "R-2', { 'x-acs-request-id': 'R-2' }),
      {
        code: 'HTTP200',
        // Not the body: a garbled success may hold credentials that are not masked yet.
        detail: 'unreadable answer (200, application/json;charset=utf-8)',
        requestId: 'R-2',
        statusCode: 200,
        retryable: true,
        ambiguous: true
      }
    ],
    [
      'a retry-after that is not a number',
      answer(503, { Code: 'ServiceUnavailable', Message: 'busy' }, { 'x-acs-retry-after': 'soon' }),
      { code: 'ServiceUnavailable', detail: 'busy', statusCode: 503, retryable: true, ambiguous: true }
    ]
  ])('turns %s into an ApiError', async (_, response, expected) => {
    sendHttp.mockResolvedValue(response);
    const error = await failure();
    expect(fieldsOf(error)).toEqual(expected);
    expect(error.action).toBe('CommitContainer');
  });

  it('prefers the body RequestId to the header', async () => {
    sendHttp.mockResolvedValue(
      answer(400, { Code: 'InvalidParameter', Message: 'm', RequestId: 'BODY' }, { 'x-acs-request-id': 'HEADER' })
    );
    expect((await failure()).requestId).toBe('BODY');
  });

  it('cuts a long unreadable body to 120 characters', async () => {
    sendHttp.mockResolvedValue(answer(503, 'x'.repeat(500), { 'content-type': 'text/plain' }));
    expect((await failure()).detail).toBe(`unreadable answer (503, text/plain): ${'x'.repeat(120)}`);
  });
});

describe('callOpenApi: network errors', () => {
  it.each<[string, string, boolean, { retryable: boolean; ambiguous: boolean }]>([
    ['connection refused', 'ECONNREFUSED', false, { retryable: true, ambiguous: false }],
    ['a connect timeout', 'ConnectTimeout', false, { retryable: true, ambiguous: false }],
    ['a DNS hiccup', 'EAI_AGAIN', false, { retryable: true, ambiguous: false }],
    ['an unknown host', 'ENOTFOUND', false, { retryable: false, ambiguous: false }],
    ['a reset after sending', 'ECONNRESET', true, { retryable: true, ambiguous: true }],
    ['a reset before sending', 'ECONNRESET', false, { retryable: true, ambiguous: false }],
    ['a socket hang up', 'SocketHangUp', true, { retryable: true, ambiguous: true }],
    ['a read timeout', 'ReadTimeout', true, { retryable: true, ambiguous: true }],
    ['a proxy refusing CONNECT', 'ProxyConnectFailed', false, { retryable: true, ambiguous: false }],
    ['a bad certificate', 'CERT_HAS_EXPIRED', false, { retryable: false, ambiguous: false }],
    ['a TLS failure', 'ERR_TLS_CERT_ALTNAME_INVALID', false, { retryable: false, ambiguous: false }],
    ['a self-signed certificate', 'SELF_SIGNED_CERT_IN_CHAIN', false, { retryable: false, ambiguous: false }],
    ['an unverifiable certificate', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', false, { retryable: false, ambiguous: false }],
    ['a cancellation before sending', 'Aborted', false, { retryable: false, ambiguous: false }],
    ['a cancellation after sending', 'Aborted', true, { retryable: false, ambiguous: true }]
  ])('classifies %s (%s)', async (_, code, sent, expected) => {
    sendHttp.mockRejectedValue(new FakeTransportError(code, `${code} happened`, sent));
    const error = await failure();
    expect(fieldsOf(error)).toEqual({ code, detail: `${code} happened`, ...expected });
    expect(error.message).toBe(`CommitContainer failed: ${code}: ${code} happened`);
  });

  it('lets an error that is not a transport error through unchanged', async () => {
    const bug = new TypeError('bad');
    sendHttp.mockRejectedValue(bug);
    await expect(callOpenApi(CALL, options())).rejects.toBe(bug);
  });
});
