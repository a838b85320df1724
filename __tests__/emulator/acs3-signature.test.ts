import {
  EMPTY_BODY_SHA256,
  canonicalHeaders,
  canonicalQueryString,
  canonicalRequest,
  canonicalUri,
  computeSignature,
  formatAuthorization,
  parseAuthorization,
  parseRawQuery,
  percentEncode,
  requiredSignedHeaderNames,
  sha256Hex,
  signRequest,
  stringToSign
} from '../../emulator/acs3-signature.js';
import { NonceRegistry, verifyRequest, type VerifyRequestInput } from '../../emulator/acs3-verify.js';

/**
 * The worked example of Alibaba Cloud's "V3 request structure and signature" (fixed AccessKey, nonce and date):
 * https://www.alibabacloud.com/help/en/sdk/product-overview/v3-request-structure-and-signature
 */
const SPEC_EXAMPLE = {
  accessKeyId: 'YourAccessKeyId',
  accessKeySecret: 'YourAccessKeySecret',
  method: 'POST',
  path: '/',
  query: { ImageId: 'win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd', RegionId: 'cn-shanghai' },
  headers: {
    host: 'ecs.cn-shanghai.aliyuncs.com',
    'x-acs-action': 'RunInstances',
    'x-acs-version': '2014-05-26',
    'x-acs-date': '2023-10-26T10:22:32Z',
    'x-acs-signature-nonce': '3156853299f313e23d1673dc12e1703d',
    'x-acs-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
  },
  canonicalQuery: 'ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai',
  canonicalHeaders:
    'host:ecs.cn-shanghai.aliyuncs.com\n' +
    'x-acs-action:RunInstances\n' +
    'x-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n' +
    'x-acs-date:2023-10-26T10:22:32Z\n' +
    'x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\n' +
    'x-acs-version:2014-05-26\n',
  signedHeaders: 'host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version',
  stringToSign: 'ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259',
  signature: '06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0',
  authorization:
    'ACS3-HMAC-SHA256 Credential=YourAccessKeyId,' +
    'SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,' +
    'Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0'
};

describe('the spec worked example', () => {
  const signedHeaderNames = requiredSignedHeaderNames(SPEC_EXAMPLE.headers);
  const canonical = canonicalRequest({
    method: SPEC_EXAMPLE.method,
    path: SPEC_EXAMPLE.path,
    query: SPEC_EXAMPLE.query,
    headers: SPEC_EXAMPLE.headers,
    signedHeaderNames,
    hashedPayload: EMPTY_BODY_SHA256
  });

  it('hashes the empty body as the spec shows', () => {
    expect(sha256Hex('')).toBe(EMPTY_BODY_SHA256);
  });

  it('builds the canonical query, headers and signed headers', () => {
    expect(canonicalQueryString(SPEC_EXAMPLE.query)).toBe(SPEC_EXAMPLE.canonicalQuery);
    expect(canonicalHeaders(SPEC_EXAMPLE.headers, signedHeaderNames)).toBe(SPEC_EXAMPLE.canonicalHeaders);
    expect(signedHeaderNames.join(';')).toBe(SPEC_EXAMPLE.signedHeaders);
  });

  it('builds the canonical request line by line', () => {
    expect(canonical).toBe(
      [
        'POST',
        '/',
        SPEC_EXAMPLE.canonicalQuery,
        SPEC_EXAMPLE.canonicalHeaders,
        SPEC_EXAMPLE.signedHeaders,
        EMPTY_BODY_SHA256
      ].join('\n')
    );
  });

  it('gives the string to sign, the signature and the Authorization header', () => {
    expect(stringToSign(canonical)).toBe(SPEC_EXAMPLE.stringToSign);
    expect(computeSignature(SPEC_EXAMPLE.accessKeySecret, stringToSign(canonical))).toBe(SPEC_EXAMPLE.signature);
    expect(formatAuthorization(SPEC_EXAMPLE.accessKeyId, signedHeaderNames, SPEC_EXAMPLE.signature)).toBe(
      SPEC_EXAMPLE.authorization
    );
  });

  it('signs the example end to end and verifies it', () => {
    const headers = signRequest({
      method: 'POST',
      path: '/',
      query: SPEC_EXAMPLE.query,
      headers: {
        host: SPEC_EXAMPLE.headers.host,
        'x-acs-action': 'RunInstances',
        'x-acs-version': '2014-05-26'
      },
      accessKeyId: SPEC_EXAMPLE.accessKeyId,
      accessKeySecret: SPEC_EXAMPLE.accessKeySecret,
      date: '2023-10-26T10:22:32Z',
      nonce: '3156853299f313e23d1673dc12e1703d'
    });
    expect(headers['Authorization']).toBe(SPEC_EXAMPLE.authorization);
    expect(
      verifyRequest({
        method: 'POST',
        path: '/',
        rawQuery: SPEC_EXAMPLE.canonicalQuery,
        headers,
        body: new Uint8Array(),
        lookupSecret: (id) => (id === SPEC_EXAMPLE.accessKeyId ? SPEC_EXAMPLE.accessKeySecret : undefined),
        nowMs: Date.parse('2023-10-26T10:22:40Z')
      })
    ).toEqual({ ok: true, accessKeyId: 'YourAccessKeyId' });
  });

  it('parses the example Authorization header', () => {
    expect(parseAuthorization(SPEC_EXAMPLE.authorization)).toEqual({
      algorithm: 'ACS3-HMAC-SHA256',
      accessKeyId: 'YourAccessKeyId',
      signedHeaders: SPEC_EXAMPLE.signedHeaders.split(';'),
      signature: SPEC_EXAMPLE.signature
    });
  });
});

describe('percent-encoding (RFC 3986, as the spec requires)', () => {
  it.each([
    ['AZaz09-_.~', 'AZaz09-_.~'],
    ['a b', 'a%20b'],
    ['*', '%2A'],
    ['+', '%2B'],
    ["!'()", '%21%27%28%29'],
    ['/', '%2F'],
    ['a=b&c', 'a%3Db%26c'],
    ['%', '%25'],
    [':', '%3A'],
    ['é', '%C3%A9'],
    ['中文', '%E4%B8%AD%E6%96%87'],
    ['😀', '%F0%9F%98%80'],
    ['', '']
  ])('%j -> %j', (input, expected) => {
    expect(percentEncode(input)).toBe(expected);
  });

  it('encodes each path segment but keeps the slashes', () => {
    expect(canonicalUri('/')).toBe('/');
    expect(canonicalUri('/api/a b/c*d')).toBe('/api/a%20b/c%2Ad');
  });

  it('sorts and encodes query parameters, with empty values and repeated names', () => {
    expect(
      canonicalQueryString([
        ['b', '2'],
        ['a', 'x y'],
        ['TaskId.2', 't-2'],
        ['TaskId.1', 't-1'],
        ['empty', '']
      ])
    ).toBe('TaskId.1=t-1&TaskId.2=t-2&a=x%20y&b=2&empty=');
    expect(
      canonicalQueryString([
        ['k', 'b'],
        ['k', 'a']
      ])
    ).toBe('k=a&k=b');
  });

  it('decodes raw query strings, reading + as a space', () => {
    expect(parseRawQuery('a=1&b=x%20y&c=p+q&d&e=%2B')).toEqual([
      ['a', '1'],
      ['b', 'x y'],
      ['c', 'p q'],
      ['d', ''],
      ['e', '+']
    ]);
    expect(() => parseRawQuery('a=%E0%A4%A')).toThrow(URIError);
  });

  it('trims header values and signs host, content-type and x-acs-* only', () => {
    const headers = {
      Host: 'example.com',
      'Content-Type': ' application/json ',
      'X-Acs-Custom': '  spaced value  ',
      'User-Agent': 'not signed',
      Accept: 'application/json'
    };
    const names = requiredSignedHeaderNames(headers);
    expect(names).toEqual(['content-type', 'host', 'x-acs-custom']);
    expect(canonicalHeaders(headers, names)).toBe(
      'content-type:application/json\nhost:example.com\nx-acs-custom:spaced value\n'
    );
  });
});

describe('parseAuthorization', () => {
  it.each([
    '',
    'ACS3-HMAC-SHA256',
    'ACS3-HMAC-SHA256 Credential=a,SignedHeaders=host',
    'ACS3-HMAC-SHA256 Credential=a;SignedHeaders=host;Signature=b',
    'ACS3-HMAC-SHA256 Credential=,SignedHeaders=host,Signature=b'
  ])('rejects %j', (header) => {
    expect(parseAuthorization(header)).toBeUndefined();
  });
});

describe('verifyRequest', () => {
  const NOW = Date.parse('2024-05-01T12:00:00Z');
  const SECRET = 'test-secret';
  const query = { RegionId: 'cn-hangzhou', 'Image.Repository': 'registry.cn-hangzhou.aliyuncs.com/ns/app' };

  function signedInput(overrides: Partial<VerifyRequestInput> = {}, body = ''): VerifyRequestInput {
    const headers = signRequest({
      method: 'POST',
      path: '/',
      query,
      headers: { host: '127.0.0.1:1', 'x-acs-action': 'CommitContainer', 'x-acs-version': '2018-08-08' },
      body,
      accessKeyId: 'test-key',
      accessKeySecret: SECRET,
      date: '2024-05-01T12:00:00Z',
      nonce: 'nonce-1'
    });
    return {
      method: 'POST',
      path: '/',
      rawQuery: canonicalQueryString(query),
      headers,
      body: Buffer.from(body),
      lookupSecret: (id) => (id === 'test-key' ? SECRET : undefined),
      nowMs: NOW,
      ...overrides
    };
  }

  const codeOf = (input: VerifyRequestInput): string | undefined => {
    const result = verifyRequest(input);
    return result.ok ? undefined : `${result.error.status} ${result.error.code}`;
  };

  it('accepts an untouched request', () => {
    expect(verifyRequest(signedInput())).toEqual({ ok: true, accessKeyId: 'test-key' });
  });

  it('accepts a request with a body whose hash is declared', () => {
    const input = signedInput({}, 'Name=value');
    expect(verifyRequest(input).ok).toBe(true);
  });

  it('refuses a changed query parameter', () => {
    expect(codeOf(signedInput({ rawQuery: canonicalQueryString({ ...query, RegionId: 'cn-beijing' }) }))).toBe(
      '400 SignatureDoesNotMatch'
    );
  });

  it('refuses an added query parameter', () => {
    expect(codeOf(signedInput({ rawQuery: `${canonicalQueryString(query)}&Extra=1` }))).toBe(
      '400 SignatureDoesNotMatch'
    );
  });

  it('refuses a changed signed header', () => {
    const input = signedInput();
    expect(codeOf({ ...input, headers: { ...input.headers, 'x-acs-action': 'DeleteContainerGroup' } })).toBe(
      '400 SignatureDoesNotMatch'
    );
  });

  it('refuses an added x-acs-* header that is not signed', () => {
    const input = signedInput();
    const result = verifyRequest({ ...input, headers: { ...input.headers, 'x-acs-extra': 'sneaky' } });
    expect(result).toMatchObject({ ok: false, error: { status: 400, code: 'IncompleteSignature' } });
    expect(result.ok ? '' : result.error.message).toContain('x-acs-extra');
  });

  it('refuses a body that does not match x-acs-content-sha256', () => {
    expect(codeOf({ ...signedInput({}, 'a=1'), body: Buffer.from('a=2') })).toBe('400 SignatureDoesNotMatch');
  });

  it('refuses a stale or future x-acs-date (15 minutes either way)', () => {
    expect(codeOf(signedInput({ nowMs: NOW + 15 * 60 * 1000 + 1000 }))).toBe('400 InvalidTimeStamp.Expired');
    expect(codeOf(signedInput({ nowMs: NOW - 16 * 60 * 1000 }))).toBe('400 InvalidTimeStamp.Expired');
    expect(codeOf(signedInput({ nowMs: NOW + 14 * 60 * 1000 }))).toBeUndefined();
  });

  it('refuses a garbled x-acs-date', () => {
    const input = signedInput();
    expect(codeOf({ ...input, headers: { ...input.headers, 'x-acs-date': 'yesterday' } })).toBe(
      '400 InvalidTimeStamp.Format'
    );
  });

  it('refuses a reused nonce, but only after a valid signature', () => {
    const nonces = new NonceRegistry();
    expect(codeOf(signedInput({ nonces, rawQuery: 'tampered=1' }))).toBe('400 SignatureDoesNotMatch');
    expect(codeOf(signedInput({ nonces }))).toBeUndefined();
    expect(codeOf(signedInput({ nonces }))).toBe('400 SignatureNonceUsed');
  });

  it('refuses an unknown AccessKey ID', () => {
    expect(codeOf(signedInput({ lookupSecret: () => undefined }))).toBe('404 InvalidAccessKeyId.NotFound');
  });

  it('refuses a wrong secret', () => {
    expect(codeOf(signedInput({ lookupSecret: () => 'other-secret' }))).toBe('400 SignatureDoesNotMatch');
  });

  it('refuses a missing or garbled Authorization header', () => {
    const input = signedInput();
    const withAuthorization = (value: string | undefined): VerifyRequestInput => ({
      ...input,
      headers: { ...input.headers, Authorization: value }
    });
    expect(codeOf(withAuthorization(undefined))).toBe('400 IncompleteSignature');
    expect(codeOf(withAuthorization('Bearer abc'))).toBe('400 IncompleteSignature');
    expect(codeOf(withAuthorization('ACS3-HMAC-SHA256 Credential=test-key'))).toBe('400 IncompleteSignature');
  });

  it('refuses signed headers that leave out host', () => {
    const input = signedInput();
    const authorization = String(input.headers['Authorization']).replace('SignedHeaders=host;', 'SignedHeaders=');
    expect(codeOf({ ...input, headers: { ...input.headers, Authorization: authorization } })).toBe(
      '400 IncompleteSignature'
    );
  });

  it('reports the server string to sign on a mismatch, to help debugging', () => {
    const result = verifyRequest(signedInput({ lookupSecret: () => 'other-secret' }));
    expect(result.ok ? '' : result.error.message).toContain('ACS3-HMAC-SHA256\n');
  });
});
