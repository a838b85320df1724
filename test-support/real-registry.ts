/**
 * A real registry for tests: CNCF Distribution (Debian's `docker-registry`) started directly with a config file of
 * its own, on 127.0.0.1 with a port it picks and a temporary storage folder, never the package's service. It runs
 * with no auth, with htpasswd (Basic) auth, or with token auth against a token service of the tests' own
 * (test-support/token-service.ts). Images are pushed to it with `skopeo copy` from a layout written by
 * test-support/oci-layout.ts, in the four manifest forms a pushed image may have.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import bcrypt from 'bcryptjs';
import { MULTI_REFERENCE, SINGLE_REFERENCE, writeOciLayout } from './oci-layout.js';
import { startTokenService, type TokenService } from './token-service.js';

const run = promisify(execFile);

export const REQUIRED_TOOLS = ['docker-registry', 'skopeo'] as const;

/** The manifest forms of a pushed image: what skopeo writes for each is checked by the tests' own reading. */
export const IMAGE_FORMS = ['docker-schema2', 'oci-manifest', 'oci-index', 'docker-manifest-list'] as const;
export type ImageForm = (typeof IMAGE_FORMS)[number];

/** The Content-Type a registry gives each form. */
export const MEDIA_TYPE_OF: Record<ImageForm, string> = {
  'docker-schema2': 'application/vnd.docker.distribution.manifest.v2+json',
  'oci-manifest': 'application/vnd.oci.image.manifest.v1+json',
  'oci-index': 'application/vnd.oci.image.index.v1+json',
  'docker-manifest-list': 'application/vnd.docker.distribution.manifest.list.v2+json'
};

export type RegistryAuth = 'none' | 'htpasswd' | 'token';

/** A login of the registry; under token auth, what the token service grants it on every repository. */
export interface RealRegistryUser {
  username: string;
  password: string;
  grants: Array<'pull' | 'push'>;
}

/** Who may log in: one that pushes, one that only pulls, and one whose tokens grant nothing. */
export const REAL_REGISTRY_USERS = {
  pusher: { username: 'pusher', password: 'PusherPassword-1', grants: ['pull', 'push'] },
  reader: { username: 'reader', password: 'ReaderPassword-2', grants: ['pull'] },
  nopull: { username: 'nopull', password: 'NoPullPassword-3', grants: [] }
} satisfies Record<string, RealRegistryUser>;

export interface RealRegistry {
  auth: RegistryAuth;
  /** 127.0.0.1:PORT */
  host: string;
  /** http://127.0.0.1:PORT, for registry-endpoint. */
  url: string;
  /** Under token auth: the token service the registry's challenges name. */
  tokenService?: TokenService;
  /** Pushes a new image to `repository:tag` (repository without host) in `form`; the manifest digest skopeo wrote. */
  push(repository: string, tag: string, form?: ImageForm): Promise<string>;
  /** The registry's own log (stderr), for a failing test's message. */
  log(): string;
  close(): Promise<void>;
}

/** The tools of REQUIRED_TOOLS not found on PATH. */
export function missingRegistryTools(): string[] {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  return REQUIRED_TOOLS.filter(
    (tool) =>
      !dirs.some((dir) => {
        try {
          accessSync(join(dir, tool), constants.X_OK);
          return true;
        } catch {
          return false;
        }
      })
  );
}

/**
 * `describe`, or `describe.skip` with a note saying why when docker-registry or skopeo is missing: a machine
 * without them still runs the rest of `npm test` (.ci/run installs both).
 */
export function describeWithRealRegistry(name: string, body: () => void): void {
  const missing = missingRegistryTools();
  if (missing.length === 0) return describe(name, body);
  console.warn(
    `Skipping "${name}": ${missing.join(' and ')} not found on PATH. Install them with apt-get install docker-registry skopeo (.ci/run does).`
  );
  describe.skip(name, body);
}

const STARTUP_TIMEOUT_MS = 10_000;

/** Starts Distribution in `auth` mode; close() stops it and removes its storage. */
export async function startRealRegistry(auth: RegistryAuth): Promise<RealRegistry> {
  const dir = mkdtempSync(join(tmpdir(), 'real-registry-'));
  const users = Object.values(REAL_REGISTRY_USERS);
  let tokenService: TokenService | undefined;
  let child: ChildProcess | undefined;
  try {
    const authConfig = await authSection(auth, dir, users, (service) => (tokenService = service));
    const config = join(dir, 'config.yml');
    writeFileSync(
      config,
      [
        'version: 0.1',
        'log:',
        '  level: info',
        '  accesslog:',
        '    disabled: true',
        'storage:',
        '  filesystem:',
        `    rootdirectory: ${join(dir, 'storage')}`,
        '  maintenance:',
        '    uploadpurging:',
        '      enabled: false',
        'http:',
        '  addr: 127.0.0.1:0',
        `  secret: ${Math.random().toString(36).slice(2)}`,
        ...authConfig,
        ''
      ].join('\n')
    );
    // Distribution reads REGISTRY_* variables over its config file: none of this machine's may get in.
    child = spawn('docker-registry', ['serve', config], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
      stdio: ['ignore', 'pipe', 'pipe']
    });
    const host = await listeningAddress(child);
    const started = child;
    let log = '';
    started.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    started.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const skopeoHome = join(dir, 'skopeo-home');
    const policy = join(dir, 'policy.json');
    writeFileSync(policy, JSON.stringify({ default: [{ type: 'insecureAcceptAnything' }] }));
    let pushes = 0;
    return {
      auth,
      host,
      url: `http://${host}`,
      ...(tokenService ? { tokenService } : {}),
      log: () => log,
      push: async (repository, tag, form = 'docker-schema2') => {
        const layout = join(dir, `layout-${++pushes}`);
        writeOciLayout(layout, `${repository}:${tag}#${pushes}`);
        const digestFile = join(dir, `digest-${pushes}`);
        const multi = form === 'oci-index' || form === 'docker-manifest-list';
        const docker = form === 'docker-schema2' || form === 'docker-manifest-list';
        const { username, password } = REAL_REGISTRY_USERS.pusher;
        await run(
          'skopeo',
          [
            '--policy',
            policy,
            'copy',
            '--quiet',
            '--dest-tls-verify=false',
            ...(auth === 'none' ? [] : ['--dest-creds', `${username}:${password}`]),
            '--format',
            docker ? 'v2s2' : 'oci',
            ...(multi ? ['--all'] : []),
            '--digestfile',
            digestFile,
            `oci:${layout}:${multi ? MULTI_REFERENCE : SINGLE_REFERENCE}`,
            `docker://${host}/${repository}:${tag}`
          ],
          { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: skopeoHome }, timeout: 30_000 }
        );
        return readFileSync(digestFile, 'utf8').trim();
      },
      close: async () => {
        await stop(started);
        await tokenService?.close();
        rmSync(dir, { recursive: true, force: true });
      }
    };
  } catch (error) {
    if (child) await stop(child);
    await tokenService?.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** The config's `auth:` lines for `auth`, with what they point to (an htpasswd file, a token service) made. */
async function authSection(
  auth: RegistryAuth,
  dir: string,
  users: RealRegistryUser[],
  started: (service: TokenService) => void
): Promise<string[]> {
  if (auth === 'none') return [];
  if (auth === 'htpasswd') {
    // Distribution reads bcrypt entries only.
    const file = join(dir, 'htpasswd');
    writeFileSync(file, users.map((user) => `${user.username}:${bcrypt.hashSync(user.password, 4)}`).join('\n') + '\n');
    return ['auth:', '  htpasswd:', '    realm: real-registry-test', `    path: ${file}`];
  }
  const service = await startTokenService({ dir, users });
  started(service);
  return [
    'auth:',
    '  token:',
    `    realm: ${service.realm}`,
    `    service: ${service.service}`,
    `    issuer: ${service.issuer}`,
    `    rootcertbundle: ${service.certificateFile}`
  ];
}

/** The host:port Distribution says it listens on (`addr: 127.0.0.1:0` makes it pick a free port). */
function listeningAddress(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => fail(new Error('docker-registry did not start listening in time')),
      STARTUP_TIMEOUT_MS
    );
    const fail = (error: Error): void => {
      clearTimeout(timer);
      reject(new Error(`${error.message}\n${seen}`));
    };
    const read = (chunk: Buffer): void => {
      seen += chunk.toString();
      const match = /listening on (127\.0\.0\.1:\d+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        child.stdout!.off('data', read);
        child.stderr!.off('data', read);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`docker-registry exited with ${code} before listening`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
