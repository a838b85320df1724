import { InputError } from '../../src/model/errors.js';
import { proxyConfigFromEnv, proxyFor, type ProxyConfig } from '../../src/net/proxy.js';

const PROXY = 'http://proxy.corp:3128';

function config(noProxy: string[]): ProxyConfig {
  return { httpsProxy: PROXY, noProxy };
}

const ECI = 'eci.cn-hangzhou.aliyuncs.com';

describe('proxyConfigFromEnv', () => {
  it('reads nothing from an empty environment', () => {
    expect(proxyConfigFromEnv({})).toEqual({ noProxy: [] });
  });

  it('reads the variables, lower case first, as curl does, and never HTTP_PROXY', () => {
    const proxies = proxyConfigFromEnv({
      https_proxy: 'http://lower:1',
      HTTPS_PROXY: 'http://upper:2',
      HTTP_PROXY: 'http://upper:3',
      NO_PROXY: 'ignored.example',
      no_proxy: ' Localhost, .Example.com  10.0.0.1,,[::1]:8080 '
    });
    expect(proxies).toEqual({
      httpsProxy: 'http://lower:1',
      noProxy: ['localhost', '.example.com', '10.0.0.1', '[::1]:8080']
    });
  });

  it('ignores blank proxy variables', () => {
    expect(proxyConfigFromEnv({ HTTPS_PROXY: '  ', HTTP_PROXY: '' })).toEqual({ noProxy: [] });
  });

  it('does not judge the proxy address until a call would use it', () => {
    expect(() => proxyConfigFromEnv({ HTTPS_PROXY: 'socks5://proxy.corp:1080' })).not.toThrow();
  });
});

describe('proxyFor', () => {
  it('tunnels https:// calls only', () => {
    expect(proxyFor(config([]), 'https', ECI, '443')?.href).toBe('http://proxy.corp:3128/');
    expect(proxyFor(config([]), 'http', ECI, '80')).toBeUndefined();
  });

  it('takes a proxy without a scheme as http://, keeping its credentials', () => {
    const proxy = proxyFor({ httpsProxy: 'user:p%40ss@proxy.corp:3128', noProxy: [] }, 'https', ECI, '443');
    expect(proxy?.protocol).toBe('http:');
    expect(proxy?.host).toBe('proxy.corp:3128');
    expect(proxy?.username).toBe('user');
    expect(proxy?.password).toBe('p%40ss');
  });

  it.each<[string, string]>([
    ['http://bob:Pr0xyPassw0rd@proxy.corp:99999', "Invalid HTTPS_PROXY 'http://***@proxy.corp:99999'."],
    ['bob:Pr0xyPassw0rd@proxy.corp:99999', "Invalid HTTPS_PROXY '***@proxy.corp:99999'."],
    ['http://bob:pa/ss@proxy corp:1', "Invalid HTTPS_PROXY 'http://***@proxy corp:1'."]
  ])('refuses %s without showing its password', (value, message) => {
    let thrown: unknown;
    try {
      proxyFor({ httpsProxy: value, noProxy: [] }, 'https', ECI, '443');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect(String(thrown)).toContain(message);
    expect(String(thrown)).not.toMatch(/Pr0xyPassw0rd|pa\/ss/);
  });

  it.each(['https://proxy.corp:3128', 'socks5://proxy.corp:1080'])(
    'refuses %s when a call would use it: only http:// proxies tunnel',
    (value) => {
      expect(() => proxyFor({ httpsProxy: value, noProxy: [] }, 'https', ECI, '443')).toThrow(
        /only http:\/\/ proxies \(HTTP CONNECT\) are supported/
      );
      // Never used: no error.
      expect(proxyFor({ httpsProxy: value, noProxy: ['*'] }, 'https', ECI, '443')).toBeUndefined();
      expect(proxyFor({ httpsProxy: value, noProxy: [] }, 'https', '127.0.0.1', '8443')).toBeUndefined();
    }
  );

  it.each(['127.0.0.1', 'localhost', '[::1]', '127.8.9.10'])('never sends loopback host %s to a proxy', (host) => {
    expect(proxyFor(config([]), 'https', host, '8443')).toBeUndefined();
  });

  it('connects directly when no proxy is set', () => {
    expect(proxyFor({ noProxy: [] }, 'https', ECI, '443')).toBeUndefined();
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
    ['eci.test', 'eci.test', '8080', true],
    ['10.1.2.3', '10.1.2.3', '8080', true],
    ['10.1.2.3:8080', '10.1.2.3', '8080', true],
    ['10.1.2.3:9090', '10.1.2.3', '8080', false],
    ['2.3', '10.1.2.3', '8080', false],
    ['10.0.0.1', '10.0.0.10', '443', false],
    ['[fd00::1]', '[fd00::1]', '8080', true],
    ['[fd00::1]:8080', '[fd00::1]', '8080', true],
    ['[fd00::1]:9090', '[fd00::1]', '8080', false],
    // An IPv6 entry without brackets (curl's form, common as NO_PROXY=localhost,127.0.0.1,::1) is a whole address,
    // not host ':' with port 1, which would never match. (Loopback is never proxied at all, so these cases use a
    // unique local address.)
    ['fd00::1', '[fd00::1]', '8080', true],
    ['fd00::1', 'fd00::1', '443', true],
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
    expect(proxyFor(config(['example.com', 'corp.local']), 'https', 'eci.aliyuncs.com', '443')?.href).toBe(
      'http://proxy.corp:3128/'
    );
  });
});
