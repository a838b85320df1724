import type { CommitPhase } from '../../src/model/task.js';
import { TaskReporter } from '../../src/report/task-log.js';
import { task } from '../../test-support/fakes.js';

function reporter(): { logs: string[]; reporter: TaskReporter } {
  const logs: string[] = [];
  return { logs, reporter: new TaskReporter((line) => logs.push(line)) };
}

const pull = (status: string, message?: string): CommitPhase => ({ phase: 'PullBaseImage', status, message });
const commit = (status: string, message?: string): CommitPhase => ({ phase: 'CommitContainer', status, message });
const push = (status: string, message?: string): CommitPhase => ({ phase: 'PushCommittedImage', status, message });

describe('TaskReporter', () => {
  it('logs the first look in full: phases and progress', () => {
    const { logs, reporter: r } = reporter();
    r.report(task({ progress: 10, phases: [pull('Success'), commit('Running')] }));
    expect(logs).toEqual(['Phase PullBaseImage Success', 'Phase CommitContainer Running', 'Progress 10%']);
  });

  it('says a Running task only when no running phase says it is in progress', () => {
    const { logs, reporter: r } = reporter();
    r.report(task({ statusMessage: 'Commit container app is in progress', phases: [pull('Success')] }));
    expect(logs).toEqual([
      'Phase PullBaseImage Success',
      'Task commit-task-1 is Running: Commit container app is in progress'
    ]);
    logs.length = 0;
    const other = reporter();
    other.reporter.report(
      task({
        statusMessage: 'Commit container app is in progress',
        phases: [commit('Running', 'Committing container app')]
      })
    );
    other.reporter.report(
      task({ statusMessage: 'Commit container app is in progress', phases: [commit('Success'), push('Running')] })
    );
    expect(other.logs.filter((line) => line.startsWith('Task '))).toEqual([]);
  });

  it('leaves a success to the step (said once, with the digest)', () => {
    const { logs, reporter: r } = reporter();
    r.report(
      task({
        status: 'Succeeded',
        statusMessage: 'Commit container app to image x successfully',
        phases: [push('Success')]
      })
    );
    expect(logs).toEqual(['Phase PushCommittedImage Success']);
  });

  it('logs nothing when nothing changed', () => {
    const { logs, reporter: r } = reporter();
    const same = task({ progress: 10, phases: [pull('Success')] });
    r.report(same);
    logs.length = 0;
    r.report(same);
    r.report({ ...same, phases: [...same.phases] });
    expect(logs).toEqual([]);
  });

  it('logs each progress change once', () => {
    const { logs, reporter: r } = reporter();
    for (const progress of [0, 0, 25, 25, 50, 100, 100]) r.report(task({ progress }));
    expect(logs.filter((line) => line.startsWith('Progress'))).toEqual([
      'Progress 0%',
      'Progress 25%',
      'Progress 50%',
      'Progress 100%'
    ]);
  });

  it('does not forget the progress when an answer leaves it out', () => {
    const { logs, reporter: r } = reporter();
    r.report(task({ progress: 40 }));
    r.report(task({ progress: undefined }));
    r.report(task({ progress: 40 }));
    r.report(task({ progress: 60 }));
    expect(logs.filter((line) => line.startsWith('Progress'))).toEqual(['Progress 40%', 'Progress 60%']);
  });

  it('logs a progress that goes back', () => {
    const { logs, reporter: r } = reporter();
    for (const progress of [50, 40]) r.report(task({ progress }));
    expect(logs.filter((line) => line.startsWith('Progress'))).toEqual(['Progress 50%', 'Progress 40%']);
  });

  it('logs each phase state once, with its message, as phases come and go', () => {
    const { logs, reporter: r } = reporter();
    r.report(task({ phases: [pull('Running')] }));
    r.report(task({ phases: [pull('Running')] }));
    r.report(task({ phases: [pull('Success'), commit('Running')] }));
    r.report(task({ phases: [pull('Success'), commit('Success'), push('Running', 'pushing layers')] }));
    r.report(task({ phases: [pull('Success'), commit('Success'), push('Running', 'still pushing')] }));
    r.report(
      task({
        status: 'Failed',
        statusMessage: 'push denied',
        phases: [pull('Success'), commit('Success'), push('Failed', 'denied: requested access is denied')]
      })
    );
    expect(logs).toEqual([
      'Phase PullBaseImage Running',
      'Phase PullBaseImage Success',
      'Phase CommitContainer Running',
      'Phase CommitContainer Success',
      'Phase PushCommittedImage Running: pushing layers',
      'Phase PushCommittedImage Failed: denied: requested access is denied',
      'Task commit-task-1 is Failed: push denied'
    ]);
  });

  it('logs each status change once, with its message', () => {
    const { logs, reporter: r } = reporter();
    r.report(task({ status: 'Running' }));
    r.report(task({ status: 'Running', statusMessage: 'busy' }));
    r.report(task({ status: 'Failed', statusMessage: 'denied' }));
    expect(logs).toEqual(['Task commit-task-1 is Running', 'Task commit-task-1 is Failed: denied']);
  });

  it('keeps what each reporter has seen to itself', () => {
    const first = reporter();
    const second = reporter();
    first.reporter.report(task({ progress: 5, phases: [pull('Running')] }));
    second.reporter.report(task({ progress: 5, phases: [pull('Running')] }));
    expect(second.logs).toEqual(first.logs);
    expect(second.logs).toHaveLength(2);
  });
});

describe('TaskReporter: ECI text', () => {
  it('prints status and phase messages on one line, never as a workflow command', () => {
    const { logs, reporter: r } = reporter();
    const injected = 'Commit container x\n::warning::injected is in progress';
    r.report(task({ statusMessage: injected, phases: [pull('Running', injected)] }));
    r.report(task({ status: 'Failed', statusMessage: injected, phases: [pull('Failed', 'x')] }));
    expect(logs).toEqual([
      'Phase PullBaseImage Running: Commit container x ::warning::injected is in progress',
      'Phase PullBaseImage Failed: x',
      'Task commit-task-1 is Failed: Commit container x ::warning::injected is in progress'
    ]);
    expect(logs.every((line) => !line.includes('\n'))).toBe(true);
  });
});
