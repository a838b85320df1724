import {
  fetchCredentialAnswer,
  parseSessionAnswer,
  SessionCache,
  type ChainCredentials,
  type ChainHttpOptions,
  type ChainProvider
} from './session-credentials.js';

/** As @alicloud/credentials waits for a credentials URI. */
const TIMEOUTS = { connectTimeoutMs: 5_000, readTimeoutMs: 10_000 };

/**
 * Temporary credentials from ALIBABA_CLOUD_CREDENTIALS_URI: a GET whose JSON answer holds AccessKeyId,
 * AccessKeySecret, SecurityToken and Expiration (the protocol of aliyun/credentials-nodejs' URI provider), read
 * through the action's bounded transport.
 */
export class CredentialsUriProvider implements ChainProvider {
  private readonly session: SessionCache;

  constructor(uri: string, options: ChainHttpOptions) {
    const url = new URL(uri);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not an http(s) URI');
    this.session = new SessionCache(options.clock, async (signal) =>
      parseSessionAnswer(
        await fetchCredentialAnswer(
          {
            protocol: url.protocol === 'https:' ? 'https' : 'http',
            host: url.host,
            method: 'GET',
            path: `${url.pathname}${url.search}`,
            headers: { accept: 'application/json' }
          },
          TIMEOUTS,
          options,
          signal
        ),
        'the credentials URI'
      )
    );
  }

  getCredentials(signal?: AbortSignal): Promise<ChainCredentials> {
    return this.session.get(signal);
  }
}
