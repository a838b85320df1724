import { InputError } from '../model/errors.js';
import { parseAcrHost } from '../model/acr-host.js';
import { parseEndpoint } from './endpoint.js';
import { Input } from './names.js';
import type { AcrSettings, DigestMode, RegistrySettings, TagExistsPolicy } from '../model/settings.js';
import type { TrimmedInput } from './validate.js';
import { defaulted } from './defaulted.js';

const DIGEST_MODES: readonly DigestMode[] = ['auto', 'true', 'false'];
const TAG_POLICIES: readonly TagExistsPolicy[] = ['overwrite', 'fail', 'skip'];

function oneOf<T extends string>(name: string, value: string, choices: readonly T[]): T {
  const lower = value.toLowerCase() as T;
  if (!choices.includes(lower))
    throw new InputError(`Invalid ${name} '${value}'. Expected one of ${choices.join(', ')}.`);
  return lower;
}

/** The inputs about reading the image back from its registry. */
export function readRegistrySettings(
  input: TrimmedInput,
  regionId: string,
  repository: string,
  acr: AcrSettings | undefined,
  wait: boolean
): RegistrySettings {
  const username = input(Input.RegistryUsername);
  const password = input(Input.RegistryPassword);
  if (Boolean(username) !== Boolean(password)) {
    const [given, missing] = username
      ? [Input.RegistryUsername, Input.RegistryPassword]
      : [Input.RegistryPassword, Input.RegistryUsername];
    throw new InputError(
      `Input ${given} is set but ${missing} is empty. Expected both registry-username and registry-password.`
    );
  }
  const endpoint = input(Input.RegistryEndpoint);
  const crEndpoint = input(Input.CrEndpoint);
  // The temporary token comes from the region of the ACR instance: acr-region-id, else the region its host names
  // (acr.regionId falls back to region-id, which is where the container group runs, not the registry).
  const crRegion = (acr && input(Input.AcrRegionId)) || parseAcrHost(repository.split('/')[0])?.regionId || regionId;
  const digest = oneOf(Input.Digest, defaulted(input, Input.Digest, `one of ${DIGEST_MODES.join(', ')}`), DIGEST_MODES);
  if (digest === 'true' && !wait) {
    throw new InputError(
      'Input digest is true but wait is false: the image is pushed only when the task finishes, after the step. Expected wait: true, or digest: auto or false.'
    );
  }
  return {
    digest,
    ifTagExists: oneOf(
      Input.IfTagExists,
      defaulted(input, Input.IfTagExists, `one of ${TAG_POLICIES.join(', ')}`),
      TAG_POLICIES
    ),
    ...(username ? { credentials: { username, password } } : {}),
    ...(endpoint ? { endpoint: parseEndpoint(Input.RegistryEndpoint, endpoint) } : {}),
    crEndpoint: crEndpoint
      ? parseEndpoint(Input.CrEndpoint, crEndpoint)
      : { protocol: 'https', host: `cr.${crRegion}.aliyuncs.com` },
    crRegionId: crRegion
  };
}
