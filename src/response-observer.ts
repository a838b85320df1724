import diagnosticsChannel from 'node:diagnostics_channel';
import type { ClientRequest, IncomingMessage } from 'node:http';
import type { ObservedResponse } from './api-errors.js';

/**
 * The SDK throws away the headers of an error response (x-acs-retry-after among them), and cannot tell a
 * 502 page from a network error. Node's HTTP diagnostics channel sees every response; a per-call header
 * ties each response to the call that sent it.
 */
export const CALL_ID_HEADER = 'x-eci-commit-call-id';

const responses = new Map<string, ObservedResponse>();
let subscribed = false;
let nextCallId = 0;

function onResponse(message: unknown): void {
  const { request, response } = message as { request: ClientRequest; response: IncomingMessage };
  const callId = request.getHeader(CALL_ID_HEADER);
  if (typeof callId !== 'string') return;
  const retryAfter = Number(response.headers['x-acs-retry-after']);
  const requestId = response.headers['x-acs-request-id'];
  responses.set(callId, {
    statusCode: response.statusCode ?? 0,
    ...(Number.isFinite(retryAfter) && retryAfter >= 0 ? { retryAfterSeconds: retryAfter } : {}),
    ...(typeof requestId === 'string' && requestId ? { requestId } : {})
  });
}

/** A fresh id for one call; pass it as the CALL_ID_HEADER header, then `takeResponse(id)`. */
export function newCallId(): string {
  if (!subscribed) {
    diagnosticsChannel.subscribe('http.client.response.finish', onResponse);
    subscribed = true;
  }
  nextCallId += 1;
  return `${process.pid}-${nextCallId}`;
}

export function takeResponse(callId: string): ObservedResponse | undefined {
  const response = responses.get(callId);
  responses.delete(callId);
  return response;
}
