/** The test harness itself: in-process code reaches loopback only (see setup-env.ts). */
import http from 'node:http';

function get(url: string): Promise<string> {
  return new Promise((resolve) => {
    http
      .get(url, (response) => {
        response.resume();
        resolve(`status ${response.statusCode}`);
      })
      .on('error', (error) => resolve(error.message));
  });
}

describe('the network guard of the tests', () => {
  it('refuses any host but loopback, before a DNS lookup', async () => {
    expect(await get('http://registry.cn-hangzhou.aliyuncs.com/v2/')).toBe(
      'a test may connect only to loopback, not to registry.cn-hangzhou.aliyuncs.com'
    );
    expect(await get('http://100.100.100.200/latest/meta-data/')).toMatch(
      /only to loopback, not to 100\.100\.100\.200/
    );
  });

  it('lets loopback through', async () => {
    const server = http.createServer((_, response) => response.end('ok'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      expect(await get(`http://127.0.0.1:${port}/`)).toBe('status 200');
    } finally {
      server.close();
    }
  });
});
