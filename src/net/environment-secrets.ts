import { basicAuthorization, decodedUserInfo, maskSecret } from '../runtime/mask.js';

const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];

/** The password of a proxy URL's user information, as given and URL-decoded, and its Basic header value. */
export function maskProxyUserInfo(text: string): void {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
  } catch {
    return;
  }
  if (!url.username && !url.password) return;
  maskSecret(url.password);
  const { username, password } = decodedUserInfo(url);
  basicAuthorization(username, password);
}

/**
 * Masks, when the step starts, the secrets the environment hands it that a library sends in a header of its own:
 * the runner's OIDC request token (@actions/core sends it as a Bearer token) and any proxy's credentials (its HTTP
 * client sends them as a Basic Proxy-Authorization). Node prints such headers with NODE_DEBUG=http, which it reads
 * at start-up, before the action could take it away.
 */
export function maskEnvironmentSecrets(env: NodeJS.ProcessEnv): void {
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN?.trim();
  if (requestToken) maskSecret(requestToken);
  for (const name of PROXY_VARIABLES) {
    const value = env[name]?.trim();
    if (value) maskProxyUserInfo(value);
  }
}
