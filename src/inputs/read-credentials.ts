import * as core from '@actions/core';
import { InputError } from '../model/errors.js';
import { parseEndpoint } from './endpoint.js';
import { Input, SECRET_INPUTS } from './names.js';
import { parsePositiveInteger } from './parse.js';
import { runContextFromEnv } from './run-context.js';
import type { CredentialSettings, OidcSettings, StaticCredentials } from '../model/settings.js';
import { ACCESS_KEY_ID, OIDC_PROVIDER_ARN, RAM_ROLE_ARN, ROLE_SESSION_NAME, type TrimmedInput } from './validate.js';
import { defaulted } from './defaulted.js';

const SECRET_ENV = ['ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'ALIBABA_CLOUD_SECURITY_TOKEN'];

/** Masks every secret the step may see, before anything else can print one. */
export function maskSecrets(read: (name: string) => string, env: NodeJS.ProcessEnv): void {
  for (const value of [...SECRET_INPUTS.map(read), ...SECRET_ENV.map((name) => env[name] ?? '')]) {
    if (value.trim()) core.setSecret(value.trim());
  }
}

/** Where the credentials come from: OIDC inputs, then key inputs, then key variables, then the default chain. */
export function readCredentials(input: TrimmedInput, env: NodeJS.ProcessEnv): CredentialSettings {
  const oidc = readOidc(input, env);
  if (oidc) {
    if (input(Input.AccessKeyId) || input(Input.AccessKeySecret)) {
      core.warning(
        'access-key-id and access-key-secret are ignored: oidc-role-arn and oidc-provider-arn select GitHub OIDC.'
      );
    }
    return { kind: 'oidc', oidc };
  }
  const fromInputs = {
    accessKeyId: input(Input.AccessKeyId),
    accessKeySecret: input(Input.AccessKeySecret),
    securityToken: input(Input.SecurityToken)
  };
  if (fromInputs.accessKeyId || fromInputs.accessKeySecret || fromInputs.securityToken) {
    return completePair(fromInputs, 'inputs', [Input.AccessKeyId, Input.AccessKeySecret, Input.SecurityToken]);
  }
  const fromEnv = {
    accessKeyId: env.ALIBABA_CLOUD_ACCESS_KEY_ID?.trim() ?? '',
    accessKeySecret: env.ALIBABA_CLOUD_ACCESS_KEY_SECRET?.trim() ?? '',
    securityToken: env.ALIBABA_CLOUD_SECURITY_TOKEN?.trim() ?? ''
  };
  if (fromEnv.accessKeyId || fromEnv.accessKeySecret || fromEnv.securityToken) {
    return completePair(fromEnv, 'environment', [
      'ALIBABA_CLOUD_ACCESS_KEY_ID',
      'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
      'ALIBABA_CLOUD_SECURITY_TOKEN'
    ]);
  }
  return { kind: 'default-chain' };
}

function readOidc(input: TrimmedInput, env: NodeJS.ProcessEnv): OidcSettings | undefined {
  const roleArn = input(Input.OidcRoleArn);
  const providerArn = input(Input.OidcProviderArn);
  if (!roleArn && !providerArn) return undefined;
  if (!roleArn || !providerArn) {
    const [given, missing] = roleArn ? ['oidc-role-arn', 'oidc-provider-arn'] : ['oidc-provider-arn', 'oidc-role-arn'];
    throw new InputError(
      `Input ${given} is set but ${missing} is empty. Expected both oidc-role-arn and oidc-provider-arn for GitHub OIDC.`
    );
  }
  if (!RAM_ROLE_ARN.test(roleArn)) {
    throw new InputError(
      `Invalid oidc-role-arn '${roleArn}'. Expected a RAM role ARN such as acs:ram::1234567890123456:role/github-eci.`
    );
  }
  if (!OIDC_PROVIDER_ARN.test(providerArn)) {
    throw new InputError(
      `Invalid oidc-provider-arn '${providerArn}'. Expected a RAM OIDC provider ARN such as acs:ram::1234567890123456:oidc-provider/GitHub.`
    );
  }
  const audience = defaulted(input, Input.OidcAudience, 'one audience without spaces, e.g. sts.aliyuncs.com');
  if (/\s/.test(audience))
    throw new InputError(
      `Invalid oidc-audience '${audience}'. Expected one audience without spaces, e.g. sts.aliyuncs.com.`
    );
  const context = runContextFromEnv(env);
  const sessionName = input(Input.RoleSessionName) || `github-${context.runId ?? 'run'}-${context.runAttempt ?? '1'}`;
  if (!ROLE_SESSION_NAME.test(sessionName)) {
    throw new InputError(`Invalid role-session-name '${sessionName}'. Expected 2-64 characters of [A-Za-z0-9.@_-].`);
  }
  return {
    roleArn,
    providerArn,
    audience,
    sessionName,
    durationSeconds: parsePositiveInteger(
      Input.RoleDurationSeconds,
      defaulted(input, Input.RoleDurationSeconds, 'a whole number of seconds from 900 to 43200'),
      900,
      43200
    ),
    stsEndpoint: parseEndpoint(
      Input.StsEndpoint,
      defaulted(input, Input.StsEndpoint, 'a host such as sts.aliyuncs.com, or https://host[:port]')
    )
  };
}

function completePair(
  values: { accessKeyId: string; accessKeySecret: string; securityToken: string },
  source: StaticCredentials['source'],
  [idName, secretName, tokenName]: string[]
): StaticCredentials {
  const kind = source === 'inputs' ? 'Input' : 'Environment variable';
  if (!values.accessKeyId) {
    throw new InputError(
      `${kind} ${values.accessKeySecret ? secretName : tokenName} is set but ${idName} is empty. Expected both ${idName} and ${secretName}.`
    );
  }
  if (!values.accessKeySecret) {
    throw new InputError(
      `${kind} ${idName} is set but ${secretName} is empty. Expected both ${idName} and ${secretName}.`
    );
  }
  if (!ACCESS_KEY_ID.test(values.accessKeyId)) {
    throw new InputError(
      `Invalid ${idName}: expected an AccessKey ID of letters, digits and dots (e.g. LTAI5t... or STS.NT...).`
    );
  }
  return {
    kind: 'static',
    accessKeyId: values.accessKeyId,
    accessKeySecret: values.accessKeySecret,
    ...(values.securityToken ? { securityToken: values.securityToken } : {}),
    source
  };
}
