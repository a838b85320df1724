import * as core from '@actions/core';
import type { OidcSettings } from '../model/settings.js';
import { errorMessage } from '../model/errors.js';
import { malformedAnswer } from './retry-rules.js';
import type { Credential } from './credential.js';
import { callOpenApi, type CallTransport } from './openapi-call.js';
import { requestIdOrNothing } from './answer-ids.js';
import { untilAborted } from '../runtime/until-aborted.js';
import { maskSecret } from '../runtime/mask.js';
import { isPlausibleSecret, MIN_SECRET_LENGTH } from '../model/secret-length.js';

export interface TemporaryCredential extends Credential {
  securityToken: string;
  /** Epoch ms. */
  expiresAt: number;
}

export interface StsContext extends CallTransport {
  /** core.getIDToken, injectable for tests. */
  getIdToken?: (audience: string) => Promise<string>;
}

/** Thrown when the job's OIDC token cannot be had: the usual cause is a missing permission. */
export class OidcTokenError extends Error {
  override readonly name = 'OidcTokenError';
}

async function githubIdToken(audience: string, context: StsContext): Promise<string> {
  try {
    const token = await (context.getIdToken ?? core.getIDToken)(audience);
    if (!isPlausibleSecret(token)) {
      throw new Error(`GitHub answered with a token shorter than ${MIN_SECRET_LENGTH} characters, which is not one`);
    }
    maskSecret(token);
    return token;
  } catch (error) {
    const missingPermission = /ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(errorMessage(error));
    throw new OidcTokenError(
      missingPermission
        ? 'GitHub did not offer an OIDC token to this job. Add `permissions: id-token: write` to the job (or workflow) that runs this step.'
        : `Could not get the GitHub OIDC token for audience ${audience}: ${errorMessage(error)}`
    );
  }
}

/** Exchanges the job's GitHub OIDC token for temporary credentials (STS AssumeRoleWithOIDC, an anonymous call). */
export async function assumeRoleWithOidc(settings: OidcSettings, context: StsContext): Promise<TemporaryCredential> {
  const token = await untilAborted(
    githubIdToken(settings.audience, context),
    context.signal,
    'the GitHub OIDC token request'
  );
  const answer = await callOpenApi(
    {
      action: 'AssumeRoleWithOIDC',
      version: '2015-04-01',
      method: 'POST',
      pathname: '/',
      query: {},
      // In the body, not the URL: a token has no business in proxy logs.
      form: {
        RoleArn: settings.roleArn,
        OIDCProviderArn: settings.providerArn,
        OIDCToken: token,
        RoleSessionName: settings.sessionName,
        DurationSeconds: String(settings.durationSeconds)
      }
    },
    { ...context, endpoint: settings.stsEndpoint }
  );
  const credentials = answer.body.Credentials as Record<string, unknown> | undefined;
  const accessKeyId = String(credentials?.AccessKeyId ?? '');
  const accessKeySecret = String(credentials?.AccessKeySecret ?? '');
  const securityToken = String(credentials?.SecurityToken ?? '');
  const expiresAt = Date.parse(String(credentials?.Expiration ?? ''));
  const complete = accessKeyId && accessKeySecret && securityToken && Number.isFinite(expiresAt);
  // Refused, not masked: a secret of a few characters would hide them everywhere in the job's log.
  const plausible = isPlausibleSecret(accessKeySecret) && isPlausibleSecret(securityToken);
  for (const secret of [accessKeySecret, securityToken]) if (isPlausibleSecret(secret)) maskSecret(secret);
  if (!complete || !plausible) {
    throw malformedAnswer({
      action: 'AssumeRoleWithOIDC',
      code: 'InvalidResponse',
      message: complete
        ? `the answer's AccessKeySecret or SecurityToken is shorter than ${MIN_SECRET_LENGTH} characters, which is not a credential`
        : 'the answer holds no complete Credentials',
      requestId: requestIdOrNothing(answer.body.RequestId),
      ambiguous: false
    });
  }
  return { accessKeyId, accessKeySecret, securityToken, expiresAt };
}
