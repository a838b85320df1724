// In the bundle, @actions/core's OIDC helper (the only user of @actions/http-client) gets this module instead, so
// that @actions/http-client and undici, most of the bundle, load when a step asks for an ID token and not at every
// start. OidcClient only constructs an HttpClient and calls getJson on it (@actions/core lib/oidc-utils.js);
// both reach the real client unchanged. Mapped by tsconfig.bundle.json (scripts/bundle.mjs).
export class HttpClient {
  #args;

  constructor(...args) {
    this.#args = args;
  }

  async getJson(...args) {
    const { HttpClient: RealHttpClient } = await import('../../node_modules/@actions/http-client/lib/index.js');
    return new RealHttpClient(...this.#args).getJson(...args);
  }
}
