/**
 * Section 2 of `npm run bench`: polling economics. 3 s, 20 s and 60 s tasks with growing TaskProgress, run
 * concurrently on separate container groups (the processes sleep almost all the time); counts Describe calls and
 * measures the detection latency (the emulator's finishedAtMs -> the action's exit).
 */
import { DEFAULT_REGION_ID } from '../emulator/container-groups.js';
import { startEmulator } from '../emulator/server.js';
import { actionInputs, assertSucceeded, now, runNode } from './process-sample.js';

export interface PollingSample {
  durationMs: number;
  describeCalls: number;
  /** CommitContainer arrival -> exit. */
  waitingMs: number;
  perMinute: number;
  /** Most Describe calls in any 60 s window. */
  maxInAnyMinute: number;
  detectionMs: number;
  /** Pauses between the Describe calls, in seconds: what the schedule did. */
  gapsS: number[];
  /** KiB: a long wait runs some functions often enough for V8 to optimise them, which start-up does not. */
  peakRssKiB?: number;
}

/** Lanes run concurrently, each on its own container group (one commit task per group at a time). */
export const LANES: Array<{ durationMs: number; repeat: number }> = [
  { durationMs: 3_000, repeat: 3 },
  { durationMs: 20_000, repeat: 3 },
  { durationMs: 60_000, repeat: 1 },
  { durationMs: 60_000, repeat: 1 },
  { durationMs: 60_000, repeat: 1 }
];

export async function runPolling(bundle: string): Promise<PollingSample[]> {
  const groupId = (lane: number): string => `eci-benchpoll${lane}`;
  const emulator = await startEmulator({
    now,
    containerGroups: Object.fromEntries(
      LANES.map((lane, index) => [
        groupId(index),
        { status: 'Running', regionId: DEFAULT_REGION_ID, containers: ['app'], taskDurationMs: lane.durationMs }
      ])
    )
  });
  try {
    const samples: PollingSample[] = [];
    await Promise.all(
      LANES.map(async (lane, index) => {
        // Staggered, so that start-ups do not all compete for the two cores.
        await new Promise((resolve) => setTimeout(resolve, index * 350));
        for (let i = 0; i < lane.repeat; i++) {
          const sample = await runNode([bundle], actionInputs(emulator, groupId(index)));
          assertSucceeded(sample, `${lane.durationMs / 1000} s task`);
          const taskId = sample.outputs['task-id'];
          const task = emulator.task(taskId);
          if (!task) throw new Error(`the emulator does not know task ${taskId}`);
          const commit = emulator
            .requestsFor('CommitContainer')
            .filter((request) => request.params.ContainerGroupId === groupId(index) && request.status === 200)
            .find((request) => request.receivedAt >= sample.spawnedAt);
          const describes = emulator
            .requestsFor('DescribeCommitContainerTask')
            .filter((request) => request.params['TaskId.1'] === taskId)
            .map((request) => request.receivedAt);
          const waitingStart = commit?.receivedAt ?? task.createdAtMs;
          const waitingMs = sample.exitedAt - waitingStart;
          const maxInAnyMinute = Math.max(
            ...describes.map((start) => describes.filter((at) => at >= start && at < start + 60_000).length)
          );
          samples.push({
            durationMs: lane.durationMs,
            describeCalls: describes.length,
            waitingMs,
            perMinute: describes.length / (waitingMs / 60_000),
            maxInAnyMinute,
            detectionMs: sample.exitedAt - task.finishedAtMs,
            gapsS: describes.map((at, k) => (at - (k === 0 ? task.createdAtMs : describes[k - 1])) / 1000),
            ...(sample.peakRssKiB ? { peakRssKiB: sample.peakRssKiB } : {})
          });
          process.stdout.write('.');
        }
      })
    );
    process.stdout.write('\n');
    return samples.sort((a, b) => a.durationMs - b.durationMs);
  } finally {
    await emulator.close();
  }
}
