/** ECI 2018-08-08: CommitContainer, DescribeCommitContainerTask and DescribeContainerGroups. */
import { ApiError, invalidParameter, missingParameter } from './api-error.js';
import type { ActionHandler, ActionParams, ActionRequest, ListActionHandler } from './action-registry.js';
import { describeContainerGroup, type ContainerGroupSpec } from './container-groups.js';
import type { FaultKnobs } from './fault-knobs.js';
import {
  containerGroupIdsParam,
  decodePageToken,
  encodePageToken,
  optionalBooleanParam,
  optionalIntegerParam,
  optionalParam,
  repeatedParam,
  requiredParam
} from './params.js';
import {
  defaultFailureMessage,
  newTaskId,
  viewTaskAt,
  type CommitImage,
  type CommitPhase,
  type CommitTask,
  type CommitTaskStatus,
  type CommitTaskStore,
  type PhaseSplit
} from './task-simulation.js';
import { isoSeconds, recordTime } from './time-format.js';
import { isAcrHost, notAcrPushFailure } from './acr-registry.js';

export const ECI_VERSION = '2018-08-08';

export const UNKNOWN_COMMIT_TARGETS = ['invalid-parameter', 'not-found'] as const;
export type UnknownCommitTarget = (typeof UNKNOWN_COMMIT_TARGETS)[number];
export const COMMIT_TASK_SHAPES = ['api-reference', 'user-guide'] as const;
export type CommitTaskShape = (typeof COMMIT_TASK_SHAPES)[number];

export interface EciDependencies {
  containerGroups(): Readonly<Record<string, ContainerGroupSpec>>;
  /** Reported as the groups' CreationTime; their containers' runs and events follow it. */
  groupsCreatedAtMs: number;
  taskDurationMs(): number;
  phaseSplit(): PhaseSplit;
  tasks: CommitTaskStore;
  faults: FaultKnobs;
  /** DescribeContainerGroups for an unknown ID: an empty list, or the InvalidParameter.NotFound error. */
  unknownContainerGroup(): 'empty-list' | 'not-found-error';
  /** CommitContainer for an unknown group or container: 400 InvalidParameter, or 404 InvalidParameter.NotFound. */
  unknownCommitTarget(): UnknownCommitTarget;
  /** The task fields DescribeCommitContainerTask answers with. */
  commitTaskShape(): CommitTaskShape;
  /** ECI's clock minus ours: added to the times DescribeCommitContainerTask reports. */
  clockSkewMs(): number;
}

export function createEciActions(deps: EciDependencies): Record<string, ActionHandler | ListActionHandler> {
  return {
    CommitContainer: (request) => commitContainer(deps, request),
    DescribeCommitContainerTask: (request) => describeCommitContainerTask(deps, request),
    DescribeContainerGroups: { list: (request) => describeContainerGroups(deps, request) }
  };
}

const DOCKER_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
/** registry host[:port]/namespace/name, lower-case, without tag or digest (those go in Image.Tag). */
const REPOSITORY = /^[a-z0-9.-]+(:\d+)?(\/[a-z0-9]+([._-][a-z0-9]+)*){2,}$/;
/** ACR Enterprise Edition domains: <instance>-registry[-vpc].<region>.cr.aliyuncs.com. */
const ENTERPRISE_REGISTRY_HOST = /\.cr\.aliyuncs\.com(:\d+)?$/;

function commitContainer(deps: EciDependencies, { params, nowMs }: ActionRequest): object {
  const regionId = requiredParam(params, 'RegionId');
  const containerGroupId = requiredParam(params, 'ContainerGroupId');
  const containerName = requiredParam(params, 'ContainerName');
  const image = readImage(params);
  checkAcrRegistryInfo(params, image.repository);

  const group = findGroup(deps, regionId, containerGroupId);
  if (group.status !== 'Running') {
    throw new ApiError(
      403,
      'IncorrectStatusDetail',
      `The current status of container group ${containerGroupId} is ${group.status}; CommitContainer needs Running.`
    );
  }
  if (!group.containers.includes(containerName)) {
    throw unknownCommitTarget(
      deps,
      'ContainerName',
      `"${containerName}" is not found in container group ${containerGroupId}.`
    );
  }
  const running = deps.tasks.runningInGroup(containerGroupId, nowMs);
  if (running) {
    throw new ApiError(
      403,
      'IncorrectStatusDetail',
      `A commit task (${running.taskId}) is in progress for container group ${containerGroupId}; ` +
        'only one commit task can run in a container group at a time.'
    );
  }

  const failure = deps.faults.takeTaskFailure(containerGroupId, containerName) ?? pushOutsideAcr(params, image);
  const task: CommitTask = {
    taskId: newTaskId(),
    regionId,
    containerGroupId,
    containerName,
    image,
    createdAtMs: nowMs,
    durationMs: group.containerTaskDurationMs?.[containerName] ?? group.taskDurationMs ?? deps.taskDurationMs(),
    phaseSplit: deps.phaseSplit(),
    hiddenQueriesLeft: deps.faults.takeHiddenQueries(),
    ...(failure
      ? {
          failure: {
            phase: failure.phase,
            message: failure.message ?? defaultFailureMessage(failure.phase, { containerName, image })
          }
        }
      : {})
  };
  deps.tasks.add(task);
  return { TaskId: task.taskId };
}

function readImage(params: ActionParams): CommitImage {
  const repository = requiredParam(params, 'Image.Repository');
  if (!REPOSITORY.test(repository)) {
    throw invalidParameter(
      'Image.Repository',
      `"${repository}" is not an image repository address like registry-vpc.cn-hangzhou.aliyuncs.com/namespace/name ` +
        '(give the tag in Image.Tag).'
    );
  }
  const tag = optionalParam(params, 'Image.Tag');
  if (tag !== undefined && !DOCKER_TAG.test(tag)) {
    throw invalidParameter('Image.Tag', `"${tag}" is not a valid image tag.`);
  }
  const message = optionalParam(params, 'Image.Message');
  const author = optionalParam(params, 'Image.Author');
  return {
    repository,
    ...(tag !== undefined ? { tag } : {}),
    ...(message !== undefined ? { message } : {}),
    ...(author !== undefined ? { author } : {})
  };
}

/** Enterprise Edition registries need AcrRegistryInfo.InstanceId; any AcrRegistryInfo needs it too. */
function checkAcrRegistryInfo(params: ActionParams, repository: string): void {
  const hasAcrRegistryInfo = Object.keys(params).some((key) => key.startsWith('AcrRegistryInfo.'));
  const host = repository.split('/')[0] ?? '';
  if (
    (hasAcrRegistryInfo || ENTERPRISE_REGISTRY_HOST.test(host)) &&
    !optionalParam(params, 'AcrRegistryInfo.InstanceId')
  ) {
    throw missingParameter('AcrRegistryInfo.InstanceId');
  }
}

/** A repository outside ACR, not backed by an Enterprise Edition instance: the push fails. */
function pushOutsideAcr(params: ActionParams, image: CommitImage): { phase: CommitPhase; message: string } | undefined {
  if (isAcrHost(image.repository) || optionalParam(params, 'AcrRegistryInfo.InstanceId')) return undefined;
  return { phase: 'PushCommittedImage', message: notAcrPushFailure(image.repository) };
}

function findGroup(deps: EciDependencies, regionId: string, containerGroupId: string): ContainerGroupSpec {
  const group = deps.containerGroups()[containerGroupId];
  if (!group || group.regionId !== regionId) {
    throw unknownCommitTarget(deps, 'ContainerGroupId', `"${containerGroupId}" is not found in region ${regionId}.`);
  }
  return group;
}

/** The API reference lists 400 InvalidParameter for CommitContainer; the knob keeps the older 404 answer. */
function unknownCommitTarget(deps: EciDependencies, name: string, detail: string): ApiError {
  return deps.unknownCommitTarget() === 'not-found'
    ? new ApiError(404, 'InvalidParameter.NotFound', `The specified ${name} ${detail}`)
    : invalidParameter(name, detail);
}

const TASK_STATUSES: readonly CommitTaskStatus[] = ['Running', 'Succeeded', 'Failed'];

function describeCommitContainerTask(deps: EciDependencies, { params, nowMs }: ActionRequest): object {
  const regionId = requiredParam(params, 'RegionId');
  const containerGroupId = optionalParam(params, 'ContainerGroupId');
  const taskIds = repeatedParam(params, 'TaskId');
  if (containerGroupId === undefined && taskIds.length === 0) {
    throw new ApiError(400, 'MissingParameter', 'At least one of ContainerGroupId and TaskId must be specified.');
  }
  const maxResults = optionalIntegerParam(params, 'MaxResults', { min: 1, max: 50, fallback: 10 });
  const statusFilter = optionalParam(params, 'TaskStatus');
  if (statusFilter !== undefined && !TASK_STATUSES.includes(statusFilter as CommitTaskStatus)) {
    throw invalidParameter('TaskStatus', `expected one of ${TASK_STATUSES.join(', ')}.`);
  }
  const offset = decodePageToken(params);
  const skew = deps.clockSkewMs();

  const matching = deps.tasks
    .newestFirst()
    .filter((task) => task.regionId === regionId)
    .filter((task) => containerGroupId === undefined || task.containerGroupId === containerGroupId)
    .filter((task) => taskIds.length === 0 || taskIds.includes(task.taskId))
    .filter((task) => {
      if (task.hiddenQueriesLeft <= 0) return true;
      task.hiddenQueriesLeft -= 1;
      return false;
    })
    .map((task) => ({ task, view: viewTaskAt(task, nowMs) }))
    .filter(({ view }) => statusFilter === undefined || view.status === statusFilter);

  const page = matching.slice(offset, offset + maxResults);
  const nextOffset = offset + page.length;
  return {
    TotalCount: matching.length,
    MaxResults: String(maxResults),
    NextToken: nextOffset < matching.length ? encodePageToken(nextOffset) : '',
    CommitTasks: page.map(({ task, view }) => ({
      TaskId: task.taskId,
      TaskStatus: view.status,
      ...taskTimes(deps.commitTaskShape(), task, view, skew),
      ContainerName: task.containerName,
      CommitPhaseInfos: view.phases.map((phase) => ({
        Phase: phase.phase,
        Status: phase.status,
        Message: phase.message,
        RecordTime: recordTime(phase.recordedAtMs + skew, `${task.taskId}/${phase.phase}/${phase.status}`)
      }))
    }))
  };
}

/**
 * The API reference's fields (TaskProgress, StatusMessage, TaskCreationTime, TaskFinishedTime), or the ECI user
 * guide's older sample: CreationTime and FinishedTime, no progress and no message.
 */
function taskTimes(
  shape: CommitTaskShape,
  task: CommitTask,
  view: ReturnType<typeof viewTaskAt>,
  skewMs: number
): object {
  const created = isoSeconds(task.createdAtMs + skewMs);
  const finished = view.finishedAtMs === undefined ? '' : isoSeconds(view.finishedAtMs + skewMs);
  if (shape === 'user-guide') return { CreationTime: created, FinishedTime: finished };
  return {
    TaskProgress: `${view.progressPercent}%`,
    StatusMessage: view.statusMessage,
    TaskCreationTime: created,
    TaskFinishedTime: finished
  };
}

/** DescribeContainerGroups' page size: 20 by default and at most (API reference). */
const MAX_CONTAINER_GROUPS_PER_PAGE = 20;

function describeContainerGroups(deps: EciDependencies, { params, deniedByRam }: ActionRequest): object {
  const regionId = requiredParam(params, 'RegionId');
  const ids = containerGroupIdsParam(params);
  const name = optionalParam(params, 'ContainerGroupName');
  const status = optionalParam(params, 'Status');
  const limit = optionalIntegerParam(params, 'Limit', {
    min: 1,
    max: MAX_CONTAINER_GROUPS_PER_PAGE,
    fallback: MAX_CONTAINER_GROUPS_PER_PAGE
  });
  const withEvents = optionalBooleanParam(params, 'WithEvent', false);
  const offset = decodePageToken(params);

  const matching = Object.entries(deniedByRam ? {} : deps.containerGroups())
    .filter(([, group]) => group.regionId === regionId)
    .filter(([id]) => ids === undefined || ids.includes(id))
    .filter(([id, group]) => name === undefined || (group.name ?? id) === name)
    .filter(([, group]) => status === undefined || group.status === status);
  const unknown = ids?.find((id) => !matching.some(([known]) => known === id));
  if (!deniedByRam && unknown !== undefined && deps.unknownContainerGroup() === 'not-found-error') {
    throw new ApiError(
      404,
      'InvalidParameter.NotFound',
      `The specified ContainerGroupId "${unknown}" is not found in region ${regionId}.`
    );
  }
  const page = matching.slice(offset, offset + limit);
  const nextOffset = offset + page.length;
  return {
    TotalCount: matching.length,
    NextToken: nextOffset < matching.length ? encodePageToken(nextOffset) : '',
    ContainerGroups: page.map(([id, group]) =>
      describeContainerGroup(id, group, deps.groupsCreatedAtMs, { withEvents })
    )
  };
}
