/**
 * The RPC endpoint on `/`: picks the action from x-acs-action/x-acs-version (or Action/Version parameters), applies
 * armed faults, authenticates, runs the action and answers in Alibaba Cloud's JSON shapes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseAuthorization } from './acs3-signature.js';
import { verifyRequest, type NonceRegistry } from './acs3-verify.js';
import { findAction, type RegisteredAction } from './action-registry.js';
import { ApiError, type ApiErrorSpec } from './api-error.js';
import type { CredentialStore } from './credentials.js';
import type { FaultKnobs, RawAnswerKnob } from './fault-knobs.js';
import { renderErrorBody, type ErrorShape } from './error-shape.js';
import {
  firstHeader,
  JSON_CONTENT_TYPE,
  mergeParams,
  newRequestId,
  pathOf,
  rawQueryOf,
  readBody,
  sendText,
  sleep
} from './http-io.js';
import type { InjectedFault, RecordedRequest, RequestLog } from './request-log.js';

export interface ApiRouterDependencies {
  now(): number;
  actions: ReadonlyMap<string, RegisteredAction>;
  credentials: CredentialStore;
  nonces: NonceRegistry;
  faults: FaultKnobs;
  log: RequestLog;
  maxClockSkewMs(): number;
  /** How error answers are written, unless a fault knob says otherwise. */
  errorShape(): ErrorShape;
  /**
   * RAM's verdict on a signed call, by its RAM action name (`<service>:<Action>`, e.g. `eci:CommitContainer`):
   * undefined when allowed, else the Forbidden.RAM answer.
   */
  authorize(accessKeyId: string, ramAction: string): ApiErrorSpec | undefined;
  /** What a list action answers a caller RAM refuses: Forbidden.RAM, or an empty list (HTTP 200). */
  listWithoutPermission(): 'forbidden' | 'empty-list';
  /** Aborted when the emulator closes, to cut injected delays short. */
  closing: AbortSignal;
}

const PRODUCT_NAMES: Record<RecordedRequest['service'], string> = {
  eci: 'Eci',
  sts: 'Sts',
  cr: 'cr',
  registry: '',
  github: '',
  unknown: ''
};

interface Answer {
  status: number;
  contentType: string;
  text: string;
  headers: Record<string, string>;
  errorCode?: string;
}

export async function handleApiRequest(
  request: IncomingMessage,
  response: ServerResponse,
  deps: ApiRouterDependencies
): Promise<void> {
  const record = recordArrival(request, deps);
  let body: Buffer;
  try {
    body = await readBody(request);
    record.params = mergeParams(rawQueryOf(request.url ?? '/'), body, firstHeader(request.headers['content-type']));
  } catch (error) {
    const unreadable = {
      status: 400,
      code: 'InvalidParameter',
      message: `The request cannot be read: ${String(error)}`
    };
    return send(response, record, errorAnswer(request, record, unreadable, deps.errorShape()));
  }
  const action = resolveAction(request, record, deps.actions);

  const faults = deps.faults.takeRequestFaults(record.action);
  if (faults.delayMs > 0) {
    record.delayedMs = faults.delayMs;
    await sleep(faults.delayMs, deps.closing);
    if (deps.closing.aborted) return;
  }
  if (faults.dropBeforeProcessing) return drop(request, record, 'drop-before-processing');
  if (faults.error) {
    record.injectedFault = 'error';
    const { retryAfterMs, shape } = faults.error;
    // Any number is sent as it is (0 and negatives included): what the client makes of it is what is tested.
    const headers: Record<string, string> =
      retryAfterMs === undefined ? {} : { 'x-acs-retry-after': String(retryAfterMs) };
    return send(response, record, errorAnswer(request, record, faults.error, shape ?? deps.errorShape(), headers));
  }
  if (faults.rawAnswer) return sendRaw(response, record, faults.rawAnswer);

  const answer = processAction(request, body, action, record, deps);
  if (faults.dropAfterProcessing) return drop(request, record, 'drop-after-processing');
  send(response, record, answer);
}

function recordArrival(request: IncomingMessage, deps: ApiRouterDependencies): RecordedRequest {
  return deps.log.add({
    requestId: newRequestId(),
    service: 'unknown',
    action: '',
    method: request.method ?? 'GET',
    path: pathOf(request.url ?? '/'),
    params: {},
    headers: { ...request.headers },
    securityTokenPresent: firstHeader(request.headers['x-acs-security-token']) !== undefined,
    signatureValid: null,
    receivedAt: deps.now()
  });
}

/** The action named by x-acs-action (the SDK) or by the Action parameter (older RPC clients). */
function resolveAction(
  request: IncomingMessage,
  record: RecordedRequest,
  actions: ReadonlyMap<string, RegisteredAction>
): RegisteredAction | undefined {
  record.action = firstHeader(request.headers['x-acs-action']) ?? record.params['Action'] ?? '';
  const version = firstHeader(request.headers['x-acs-version']) ?? record.params['Version'];
  if (version !== undefined) record.version = version;
  const action = findAction(actions, record.action, version);
  if (action) record.service = action.service;
  return action;
}

function processAction(
  request: IncomingMessage,
  body: Buffer,
  action: RegisteredAction | undefined,
  record: RecordedRequest,
  deps: ApiRouterDependencies
): Answer {
  const fail = (error: ApiErrorSpec): Answer => errorAnswer(request, record, error, deps.errorShape());
  const route = action?.roa ?? { method: request.method ?? 'GET', path: '/' };
  if (!action || record.path !== route.path || (request.method ?? 'GET') !== route.method) {
    return fail({
      status: 404,
      code: 'InvalidAction.NotFound',
      message: `Specified api "${record.action}" is not found, please check your url and method.`
    });
  }
  if (record.version !== action.version) {
    return fail({
      status: 400,
      code: 'InvalidVersion',
      message: `Specified parameter Version "${record.version ?? ''}" is not valid for ${record.action}.`
    });
  }
  let deniedByRam = false;
  if (!action.anonymous) {
    const authenticationError = authenticate(request, body, deps, record);
    if (authenticationError) return fail(authenticationError);
    const denied = record.accessKeyId && deps.authorize(record.accessKeyId, `${action.service}:${record.action}`);
    if (denied && !(action.isList && deps.listWithoutPermission() === 'empty-list')) return fail(denied);
    deniedByRam = Boolean(denied);
  }
  try {
    const result = action.handle({ params: record.params, nowMs: deps.now(), deniedByRam });
    const requestId = action.roa ? { requestId: record.requestId } : { RequestId: record.requestId };
    const text = JSON.stringify({ ...requestId, ...result });
    return { status: 200, contentType: JSON_CONTENT_TYPE, text, headers: {} };
  } catch (error) {
    if (error instanceof ApiError) return fail(error);
    throw error;
  }
}

function errorAnswer(
  request: IncomingMessage,
  record: RecordedRequest,
  error: ApiErrorSpec,
  shape: ErrorShape,
  headers: Record<string, string> = {}
): Answer {
  const product = PRODUCT_NAMES[record.service];
  const rendered = renderErrorBody(shape, {
    RequestId: record.requestId,
    HostId: firstHeader(request.headers.host) ?? '',
    Code: error.code,
    Message: error.message,
    Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(error.code)}&product=${product}&requestId=${record.requestId}`,
    ...(error.accessDeniedDetail ? { AccessDeniedDetail: error.accessDeniedDetail } : {})
  });
  return {
    status: error.status,
    errorCode: error.code,
    headers,
    contentType: rendered.contentType ?? JSON_CONTENT_TYPE,
    text: rendered.body
  };
}

function send(response: ServerResponse, record: RecordedRequest, answer: Answer): void {
  record.status = answer.status;
  if (answer.errorCode !== undefined) record.errorCode = answer.errorCode;
  const headers = { 'x-acs-request-id': record.requestId, ...answer.headers };
  sendText(response, answer.status, answer.contentType, answer.text, headers);
}

/** Streams the knob's body (repeated) as the answer, whatever the action would have said. */
function sendRaw(response: ServerResponse, record: RecordedRequest, knob: RawAnswerKnob): void {
  record.status = knob.status;
  record.injectedFault = 'raw-answer';
  const repeat = knob.repeat ?? 1;
  response.writeHead(knob.status, {
    'content-type': knob.contentType ?? JSON_CONTENT_TYPE,
    'content-length': String(Buffer.byteLength(knob.body) * repeat),
    'x-acs-request-id': record.requestId
  });
  let sent = 0;
  const more = (): void => {
    while (sent < repeat && !response.destroyed) {
      sent += 1;
      if (!response.write(knob.body)) return void response.once('drain', more);
    }
    response.end();
  };
  response.on('close', () => (sent = repeat));
  more();
}

/** Ends the exchange without an answer, as a network failure would. */
function drop(request: IncomingMessage, record: RecordedRequest, fault: InjectedFault): void {
  record.injectedFault = fault;
  request.socket.destroy();
}

/** STS keys first need their security token (the gateway gets their secret from it), then the signature. */
function authenticate(
  request: IncomingMessage,
  body: Buffer,
  deps: ApiRouterDependencies,
  record: RecordedRequest
): ApiErrorSpec | undefined {
  const nowMs = deps.now();
  const claimedKeyId = parseAuthorization(firstHeader(request.headers.authorization) ?? '')?.accessKeyId;
  if (claimedKeyId !== undefined) {
    record.accessKeyId = claimedKeyId;
    const token = firstHeader(request.headers['x-acs-security-token']);
    const tokenError = deps.credentials.checkSecurityToken(claimedKeyId, token, nowMs);
    if (tokenError) return tokenError;
  }
  const verification = verifyRequest({
    method: request.method ?? 'GET',
    path: record.path,
    rawQuery: rawQueryOf(request.url ?? '/'),
    headers: request.headers,
    body,
    lookupSecret: (accessKeyId) => deps.credentials.secretFor(accessKeyId),
    nowMs,
    nonces: deps.nonces,
    maxClockSkewMs: deps.maxClockSkewMs()
  });
  record.signatureValid = verification.ok;
  return verification.ok ? undefined : verification.error;
}
