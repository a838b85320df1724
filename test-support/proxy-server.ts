import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { forwardRequest } from './forward-request.js';

export interface ProxyServer {
  url: string;
  /** `CONNECT host:port` or `POST http://host/...`, in order. */
  seen: string[];
  close(): Promise<void>;
}

/** Test host names that the proxy resolves to 127.0.0.1, so a tunnel to a non-loopback name stays on this machine. */
export const PROXY_ONLY_HOST = 'eci-emulator.test';

/**
 * A forward proxy on 127.0.0.1 for tests: absolute-form HTTP requests and CONNECT tunnels, to loopback targets and
 * PROXY_ONLY_HOST only. `refuseConnectWith` makes it answer every CONNECT with that status instead.
 */
export async function startProxy(options: { refuseConnectWith?: number } = {}): Promise<ProxyServer> {
  const seen: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    const target = new URL(request.url ?? '');
    if (target.hostname !== '127.0.0.1') {
      response.writeHead(403).end();
      return;
    }
    forwardRequest(request, response, {
      host: target.hostname,
      port: target.port,
      path: `${target.pathname}${target.search}`
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (request, client, head) => {
    seen.push(`CONNECT ${request.url}`);
    const [host, port] = (request.url ?? '').split(':');
    if (options.refuseConnectWith) {
      client.end(`HTTP/1.1 ${options.refuseConnectWith} Refused\r\n\r\n`);
      return;
    }
    if (host !== '127.0.0.1' && host !== 'localhost' && host !== PROXY_ONLY_HOST) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = net.connect(Number(port), '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      })
  };
}
