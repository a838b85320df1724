/**
 * Stand-in for the GitHub Actions OIDC token endpoint (what ACTIONS_ID_TOKEN_REQUEST_URL points to).
 * @actions/core's getIDToken(audience) appends `&audience=<aud>` to that URL, so the URL handed out already
 * carries a query; without an audience GitHub uses the repository owner's URL as `aud`.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { firstHeader, newRequestId, pathOf, rawQueryOf, sendJson } from './http-io.js';
import { signJwt, type JwtClaims, type JwtSigningKey } from './jwt.js';
import type { RequestLog } from './request-log.js';

export const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';
export const GITHUB_OIDC_TOKEN_PATH = '/__github/oidc-token';
export const DEFAULT_GITHUB_REQUEST_TOKEN = 'emulator-actions-id-token-request-token';
export const DEFAULT_GITHUB_REPOSITORY = 'octo-org/eci-commit-container';
export const DEFAULT_GITHUB_REF = 'refs/heads/main';
export const DEFAULT_GITHUB_TOKEN_LIFETIME_MS = 5 * 60 * 1000;

export interface GithubOidcOptions {
  /** The bearer token the endpoint requires (ACTIONS_ID_TOKEN_REQUEST_TOKEN). */
  requestToken?: string;
  /** owner/repo, used for sub, repository and the default audience. */
  repository?: string;
  ref?: string;
  tokenLifetimeMs?: number;
}

export interface GithubOidcEnv {
  ACTIONS_ID_TOKEN_REQUEST_URL: string;
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: string;
}

export interface GithubTokenResponse {
  status: number;
  body: object;
}

export class GithubOidcStandIn {
  private readonly requestToken: string;
  private readonly repository: string;
  private readonly ref: string;
  private readonly tokenLifetimeMs: number;

  constructor(
    options: GithubOidcOptions,
    private readonly signingKey: JwtSigningKey,
    private readonly now: () => number
  ) {
    this.requestToken = options.requestToken ?? DEFAULT_GITHUB_REQUEST_TOKEN;
    this.repository = options.repository ?? DEFAULT_GITHUB_REPOSITORY;
    this.ref = options.ref ?? DEFAULT_GITHUB_REF;
    this.tokenLifetimeMs = options.tokenLifetimeMs ?? DEFAULT_GITHUB_TOKEN_LIFETIME_MS;
  }

  env(baseUrl: string): GithubOidcEnv {
    return {
      ACTIONS_ID_TOKEN_REQUEST_URL: `${baseUrl}${GITHUB_OIDC_TOKEN_PATH}?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: this.requestToken
    };
  }

  /** The claims GitHub puts in a job's token; `overrides` replace or add claims (e.g. an `exp` in the past). */
  claims(audience: string | undefined, overrides: JwtClaims = {}): JwtClaims {
    const issuedAt = Math.floor(this.now() / 1000);
    const [owner] = this.repository.split('/');
    return {
      jti: randomUUID(),
      sub: `repo:${this.repository}:ref:${this.ref}`,
      aud: audience ?? `https://github.com/${owner}`,
      ref: this.ref,
      ref_type: 'branch',
      sha: '0123456789abcdef0123456789abcdef01234567',
      repository: this.repository,
      repository_owner: owner,
      run_id: '1',
      run_number: '1',
      run_attempt: '1',
      actor: 'octocat',
      workflow: 'emulator',
      event_name: 'push',
      runner_environment: 'github-hosted',
      iss: GITHUB_OIDC_ISSUER,
      nbf: issuedAt,
      iat: issuedAt,
      exp: issuedAt + Math.floor(this.tokenLifetimeMs / 1000),
      ...overrides
    };
  }

  mintToken(audience?: string, overrides: JwtClaims = {}): string {
    return signJwt(this.claims(audience, overrides), this.signingKey);
  }

  /** Answers GET /__github/oidc-token?api-version=2.0[&audience=...]; `overrides` replace claims of the token. */
  answer(
    searchParams: URLSearchParams,
    authorization: string | undefined,
    overrides: JwtClaims = {}
  ): GithubTokenResponse {
    if (authorization !== `Bearer ${this.requestToken}`) {
      return { status: 401, body: { message: 'Bad credentials: the Authorization bearer token is not valid.' } };
    }
    return { status: 200, body: { value: this.mintToken(searchParams.get('audience') ?? undefined, overrides) } };
  }
}

export const GITHUB_TOKEN_ACTION = 'GitHubOidcToken';

export function handleGithubTokenRequest(
  request: IncomingMessage,
  response: ServerResponse,
  standIn: GithubOidcStandIn,
  log: RequestLog,
  nowMs: number,
  overrides: JwtClaims = {}
): void {
  const target = request.url ?? '/';
  const searchParams = new URLSearchParams(rawQueryOf(target));
  const record = log.add({
    requestId: newRequestId(),
    service: 'github',
    action: GITHUB_TOKEN_ACTION,
    method: request.method ?? 'GET',
    path: pathOf(target),
    params: Object.fromEntries(searchParams),
    headers: { ...request.headers },
    securityTokenPresent: false,
    signatureValid: null,
    receivedAt: nowMs
  });
  const answer =
    request.method === 'GET'
      ? standIn.answer(searchParams, firstHeader(request.headers.authorization), overrides)
      : { status: 405, body: { message: 'Use GET.' } };
  record.status = answer.status;
  sendJson(response, answer.status, answer.body);
}
