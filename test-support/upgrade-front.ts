import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type net from 'node:net';
import { forwardRequest } from './forward-request.js';

export interface UpgradeFront {
  /** http://127.0.0.1:PORT */
  url: string;
  /** How many requests it answered with 101. */
  upgraded: number;
  close(): Promise<void>;
}

/**
 * A loopback front for `targetPort` that answers the requests `upgrades` picks with `101 Switching Protocols` and
 * then holds the connection open, as a server that upgrades would; the others are forwarded.
 */
export async function startUpgradeFront(
  targetPort: number,
  upgrades: (request: http.IncomingMessage) => boolean
): Promise<UpgradeFront> {
  const sockets = new Set<net.Socket>();
  const front: UpgradeFront = { url: '', upgraded: 0, close: () => Promise.resolve() };
  const server = http.createServer((request, response) => {
    if (upgrades(request)) {
      front.upgraded++;
      request.resume();
      request.socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n');
      return;
    }
    forwardRequest(request, response, { host: '127.0.0.1', port: targetPort, path: request.url ?? '/' });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  front.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  front.close = () =>
    new Promise<void>((resolve) => {
      sockets.forEach((socket) => socket.destroy());
      server.close(() => resolve());
    });
  return front;
}
