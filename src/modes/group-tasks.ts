import type { EciApi } from '../eci/eci-client.js';
import type { CommitRequest } from '../model/request.js';
import type { CommitTask } from '../model/task.js';

/** The largest page DescribeCommitContainerTask gives. */
const LOOKUP_PAGE_SIZE = 50;
/** Pages read per listing: 250 tasks of one container group is far more than a group keeps in practice. */
const MAX_LOOKUP_PAGES = 5;

export interface ListedTask {
  task: CommitTask;
  /** The RequestId of the query that listed it. */
  requestId: string;
}

export interface GroupTasks {
  /** Each task once, in the order the pages listed them (which the API does not promise to be any order). */
  tasks: ListedTask[];
  /** Every page was read; false when the page cap cut the listing off. */
  complete: boolean;
}

/** The container group's commit tasks, all containers, paged by ContainerGroupId within the page cap. */
export async function listGroupTasks(
  api: EciApi,
  request: Pick<CommitRequest, 'regionId' | 'containerGroupId'>
): Promise<GroupTasks> {
  const found = new Map<string, ListedTask>();
  let nextToken: string | undefined;
  for (let page = 1; page <= MAX_LOOKUP_PAGES; page++) {
    const result = await api.describeCommitTasks({
      regionId: request.regionId,
      containerGroupId: request.containerGroupId,
      maxResults: LOOKUP_PAGE_SIZE,
      ...(nextToken ? { nextToken } : {})
    });
    for (const task of result.tasks) {
      if (!found.has(task.taskId)) found.set(task.taskId, { task, requestId: result.requestId });
    }
    nextToken = result.nextToken;
    if (!nextToken) return { tasks: [...found.values()], complete: true };
  }
  return { tasks: [...found.values()], complete: false };
}
