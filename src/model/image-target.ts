import { InputError } from './errors.js';
import { parseAcrHost } from './acr-host.js';
import { whyNotAcr } from './not-acr.js';

export const CONTAINER_PLACEHOLDER = '{container}';

/** Where one container's image goes. */
export interface ImageTarget {
  repository: string;
  tag: string;
}

/**
 * Repository and tag for one container: `{container}` is replaced by its name; when several containers go to one
 * repository and the tag does not tell them apart, `-<container>` is appended so no image overwrites another.
 */
export function imageTargetFor(container: string, template: ImageTarget, containerCount: number): ImageTarget {
  const repository = template.repository.split(CONTAINER_PLACEHOLDER).join(container);
  const tagTemplate = template.tag;
  const distinct = template.repository.includes(CONTAINER_PLACEHOLDER) || tagTemplate.includes(CONTAINER_PLACEHOLDER);
  const tag =
    containerCount > 1 && !distinct
      ? `${tagTemplate}-${container}`
      : tagTemplate.split(CONTAINER_PLACEHOLDER).join(container);
  return { repository, tag };
}

const IMAGE_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const REGISTRY_HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG_EXPECTED = "1-128 characters of [A-Za-z0-9_.-], not starting with '.' or '-'";
const REPOSITORY_EXPECTED =
  'an ACR repository address without tag or scheme, e.g. registry.cn-hangzhou.aliyuncs.com/my-namespace/my-app';

/** What the repository check needs to know besides the target. */
export interface ImageTargetContext {
  /** The container the target is for, once it is known. */
  container?: string;
  /** acr-instance-id is given: an Enterprise Edition instance's custom domain is then allowed. */
  acrInstanceGiven?: boolean;
}

/**
 * Checks a repository and tag as ECI will receive them. `shown` is what the user wrote (it may hold the
 * {container} placeholder).
 */
export function checkImageTarget(
  target: ImageTarget,
  shown: ImageTarget = target,
  context: ImageTargetContext = {}
): void {
  const { container } = context;
  checkRepository(target.repository, shown.repository, context);
  if (!IMAGE_TAG.test(target.tag)) {
    throw new InputError(`Invalid image-tag '${shown.tag}'${forContainer(container)}. Expected ${TAG_EXPECTED}.`);
  }
}

/** The target a template gives for a stand-in container name: what can be checked before the names are known. */
export function sampleTarget(template: ImageTarget): ImageTarget {
  return {
    repository: template.repository.split(CONTAINER_PLACEHOLDER).join('x'),
    tag: template.tag.split(CONTAINER_PLACEHOLDER).join('x')
  };
}

function forContainer(container: string | undefined): string {
  return container ? ` (for container ${container})` : '';
}

function checkRepository(actual: string, shown: string, context: ImageTargetContext): void {
  const invalid = (why: string): InputError =>
    new InputError(
      `Invalid image-repository '${shown}'${forContainer(context.container)}${why}. Expected ${REPOSITORY_EXPECTED}.`
    );
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(actual)) throw invalid(': remove the scheme');
  if (actual.includes('@')) throw invalid(': remove the digest');
  const [host, ...path] = actual.split('/');
  const last = path[path.length - 1] ?? '';
  if (last.includes(':')) throw invalid(': remove the tag and set it with image-tag');
  const hostLooksLikeRegistry =
    REGISTRY_HOST.test(host) && (host.includes('.') || host.includes(':') || host === 'localhost');
  if (/[A-Z]/.test(actual)) throw invalid(': lowercase only (registries refuse upper-case repository names)');
  if (!hostLooksLikeRegistry) {
    throw invalid(
      path.length > 0 && !host.includes('.') && !host.includes(':')
        ? `: add the registry host, e.g. registry.cn-hangzhou.aliyuncs.com/${shown}`
        : ''
    );
  }
  if (path.length < 2)
    throw invalid(': add the namespace and the repository name after the host (host/namespace/name)');
  const badPart = path.find((part) => !PATH_COMPONENT.test(part));
  if (badPart !== undefined) {
    throw invalid(
      `: '${badPart}' is not a repository name part (lowercase letters and digits, with single '.', '_', '__' or '-' between them)`
    );
  }
  // The CommitContainer API reference: "For security reasons, you can push images only to ACR". An Enterprise
  // Edition instance may also answer on a custom domain of any name; acr-instance-id says which instance it is.
  if (!parseAcrHost(host) && !context.acrInstanceGiven) {
    throw invalid(
      `: ${host} is not a Container Registry (ACR) host, and ECI pushes images only to ACR (a custom domain of an Enterprise Edition instance needs acr-instance-id)`
    );
  }
  const notAcr = whyNotAcr(host);
  if (notAcr) {
    throw invalid(`: ${host} is ${notAcr}, and ECI pushes images only to ACR, whatever acr-instance-id says`);
  }
}
