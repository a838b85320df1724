/** What signs a call, and where it comes from. */
export interface Credential {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
}

/** Gives the credential for the next call; may refresh temporary credentials. */
export interface CredentialProvider {
  /** `signal` ends the work early when renewing takes calls of its own. */
  getCredential(signal?: AbortSignal): Promise<Credential>;
}

/** A provider whose credentials can be renewed when the service says they expired. */
export interface RenewableCredentialProvider extends CredentialProvider {
  renew(signal?: AbortSignal): Promise<void>;
}

export function isRenewable(provider: CredentialProvider): provider is RenewableCredentialProvider {
  return typeof (provider as Partial<RenewableCredentialProvider>).renew === 'function';
}
