import { execFileSync } from 'node:child_process';

/** A self-signed RSA certificate valid for a day, written by openssl to the two files given. */
export function writeSelfSignedCertificate(options: {
  keyFile: string;
  certificateFile: string;
  commonName: string;
  /** `-addext` values, e.g. `subjectAltName=DNS:localhost`. */
  extensions?: string[];
}): void {
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      `/CN=${options.commonName}`,
      ...(options.extensions ?? []).flatMap((extension) => ['-addext', extension]),
      '-keyout',
      options.keyFile,
      '-out',
      options.certificateFile
    ],
    { stdio: 'ignore' }
  );
}
