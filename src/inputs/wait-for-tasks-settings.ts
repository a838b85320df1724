import { TASK_ID } from '../model/task.js';
import { InputError } from '../model/errors.js';
import { Input, type InputName } from './names.js';
import { parseBoolean } from './parse.js';
import { readImageTarget } from './image-input.js';
import { readRegistrySettings } from './read-registry-settings.js';
import { runContextFromEnv } from './run-context.js';
import type { CommonSettings, WaitForTasksSettings } from '../model/settings.js';
import type { TrimmedInput } from './validate.js';
import { defaulted } from './defaulted.js';

/** More IDs than this in one step is a mistake rather than a plan; it also bounds the results output. */
export const MAX_TASK_IDS = 50;

/**
 * Inputs that only say what to commit or how to push it: a step given task-id commits nothing, so any of them
 * means the workflow expects something this step will not do.
 */
export const COMMIT_ONLY_INPUTS: readonly InputName[] = [
  Input.ContainerGroupId,
  Input.ContainerGroupName,
  Input.ContainerName,
  Input.ImageMessage,
  Input.ImageAuthor,
  Input.AcrInstanceId,
  Input.AcrRegionId,
  Input.AcrArnService,
  Input.AcrArnUser,
  Input.RoleArn,
  Input.RoleType
];

/** The settings of a step given task-id; `readCommon` reads what every step reads. */
export function readWaitForTasks(
  input: TrimmedInput,
  env: NodeJS.ProcessEnv,
  readCommon: (wait: boolean) => CommonSettings
): WaitForTasksSettings {
  const taskIds = parseTaskIds(input(Input.TaskId));
  const commitOnly = COMMIT_ONLY_INPUTS.filter((name) => input(name));
  if (commitOnly.length > 0) {
    const names = commitOnly.join(', ');
    throw new InputError(
      `Input${commitOnly.length > 1 ? 's' : ''} ${names} ${commitOnly.length > 1 ? 'are' : 'is'} set together with task-id. ` +
        `A step with task-id commits nothing: it waits for commit tasks started earlier. Remove ${names}, or remove task-id to commit.`
    );
  }
  const wait = parseBoolean(Input.Wait, defaulted(input, Input.Wait, 'true or false'));
  if (!wait) {
    throw new InputError(
      'Input wait is false but task-id is set: a step with task-id only waits for those tasks, so it would have nothing to do. Remove wait: false, or remove task-id.'
    );
  }
  if (parseBoolean(Input.DebugReport, defaulted(input, Input.DebugReport, 'true or false'))) {
    throw new InputError(
      'Input debug-report is true but task-id is set: a step with task-id commits nothing, so there is no container to keep a log of before its commit. Set debug-report: true on the step that commits (container-group-id and container-name), or remove it here.'
    );
  }
  // Without commits there is nothing to stop early, but a value that is not a boolean is a mistake all the same.
  parseBoolean(Input.FailFast, defaulted(input, Input.FailFast, 'true or false'));
  const image = readImage(input, env, taskIds.length);
  const common = readCommon(wait);
  // The image named: its digest is read once the task succeeds, as after a commit.
  const registry = image ? readRegistrySettings(input, common.regionId, image.repository, undefined, wait) : undefined;
  return { mode: 'wait-for-tasks', taskIds, ...(image ? { image, registry } : {}), ...common };
}

/** `t-1`, `t-1, t-2`, or one ID per line. */
export function parseTaskIds(value: string): string[] {
  const ids = value
    .split(/[\n,]/)
    .map((id) => id.trim())
    .filter(Boolean);
  if (ids.length === 0) {
    throw new InputError('Invalid task-id: no ID given. Expected commit task IDs such as t-2zej6nstkg744qc3abcd.');
  }
  for (const id of ids) {
    if (!TASK_ID.test(id)) {
      throw new InputError(
        `Invalid task-id '${id}'. Expected commit task IDs as CommitContainer returns them, such as t-2zej6nstkg744qc3abcd: t- followed by lowercase letters and digits (several: one per line or comma-separated).`
      );
    }
  }
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated) throw new InputError(`Invalid task-id: '${repeated}' is listed twice.`);
  if (ids.length > MAX_TASK_IDS) {
    throw new InputError(`Invalid task-id: ${ids.length} IDs given. Expected at most ${MAX_TASK_IDS} in one step.`);
  }
  return ids;
}

/** The image the task pushes, as the workflow names it: ECI reports the task, not its image. */
function readImage(
  input: TrimmedInput,
  env: NodeJS.ProcessEnv,
  taskCount: number
): WaitForTasksSettings['image'] | undefined {
  const repository = input(Input.ImageRepository);
  const givenTag = input(Input.ImageTag);
  if (!repository) {
    if (givenTag) {
      throw new InputError(
        'Input image-tag is set with task-id but image-repository is empty. Expected image-repository too: together they name the image the task pushes, for the image and image-tag outputs.'
      );
    }
    return undefined;
  }
  if (taskCount > 1) {
    throw new InputError(
      `Input image-repository is set but task-id lists ${taskCount} tasks. image-repository names the image of one task (ECI does not report which image a task pushes): give one task-id per step to have the image output set, or remove image-repository.`
    );
  }
  return readImageTarget(input, repository, runContextFromEnv(env));
}
