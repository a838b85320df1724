// In the bundle, @actions/core's OIDC helper and @actions/github get this module instead of @actions/http-client,
// so that @actions/http-client and undici, most of the bundle, load when a step asks for an ID token or comments on
// a pull request, and not at every start. OidcClient constructs an HttpClient and calls getJson on it (@actions/core
// lib/oidc-utils.js): that reaches the real client unchanged. @actions/github constructs one and calls getAgent
// synchronously (lib/internal/utils.js), so the pr-comment step calls preload() first; once loaded, constructing
// an HttpClient gives the real client itself. Mapped by tsconfig.bundle.json (scripts/bundle.mjs).
let real;

export async function preload() {
  real ??= await import('../../node_modules/@actions/http-client/lib/index.js');
  return real;
}

export class HttpClient {
  #args;

  constructor(...args) {
    if (real) return new real.HttpClient(...args);
    this.#args = args;
  }

  async getJson(...args) {
    const { HttpClient: RealHttpClient } = await preload();
    return new RealHttpClient(...this.#args).getJson(...args);
  }
}
