/**
 * Node's codes for a certificate the TLS client did not accept (OpenSSL's X509 verify results, and its own
 * ERR_TLS_CERT_* and ERR_SSL_* codes). Asking again will not change the certificate: such an error is final.
 */
export const CERTIFICATE_CODES =
  /^(CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|ERROR_IN_CERT_|INVALID_CA$|INVALID_PURPOSE$|PATH_LENGTH_EXCEEDED$|HOSTNAME_MISMATCH$|ERR_TLS_CERT|ERR_SSL_)/;

export function isCertificateError(code: string): boolean {
  return CERTIFICATE_CODES.test(code);
}
