/** node:http plumbing shared by the emulator's endpoints. */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseRawQuery } from './acs3-signature.js';

export const JSON_CONTENT_TYPE = 'application/json;charset=utf-8';
const MAX_BODY_BYTES = 1024 * 1024;

/** Upper-case UUID, as Alibaba Cloud request IDs look. */
export function newRequestId(): string {
  return randomUUID().toUpperCase();
}

export class BodyTooLargeError extends Error {}

export async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError(`request body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** The raw (still percent-encoded) query string of a request target: what the signature covers. */
export function rawQueryOf(requestTarget: string): string {
  const questionMark = requestTarget.indexOf('?');
  return questionMark < 0 ? '' : requestTarget.slice(questionMark + 1);
}

export function pathOf(requestTarget: string): string {
  const questionMark = requestTarget.indexOf('?');
  return questionMark < 0 ? requestTarget : requestTarget.slice(0, questionMark);
}

/** RPC parameters: the query string, plus a form-encoded body when there is one (the body wins on a clash). */
export function mergeParams(rawQuery: string, body: Buffer, contentType: string | undefined): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of parseRawQuery(rawQuery)) params[name] = value;
  if (contentType?.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    for (const [name, value] of parseRawQuery(body.toString('utf8'))) params[name] = value;
  }
  return params;
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  sendText(response, status, JSON_CONTENT_TYPE, JSON.stringify(body), headers);
}

export function sendText(
  response: ServerResponse,
  status: number,
  contentType: string,
  payload: string,
  headers: Record<string, string> = {}
): void {
  response.writeHead(status, {
    'content-type': contentType,
    'content-length': Buffer.byteLength(payload).toString(),
    ...headers
  });
  response.end(payload);
}

export function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Resolves after `ms`, or at once when `signal` aborts (the emulator is closing). */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}

/** A bug in the emulator: say so on stderr and answer 500 InternalError, or cut the exchange if already answering. */
export function answerUnexpectedError(request: IncomingMessage, response: ServerResponse, error: unknown): void {
  process.stderr.write(`emulator: unexpected error on ${request.method} ${request.url}: ${String(error)}\n`);
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const requestId = newRequestId();
  sendJson(
    response,
    500,
    { RequestId: requestId, Code: 'InternalError', Message: `The emulator failed unexpectedly: ${String(error)}` },
    { 'x-acs-request-id': requestId }
  );
}
