import * as core from '@actions/core';
import { NOT_A_REGISTRY, registryError, toNetworkApiError } from './retry-rules.js';
import { basicAuthorization, maskSecret } from '../runtime/mask.js';
import { isPlausibleSecret, MIN_SECRET_LENGTH } from '../model/secret-length.js';
import { sendHttp, type HttpResponse, type TransportOptions } from '../net/http.js';
import { ApiError } from '../model/errors.js';
import type { Endpoint } from '../model/settings.js';
import { untrusted } from '../model/untrusted.js';
import { parseChallenge, type BearerChallenge } from './challenge.js';
import { digestOfBytes, isDigest } from '../model/digest.js';
import { mayFollow, pullScope, whyNoCredentials, whyNotTarget } from './realm-policy.js';
import { showsRegistry, showsUnknownManifest } from './registry-answer.js';

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
}

export interface RegistryClientOptions extends Omit<TransportOptions, 'maxBodyBytes'> {
  /** Where registry calls go. */
  endpoint: Endpoint;
  /** The registry's own host as image-repository names it: credentials may go there, as to the endpoint's host. */
  registryHost?: string;
  userAgent: string;
  /** Resolved on the first challenge only; undefined: ask for an anonymous token. */
  credentials: () => Promise<RegistryCredentials | undefined>;
}

/** HEAD answered with these means the server does not do HEAD: GET asks the same. */
const NO_HEAD = new Set([405, 501]);

/**
 * One registry, read through the OCI distribution API: a manifest's digest by HEAD (Docker-Content-Digest), or by
 * hashing the GET answer when the header is missing or HEAD is not served; a Bearer token challenge answered at
 * its realm with Basic credentials, a Basic challenge with the same credentials.
 * Each method makes one attempt: the caller retries (errors are ApiErrors that say whether a retry may help).
 */
export class RegistryClient {
  /** The Authorization header the registry accepted last: `Bearer <token>` or `Basic <user:password>`. */
  private authorization?: string;

  constructor(private readonly options: RegistryClientOptions) {}

  /**
   * The digest `reference` names in repository `name`, or undefined when there is no such manifest. A tag is
   * absent only when a registry says so: anything else that answers 404 (a web server at a mistyped
   * registry-endpoint) is an error, so that if-tag-exists cannot take it for a new tag.
   */
  async manifestDigest(name: string, reference: string): Promise<string | undefined> {
    const path = `/v2/${name}/manifests/${encodeURIComponent(reference)}`;
    const head = await this.authorized('HEAD', path, name);
    if (NO_HEAD.has(head.statusCode)) {
      core.debug(`The registry answered HEAD with ${head.statusCode}; asking with GET instead.`);
      return this.digestByGet(path, name);
    }
    // A HEAD has no body: without the header, only a GET's error can show that a registry answered.
    if (head.statusCode === 404) return showsRegistry(head) ? undefined : this.digestByGet(path, name);
    checkAnswer(head, `HEAD ${path}`);
    const header = firstValue(head.headers['docker-content-digest']);
    if (header !== undefined) return checkedDigest(header, `HEAD ${path}`);
    core.debug(`The registry sent no Docker-Content-Digest for ${name}:${reference}; hashing the manifest instead.`);
    return this.digestByGet(path, name);
  }

  /** The digest of the manifest a GET answers, hashed from its exact bytes. */
  private async digestByGet(path: string, name: string): Promise<string | undefined> {
    const action = `GET ${path}`;
    const get = await this.authorized('GET', path, name);
    if (get.statusCode === 404) {
      if (showsRegistry(get) || showsUnknownManifest(get)) return undefined;
      throw notARegistry(action, get, 'answered 404 without showing it is a registry');
    }
    checkAnswer(get, action);
    if (!showsRegistry(get) && !isManifestType(get)) {
      throw notARegistry(action, get, 'answered something that is not a manifest');
    }
    const digest = digestOfBytes(get.raw);
    const claimed = firstValue(get.headers['docker-content-digest']);
    if (claimed !== undefined && claimed !== digest) {
      throw registryError(
        action,
        'DigestMismatch',
        `the manifest hashes to ${digest}, not to ${untrusted(claimed, 100)} as the registry says`
      );
    }
    return digest;
  }

  /**
   * Sends the request with the current authorization; on a 401 challenge of the registry's own host, answers it
   * and sends the request once more: Bearer with a token for pull access to repository `name`, Basic with the
   * credentials themselves. Another host's challenge is not answered: the registry's credentials must not cross
   * host boundaries (distribution-spec).
   */
  private async authorized(method: string, path: string, name: string): Promise<HttpResponse> {
    const action = `${method} ${path}`;
    const { answer: first, own } = await this.send(method, path);
    if (first.statusCode !== 401) return first;
    if (!own) {
      throw registryError(
        action,
        'UNAUTHORIZED',
        'the registry redirected the request to another host, which asks for credentials: the registry credentials are not sent to another host',
        401
      );
    }
    const challenge = parseChallenge(first.headers['www-authenticate']);
    if (challenge?.scheme === 'bearer') {
      this.authorization = `Bearer ${await this.fetchToken(challenge, pullScope(challenge.scope, name))}`;
      return (await this.send(method, path)).answer;
    }
    if (challenge?.scheme !== 'basic') {
      throw registryError(
        action,
        'UNAUTHORIZED',
        'the registry asks for credentials but names neither a Bearer token service nor Basic authentication',
        401
      );
    }
    const credentials = await this.credentialsFor(
      new URL(`${this.options.endpoint.protocol}://${this.options.endpoint.host}/`),
      action,
      'the registry asking for Basic credentials'
    );
    if (!credentials) {
      throw registryError(
        action,
        'UNAUTHORIZED',
        `the registry asks for Basic credentials, and no registry credentials were found${errorDetail(first)}`,
        401
      );
    }
    this.authorization = basicAuthorization(credentials.username, credentials.password);
    const { answer } = await this.send(method, path);
    if (answer.statusCode === 401) {
      this.authorization = undefined;
      throw registryError(
        action,
        'UNAUTHORIZED',
        `the registry refused the credentials from ${credentials.source}${errorDetail(answer)}`,
        401
      );
    }
    return answer;
  }

  /**
   * The credentials, when there are any and they may go to `url` (the registry itself, or a token realm): the
   * same host rules for both. Checked before the credentials are made (an ACR token is a call), and again for
   * where these may go.
   */
  private async credentialsFor(
    url: URL,
    action: string,
    what: 'the token service the registry names' | 'the registry asking for Basic credentials'
  ): Promise<RegistryCredentials | undefined> {
    const refusal = (why: string): ApiError =>
      registryError(
        action,
        'InsecureRealm',
        `${what}, ${untrusted(url.origin, 200)}, is ${why}: nothing is sent there`
      );
    const why = whyNotTarget(url, this.options.endpoint);
    if (why) throw refusal(why);
    const credentials = await this.options.credentials();
    const hosts = [this.options.endpoint.host, ...(this.options.registryHost ? [this.options.registryHost] : [])];
    const whyNot = credentials ? whyNoCredentials(url, hosts) : undefined;
    if (whyNot) throw refusal(`${whyNot}, where ${credentials!.source} may not go`);
    return credentials;
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
      const answer = await this.exchange(method, target, own ? this.authorization : undefined);
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
    authorization: string | undefined
  ): Promise<HttpResponse> {
    const headers: Record<string, string> = {
      host: target.host,
      accept: MANIFEST_ACCEPT,
      'user-agent': this.options.userAgent,
      ...(authorization ? { authorization } : {})
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
        `the token realm '${untrusted(challenge.realm, 200)}' is not a URL`
      );
    }
    if (realm.protocol !== 'https:' && realm.protocol !== 'http:') {
      throw registryError(
        action,
        'InvalidChallenge',
        `the token realm '${untrusted(challenge.realm, 200)}' is not http(s)`
      );
    }
    const credentials = await this.credentialsFor(realm, action, 'the token service the registry names');
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
        answer.statusCode
      );
    }
    // Refused, not masked: a token of a few characters would hide them everywhere in the job's log.
    if (!isPlausibleSecret(token)) {
      throw registryError(
        action,
        'InvalidResponse',
        `the token service answered with a token shorter than ${MIN_SECRET_LENGTH} characters, which is not one`,
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

/** Whether a 2xx answer's Content-Type is one of the manifest forms asked for. */
function isManifestType(answer: HttpResponse): boolean {
  const type = firstValue(answer.headers['content-type'])?.split(';')[0].trim().toLowerCase();
  return type !== undefined && MANIFEST_ACCEPT.split(', ').includes(type);
}

/** The endpoint answered, but not as a registry: whether the tag exists is not known. */
function notARegistry(action: string, answer: HttpResponse, what: string): ApiError {
  return registryError(
    action,
    NOT_A_REGISTRY,
    `the endpoint ${what} (no Docker-Distribution-Api-Version: registry/2.0 header, no MANIFEST_UNKNOWN error): check that registry-endpoint, or else image-repository's host, is the image's registry`,
    answer.statusCode
  );
}

function checkedDigest(value: string, action: string): string {
  const digest = value.trim();
  if (!isDigest(digest)) {
    throw registryError(
      action,
      'InvalidDigest',
      `the registry sent a digest that is not sha256 and 64 hex digits: '${untrusted(digest, 100)}'`
    );
  }
  return digest;
}

/** Throws for anything but a 2xx: a refusal is final, throttling and server errors may pass. */
function checkAnswer(answer: HttpResponse, action: string): void {
  const status = answer.statusCode;
  if (status >= 200 && status < 300) return;
  const code =
    registryErrorCode(answer) ?? (status === 401 ? 'UNAUTHORIZED' : status === 403 ? 'DENIED' : `HTTP${status}`);
  const what =
    status === 401 || status === 403
      ? 'the registry refused access to the repository (the credentials lack pull permission)'
      : status >= 300 && status < 400
        ? 'the registry answered with a redirect that is not followed (too many, or to plain http)'
        : 'the registry answered with an error';
  throw registryError(action, code, `${what}${errorDetail(answer)}`, status);
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
