/**
 * Local emulator of the Alibaba Cloud APIs the action uses (ECI CommitContainer & co., STS AssumeRoleWithOIDC) and of
 * the GitHub Actions OIDC token endpoint. Binds 127.0.0.1 only.
 */
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { NonceRegistry } from './acs3-verify.js';
import { registerActions, type RegisteredAction } from './action-registry.js';
import { ADMIN_PATH_PREFIX, handleAdminRequest } from './admin-api.js';
import type { AdminConfigRequest } from './admin-config-schema.js';
import { handleApiRequest } from './api-router.js';
import { CredentialStore, type IssuedStsCredential } from './credentials.js';
import { GROUP_AGE_MS } from './container-states.js';
import { createEciActions, ECI_VERSION } from './eci-actions.js';
import { createEciDebugActions } from './eci-debug-actions.js';
import {
  applyConfigPatch,
  initialSettings,
  type EmulatorConfigPatch,
  type EmulatorOptions,
  type EmulatorSettings
} from './emulator-config.js';
import {
  armFaults,
  FaultKnobs,
  type ArmedFaults,
  type DelayKnob,
  type DropConnectionKnob,
  type RawAnswerKnob,
  type FailTaskKnob,
  type HideNewTasksKnob,
  type InjectedErrorKnob
} from './fault-knobs.js';
import {
  GITHUB_OIDC_TOKEN_PATH,
  GithubOidcStandIn,
  handleGithubTokenRequest,
  type GithubOidcEnv
} from './github-oidc.js';
import { answerUnexpectedError, pathOf } from './http-io.js';
import { emulatorSigningKey, type JwtClaims } from './jwt.js';
import { redactRequest, RequestLog, type RecordedRequest } from './request-log.js';
import { checkPermission } from './ram-policy.js';
import { createStsActions, DEFAULT_ACCOUNT_ID, STS_VERSION } from './sts-actions.js';
import {
  createCrEnterpriseActions,
  createCrPersonalActions,
  CR_ENTERPRISE_VERSION,
  CR_PERSONAL_VERSION
} from './cr-actions.js';
import { REGISTRY_API_PREFIX, REGISTRY_TOKEN_PATH, RegistryStandIn } from './registry-standin.js';
import { CommitTaskStore, snapshotTask, type CommitTask, type TaskSnapshot } from './task-simulation.js';

export const EMULATOR_HOST = '127.0.0.1';

export type { TaskSnapshot } from './task-simulation.js';

export interface Emulator {
  /** http://127.0.0.1:PORT */
  readonly url: string;
  /** 127.0.0.1:PORT, the SDK's `endpoint` (with protocol: 'http'). */
  readonly endpoint: string;
  readonly port: number;
  /** The first long-lived key pair. */
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  readonly settings: Readonly<EmulatorSettings>;
  /** Every request so far, oldest first. */
  readonly requests: RecordedRequest[];
  requestsFor(action: string): RecordedRequest[];
  readonly tasks: TaskSnapshot[];
  task(taskId: string): TaskSnapshot | undefined;
  configure(patch: EmulatorConfigPatch): void;

  /** Answer the next `count` requests (of `action`) with this error. */
  injectError(knob: InjectedErrorKnob): void;
  /** Destroy the connection of the next `count` requests before processing them. */
  dropConnections(knob?: DropConnectionKnob): void;
  /** Answer the next `count` requests (of `action`) with this status and body, unprocessed. */
  answerRaw(knob: RawAnswerKnob): void;
  /** Process the next `count` requests (e.g. create the task), then destroy the connection without answering. */
  processThenDrop(knob?: DropConnectionKnob): void;
  /** Hold the next `count` requests for `ms` before processing them. */
  delayResponses(knob: DelayKnob): void;
  /** Keep the next `count` new tasks out of DescribeCommitContainerTask for their first `queries` queries. */
  hideNewTasks(knob: HideNewTasksKnob): void;
  /** Make the next task (of a given group/container, if set) fail in `phase`. */
  failNextTask(knob: FailTaskKnob): void;
  readonly armedFaults: ArmedFaults;

  /** ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN for the GitHub token stand-in. */
  githubOidcEnv(): GithubOidcEnv;
  /** A token as the stand-in would issue it; `overrides` replace claims (e.g. `{ exp: 0 }`). */
  mintGithubOidcToken(audience?: string, overrides?: JwtClaims): string;
  issuedStsCredentials(): IssuedStsCredential[];
  /** The registry stand-in: its knobs, seeded images and the logins and tokens it issued. */
  readonly registry: RegistryStandIn;

  /** Clears tasks, recorded requests, armed faults, issued STS credentials and seen nonces; settings stay. */
  reset(): void;
  /** Stops listening and destroys open connections. */
  close(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const now = options.now ?? Date.now;
  const startedAtMs = now();
  const settings = initialSettings(options);
  const credentials = new CredentialStore(settings.credentials);
  const nonces = new NonceRegistry();
  const faults = new FaultKnobs();
  const log = new RequestLog();
  const tasks = new CommitTaskStore();
  const signingKey = emulatorSigningKey();
  const github = new GithubOidcStandIn(options.githubOidc ?? {}, signingKey, now);
  const closing = new AbortController();
  const registry = new RegistryStandIn({
    now,
    users: () => settings.registryUsers,
    tasks: () => tasks.all(),
    log
  });

  const actions = new Map<string, RegisteredAction>();
  const groupsCreatedAtMs = startedAtMs - GROUP_AGE_MS;
  registerActions(
    actions,
    { service: 'eci', version: ECI_VERSION, anonymous: false },
    createEciActions({
      containerGroups: () => settings.containerGroups,
      groupsCreatedAtMs,
      taskDurationMs: () => settings.taskDurationMs,
      phaseSplit: () => settings.phaseSplit,
      tasks,
      faults,
      unknownContainerGroup: () => settings.unknownContainerGroup,
      unknownCommitTarget: () => settings.unknownCommitTarget,
      commitTaskShape: () => settings.commitTaskShape,
      clockSkewMs: () => settings.clockSkewMs
    })
  );
  registerActions(
    actions,
    { service: 'eci', version: ECI_VERSION, anonymous: false },
    createEciDebugActions({
      containerGroups: () => settings.containerGroups,
      groupsCreatedAtMs,
      logParamsOutOfRange: () => settings.logParamsOutOfRange,
      logLimitKeeps: () => settings.logLimitKeeps,
      eventKeys: () => settings.eventKeys
    })
  );
  registerActions(
    actions,
    { service: 'sts', version: STS_VERSION, anonymous: true },
    createStsActions({
      oidcProviders: () => settings.oidcProviders,
      trustPolicies: () => settings.trustPolicies,
      credentialLifetimeMs: () => settings.stsCredentialLifetimeMs,
      credentials,
      oidcPublicKey: signingKey.publicKey
    })
  );

  registerActions(
    actions,
    { service: 'cr', version: CR_ENTERPRISE_VERSION, anonymous: false },
    createCrEnterpriseActions({ registry, instances: () => settings.acrInstances })
  );
  registerActions(
    actions,
    {
      service: 'cr',
      version: CR_PERSONAL_VERSION,
      anonymous: false,
      roa: { method: 'GET', path: '/tokens' }
    },
    createCrPersonalActions({ registry })
  );

  const snapshot = (task: CommitTask): TaskSnapshot => snapshotTask(task, now());
  const configure = (patch: EmulatorConfigPatch): void => {
    applyConfigPatch(settings, patch);
    if (patch.credentials) credentials.setLongLived(settings.credentials);
  };
  const reset = (): void => {
    tasks.clear();
    log.clear();
    faults.clear();
    credentials.clearIssued();
    nonces.clear();
    registry.reset();
  };
  const adminTarget = {
    // What a user of the running emulator reads: credentials redacted. Tests in this process read `requests`.
    requests: () => log.all().map(redactRequest),
    tasks: () => tasks.all().map(snapshot),
    reset,
    applyAdminConfig: (config: AdminConfigRequest): object => {
      configure(config.patch);
      armFaults(faults, config.faults);
      if (config.registry) registry.configure(config.registry);
      return { settings, armedFaults: faults.armed(), registry: registry.settings };
    }
  };

  const server = createServer((request, response) => {
    const path = pathOf(request.url ?? '/');
    const handling = path.startsWith(ADMIN_PATH_PREFIX)
      ? handleAdminRequest(request, response, adminTarget)
      : path === GITHUB_OIDC_TOKEN_PATH
        ? Promise.resolve(handleGithubTokenRequest(request, response, github, log, now(), settings.githubTokenClaims))
        : path === REGISTRY_TOKEN_PATH || path.startsWith(REGISTRY_API_PREFIX)
          ? Promise.resolve(registry.handle(request, response))
          : handleApiRequest(request, response, {
              now,
              actions,
              credentials,
              nonces,
              faults,
              log,
              maxClockSkewMs: () => settings.maxClockSkewMs,
              errorShape: () => settings.errorShape,
              listWithoutPermission: () => settings.listWithoutPermission,
              authorize: (accessKeyId, ramAction) => {
                const { policyKey, principal } = credentials.identityOf(accessKeyId, DEFAULT_ACCOUNT_ID);
                const policies = settings.permissionPolicies[policyKey];
                return policies ? checkPermission(policies, ramAction, principal) : undefined;
              },
              closing: closing.signal
            });
    handling.catch((error: unknown) => answerUnexpectedError(request, response, error));
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const port = await listen(server, options.port ?? 0);
  const url = `http://${EMULATOR_HOST}:${port}`;
  const firstKey = settings.credentials[0];
  let closed: Promise<void> | undefined;

  return {
    url,
    endpoint: `${EMULATOR_HOST}:${port}`,
    port,
    accessKeyId: firstKey?.accessKeyId ?? '',
    accessKeySecret: firstKey?.accessKeySecret ?? '',
    settings,
    get requests() {
      return log.all();
    },
    requestsFor: (action) => log.forAction(action),
    get tasks() {
      return tasks.all().map(snapshot);
    },
    task: (taskId) => {
      const task = tasks.get(taskId);
      return task ? snapshot(task) : undefined;
    },
    configure,
    injectError: (knob) => faults.injectError(knob),
    dropConnections: (knob) => faults.dropConnections(knob),
    answerRaw: (knob) => faults.answerRaw(knob),
    processThenDrop: (knob) => faults.processThenDrop(knob),
    delayResponses: (knob) => faults.delayResponses(knob),
    hideNewTasks: (knob) => faults.hideNewTasks(knob),
    failNextTask: (knob) => faults.failNextTask(knob),
    get armedFaults() {
      return faults.armed();
    },
    githubOidcEnv: () => github.env(url),
    mintGithubOidcToken: (audience, overrides) => github.mintToken(audience, overrides),
    issuedStsCredentials: () => credentials.issuedCredentials(),
    registry,
    reset,
    close: () => {
      closed ??= new Promise<void>((resolve, reject) => {
        closing.abort();
        server.close((error) => (error ? reject(error) : resolve()));
        for (const socket of sockets) socket.destroy();
      });
      return closed;
    }
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, EMULATOR_HOST, () => {
      server.off('error', reject);
      const address = server.address();
      if (address === null || typeof address === 'string') reject(new Error('the emulator has no TCP address'));
      else resolve(address.port);
    });
  });
}
