import { maskSecret } from '../runtime/mask.js';
import { isPlausibleSecret, MIN_SECRET_LENGTH } from '../model/secret-length.js';
import { callOpenApi, type CallOptions } from '../eci/openapi-call.js';
import type { ApiError } from '../model/errors.js';
import { tokenAnswerError } from './retry-rules.js';
import { untrusted } from '../model/untrusted.js';
import type { RegistryCredentials } from './registry-client.js';

const ACTION = 'GetAuthorizationToken';

/**
 * A temporary registry login made with the step's Alibaba Cloud credentials: for an Enterprise Edition instance,
 * cr 2018-12-01 GetAuthorizationToken (RPC, InstanceId) answering `TempUsername` and `AuthorizationToken`; for the
 * Personal Edition, cr 2016-06-07 GetAuthorizationToken (ROA, GET /tokens) answering `data.tempUserName` and
 * `data.authorizationToken`. Shapes from Alibaba's SDK and callers: emulator/FIDELITY.md ("Container Registry").
 */
export async function acrTemporaryToken(
  instance: { instanceId: string; regionId: string } | undefined,
  options: CallOptions
): Promise<RegistryCredentials> {
  if (instance) {
    const { body } = await callOpenApi(
      {
        action: ACTION,
        version: '2018-12-01',
        method: 'POST',
        pathname: '/',
        query: { InstanceId: instance.instanceId, RegionId: instance.regionId }
      },
      options
    );
    const username = stringField(body.TempUsername);
    const password = stringField(body.AuthorizationToken);
    if (body.IsSuccess === false || !username || !password) {
      throw invalidAnswer(body, 'no TempUsername and AuthorizationToken');
    }
    checkedToken(body, password, 'AuthorizationToken');
    return { username, password, source: `an ACR temporary token of instance ${instance.instanceId}` };
  }
  const { body } = await callOpenApi(
    { action: ACTION, version: '2016-06-07', method: 'GET', pathname: '/tokens', query: {} },
    options
  );
  const data = (body.data && typeof body.data === 'object' ? body.data : {}) as Record<string, unknown>;
  const username = stringField(data.tempUserName);
  const password = stringField(data.authorizationToken);
  if (!username || !password) throw invalidAnswer(body, 'no data.tempUserName and data.authorizationToken');
  checkedToken(body, password, 'data.authorizationToken');
  return { username, password, source: 'an ACR (Personal Edition) temporary token' };
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/**
 * The token is a password: masked the moment it is known to be one. One shorter than a plausible minimum is refused
 * instead, since masking it would hide those characters everywhere in the job's log.
 */
function checkedToken(body: Record<string, unknown>, token: string, field: string): void {
  if (!isPlausibleSecret(token)) {
    throw invalidAnswer(body, `a ${field} shorter than ${MIN_SECRET_LENGTH} characters, which is not a token`);
  }
  maskSecret(token);
}

function invalidAnswer(body: Record<string, unknown>, what: string): ApiError {
  const code = body.IsSuccess === false && typeof body.Code === 'string' ? untrusted(body.Code, 64) : 'InvalidResponse';
  const requestId = body.RequestId ?? body.requestId;
  return tokenAnswerError(
    ACTION,
    code,
    `the answer has ${what}`,
    typeof requestId === 'string' ? requestId : undefined
  );
}
