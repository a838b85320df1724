import {
  CommitTaskStore,
  newTaskId,
  taskFinishedAtMs,
  viewTaskAt,
  type CommitTask
} from '../../emulator/task-simulation.js';
import { isoSeconds, recordTime } from '../../emulator/time-format.js';

const CREATED = Date.parse('2024-05-01T12:00:00.000Z');

function task(overrides: Partial<CommitTask> = {}): CommitTask {
  return {
    taskId: 't-test',
    regionId: 'cn-hangzhou',
    containerGroupId: 'eci-1',
    containerName: 'app',
    image: { repository: 'registry.cn-hangzhou.aliyuncs.com/ns/app', tag: 'v1' },
    createdAtMs: CREATED,
    durationMs: 1000,
    phaseSplit: [0.2, 0.5, 0.3],
    hiddenQueriesLeft: 0,
    ...overrides
  };
}

const phasesAt = (commitTask: CommitTask, elapsedMs: number): string[] =>
  viewTaskAt(commitTask, CREATED + elapsedMs).phases.map((phase) => `${phase.phase}:${phase.status}`);

describe('viewTaskAt', () => {
  it('walks through the three phases, each appearing Running and turning Success', () => {
    const commit = task();
    expect(phasesAt(commit, 0)).toEqual(['PullBaseImage:Running']);
    expect(phasesAt(commit, 199)).toEqual(['PullBaseImage:Running']);
    expect(phasesAt(commit, 200)).toEqual(['PullBaseImage:Success', 'CommitContainer:Running']);
    expect(phasesAt(commit, 700)).toEqual([
      'PullBaseImage:Success',
      'CommitContainer:Success',
      'PushCommittedImage:Running'
    ]);
    expect(phasesAt(commit, 1000)).toEqual([
      'PullBaseImage:Success',
      'CommitContainer:Success',
      'PushCommittedImage:Success'
    ]);
  });

  it('grows the progress in steps of 10% and reaches 100% only when succeeded', () => {
    const commit = task();
    const progress = [0, 99, 100, 450, 999, 1000, 5000].map(
      (elapsed) => viewTaskAt(commit, CREATED + elapsed).progressPercent
    );
    expect(progress).toEqual([0, 0, 10, 40, 90, 100, 100]);
    expect(viewTaskAt(commit, CREATED + 999).status).toBe('Running');
    expect(viewTaskAt(commit, CREATED + 1000)).toMatchObject({ status: 'Succeeded', finishedAtMs: CREATED + 1000 });
  });

  it('records phase times: the start while running, the end once done', () => {
    const commit = task();
    const running = viewTaskAt(commit, CREATED + 300).phases;
    expect(running.map((phase) => phase.recordedAtMs)).toEqual([CREATED + 200, CREATED + 200]);
    const done = viewTaskAt(commit, CREATED + 2000).phases;
    expect(done.map((phase) => phase.recordedAtMs)).toEqual([CREATED + 200, CREATED + 700, CREATED + 1000]);
    expect(done[0]?.message).toBe('Pull base image for container app successfully');
  });

  it('with a zero duration, has succeeded at the first look', () => {
    const view = viewTaskAt(task({ durationMs: 0 }), CREATED);
    expect(view.status).toBe('Succeeded');
    expect(view.progressPercent).toBe(100);
    expect(view.phases.map((phase) => phase.status)).toEqual(['Success', 'Success', 'Success']);
  });

  it('fails in the chosen phase, with its message, and stops there', () => {
    const commit = task({ failure: { phase: 'CommitContainer', message: 'disk full' } });
    expect(taskFinishedAtMs(commit)).toBe(CREATED + 700);
    expect(viewTaskAt(commit, CREATED + 699).status).toBe('Running');
    const failed = viewTaskAt(commit, CREATED + 5000);
    expect(failed).toMatchObject({ status: 'Failed', statusMessage: 'disk full', finishedAtMs: CREATED + 700 });
    expect(failed.progressPercent).toBe(70);
    expect(failed.phases.map((phase) => `${phase.phase}:${phase.status}`)).toEqual([
      'PullBaseImage:Success',
      'CommitContainer:Failed'
    ]);
    expect(failed.phases[1]?.message).toBe('disk full');
  });

  it('fails a zero-duration task at once', () => {
    const view = viewTaskAt(
      task({ durationMs: 0, failure: { phase: 'PushCommittedImage', message: 'denied' } }),
      CREATED
    );
    expect(view.status).toBe('Failed');
    expect(view.phases.map((phase) => phase.status)).toEqual(['Success', 'Success', 'Failed']);
  });
});

describe('CommitTaskStore', () => {
  it('lists newest first and finds the running task of a group', () => {
    const store = new CommitTaskStore();
    store.add(task({ taskId: 't-old', createdAtMs: CREATED }));
    store.add(task({ taskId: 't-new', createdAtMs: CREATED + 5000 }));
    store.add(task({ taskId: 't-same-ms', createdAtMs: CREATED + 5000 }));
    expect(store.newestFirst().map((commit) => commit.taskId)).toEqual(['t-same-ms', 't-new', 't-old']);
    expect(store.runningInGroup('eci-1', CREATED + 5500)?.taskId).toBe('t-new');
    expect(store.runningInGroup('eci-1', CREATED + 6000)).toBeUndefined();
    expect(store.runningInGroup('eci-other', CREATED + 5500)).toBeUndefined();
  });
});

describe('formats', () => {
  it('makes task IDs like t-2zej6nstkg744qc3abcd', () => {
    expect(newTaskId()).toMatch(/^t-[a-z0-9]{20}$/);
  });

  it('formats creation times in whole UTC seconds and record times in +08:00 with nanoseconds', () => {
    expect(isoSeconds(Date.parse('2023-03-06T08:22:40.987Z'))).toBe('2023-03-06T08:22:40Z');
    const recorded = recordTime(Date.parse('2023-01-05T06:06:40.920Z'), 'salt');
    expect(recorded).toMatch(/^2023-01-05T14:06:40\.920\d{6}\+08:00$/);
    expect(recordTime(Date.parse('2023-01-05T06:06:40.920Z'), 'salt')).toBe(recorded);
  });
});
