/**
 * Which ACR registry a host names. ECI pushes only to ACR (CommitContainer API reference), and a lookup from a
 * GitHub-hosted runner must use the public host of a registry given by its VPC host. The host forms come from
 * Alibaba's docs and code; see emulator/FIDELITY.md ("Registry hosts").
 */
export interface AcrHost {
  /** personal: registry[-intl|-internal].<region>.aliyuncs.com; personal-instance: crpi-<id>.<region>.personal.cr...; enterprise: <name>-registry.<region>.cr... */
  edition: 'personal' | 'personal-instance' | 'enterprise';
  regionId: string;
  network: 'public' | 'vpc' | 'intranet';
  /** The same registry's public host (the host itself when it is public). */
  publicHost: string;
}

/** A region ID such as cn-hangzhou or ap-southeast-1; never ends in `-vpc`, which marks a VPC host instead. */
const REGION = '([a-z]{2,}(?:-(?!vpc\\.)[a-z0-9]+){1,4})';
const PERSONAL = new RegExp(`^registry(-intl)?(-vpc)?\\.${REGION}\\.aliyuncs\\.com$`);
/** Personal Edition over the classic network (ACK's FAQ logs in to registry-internal.cn-hangzhou.aliyuncs.com). */
const PERSONAL_CLASSIC = new RegExp(`^registry-internal\\.${REGION}\\.aliyuncs\\.com$`);
/** The VPC form is unconfirmed: both crpi-<id>-vpc.<region> and crpi-<id>.<region>-vpc are accepted. */
const PERSONAL_INSTANCE = new RegExp(`^(crpi-[a-z0-9]+)(-vpc)?\\.${REGION}(-vpc)?\\.personal\\.cr\\.aliyuncs\\.com$`);
const ENTERPRISE = new RegExp(
  `^([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)-registry(-vpc|-intranet)?\\.${REGION}\\.cr\\.aliyuncs\\.com$`
);

/** The ACR registry `host` names, or undefined when it is not a host of ACR. */
export function parseAcrHost(host: string): AcrHost | undefined {
  // HTTPS's own port names the same registry.
  const name = host.toLowerCase().replace(/:443$/, '');
  let match = PERSONAL.exec(name);
  if (match) {
    const [, intl = '', vpc, regionId] = match;
    return {
      edition: 'personal',
      regionId,
      network: vpc ? 'vpc' : 'public',
      publicHost: `registry${intl}.${regionId}.aliyuncs.com`
    };
  }
  match = PERSONAL_CLASSIC.exec(name);
  if (match) {
    const [, regionId] = match;
    return { edition: 'personal', regionId, network: 'intranet', publicHost: `registry.${regionId}.aliyuncs.com` };
  }
  match = PERSONAL_INSTANCE.exec(name);
  if (match) {
    const [, instance, vpcAfterInstance, regionId, vpcAfterRegion] = match;
    if (vpcAfterInstance && vpcAfterRegion) return undefined;
    return {
      edition: 'personal-instance',
      regionId,
      network: vpcAfterInstance || vpcAfterRegion ? 'vpc' : 'public',
      publicHost: `${instance}.${regionId}.personal.cr.aliyuncs.com`
    };
  }
  match = ENTERPRISE.exec(name);
  if (match) {
    const [, instance, suffix, regionId] = match;
    return {
      edition: 'enterprise',
      regionId,
      network: suffix === '-vpc' ? 'vpc' : suffix === '-intranet' ? 'intranet' : 'public',
      publicHost: `${instance}-registry.${regionId}.cr.aliyuncs.com`
    };
  }
  return undefined;
}
