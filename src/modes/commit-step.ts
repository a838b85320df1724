import type { ApiContext } from '../eci/create-api.js';
import type { EciApi } from '../eci/eci-client.js';
import type { Settings } from '../model/settings.js';
import type { RegistryAccess } from '../registry/registry-access.js';
import type { StepContext } from '../runtime/step-context.js';
import { stepBudgetMs, type StepDeadline } from '../runtime/step-deadline.js';
import { commitAll } from './commit-all.js';
import type { ContainerResult } from '../model/results.js';
import { planCommits } from './plan.js';
import type { DebugCapture } from './debug-capture.js';
import { findContainerGroup } from './find-group.js';

export interface CommitStepContext extends StepContext {
  /** The step's own deadline, set again once the plan says how many containers there are. */
  readonly deadline: StepDeadline;
  createRegistry: (settings: Settings, context: ApiContext) => Promise<RegistryAccess | undefined>;
  onProgress: (latest: ContainerResult, results: ContainerResult[], several: boolean) => void;
  /** debug-report: true: makes the capture once the group's ID is known (container-group-name resolves it here). */
  debugCaptureFor?: (containerGroupId: string) => DebugCapture;
}

/** A step that commits: plan the containers, give the step its deadline, then commit them one after another. */
export async function commitStep(
  api: EciApi,
  settings: Settings,
  context: CommitStepContext
): Promise<ContainerResult[]> {
  const { deadline } = context;
  if (settings.containerGroupName !== undefined) {
    const group = await findContainerGroup(
      api,
      { regionId: settings.regionId, containerGroupName: settings.containerGroupName },
      context
    );
    settings = { ...settings, containerGroupId: group.containerGroupId };
  }
  const plan = await planCommits(api, settings);
  if (settings.containers.kind === 'all') {
    const images = plan.map((request) => `${request.image.repository}:${request.image.tag}`);
    context.log.info(
      `Container group ${settings.containerGroupId} has ${plan.map((request) => request.containerName).join(', ')}: pushing to ${images.join(', ')}.`
    );
  }
  deadline.setBudget(stepBudgetMs(settings, plan.length));
  const registry = await context.createRegistry(settings, context);
  const { debugCaptureFor, ...shared } = context;
  const debugCapture = debugCaptureFor?.(settings.containerGroupId);
  return commitAll(api, plan, {
    ...shared,
    ...(debugCapture ? { debugCapture } : {}),
    registry,
    settings,
    onProgress: (latest, results) => context.onProgress(latest, results, plan.length > 1)
  });
}

/** Containers known before planning: the listed names, or one until `*` is resolved. */
export function plannedCount(settings: Settings): number {
  return settings.containers.kind === 'list' ? settings.containers.names.length : 1;
}
