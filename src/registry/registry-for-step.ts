import * as core from '@actions/core';
import type { ApiContext } from '../eci/create-api.js';
import type { RegistryTargetSettings, Settings, WaitForTasksSettings } from '../model/settings.js';
import type { RegistryAccess } from './registry-access.js';

/**
 * The registry access the settings call for: none when neither digest nor if-tag-exists needs one. The registry
 * layer (its client, ACR tokens, Docker config) is evaluated only when one is needed; "eager" keeps it in index.js.
 */
export async function registryAccessFor(
  settings: Settings | WaitForTasksSettings,
  context: ApiContext
): Promise<RegistryAccess | undefined> {
  const target = registryTarget(settings);
  if (!target) return undefined;
  const { createRegistryAccess } = await import(/* webpackMode: "eager" */ './registry-access.js');
  return createRegistryAccess(target, context);
}

function registryTarget(settings: Settings | WaitForTasksSettings): RegistryTargetSettings | undefined {
  if (settings.mode === 'wait-for-tasks') {
    // A task started earlier: its digest is read only when the workflow names its image.
    const { registry } = settings;
    if (!registry || !settings.image || registry.digest === 'false') return undefined;
    return { ...settings, registry };
  }
  const { digest, ifTagExists } = settings.registry;
  if (digest === 'false' && ifTagExists === 'overwrite') return undefined;
  if (digest !== 'false' && ifTagExists === 'overwrite' && !settings.wait) {
    core.debug('wait is false: the image is not pushed before the step ends, so its digest is not looked up.');
    return undefined;
  }
  return settings;
}
