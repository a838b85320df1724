import { isLoopbackHost } from '../../src/net/proxy.js';
import { formatEndpoint, parseEndpoint } from '../../src/inputs/endpoint.js';
import type { Endpoint } from '../../src/model/settings.js';
import { InputError } from '../../src/model/errors.js';

const EXPECTED =
  'Expected a host such as eci.cn-hangzhou.aliyuncs.com, or https://host[:port] (http:// only for loopback hosts).';

describe('parseEndpoint', () => {
  it.each<[string, Endpoint]>([
    ['eci.cn-hangzhou.aliyuncs.com', { protocol: 'https', host: 'eci.cn-hangzhou.aliyuncs.com' }],
    ['  eci.cn-hangzhou.aliyuncs.com  ', { protocol: 'https', host: 'eci.cn-hangzhou.aliyuncs.com' }],
    ['ECI.CN-Hangzhou.Aliyuncs.com', { protocol: 'https', host: 'eci.cn-hangzhou.aliyuncs.com' }],
    ['eci-vpc.cn-hangzhou.aliyuncs.com:8443', { protocol: 'https', host: 'eci-vpc.cn-hangzhou.aliyuncs.com:8443' }],
    ['https://eci.cn-beijing.aliyuncs.com', { protocol: 'https', host: 'eci.cn-beijing.aliyuncs.com' }],
    ['https://eci.cn-beijing.aliyuncs.com/', { protocol: 'https', host: 'eci.cn-beijing.aliyuncs.com' }],
    ['HTTPS://eci.cn-beijing.aliyuncs.com', { protocol: 'https', host: 'eci.cn-beijing.aliyuncs.com' }],
    ['https://eci.cn-beijing.aliyuncs.com:443', { protocol: 'https', host: 'eci.cn-beijing.aliyuncs.com' }],
    ['https://eci.cn-beijing.aliyuncs.com:8443', { protocol: 'https', host: 'eci.cn-beijing.aliyuncs.com:8443' }],
    ['10.0.0.5', { protocol: 'https', host: '10.0.0.5' }],
    ['https://10.0.0.5:9443', { protocol: 'https', host: '10.0.0.5:9443' }],
    ['https://[2001:db8::1]:8443', { protocol: 'https', host: '[2001:db8::1]:8443' }],
    ['localhost', { protocol: 'https', host: 'localhost' }],
    ['http://127.0.0.1:8080', { protocol: 'http', host: '127.0.0.1:8080' }],
    ['http://127.0.0.1', { protocol: 'http', host: '127.0.0.1' }],
    ['http://127.0.0.1:80', { protocol: 'http', host: '127.0.0.1' }],
    ['http://127.10.20.30:9000', { protocol: 'http', host: '127.10.20.30:9000' }],
    ['http://localhost:3000', { protocol: 'http', host: 'localhost:3000' }],
    ['HTTP://LOCALHOST:3000/', { protocol: 'http', host: 'localhost:3000' }],
    ['http://[::1]:8080', { protocol: 'http', host: '[::1]:8080' }]
  ])('parses %j', (text, expected) => {
    expect(parseEndpoint('endpoint', text)).toEqual(expected);
  });

  it.each([
    '',
    '   ',
    'ftp://eci.cn-hangzhou.aliyuncs.com',
    'wss://eci.cn-hangzhou.aliyuncs.com',
    'file:///etc/passwd',
    'eci.cn-hangzhou.aliyuncs.com/path',
    'https://eci.cn-hangzhou.aliyuncs.com/v1/',
    'https://eci.cn-hangzhou.aliyuncs.com?x=1',
    'https://eci.cn-hangzhou.aliyuncs.com#top',
    'https://user:pass@eci.cn-hangzhou.aliyuncs.com',
    'user@eci.cn-hangzhou.aliyuncs.com',
    'eci.cn-hangzhou.aliyuncs.com:99999',
    'eci.cn-hangzhou.aliyuncs.com:port',
    'eci..aliyuncs.com',
    'eci.cn-hangzhou.aliyuncs.com.',
    '-eci.aliyuncs.com',
    'eci_vpc.aliyuncs.com',
    'eci host.com',
    '//eci.cn-hangzhou.aliyuncs.com',
    'https://',
    `${'a'.repeat(64)}.com`
  ])('rejects %j', (text) => {
    expect(() => parseEndpoint('endpoint', text)).toThrow(new InputError(`Invalid endpoint '${text}'. ${EXPECTED}`));
  });

  it.each([
    'http://eci.cn-hangzhou.aliyuncs.com',
    'http://10.0.0.5:8080',
    'http://localhost.example.com',
    'http://127.0.0.1.nip.io',
    'http://[2001:db8::1]',
    'http://128.0.0.1'
  ])('refuses plain http to the non-loopback %j', (text) => {
    expect(() => parseEndpoint('endpoint', text)).toThrow(
      new InputError(
        `Invalid endpoint '${text}': http:// is accepted only for loopback hosts (127.0.0.1, localhost, [::1]); signed requests must use https://.`
      )
    );
  });

  it('names the input it was given', () => {
    expect(() => parseEndpoint('sts-endpoint', 'ftp://x')).toThrow("Invalid sts-endpoint 'ftp://x'.");
  });
});

describe('isLoopbackHost', () => {
  it.each<[string, boolean]>([
    ['localhost', true],
    ['LOCALHOST', true],
    ['127.0.0.1', true],
    ['127.255.255.254', true],
    ['::1', true],
    ['[::1]', true],
    ['0.0.0.0', false],
    ['128.0.0.1', false],
    ['10.0.0.1', false],
    ['localhost.localdomain', false],
    ['127.0.0.1.example.com', false],
    ['example.com', false],
    ['::2', false]
  ])('%j is loopback: %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });
});

describe('formatEndpoint', () => {
  it.each<[Endpoint, string]>([
    [{ protocol: 'https', host: 'eci.cn-hangzhou.aliyuncs.com' }, 'https://eci.cn-hangzhou.aliyuncs.com'],
    [{ protocol: 'http', host: '127.0.0.1:8080' }, 'http://127.0.0.1:8080']
  ])('formats %j as %j', (endpoint, expected) => {
    expect(formatEndpoint(endpoint)).toBe(expected);
  });

  it('round-trips parseEndpoint', () => {
    for (const text of ['https://eci.cn-hangzhou.aliyuncs.com', 'http://127.0.0.1:8080', 'https://[::1]:9443']) {
      expect(formatEndpoint(parseEndpoint('endpoint', text))).toBe(text);
    }
  });
});
