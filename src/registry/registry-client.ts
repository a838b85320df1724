import * as core from '@actions/core';
import { basicAuthorization, maskSecret } from '../runtime/mask.js';
import { isPlausibleSecret, MIN_SECRET_LENGTH } from '../model/secret-length.js';
import { toNetworkApiError } from '../eci/openapi-call.js';
import { sendHttp, type HttpResponse, type TransportOptions } from '../net/http.js';
import { ApiError } from '../model/errors.js';
import type { Endpoint } from '../model/settings.js';
import { untrusted } from '../model/untrusted.js';
import { parseBearerChallenge, type BearerChallenge } from './challenge.js';
import { digestOfBytes, isDigest } from '../model/digest.js';
import { mayFollow, pullScope, whyNotRealm } from './realm-policy.js';

/** Every manifest form a pushed image may have; without them a registry may rewrite the manifest (and its digest). */
export const MANIFEST_ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json'
].join(', ');

/** Manifests are small (a few KiB); a longer answer is not one. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const MAX_TOKEN_ANSWER_BYTES = 64 * 1024;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 3;

export interface RegistryCredentials {
  username: string;
  password: string;
  /** Where they came from, for messages (never the values). */
  source: string;
  /** When set, the only token realms they may go to are hosts ending in this (e.g. `.aliyuncs.com`). */
  realmHostSuffix?: string;
}

export interface RegistryClientOptions extends Omit<TransportOptions, 'maxBodyBytes'> {
  /** Where registry calls go. */
  endpoint: Endpoint;
  userAgent: string;
  /** Resolved on the first challenge only; undefined: ask for an anonymous token. */
  credentials: () => Promise<RegistryCredentials | undefined>;
}

/**
 * One registry, read through the OCI distribution API: a manifest's digest by HEAD (Docker-Content-Digest), or by
 * hashing the GET answer when the header is missing; the Bearer token challenge answered with Basic credentials.
 * Each method makes one attempt: the caller retries (errors are ApiErrors that say whether a retry may help).
 */
export class RegistryClient {
  private token?: { scope: string; value: string };

  constructor(private readonly options: RegistryClientOptions) {}

  /** The digest `reference` names in repository `name`, or undefined when there is no such manifest. */
  async manifestDigest(name: string, reference: string): Promise<string | undefined> {
    const path = `/v2/${name}/manifests/${encodeURIComponent(reference)}`;
    const head = await this.authorized('HEAD', path, name);
    if (head.statusCode === 404) return undefined;
    checkAnswer(head, `HEAD ${path}`);
    const header = firstValue(head.headers['docker-content-digest']);
    if (header !== undefined) return checkedDigest(header, `HEAD ${path}`);
    core.debug(`The registry sent no Docker-Content-Digest for ${name}:${reference}; hashing the manifest instead.`);
    const get = await this.authorized('GET', path, name);
    if (get.statusCode === 404) return undefined;
    checkAnswer(get, `GET ${path}`);
    const digest = digestOfBytes(get.raw);
    const claimed = firstValue(get.headers['docker-content-digest']);
    if (claimed !== undefined && claimed !== digest) {
      throw registryError(
        `GET ${path}`,
        'DigestMismatch',
        `the manifest hashes to ${digest}, not to ${untrusted(claimed, 100)} as the registry says`,
        false
      );
    }
    return digest;
  }

  /**
   * Sends the request with the current token; on a 401 Bearer challenge of the registry's own host, gets a token
   * for pull access to repository `name` and sends it once more. Another host's challenge is not answered: the
   * registry's credentials must not cross host boundaries (distribution-spec).
   */
  private async authorized(method: string, path: string, name: string): Promise<HttpResponse> {
    const { answer: first, own } = await this.send(method, path);
    if (first.statusCode !== 401) return first;
    if (!own) {
      throw registryError(
        `${method} ${path}`,
        'UNAUTHORIZED',
        'the registry redirected the request to another host, which asks for credentials: the registry credentials are not sent to another host',
        false,
        401
      );
    }
    const challenge = parseBearerChallenge(first.headers['www-authenticate']);
    if (!challenge) {
      throw registryError(
        `${method} ${path}`,
        'UNAUTHORIZED',
        'the registry asks for credentials but names no Bearer token service',
        false,
        401
      );
    }
    const scope = pullScope(challenge.scope, name);
    this.token = { scope, value: await this.fetchToken(challenge, scope) };
    return (await this.send(method, path)).answer;
  }

  /**
   * Sends one request, following up to MAX_REDIRECTS redirects (distribution-spec: clients SHOULD follow them); the
   * token goes only to the registry's own host, and never over plain http off loopback. `own`: whether the answer
   * came from the registry's own host.
   */
  private async send(method: string, path: string): Promise<{ answer: HttpResponse; own: boolean }> {
    const { endpoint } = this.options;
    let target = { protocol: endpoint.protocol, host: endpoint.host, path };
    for (let hop = 0; ; hop++) {
      const own = target.protocol === endpoint.protocol && target.host === endpoint.host;
      const answer = await this.exchange(method, target, own ? this.token?.value : undefined);
      const location = firstValue(answer.headers.location);
      if (!REDIRECTS.has(answer.statusCode) || !location || hop >= MAX_REDIRECTS) return { answer, own };
      let next: URL;
      try {
        next = new URL(location, `${target.protocol}://${target.host}${target.path}`);
      } catch {
        return { answer, own };
      }
      if (!mayFollow(next, endpoint)) return { answer, own };
      target = {
        protocol: next.protocol === 'https:' ? 'https' : 'http',
        host: next.host,
        path: `${next.pathname}${next.search}`
      };
    }
  }

  private async exchange(
    method: string,
    target: { protocol: 'http' | 'https'; host: string; path: string },
    token: string | undefined
  ): Promise<HttpResponse> {
    const headers: Record<string, string> = {
      host: target.host,
      accept: MANIFEST_ACCEPT,
      'user-agent': this.options.userAgent,
      ...(token ? { authorization: `Bearer ${token}` } : {})
    };
    try {
      return await sendHttp({ ...target, method, headers }, { ...this.options, maxBodyBytes: MAX_MANIFEST_BYTES });
    } catch (error) {
      throw toNetworkApiError(`${method} ${target.path}`, error);
    }
  }

  /** A token from the challenge's realm, with Basic credentials when there are any and the realm may have them. */
  private async fetchToken(challenge: BearerChallenge, scope: string): Promise<string> {
    const action = 'registry token';
    let realm: URL;
    try {
      realm = new URL(challenge.realm);
    } catch {
      throw registryError(
        action,
        'InvalidChallenge',
        `the token realm '${untrusted(challenge.realm, 200)}' is not a URL`,
        false
      );
    }
    if (realm.protocol !== 'https:' && realm.protocol !== 'http:') {
      throw registryError(
        action,
        'InvalidChallenge',
        `the token realm '${untrusted(challenge.realm, 200)}' is not http(s)`,
        false
      );
    }
    // Checked before the credentials are made (an ACR token is a call), and again for where they may go.
    const refusal = (why: string): ApiError =>
      registryError(
        action,
        'InsecureRealm',
        `the registry names the token service ${untrusted(realm.origin, 200)}, which is ${why}: nothing is sent there`,
        false
      );
    const why = whyNotRealm(realm, undefined);
    if (why) throw refusal(why);
    const credentials = await this.options.credentials();
    const whyNotForThese = credentials?.realmHostSuffix ? whyNotRealm(realm, credentials.realmHostSuffix) : undefined;
    if (whyNotForThese) throw refusal(`${whyNotForThese}, where ${credentials!.source} may not go`);
    if (challenge.service) realm.searchParams.set('service', challenge.service);
    realm.searchParams.set('scope', scope);
    const basic: Record<string, string> = credentials
      ? { authorization: basicAuthorization(credentials.username, credentials.password) }
      : {};
    let answer: HttpResponse;
    try {
      answer = await sendHttp(
        {
          protocol: realm.protocol === 'https:' ? 'https' : 'http',
          host: realm.host,
          method: 'GET',
          path: `${realm.pathname}${realm.search}`,
          headers: { host: realm.host, accept: 'application/json', 'user-agent': this.options.userAgent, ...basic }
        },
        { ...this.options, maxBodyBytes: MAX_TOKEN_ANSWER_BYTES }
      );
    } catch (error) {
      throw toNetworkApiError(action, error);
    }
    if (answer.statusCode === 401 || answer.statusCode === 403) {
      const whose = credentials
        ? `the credentials from ${credentials.source}`
        : 'anonymous access (no registry credentials were found)';
      throw registryError(
        action,
        answer.statusCode === 401 ? 'UNAUTHORIZED' : 'DENIED',
        `the token service refused ${whose}${errorDetail(answer)}`,
        false,
        answer.statusCode
      );
    }
    checkAnswer(answer, action);
    let parsed: unknown;
    try {
      parsed = JSON.parse(answer.body);
    } catch {
      parsed = undefined;
    }
    const fields = (parsed ?? {}) as { token?: unknown; access_token?: unknown };
    const token = [fields.token, fields.access_token].find((value) => typeof value === 'string' && value !== '');
    // A token goes into a header: anything but printable ASCII would break it (or smuggle a header in).
    if (typeof token !== 'string' || !/^[\x21-\x7e]+$/.test(token)) {
      throw registryError(
        action,
        'InvalidResponse',
        'the token service answered without a usable token',
        true,
        answer.statusCode
      );
    }
    // Refused, not masked: a token of a few characters would hide them everywhere in the job's log.
    if (!isPlausibleSecret(token)) {
      throw registryError(
        action,
        'InvalidResponse',
        `the token service answered with a token shorter than ${MIN_SECRET_LENGTH} characters, which is not one`,
        true,
        answer.statusCode
      );
    }
    maskSecret(token);
    return token;
  }
}

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function checkedDigest(value: string, action: string): string {
  const digest = value.trim();
  if (!isDigest(digest)) {
    throw registryError(
      action,
      'InvalidDigest',
      `the registry sent a digest that is not sha256 and 64 hex digits: '${untrusted(digest, 100)}'`,
      false
    );
  }
  return digest;
}

/** Throws for anything but a 2xx: a refusal is final, throttling and server errors may pass. */
function checkAnswer(answer: HttpResponse, action: string): void {
  const status = answer.statusCode;
  if (status >= 200 && status < 300) return;
  const retryable = status === 429 || status >= 500;
  const code =
    registryErrorCode(answer) ?? (status === 401 ? 'UNAUTHORIZED' : status === 403 ? 'DENIED' : `HTTP${status}`);
  const what =
    status === 401 || status === 403
      ? 'the registry refused access to the repository (the credentials lack pull permission)'
      : status >= 300 && status < 400
        ? 'the registry answered with a redirect that is not followed (too many, or to plain http)'
        : 'the registry answered with an error';
  throw registryError(action, code, `${what}${errorDetail(answer)}`, retryable, status);
}

/** The first `errors[].code` of a distribution-spec error body. */
function registryErrorCode(answer: HttpResponse): string | undefined {
  const first = firstRegistryError(answer);
  return typeof first?.code === 'string' && /^[A-Z_]{1,64}$/.test(first.code) ? first.code : undefined;
}

function firstRegistryError(answer: HttpResponse): { code?: unknown; message?: unknown } | undefined {
  try {
    const parsed = JSON.parse(answer.body) as { errors?: Array<{ code?: unknown; message?: unknown }> };
    return Array.isArray(parsed?.errors) ? parsed.errors[0] : undefined;
  } catch {
    return undefined;
  }
}

function errorDetail(answer: HttpResponse): string {
  const message = firstRegistryError(answer)?.message;
  return typeof message === 'string' && message ? ` (${untrusted(message, 200)})` : '';
}

function registryError(
  action: string,
  code: string,
  message: string,
  retryable: boolean,
  statusCode?: number
): ApiError {
  return new ApiError({ action, code, message, retryable, ambiguous: false, ...(statusCode ? { statusCode } : {}) });
}
