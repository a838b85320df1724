import type { EciApi } from '../eci/eci-client.js';
import { errorMessage } from '../model/errors.js';
import type { CommitRequest } from '../model/request.js';
import { untrusted } from '../model/untrusted.js';
import type { StepContext } from '../runtime/step-context.js';
import { listGroupTasks } from './group-tasks.js';

/**
 * The container group's tasks listed just before CommitContainer: after a lost answer, a task of the container that
 * is not among them is the lost request's, whatever ECI's clock says and whatever its answer names the times.
 */
export interface TasksBefore {
  ids: ReadonlySet<string>;
  /** False when the page cap cut the list off: an unlisted task may then be an older one, so its age counts too. */
  complete: boolean;
}

/**
 * Takes the list before each commit of a step. When taking it fails (a role without eci:DescribeCommitContainerTask
 * that does not wait, an outage), the step says so once and its commits fall back to the creation-time rule.
 */
export class TaskListsBefore {
  private unavailable = false;

  async take(
    api: EciApi,
    request: CommitRequest,
    context: Pick<StepContext, 'log' | 'signal'>
  ): Promise<TasksBefore | undefined> {
    if (this.unavailable) return undefined;
    try {
      const { tasks, complete } = await listGroupTasks(api, request);
      return { ids: new Set(tasks.map(({ task }) => task.taskId)), complete };
    } catch (error) {
      if (context.signal.aborted) throw error;
      this.unavailable = true;
      context.log.warning(
        `Could not list the container group's commit tasks before committing (${untrusted(errorMessage(error))}). Should a CommitContainer answer be lost, a task of the container created since the step started, by ECI's clock, is taken as its task; the list needs eci:DescribeCommitContainerTask.`
      );
      return undefined;
    }
  }
}
