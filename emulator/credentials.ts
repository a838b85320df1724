/** Access keys the emulator accepts: long-lived pairs from its options, and STS credentials it has issued. */
import { createHash, randomBytes } from 'node:crypto';
import { ApiError } from './api-error.js';
import type { CallPrincipal } from './ram-policy.js';

export interface AccessKeyPair {
  accessKeyId: string;
  accessKeySecret: string;
}

export const DEFAULT_ACCESS_KEY_ID = 'LTAI5tEmulatorTestKey';
export const DEFAULT_ACCESS_KEY_SECRET = 'EmulatorSecretForLocalTestsOnly0';

export interface IssuedStsCredential extends AccessKeyPair {
  securityToken: string;
  expiresAtMs: number;
  roleArn: string;
  roleSessionName: string;
}

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

function randomBase58(length: number): string {
  return [...randomBytes(length)].map((byte) => BASE58[byte % BASE58.length]).join('');
}

export class CredentialStore {
  private longLived = new Map<string, string>();
  private issued = new Map<string, IssuedStsCredential>();

  constructor(pairs: readonly AccessKeyPair[]) {
    this.setLongLived(pairs);
  }

  setLongLived(pairs: readonly AccessKeyPair[]): void {
    this.longLived = new Map(pairs.map((pair) => [pair.accessKeyId, pair.accessKeySecret]));
  }

  /** The secret to check a signature with; expired STS keys still resolve, so expiry is what gets reported. */
  secretFor(accessKeyId: string): string | undefined {
    return this.longLived.get(accessKeyId) ?? this.issued.get(accessKeyId)?.accessKeySecret;
  }

  /**
   * Who signs with this key, for RAM: an STS key acts as its role (its policies are the role's, keyed by role ARN),
   * a long-lived key as the RAM user that owns it (keyed by the AccessKey ID, as the emulator has no users; named
   * by a numeric user ID, as in RAM's DecodeDiagnosticMessage example, never by the key ID).
   */
  identityOf(accessKeyId: string, accountId: string): { policyKey: string; principal: CallPrincipal } {
    const issued = this.issued.get(accessKeyId);
    if (!issued) {
      return {
        policyKey: accessKeyId,
        principal: { type: 'SubUser', displayName: ramUserIdFor(accessKeyId), ownerId: accountId }
      };
    }
    const [, owner = accountId, roleName = ''] = /^acs:ram::(\d+):role\/(.+)$/.exec(issued.roleArn) ?? [];
    return {
      policyKey: issued.roleArn,
      principal: { type: 'AssumedRoleUser', displayName: `${roleName}/${issued.roleSessionName}`, ownerId: owner }
    };
  }

  isStsKey(accessKeyId: string): boolean {
    return this.issued.has(accessKeyId);
  }

  issueSts(roleArn: string, roleSessionName: string, lifetimeMs: number, nowMs: number): IssuedStsCredential {
    const credential: IssuedStsCredential = {
      accessKeyId: `STS.${randomBase58(25)}`,
      accessKeySecret: randomBase58(44),
      securityToken: `CAIS${randomBytes(180).toString('base64')}`,
      expiresAtMs: nowMs + lifetimeMs,
      roleArn,
      roleSessionName
    };
    this.issued.set(credential.accessKeyId, credential);
    return credential;
  }

  /** An STS key needs its own security token, before its expiry; a long-lived key needs none. */
  checkSecurityToken(accessKeyId: string, securityToken: string | undefined, nowMs: number): ApiError | undefined {
    const credential = this.issued.get(accessKeyId);
    if (!credential) return undefined;
    if (!securityToken) {
      return new ApiError(
        400,
        'InvalidSecurityToken.Malformed',
        'Specified SecurityToken is malformed: an STS AccessKey needs the x-acs-security-token header.'
      );
    }
    if (securityToken !== credential.securityToken) {
      return new ApiError(
        400,
        'InvalidSecurityToken.MismatchWithAccessKey',
        'Specified SecurityToken mismatch with the AccessKey.'
      );
    }
    if (nowMs >= credential.expiresAtMs) {
      return new ApiError(400, 'InvalidSecurityToken.Expired', 'Specified SecurityToken is expired.');
    }
    return undefined;
  }

  issuedCredentials(): IssuedStsCredential[] {
    return [...this.issued.values()];
  }

  clearIssued(): void {
    this.issued.clear();
  }
}

/** A stable, numeric RAM user ID for the user owning a long-lived AccessKey (RAM user IDs are 16 digits). */
export function ramUserIdFor(accessKeyId: string): string {
  const digits = BigInt(`0x${createHash('sha256').update(accessKeyId).digest('hex').slice(0, 15)}`) % 10n ** 15n;
  return `2${digits.toString().padStart(15, '0')}`;
}
