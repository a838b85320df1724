import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { writeSelfSignedCertificate } from './self-signed.js';

export interface TlsFront {
  /** https://localhost:PORT */
  url: string;
  /** PEM of the self-signed certificate, for NODE_EXTRA_CA_CERTS. */
  caFile: string;
  close(): Promise<void>;
}

/**
 * Terminates TLS on 127.0.0.1 with a fresh self-signed certificate for `localhost` and `eci-emulator.test` (the
 * name the test proxy tunnels to 127.0.0.1), and forwards to `targetPort`.
 */
export async function startTlsFront(
  targetPort: number,
  options: {
    /** Further `-addext` values, e.g. `extendedKeyUsage=clientAuth` for a certificate of the wrong purpose. */ extensions?: string[];
  } = {}
): Promise<TlsFront> {
  const dir = mkdtempSync(join(tmpdir(), 'eci-tls-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  writeSelfSignedCertificate({
    keyFile: key,
    certificateFile: cert,
    commonName: 'localhost',
    extensions: ['subjectAltName=DNS:localhost,DNS:eci-emulator.test,IP:127.0.0.1', ...(options.extensions ?? [])]
  });
  const sockets = new Set<net.Socket>();
  const server = tls.createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (secure) => {
    const upstream = net.connect(targetPort, '127.0.0.1');
    sockets.add(secure).add(upstream);
    secure.pipe(upstream).pipe(secure);
    const cleanup = (): void => {
      secure.destroy();
      upstream.destroy();
    };
    secure.on('error', cleanup).on('close', cleanup);
    upstream.on('error', cleanup).on('close', cleanup);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://localhost:${port}`,
    caFile: cert,
    close: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((socket) => socket.destroy());
        server.close(() => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
      })
  };
}
