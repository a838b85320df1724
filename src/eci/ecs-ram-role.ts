import type { HttpRequest } from '../net/http.js';
import {
  fetchCredentialAnswer,
  parseSessionAnswer,
  SessionCache,
  type ChainCredentials,
  type ChainHttpOptions,
  type ChainProvider,
  type SessionCredentials
} from './session-credentials.js';

/** The ECS (and ECI) instance metadata service. */
export const ECS_METADATA_HOST = '100.100.100.200';
/** As @alicloud/credentials waits for the metadata service: it answers at once or not at all. */
const TIMEOUTS = { connectTimeoutMs: 1_000, readTimeoutMs: 1_000 };
/** The lifetime asked for an IMDSv2 token, as @alicloud/credentials asks (6 hours). */
const TOKEN_TTL_SECONDS = 21_600;
const CREDENTIALS_PATH = '/latest/meta-data/ram/security-credentials/';
/** A RAM role name: letters, digits, `.`, `-` and `_` (the metadata path is built from it). */
const ROLE_NAME = /^[A-Za-z0-9._-]{1,64}$/;

/** The metadata service refused a request (with or without the token): the one failure IMDSv1 may fix. */
class Refused extends Error {}

export interface EcsRamRoleOptions extends ChainHttpOptions {
  /** Where the metadata service answers; ECS_METADATA_HOST but for tests, which point it at loopback. */
  metadataHost?: string;
}

/**
 * The ECS RAM role's temporary credentials from the instance metadata service, read through the action's bounded
 * transport with the protocol of aliyun/credentials-nodejs' ECS RAM role provider: an IMDSv2 token
 * (`PUT /latest/api/token` with `x-aliyun-ecs-metadata-token-ttl-seconds`) sent as `x-aliyun-ecs-metadata-token`,
 * falling back to IMDSv1 (no token) unless ALIBABA_CLOUD_IMDSV1_DISABLED is true; the role name from
 * ALIBABA_CLOUD_ECS_METADATA or the metadata service; the credentials' JSON with `Code: "Success"`.
 * Off when ALIBABA_CLOUD_ECS_METADATA_DISABLED is true (the constructor throws, as the library's builder does).
 */
export class EcsRamRoleProvider implements ChainProvider {
  private readonly host: string;
  private readonly roleName?: string;
  private readonly imdsV1Allowed: boolean;
  private readonly session: SessionCache;

  constructor(
    env: NodeJS.ProcessEnv,
    private readonly options: EcsRamRoleOptions
  ) {
    // The library's builder reads the switch from the process's environment: either one turns the link off.
    const disabled = [env, process.env].some(
      (vars) => vars.ALIBABA_CLOUD_ECS_METADATA_DISABLED?.toLowerCase() === 'true'
    );
    if (disabled) throw new Error('ECS metadata is disabled');
    this.host = options.metadataHost ?? ECS_METADATA_HOST;
    this.roleName = env.ALIBABA_CLOUD_ECS_METADATA || undefined;
    this.imdsV1Allowed = env.ALIBABA_CLOUD_IMDSV1_DISABLED?.toLowerCase() !== 'true';
    this.session = new SessionCache(options.clock, (signal) => this.fetchSession(signal));
  }

  getCredentials(signal?: AbortSignal): Promise<ChainCredentials> {
    return this.session.get(signal);
  }

  private async fetchSession(signal?: AbortSignal): Promise<SessionCredentials> {
    const token = await this.metadataToken(signal);
    const roleName = this.roleName ?? (await this.withToken(token, (t) => this.fetchRoleName(t, signal)));
    if (!ROLE_NAME.test(roleName)) throw new Error('the metadata service named no usable RAM role');
    return this.withToken(token, async (t) => {
      const response = await this.get(`${CREDENTIALS_PATH}${roleName}`, t, signal);
      if (response.statusCode !== 200)
        throw new Refused(`the credentials request answered HTTP ${response.statusCode}`);
      const session = parseSessionAnswer(response, 'the ECS metadata service');
      const code = (JSON.parse(response.body) as { Code?: unknown }).Code;
      if (code !== 'Success') throw new Error('the ECS metadata service answered a Code other than Success');
      return session;
    });
  }

  /** An IMDSv2 token; undefined (IMDSv1) when none is given and IMDSv1 is allowed. */
  private async metadataToken(signal?: AbortSignal): Promise<string | undefined> {
    try {
      const answer = await fetchCredentialAnswer(
        this.request('PUT', '/latest/api/token', { 'x-aliyun-ecs-metadata-token-ttl-seconds': `${TOKEN_TTL_SECONDS}` }),
        TIMEOUTS,
        this.options,
        signal
      );
      if (answer.statusCode !== 200) throw new Error(`the metadata token request answered HTTP ${answer.statusCode}`);
      return answer.body;
    } catch (error) {
      if (!this.imdsV1Allowed || signal?.aborted) throw error;
      return undefined;
    }
  }

  /** Runs `step` with the token, and once more without it (IMDSv1) when that is allowed and the token was refused. */
  private async withToken<T>(token: string | undefined, step: (token?: string) => Promise<T>): Promise<T> {
    try {
      return await step(token);
    } catch (error) {
      if (token === undefined || !this.imdsV1Allowed || !(error instanceof Refused)) throw error;
      return step(undefined);
    }
  }

  private async fetchRoleName(token: string | undefined, signal?: AbortSignal): Promise<string> {
    const answer = await this.get(CREDENTIALS_PATH, token, signal);
    if (answer.statusCode !== 200) throw new Refused(`the RAM role name request answered HTTP ${answer.statusCode}`);
    return answer.body.trim();
  }

  private get(path: string, token: string | undefined, signal?: AbortSignal): ReturnType<typeof fetchCredentialAnswer> {
    const headers: Record<string, string> = token === undefined ? {} : { 'x-aliyun-ecs-metadata-token': token };
    return fetchCredentialAnswer(this.request('GET', path, headers), TIMEOUTS, this.options, signal);
  }

  private request(method: string, path: string, headers: Record<string, string>): HttpRequest {
    return { protocol: 'http', host: this.host, method, path, headers };
  }
}
