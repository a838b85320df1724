import * as core from '@actions/core';
import type { Clock } from './clock.js';
import { InputError, errorMessage } from './errors.js';
import type { Credential, CredentialProvider } from './openapi-call.js';
import { formatDuration } from './parsers.js';
import { withRetry, type RetryPolicy } from './retry.js';
import { classExport } from './sdk.js';
import type { CredentialSettings } from './settings.js';
import { assumeRoleWithOidc, type OidcSettings, type StsContext, type TemporaryCredential } from './sts.js';

/** A provider whose credentials can be renewed when the service says they expired. */
export interface RenewableCredentialProvider extends CredentialProvider {
  renew(): Promise<void>;
}

export function isRenewable(provider: CredentialProvider): provider is RenewableCredentialProvider {
  return typeof (provider as Partial<RenewableCredentialProvider>).renew === 'function';
}

export function describeCredentialSource(settings: CredentialSettings): string {
  switch (settings.kind) {
    case 'oidc':
      return `GitHub OIDC, assuming ${settings.oidc.roleArn} with STS AssumeRoleWithOIDC`;
    case 'static':
      return `the ${settings.source === 'inputs' ? 'access-key-id/access-key-secret inputs' : 'ALIBABA_CLOUD_ACCESS_KEY_* environment variables'}${settings.securityToken ? ' (temporary, with security token)' : ''}`;
    case 'default-chain':
      return 'the default Alibaba Cloud credential chain (credentials file, ECS RAM role, ...)';
  }
}

/** Temporary credentials from GitHub OIDC, assumed again before they run out. */
export class OidcCredentialProvider implements RenewableCredentialProvider {
  private current?: TemporaryCredential;
  /** Epoch ms from which the current credentials are renewed before use. */
  private renewAt = 0;

  constructor(
    private readonly oidc: OidcSettings,
    private readonly context: ProviderContext
  ) {}

  async getCredential(): Promise<Credential> {
    if (!this.current || this.context.clock.now() >= this.renewAt) await this.renew();
    return this.current!;
  }

  async renew(): Promise<void> {
    const first = this.current === undefined;
    const { clock, policy, log, signal } = this.context;
    this.current = await withRetry('AssumeRoleWithOIDC', () => assumeRoleWithOidc(this.oidc, this.context), {
      policy,
      clock,
      log,
      signal
    });
    const lifetimeMs = this.current.expiresAt - clock.now();
    // Renew a little before the end: five minutes, or a quarter of a short lifetime (fixed now, not as time passes).
    this.renewAt = this.current.expiresAt - Math.min(300_000, Math.max(0, lifetimeMs / 4));
    const lifetime = formatDuration(lifetimeMs);
    core.info(
      `${first ? 'Assumed' : 'Renewed'} ${this.oidc.roleArn} with GitHub OIDC; the credentials last ${lifetime}.`
    );
  }
}

interface ChainCredentials {
  accessKeyId?: string;
  accessKeySecret?: string;
  securityToken?: string;
}

interface ChainProvider {
  getCredentials(): Promise<ChainCredentials>;
}

type ProviderClass = { builder(): { build(): ChainProvider } };

/** The provider classes of @alicloud/credentials' default chain, in its order. */
const CHAIN = [
  'OIDCRoleArnCredentialsProvider',
  'CLIProfileCredentialsProvider',
  'ProfileCredentialsProvider',
  'ECSRAMRoleCredentialsProvider',
  'URICredentialsProvider'
] as const;

/**
 * The default chain of @alicloud/credentials (OIDC token file, CLI profile, credentials file, ECS RAM role,
 * credentials URI), assembled here because the library's own chain also queries a credentials URI that was
 * never configured ("https://undefined/"): a stray network call from every step without credentials.
 */
export class DefaultChainProvider implements CredentialProvider {
  private providers?: Promise<ChainProvider[]>;
  private chosen?: ChainProvider;

  constructor(private readonly env: NodeJS.ProcessEnv) {}

  async getCredential(): Promise<Credential> {
    this.providers ??= import('@alicloud/credentials').then((module) =>
      CHAIN.filter((name) => name !== 'URICredentialsProvider' || this.env.ALIBABA_CLOUD_CREDENTIALS_URI).flatMap(
        (name) => {
          try {
            return [classExport<ProviderClass>(module, name).builder().build()];
          } catch {
            return []; // Not configured here (e.g. ECS metadata disabled).
          }
        }
      )
    );
    const found = await this.fromChain(await this.providers);
    if (found.accessKeySecret) core.setSecret(found.accessKeySecret);
    if (found.securityToken) core.setSecret(found.securityToken);
    return {
      accessKeyId: found.accessKeyId ?? '',
      accessKeySecret: found.accessKeySecret ?? '',
      ...(found.securityToken ? { securityToken: found.securityToken } : {})
    };
  }

  private async fromChain(providers: ChainProvider[]): Promise<ChainCredentials> {
    if (this.chosen) return this.chosen.getCredentials();
    const reasons: string[] = [];
    for (const provider of providers) {
      try {
        const found = await provider.getCredentials();
        if (found?.accessKeyId && found.accessKeySecret) {
          this.chosen = provider;
          return found;
        }
      } catch (error) {
        reasons.push(errorMessage(error));
      }
    }
    throw new InputError(
      'No Alibaba Cloud credentials found. Use GitHub OIDC (oidc-role-arn and oidc-provider-arn, with `permissions: id-token: write`), ' +
        'or the access-key-id and access-key-secret inputs (from secrets), or the ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET ' +
        'environment variables (as exported by aliyun/configure-aliyun-credentials-action).' +
        (reasons.length ? ` The default credential chain found nothing: ${reasons.join('; ')}` : '')
    );
  }
}

export function staticProvider(settings: Extract<CredentialSettings, { kind: 'static' }>): CredentialProvider {
  const credential: Credential = {
    accessKeyId: settings.accessKeyId,
    accessKeySecret: settings.accessKeySecret,
    ...(settings.securityToken ? { securityToken: settings.securityToken } : {})
  };
  return { getCredential: async () => credential };
}

export interface ProviderContext extends StsContext {
  env: NodeJS.ProcessEnv;
  clock: Clock;
  policy: RetryPolicy;
  log: (line: string) => void;
}

export function createCredentialProvider(settings: CredentialSettings, context: ProviderContext): CredentialProvider {
  switch (settings.kind) {
    case 'oidc':
      return new OidcCredentialProvider(settings.oidc, context);
    case 'static':
      return staticProvider(settings);
    case 'default-chain':
      return new DefaultChainProvider(context.env);
  }
}
