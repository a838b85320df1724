import { proxyConfigFromEnv, proxyFor, type ProxyConfig } from '../../src/proxy.js';

const PROXY = new URL('http://proxy.corp:3128');

function config(noProxy: string[]): ProxyConfig {
  return { httpsProxy: PROXY, httpProxy: new URL('http://plain-proxy.corp:8080'), noProxy };
}

describe('proxyConfigFromEnv', () => {
  it('reads nothing from an empty environment', () => {
    expect(proxyConfigFromEnv({})).toEqual({ httpsProxy: undefined, httpProxy: undefined, noProxy: [] });
  });

  it('reads the variables, lower case first, as curl does', () => {
    const proxies = proxyConfigFromEnv({
      https_proxy: 'http://lower:1',
      HTTPS_PROXY: 'http://upper:2',
      HTTP_PROXY: 'http://upper:3',
      NO_PROXY: 'ignored.example',
      no_proxy: ' Localhost, .Example.com  10.0.0.1,,[::1]:8080 '
    });
    expect(proxies.httpsProxy?.href).toBe('http://lower:1/');
    expect(proxies.httpProxy?.href).toBe('http://upper:3/');
    expect(proxies.noProxy).toEqual(['localhost', '.example.com', '10.0.0.1', '[::1]:8080']);
  });

  it('takes a proxy without a scheme as http://, keeping its credentials', () => {
    const proxy = proxyConfigFromEnv({ HTTPS_PROXY: 'user:p%40ss@proxy.corp:3128' }).httpsProxy;
    expect(proxy?.protocol).toBe('http:');
    expect(proxy?.host).toBe('proxy.corp:3128');
    expect(proxy?.username).toBe('user');
    expect(proxy?.password).toBe('p%40ss');
  });

  it('refuses a proxy address that is not a URL', () => {
    expect(() => proxyConfigFromEnv({ HTTPS_PROXY: 'http://proxy corp' })).toThrow(
      "The proxy address 'http://proxy corp' (HTTPS_PROXY/HTTP_PROXY) is not a valid URL."
    );
  });

  it('ignores blank proxy variables', () => {
    expect(proxyConfigFromEnv({ HTTPS_PROXY: '  ', HTTP_PROXY: '' })).toEqual({
      httpsProxy: undefined,
      httpProxy: undefined,
      noProxy: []
    });
  });
});

describe('proxyFor', () => {
  it('uses the proxy of the scheme', () => {
    expect(proxyFor(config([]), 'https', 'eci.cn-hangzhou.aliyuncs.com', '443')).toBe(PROXY);
    expect(proxyFor(config([]), 'http', '10.0.0.5', '80')?.host).toBe('plain-proxy.corp:8080');
  });

  it('connects directly when no proxy is set for the scheme', () => {
    expect(proxyFor({ noProxy: [] }, 'https', 'eci.cn-hangzhou.aliyuncs.com', '443')).toBeUndefined();
    expect(proxyFor({ httpProxy: PROXY, noProxy: [] }, 'https', 'eci.cn-hangzhou.aliyuncs.com', '443')).toBeUndefined();
  });

  it.each<[string, string, string, boolean]>([
    // entry, hostname, port, bypassed
    ['*', 'eci.cn-hangzhou.aliyuncs.com', '443', true],
    ['eci.cn-hangzhou.aliyuncs.com', 'eci.cn-hangzhou.aliyuncs.com', '443', true],
    ['aliyuncs.com', 'eci.cn-hangzhou.aliyuncs.com', '443', true],
    ['.aliyuncs.com', 'eci.cn-hangzhou.aliyuncs.com', '443', true],
    ['*.aliyuncs.com', 'eci.cn-hangzhou.aliyuncs.com', '443', true],
    ['.aliyuncs.com', 'aliyuncs.com', '443', true],
    ['yuncs.com', 'eci.cn-hangzhou.aliyuncs.com', '443', false],
    ['example.com', 'eci.cn-hangzhou.aliyuncs.com', '443', false],
    ['aliyuncs.com:443', 'eci.cn-hangzhou.aliyuncs.com', '443', true],
    ['aliyuncs.com:8443', 'eci.cn-hangzhou.aliyuncs.com', '443', false],
    ['localhost', 'localhost', '8080', true],
    ['127.0.0.1', '127.0.0.1', '8080', true],
    ['127.0.0.1:8080', '127.0.0.1', '8080', true],
    ['127.0.0.1:9090', '127.0.0.1', '8080', false],
    ['0.0.1', '127.0.0.1', '8080', false],
    ['10.0.0.1', '10.0.0.10', '443', false],
    ['[::1]', '[::1]', '8080', true],
    ['[::1]:8080', '[::1]', '8080', true],
    ['[::1]:9090', '[::1]', '8080', false],
    // Bug found: an IPv6 entry without brackets (curl's form, common as NO_PROXY=localhost,127.0.0.1,::1) was read
    // as host ':' with port 1, so it never matched; '[::1]' alone was read the same way.
    ['::1', '[::1]', '8080', true],
    ['::1', '::1', '443', true],
    ['2001:db8::1', '[2001:db8::1]', '443', true],
    ['2001:db8::1', '[2001:db8::2]', '443', false]
  ])('NO_PROXY entry %j for %s:%s bypasses the proxy: %s', (entry, hostname, port, bypassed) => {
    const proxy = proxyFor(config([entry]), 'https', hostname, port);
    expect(proxy === undefined).toBe(bypassed);
  });

  it('matches host names whatever their case', () => {
    expect(proxyFor(config(['aliyuncs.com']), 'https', 'ECI.CN-Hangzhou.Aliyuncs.COM', '443')).toBeUndefined();
  });

  it('bypasses when any entry matches', () => {
    expect(proxyFor(config(['example.com', 'aliyuncs.com']), 'https', 'eci.aliyuncs.com', '443')).toBeUndefined();
    expect(proxyFor(config(['example.com', 'corp.local']), 'https', 'eci.aliyuncs.com', '443')).toBe(PROXY);
  });
});
