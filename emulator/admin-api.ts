/**
 * Admin endpoints for an emulator running as its own process (cli.ts):
 * GET /__emulator/requests, GET /__emulator/tasks, POST /__emulator/config, POST /__emulator/reset.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ConfigSchemaError, parseAdminConfig, type AdminConfigRequest } from './admin-config-schema.js';
import { pathOf, readBody, sendJson } from './http-io.js';
import type { RecordedRequest } from './request-log.js';

export const ADMIN_PATH_PREFIX = '/__emulator/';

export interface AdminTarget {
  requests(): RecordedRequest[];
  tasks(): object[];
  applyAdminConfig(config: AdminConfigRequest): object;
  reset(): void;
}

export async function handleAdminRequest(
  request: IncomingMessage,
  response: ServerResponse,
  target: AdminTarget
): Promise<void> {
  const route = `${request.method ?? 'GET'} ${pathOf(request.url ?? '/')}`;
  switch (route) {
    case 'GET /__emulator/requests':
      return sendJson(response, 200, target.requests());
    case 'GET /__emulator/tasks':
      return sendJson(response, 200, target.tasks());
    case 'POST /__emulator/reset':
      target.reset();
      return sendJson(response, 200, { reset: true });
    case 'POST /__emulator/config':
      return configure(request, response, target);
    default:
      return sendJson(response, 404, { error: `No admin route ${route}.` });
  }
}

async function configure(request: IncomingMessage, response: ServerResponse, target: AdminTarget): Promise<void> {
  let body: unknown;
  try {
    const text = (await readBody(request)).toString('utf8');
    body = text.trim() === '' ? {} : JSON.parse(text);
  } catch (error) {
    return sendJson(response, 400, { error: `The body is not JSON: ${String(error)}` });
  }
  try {
    sendJson(response, 200, target.applyAdminConfig(parseAdminConfig(body)));
  } catch (error) {
    if (error instanceof ConfigSchemaError || error instanceof RangeError) {
      return sendJson(response, 400, { error: error.message });
    }
    throw error;
  }
}
