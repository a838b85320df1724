/**
 * A stand-in for an ACR registry, read through the OCI distribution API: `/v2/`, manifests by HEAD and GET, and
 * the Bearer token realm (`/auth`, as ACR's dockerauth). It knows the images that succeeded commit tasks pushed
 * (with a digest that is stable per image) and images seeded as already existing. Knobs make it refuse
 * credentials, go down, hide manifests just pushed, or grant tokens without pull access.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { firstHeader, newRequestId, pathOf } from './http-io.js';
import type { RecordedRequest, RequestLog } from './request-log.js';
import { viewTaskAt, type CommitTask } from './task-simulation.js';

export const REGISTRY_TOKEN_PATH = '/auth';
export const REGISTRY_API_PREFIX = '/v2/';
/** What ACR's challenge names as service for a Personal Edition registry in cn-hangzhou (third-party observation). */
export const REGISTRY_SERVICE = 'registry.aliyuncs.com:cn-hangzhou:26842';
const TOKEN_LIFETIME_S = 300;
const MANIFEST_MEDIA_TYPE = 'application/vnd.docker.distribution.manifest.v2+json';
/** What Distribution sends on every answer of its /v2/ API, errors and challenges included. */
const API_VERSION_HEADER = { 'docker-distribution-api-version': 'registry/2.0' };

export interface RegistryUser {
  username: string;
  password: string;
}

export const DEFAULT_REGISTRY_USER: RegistryUser = {
  username: 'octo-robot',
  password: 'EmulatorRegistryPassword0'
};

/** Faults and state a test sets; all cleared by reset(). */
export interface RegistryKnobs {
  /** Every registry and realm request answers 503. */
  down: boolean;
  /** The realm refuses every credential, even right ones. */
  refuseCredentials: boolean;
  /** The realm grants tokens without pull access: manifests then answer 403 DENIED. */
  denyPull: boolean;
  /** HEAD and GET answers carry no Docker-Content-Digest (a registry on an older spec). */
  omitDigestHeader: boolean;
  /**
   * /v2/ answers carry no Docker-Distribution-Api-Version (a front that drops it): a 404 then shows a registry
   * only by its GET error body.
   */
  omitApiVersionHeader: boolean;
  /** Manifest queries that still answer 404 for images that tasks pushed (a push not visible yet). */
  hiddenManifestQueries: number;
}

export interface IssuedTemporaryLogin extends RegistryUser {
  expiresAtMs: number;
  /** 2018-12-01 (Enterprise, with its instance) or 2016-06-07 (Personal). */
  version: string;
  instanceId?: string;
}

interface StoredManifest {
  body: Buffer;
  digest: string;
}

export function manifestFor(repository: string, tag: string, pushedBy: string): StoredManifest {
  // Stable per image: the same push always yields the same bytes, a new push of the tag new ones.
  const body = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MANIFEST_MEDIA_TYPE,
      config: {
        mediaType: 'application/vnd.docker.container.image.v1+json',
        size: 1024,
        digest: `sha256:${createHash('sha256').update(`config ${repository}:${tag} ${pushedBy}`).digest('hex')}`
      },
      layers: []
    })
  );
  return { body, digest: `sha256:${createHash('sha256').update(body).digest('hex')}` };
}

/** `registry.cn-hangzhou.aliyuncs.com/octo/shop` and `octo/shop` name the same repository here. */
function repositoryPath(repository: string): string {
  const [first, ...rest] = repository.split('/');
  return rest.length > 0 && (first.includes('.') || first.includes(':')) ? rest.join('/') : repository;
}

export class RegistryStandIn {
  private knobs: RegistryKnobs = RegistryStandIn.calm();
  private seeded = new Map<string, StoredManifest>();
  private logins = new Map<string, IssuedTemporaryLogin>();
  private bearer = new Map<string, { pull: boolean; expiresAtMs: number }>();

  constructor(
    private readonly deps: {
      now(): number;
      users(): RegistryUser[];
      tasks(): readonly CommitTask[];
      log: RequestLog;
    }
  ) {}

  private static calm(): RegistryKnobs {
    return {
      down: false,
      refuseCredentials: false,
      denyPull: false,
      omitDigestHeader: false,
      omitApiVersionHeader: false,
      hiddenManifestQueries: 0
    };
  }

  configure(knobs: Partial<RegistryKnobs>): void {
    Object.assign(this.knobs, knobs);
  }

  get settings(): Readonly<RegistryKnobs> {
    return { ...this.knobs };
  }

  /** Makes `repository:tag` exist already; returns its digest. */
  seedImage(repository: string, tag: string): string {
    const manifest = manifestFor(repositoryPath(repository), tag, 'seed');
    this.seeded.set(`${repositoryPath(repository)}:${tag}`, manifest);
    return manifest.digest;
  }

  /** The digest `repository:tag` has now, if it exists. */
  digestOf(repository: string, tag: string): string | undefined {
    return this.find(repositoryPath(repository), tag)?.digest;
  }

  /** A temporary login, as GetAuthorizationToken issues it: valid for an hour. */
  issueTemporaryLogin(version: string, instanceId?: string): IssuedTemporaryLogin {
    const login: IssuedTemporaryLogin = {
      username: 'cr_temp_user',
      // Like ACR's, the token holds a ':', which a client must not split on.
      password: `${randomBytes(6).toString('hex')}:${randomBytes(24).toString('base64url')}`,
      expiresAtMs: this.deps.now() + 3_600_000,
      version,
      ...(instanceId ? { instanceId } : {})
    };
    this.logins.set(login.password, login);
    return login;
  }

  issuedLogins(): IssuedTemporaryLogin[] {
    return [...this.logins.values()];
  }

  issuedBearerTokens(): string[] {
    return [...this.bearer.keys()];
  }

  reset(): void {
    this.knobs = RegistryStandIn.calm();
    this.seeded.clear();
    this.logins.clear();
    this.bearer.clear();
  }

  handle(request: IncomingMessage, response: ServerResponse): void {
    const path = pathOf(request.url ?? '/');
    const record = this.deps.log.add({
      requestId: newRequestId(),
      service: 'registry',
      action: path === REGISTRY_TOKEN_PATH ? 'RegistryToken' : 'RegistryManifest',
      method: request.method ?? 'GET',
      path,
      params: Object.fromEntries(new URL(request.url ?? '/', 'http://registry').searchParams),
      headers: { ...request.headers },
      securityTokenPresent: false,
      signatureValid: null,
      receivedAt: this.deps.now()
    });
    const answer = (status: number, headers: Record<string, string>, body?: string | Buffer): void => {
      record.status = status;
      const payload = request.method === 'HEAD' || body === undefined ? undefined : body;
      response.writeHead(status, {
        ...(payload === undefined ? {} : { 'content-length': String(Buffer.byteLength(payload)) }),
        ...headers
      });
      response.end(payload);
    };
    if (this.knobs.down) return answer(503, {}, 'Service Unavailable');
    if (path === REGISTRY_TOKEN_PATH) return this.token(request, answer, record);
    this.registry(request, path, answer, record);
  }

  /** The realm: Basic credentials of a registry user or a temporary login, exchanged for a Bearer token. */
  private token(request: IncomingMessage, answer: Answer, record: RecordedRequest): void {
    const credentials = basicCredentials(firstHeader(request.headers.authorization));
    const now = this.deps.now();
    const known =
      credentials &&
      (this.deps
        .users()
        .some((user) => user.username === credentials.username && user.password === credentials.password) ||
        (this.logins.get(credentials.password)?.expiresAtMs ?? 0) > now);
    if (!known || this.knobs.refuseCredentials) {
      record.errorCode = 'UNAUTHORIZED';
      return answer(401, { 'content-type': 'application/json' }, errors('UNAUTHORIZED', 'authentication required'));
    }
    const token = randomBytes(24).toString('base64url');
    this.bearer.set(token, { pull: !this.knobs.denyPull, expiresAtMs: now + TOKEN_LIFETIME_S * 1000 });
    answer(
      200,
      { 'content-type': 'application/json' },
      JSON.stringify({ token, expires_in: TOKEN_LIFETIME_S, issued_at: new Date(now).toISOString() })
    );
  }

  private registry(request: IncomingMessage, path: string, send: Answer, record: RecordedRequest): void {
    const answer: Answer = (status, headers, body) =>
      send(status, { ...(this.knobs.omitApiVersionHeader ? {} : API_VERSION_HEADER), ...headers }, body);
    const match = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(path);
    const scope = match ? `repository:${match[1]}:pull` : undefined;
    const token = /^Bearer (.+)$/.exec(firstHeader(request.headers.authorization) ?? '')?.[1];
    const grant = token ? this.bearer.get(token) : undefined;
    if (!grant || grant.expiresAtMs <= this.deps.now()) {
      const host = firstHeader(request.headers.host) ?? '127.0.0.1';
      record.errorCode = 'UNAUTHORIZED';
      return answer(
        401,
        {
          'content-type': 'application/json',
          'www-authenticate': `Bearer realm="http://${host}${REGISTRY_TOKEN_PATH}",service="${REGISTRY_SERVICE}"${scope ? `,scope="${scope}"` : ''}`
        },
        errors('UNAUTHORIZED', 'authentication required')
      );
    }
    if (path === REGISTRY_API_PREFIX) return answer(200, { 'content-type': 'application/json' }, '{}');
    if (!match || (request.method !== 'HEAD' && request.method !== 'GET')) {
      record.errorCode = 'UNSUPPORTED';
      return answer(404, { 'content-type': 'application/json' }, errors('UNSUPPORTED', 'not served by the emulator'));
    }
    if (!grant.pull) {
      record.errorCode = 'DENIED';
      return answer(
        403,
        { 'content-type': 'application/json' },
        errors('DENIED', 'requested access to the resource is denied')
      );
    }
    const [, name, reference] = match;
    const manifest = this.find(name, reference, true);
    if (!manifest) {
      record.errorCode = 'MANIFEST_UNKNOWN';
      return answer(404, { 'content-type': 'application/json' }, errors('MANIFEST_UNKNOWN', 'manifest unknown'));
    }
    answer(
      200,
      {
        'content-type': MANIFEST_MEDIA_TYPE,
        ...(this.knobs.omitDigestHeader ? {} : { 'docker-content-digest': manifest.digest }),
        ...(request.method === 'HEAD' ? { 'content-length': String(manifest.body.length) } : {})
      },
      manifest.body
    );
  }

  /** The newest image pushed to `name:reference` by a succeeded task, else a seeded one. */
  private find(name: string, reference: string, counting = false): StoredManifest | undefined {
    const now = this.deps.now();
    const pushed = this.deps
      .tasks()
      .filter(
        (task) =>
          repositoryPath(task.image.repository) === name &&
          task.image.tag === reference &&
          viewTaskAt(task, now).status === 'Succeeded'
      )
      .sort((a, b) => b.createdAtMs - a.createdAtMs)[0];
    if (pushed) {
      if (counting && this.knobs.hiddenManifestQueries > 0) {
        this.knobs.hiddenManifestQueries -= 1;
        return undefined;
      }
      return manifestFor(name, reference, pushed.taskId);
    }
    return this.seeded.get(`${name}:${reference}`);
  }
}

type Answer = (status: number, headers: Record<string, string>, body?: string | Buffer) => void;

function errors(code: string, message: string): string {
  return JSON.stringify({ errors: [{ code, message, detail: null }] });
}

function basicCredentials(header: string | undefined): RegistryUser | undefined {
  const encoded = /^Basic (.+)$/i.exec(header ?? '')?.[1];
  if (!encoded) return undefined;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 ? { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) } : undefined;
}
