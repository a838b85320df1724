import type { CommitTask } from '../model/task.js';
import { untrusted } from '../model/untrusted.js';

/**
 * Logs what changed in a task since the last look: each progress value and each phase state once, and the task's
 * status when no phase line tells it (a Running task without a running phase, a failure). Every field is
 * ECI's text (a status message may quote a container name), so each is neutralised before it is printed.
 */
export class TaskReporter {
  private lastProgress?: number;
  private lastStatus?: string;
  private readonly seenPhases = new Set<string>();

  constructor(private readonly log: (line: string) => void) {}

  report(task: CommitTask): void {
    const phaseMessages = new Set(task.phases.map((phase) => phase.message).filter(Boolean));
    for (const phase of task.phases) {
      const key = `${phase.phase}:${phase.status}`;
      if (this.seenPhases.has(key)) continue;
      this.seenPhases.add(key);
      const message = phase.message ? `: ${untrusted(phase.message)}` : '';
      this.log(`Phase ${untrusted(phase.phase, 64)} ${untrusted(phase.status, 64)}${message}`);
    }
    if (task.progress !== undefined && task.progress !== this.lastProgress) {
      this.lastProgress = task.progress;
      this.log(`Progress ${task.progress}%`);
    }
    if (task.status !== this.lastStatus) {
      this.lastStatus = task.status;
      // A running phase already says the task is in progress; a success is said once, by the step, with its digest.
      const running = task.status === 'Running' && task.phases.some((phase) => /^running$/i.test(phase.status));
      if (running || task.status === 'Succeeded') return;
      // ECI often repeats the failed phase's message as the task's: said once, on the phase line.
      const repeated = task.statusMessage !== undefined && phaseMessages.has(task.statusMessage);
      const message = task.statusMessage && !repeated ? `: ${untrusted(task.statusMessage)}` : '';
      this.log(`Task ${untrusted(task.taskId, 64)} is ${untrusted(task.status, 64)}${message}`);
    }
  }
}
