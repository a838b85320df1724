/**
 * ECI pushes only to Container Registry (ACR): "出于安全考虑,目前仅支持将镜像推送(Push)至 ACR" (CommitContainer API
 * reference). The host forms are those in FIDELITY.md ("Registry hosts"); an Enterprise Edition instance may also
 * answer on a custom domain, which CommitContainer knows by AcrRegistryInfo.InstanceId.
 */
const REGION = '[a-z]{2,}(?:-(?!vpc\\.)[a-z0-9]+){1,4}';
const ACR_HOSTS = [
  new RegExp(`^registry(?:-intl)?(?:-vpc)?\\.${REGION}\\.aliyuncs\\.com$`),
  new RegExp(`^registry-internal\\.${REGION}\\.aliyuncs\\.com$`),
  new RegExp(`^crpi-[a-z0-9]+(?:-vpc\\.${REGION}|\\.${REGION}(?:-vpc)?)\\.personal\\.cr\\.aliyuncs\\.com$`),
  new RegExp(`^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?-registry(?:-vpc|-intranet)?\\.${REGION}\\.cr\\.aliyuncs\\.com$`)
];

/** The host of an Image.Repository is one of ACR's (port 443 being the same host). */
export function isAcrHost(repository: string): boolean {
  const host = (repository.split('/')[0] ?? '').toLowerCase().replace(/:443$/, '');
  return ACR_HOSTS.some((pattern) => pattern.test(host));
}

/** How the emulator's task fails when told to push elsewhere; real ECI's wording and phase are unconfirmed. */
export function notAcrPushFailure(repository: string): string {
  return `Failed to push image to ${repository.split('/')[0]}: only Container Registry (ACR) repositories are supported`;
}
