import * as core from '@actions/core';
import type { StepContext } from '../runtime/step-context.js';
import { CredentialError } from '../model/errors.js';
import { untilAborted } from '../runtime/until-aborted.js';
import { formatDuration } from '../model/format.js';
import { withRetry } from '../net/retry.js';
import { isRetryable } from './retry-rules.js';
import { classExport } from './eci-sdk.js';
import type { CredentialSettings } from '../model/settings.js';
import type { OidcSettings } from '../model/settings.js';
import { maskChainSecrets } from './chain-secrets.js';
import type { Credential, CredentialProvider, RenewableCredentialProvider } from './credential.js';
import type { StsContext, TemporaryCredential } from './sts-oidc.js';
import type { ChainCredentials, ChainProvider } from './session-credentials.js';
import type { EcsRamRoleOptions } from './ecs-ram-role.js';
import { systemClock } from '../runtime/clock.js';

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

  async getCredential(signal?: AbortSignal): Promise<Credential> {
    if (!this.current || this.context.clock.now() >= this.renewAt) await this.renew(signal);
    return this.current!;
  }

  /** `signal` (a call's deadline or the job's cancellation) bounds the renewal, retries included. */
  async renew(signal = this.context.signal): Promise<void> {
    const first = this.current === undefined;
    const { clock, log } = this.context;
    const context = { ...this.context, signal };
    // STS serves only the steps that use OIDC: evaluated on first use ("eager" keeps it in index.js).
    const { assumeRoleWithOidc } = await import(/* webpackMode: "eager" */ './sts-oidc.js');
    this.current = await withRetry('AssumeRoleWithOIDC', () => assumeRoleWithOidc(this.oidc, context), context, {
      shouldRetry: isRetryable
    });
    const lifetimeMs = this.current.expiresAt - clock.now();
    // Renew a little before the end: five minutes, or a quarter of a short lifetime. The moment is set once, when
    // the credentials arrive, so the margin does not shrink as time passes.
    this.renewAt = this.current.expiresAt - Math.min(300_000, Math.max(0, lifetimeMs / 4));
    const lifetime = formatDuration(lifetimeMs);
    log.info(
      `${first ? 'Assumed' : 'Renewed'} ${this.oidc.roleArn} with GitHub OIDC; the credentials last ${lifetime}.`
    );
  }
}

type ProviderClass = { builder(): { build(): ChainProvider } };

/**
 * The default chain of @alicloud/credentials, in its order, with what each link reads. The links that read files
 * come from the library; the two that ask the network are the action's own (ecs-ram-role.ts, credentials-uri.ts), so
 * that their answers are bounded like every other: the library reads them whole and inflates gzip.
 */
const CHAIN: Array<[link: string, source: string]> = [
  // The variables @alicloud/credentials reads (providers/oidc_role_arn.js): the first three are required.
  [
    'OIDCRoleArnCredentialsProvider',
    'an OIDC token file (ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN and ALIBABA_CLOUD_OIDC_TOKEN_FILE; optionally ALIBABA_CLOUD_ROLE_SESSION_NAME, ALIBABA_CLOUD_STS_REGION, ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED)'
  ],
  ['CLIProfileCredentialsProvider', 'the Alibaba Cloud CLI profile (~/.aliyun/config.json)'],
  ['ProfileCredentialsProvider', 'the credentials file (~/.alibabacloud/credentials)'],
  ['ecs-ram-role', 'the ECS RAM role (instance metadata)'],
  ['credentials-uri', 'a credentials URI (ALIBABA_CLOUD_CREDENTIALS_URI)']
];

interface ChainLink {
  source: string;
  /** undefined when the link does not apply here (e.g. ECS metadata disabled). */
  provider?: ChainProvider;
}

/** The clock and proxy of the step; the metadata host only for tests. */
export type DefaultChainOptions = EcsRamRoleOptions;

/**
 * The default chain (OIDC token file, CLI profile, credentials file, ECS RAM role, credentials URI), assembled here
 * because the library's own chain also queries a credentials URI that was never configured ("https://undefined/"):
 * a stray network call from every step without credentials.
 * The library's error messages are never shown: some quote the files they failed to parse, secrets included.
 */
export class DefaultChainProvider implements CredentialProvider {
  private links?: Promise<ChainLink[]>;
  private chosen?: { source: string; provider: ChainProvider };
  private readonly masked = new Set<string>();

  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly options: DefaultChainOptions = { clock: systemClock, proxy: { noProxy: [] } }
  ) {}

  /** `signal` (the step's deadline or cancellation) ends the wait, and the action's own requests with it. */
  async getCredential(signal?: AbortSignal): Promise<Credential> {
    if (!this.links) maskChainSecrets(this.env);
    // Only the steps that use the chain load its code: the library's (a chunk file) and the action's own links.
    this.links ??= Promise.all([
      import('@alicloud/credentials/dist/src/client.js'),
      import(/* webpackMode: "eager" */ './chain-links.js')
    ]).then(([library, links]) =>
      CHAIN.filter(([link]) => link !== 'credentials-uri' || this.env.ALIBABA_CLOUD_CREDENTIALS_URI).map(
        ([link, source]) => {
          try {
            return { source, provider: this.buildLink(library, links, link) };
          } catch {
            return { source };
          }
        }
      )
    );
    const chain = this.links.then((links) => this.fromChain(links, signal));
    const found = await untilAborted(chain, signal, 'the default credential chain');
    for (const secret of [found.accessKeySecret, found.securityToken]) {
      if (secret && !this.masked.has(secret)) {
        core.setSecret(secret);
        this.masked.add(secret);
      }
    }
    return {
      accessKeyId: found.accessKeyId ?? '',
      accessKeySecret: found.accessKeySecret ?? '',
      ...(found.securityToken ? { securityToken: found.securityToken } : {})
    };
  }

  private buildLink(library: unknown, links: typeof import('./chain-links.js'), link: string): ChainProvider {
    if (link === 'ecs-ram-role') return new links.EcsRamRoleProvider(this.env, this.options);
    if (link === 'credentials-uri')
      return new links.CredentialsUriProvider(this.env.ALIBABA_CLOUD_CREDENTIALS_URI!, this.options);
    return classExport<ProviderClass>(library, link).builder().build();
  }

  private async fromChain(links: ChainLink[], signal?: AbortSignal): Promise<ChainCredentials> {
    if (this.chosen) {
      try {
        return await this.chosen.provider.getCredentials(signal);
      } catch {
        throw new Error(`Could not renew the credentials from ${this.chosen.source}.`);
      }
    }
    const tried: string[] = [];
    for (const { source, provider } of links) {
      if (!provider) {
        tried.push(`${source}: not configured`);
        continue;
      }
      try {
        const found = await provider.getCredentials(signal);
        if (found?.accessKeyId && found.accessKeySecret) {
          this.chosen = { source, provider };
          return found;
        }
        tried.push(`${source}: no key`);
      } catch {
        tried.push(`${source}: nothing usable`);
      }
    }
    throw new CredentialError(
      'No Alibaba Cloud credentials found. Use GitHub OIDC (oidc-role-arn and oidc-provider-arn, with `permissions: id-token: write`), ' +
        'or the access-key-id and access-key-secret inputs (from secrets), or the ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET ' +
        `environment variables (as exported by aliyun/configure-aliyun-credentials-action). The default credential chain tried ${tried.join('; ')}.`
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

export type ProviderContext = StsContext & Pick<StepContext, 'env' | 'clock' | 'retry' | 'log'>;

export function createCredentialProvider(settings: CredentialSettings, context: ProviderContext): CredentialProvider {
  switch (settings.kind) {
    case 'oidc':
      return new OidcCredentialProvider(settings.oidc, context);
    case 'static':
      return staticProvider(settings);
    case 'default-chain':
      return new DefaultChainProvider(context.env, { clock: context.clock, proxy: context.proxy });
  }
}
