/**
 * Runs whose job summaries the preview renders and the tests check: results as the action builds them, their
 * failure texts written by the action's own code (settle, describeFailure), not by hand.
 */
import type { ContainerResult } from '../src/model/results.js';
import { settle } from '../src/modes/follow-tasks.js';
import type { CommitPhase, CommitTask } from '../src/model/task.js';
import type { CommonSettings } from '../src/model/settings.js';
import { ApiError } from '../src/model/errors.js';
import { describeFailure } from '../src/report/failure.js';
import type { SummaryReport } from '../src/report/summary.js';
import { containerStateSection } from '../src/report/state-summary.js';

export interface SummaryScenario {
  name: string;
  /** What the run was, in a few words. */
  title: string;
  report: SummaryReport;
  /** The height the summary should stay under at 900 px (the issue: ~600 for one container, ~900 for three). */
  maxHeightPx: number;
}

const REGION = 'cn-hangzhou';
const GROUP = 'eci-2zelg8vwnlzdhf8hv7ab';
const REPOSITORY = 'registry.cn-hangzhou.aliyuncs.com/octo-org/shop';
const TAG = '1a2b3c4';
const ACTION = 'octo-org/eci-commit-container@v1';
const WAIT_TIMEOUT_MS = 15 * 60_000;
const SETTINGS = { waitTimeoutMs: WAIT_TIMEOUT_MS } as CommonSettings;
const digest = (seed: string): string => `sha256:${seed.repeat(64).slice(0, 64)}`;

/** ECI's RecordTime: local time of the region (UTC+8), with nanoseconds. */
const record = (utcMs: number, nanos = '597373230'): string =>
  `${new Date(utcMs + 8 * 3_600_000).toISOString().slice(0, 19)}.${nanos}+08:00`;
/** TaskCreationTime and TaskFinishedTime: UTC, whole seconds. */
const utc = (utcMs: number): string => new Date(utcMs).toISOString().replace('.000Z', 'Z');
/** 2026-12-03 07:35:00 UTC, plus `seconds`. */
const at = (seconds: number): number => Date.UTC(2026, 11, 3, 7, 35, 0) + seconds * 1000;

/** Phases as ECI lists them: name, status, seconds after 07:35:00 UTC, message. */
function phases(...entries: Array<[string, string, number, string?]>): CommitPhase[] {
  return entries.map(([phase, status, seconds, message]) => ({
    phase,
    status,
    recordTime: record(at(seconds)),
    ...(message ? { message } : {})
  }));
}

function result(container: string, overrides: Partial<ContainerResult> = {}): ContainerResult {
  const tag = overrides.tag ?? `${TAG}-${container}`;
  return {
    container,
    image: `${REPOSITORY}:${tag}`,
    tag,
    status: 'Succeeded',
    durationMs: 95_000,
    groupBusy: false,
    ...overrides
  };
}

/** A task created `start` seconds after 07:35:00 UTC. */
function task(taskId: string, start: number, overrides: Partial<CommitTask> = {}): CommitTask {
  return { taskId, status: 'Succeeded', progress: 100, creationTime: utc(at(start)), phases: [], ...overrides };
}

/** A container committed and pushed, its task created `start` seconds after 07:35:00 UTC, its digest read. */
function succeeded(
  container: string,
  taskId: string,
  start: number,
  overrides: Partial<ContainerResult> = {}
): ContainerResult {
  const seed = { app: 'a1', sidecar: 'b2', logger: 'c3' }[container] ?? 'd4';
  return result(container, {
    taskId,
    requestId: `REQ-${container}`,
    digest: digest(seed),
    task: task(taskId, start, {
      finishedTime: utc(at(start + 92)),
      phases: phases(
        ['PullBaseImage', 'Success', start + 9, `Pull base image for container ${container} successfully`],
        ['CommitContainer', 'Success', start + 51, `Commit container ${container} successfully`],
        ['PushCommittedImage', 'Success', start + 92, 'Push image successfully']
      )
    }),
    ...overrides
  });
}

/** A task that ended as `finished`, told by the action's settle(). */
function failedTask(base: ContainerResult, failing: CommitTask): ContainerResult {
  const settled: ContainerResult = { ...base, status: 'Running', task: failing };
  settle(settled, { state: 'finished', task: failing }, SETTINGS, new AbortController().signal);
  return settled;
}

function timedOut(base: ContainerResult, running: CommitTask): ContainerResult {
  const settled: ContainerResult = { ...base, status: 'Running', task: running };
  settle(settled, { state: 'timeout', task: running }, SETTINGS, new AbortController().signal);
  return settled;
}

function cancelled(base: ContainerResult, running: CommitTask): ContainerResult {
  const stop = new AbortController();
  stop.abort('SIGINT');
  const settled: ContainerResult = { ...base, status: 'Running', task: running };
  settle(settled, { state: 'cancelled', task: running }, SETTINGS, stop.signal);
  return settled;
}

const notCommitted = (container: string): ContainerResult => result(container, { status: 'Skipped', durationMs: 0 });

const report = (
  containers: ContainerResult[],
  durationMs: number,
  extra: Partial<SummaryReport> = {}
): SummaryReport => ({
  regionId: REGION,
  containerGroupId: GROUP,
  durationMs,
  containers,
  waitTimeoutMs: WAIT_TIMEOUT_MS,
  action: ACTION,
  ...extra
});

/** 300 characters, as the example. */
const LONG_ERROR =
  'Commit container checkout-api failed: failed to create overlay snapshot: write /var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/4711/fs/usr/share/app/cache/precompiled-assets.tar: no space left on device; the container group eci-2zelg8vwnlzdhf8hv7ab has 0 bytes free of 40 GiB';

export const SUMMARY_SCENARIOS: SummaryScenario[] = [
  {
    name: 'debug-report-oom',
    title: 'debug-report: true on *, the sidecar was OOM-killed and restarted; all three committed',
    // Three containers (900 px) and the open "Container state" part with its table and the group's Warning events.
    maxHeightPx: 1100,
    report: report(
      [
        succeeded('app', 't-2zej6nstkg744qc3abcd', 0),
        succeeded('sidecar', 't-2zej6nstkg744qc3efgh', 95),
        succeeded('logger', 't-2zej6nstkg744qc3ijkl', 190)
      ],
      285_000,
      {
        sections: [
          containerStateSection({
            folder: '/home/runner/work/_temp/eci-debug-report-x1y2z3',
            groupStatus: 'Running',
            containers: [
              { name: 'app', ready: true, restartCount: 0, current: { state: 'Running', startTime: utc(at(-600)) } },
              {
                name: 'sidecar',
                ready: true,
                restartCount: 1,
                current: { state: 'Running', startTime: utc(at(-120)) },
                previous: {
                  state: 'Terminated',
                  reason: 'OOMKilled',
                  exitCode: 137,
                  signal: 9,
                  startTime: utc(at(-600)),
                  finishTime: utc(at(-121))
                }
              },
              { name: 'logger', ready: true, restartCount: 0, current: { state: 'Running', startTime: utc(at(-600)) } }
            ],
            events: [
              {
                type: 'Warning',
                reason: 'OOMKilled',
                message: 'Out of memory',
                count: 1,
                firstTimestamp: utc(at(-121)),
                lastTimestamp: utc(at(-121))
              },
              {
                type: 'Warning',
                reason: 'BackOff',
                message: 'Back-off restarting failed container sidecar',
                count: 2,
                firstTimestamp: utc(at(-121)),
                lastTimestamp: utc(at(-119))
              }
            ]
          })
        ]
      }
    )
  },
  {
    name: 'one-succeeded',
    title: 'One container committed, digest read back',
    maxHeightPx: 600,
    report: report([succeeded('app', 't-2zej6nstkg744qc3abcd', 0, { tag: TAG, image: `${REPOSITORY}:${TAG}` })], 97_000)
  },
  {
    name: 'three-one-failed',
    title: 'container-name: * on three containers (fail-fast: false), the second one fails',
    maxHeightPx: 900,
    report: report(
      [
        succeeded('app', 't-2zej6nstkg744qc3abcd', 0),
        failedTask(
          result('sidecar', { taskId: 't-2zej6nstkg744qc3efgh', requestId: 'REQ-sidecar', durationMs: 61_000 }),
          task('t-2zej6nstkg744qc3efgh', 97, {
            status: 'Failed',
            progress: 70,
            statusMessage: 'Commit container sidecar failed',
            finishedTime: utc(at(158)),
            phases: phases(
              ['PullBaseImage', 'Success', 109],
              ['CommitContainer', 'Success', 137],
              [
                'PushCommittedImage',
                'Failed',
                158,
                'push denied: requested access to the resource is denied (namespace octo-org)'
              ]
            )
          })
        ),
        succeeded('logger', 't-2zej6nstkg744qc3ijkl', 160)
      ],
      258_000
    )
  },
  {
    name: 'wait-timeout',
    title: 'wait-timeout (15m) passes while the task still runs',
    maxHeightPx: 600,
    report: report(
      [
        timedOut(
          result('app', {
            tag: TAG,
            image: `${REPOSITORY}:${TAG}`,
            taskId: 't-2zej6nstkg744qc3abcd',
            durationMs: 900_000
          }),
          task('t-2zej6nstkg744qc3abcd', 0, {
            status: 'Running',
            progress: 60,
            statusMessage: 'Commit container app is in progress',
            phases: phases(
              ['PullBaseImage', 'Success', 40],
              ['CommitContainer', 'Running', 41, 'Committing container app']
            )
          })
        )
      ],
      902_000
    )
  },
  {
    name: 'wait-false',
    // The action refuses wait: false with several containers (checkWaitAllows): one container, as it allows.
    title: 'wait: false: the task is left running',
    maxHeightPx: 600,
    report: report(
      [
        result('app', {
          tag: TAG,
          image: `${REPOSITORY}:${TAG}`,
          status: 'Running',
          taskId: 't-2zej6nstkg744qc3abcd',
          requestId: 'REQ-app',
          durationMs: 1_200
        })
      ],
      1_900,
      { waitTimeoutMs: WAIT_TIMEOUT_MS }
    )
  },
  {
    name: 'failed-long-error',
    title: 'One task fails with a 300-character error, to a long Enterprise Edition repository',
    maxHeightPx: 600,
    report: report(
      [
        failedTask(
          {
            container: 'checkout-api',
            image:
              'my-company-prod-registry-vpc.cn-hangzhou.cr.aliyuncs.com/platform-team-namespace/checkout-api-service-with-a-long-name:release-2026-12-03-1a2b3c4',
            tag: 'release-2026-12-03-1a2b3c4',
            status: 'Running',
            taskId: 't-2zej6nstkg744qc3mnop',
            requestId: 'REQ-checkout',
            durationMs: 44_000,
            groupBusy: false
          },
          task('t-2zej6nstkg744qc3mnop', 0, {
            status: 'Failed',
            progress: 30,
            statusMessage: LONG_ERROR,
            finishedTime: utc(at(44)),
            phases: phases(['PullBaseImage', 'Success', 10], ['CommitContainer', 'Failed', 44, LONG_ERROR])
          })
        )
      ],
      46_000
    )
  },
  {
    name: 'cancelled',
    title: 'The job is cancelled while the second of three containers is committed',
    maxHeightPx: 900,
    report: report(
      [
        succeeded('app', 't-2zej6nstkg744qc3abcd', 0),
        cancelled(
          result('sidecar', { taskId: 't-2zej6nstkg744qc3efgh', requestId: 'REQ-sidecar', durationMs: 20_000 }),
          task('t-2zej6nstkg744qc3efgh', 97, {
            status: 'Running',
            progress: 20,
            phases: phases(['PullBaseImage', 'Running', 109, 'Pulling base image for container sidecar'])
          })
        ),
        notCommitted('logger')
      ],
      118_000
    )
  },
  {
    name: 'skipped-tag-exists',
    title: 'if-tag-exists: skip: the tag of app exists, sidecar is committed',
    maxHeightPx: 900,
    report: report(
      [
        result('app', { status: 'Skipped', durationMs: 0, digest: digest('e5') }),
        succeeded('sidecar', 't-2zej6nstkg744qc3efgh', 3)
      ],
      99_000
    )
  },
  {
    name: 'commit-refused',
    title: 'CommitContainer is refused (RAM): no task, the hint names the permission',
    maxHeightPx: 600,
    report: report(
      [
        result('app', {
          tag: TAG,
          image: `${REPOSITORY}:${TAG}`,
          status: 'Failed',
          durationMs: 800,
          failure: describeFailure(
            new ApiError({
              action: 'CommitContainer',
              code: 'Forbidden.RAM',
              message: 'User not authorized to operate on the specified resource, or this API does not support RAM.',
              requestId: '45D5B0AD-3B00-4A9B-9911-6D5303B06712',
              statusCode: 403,
              retryable: false,
              ambiguous: false
            }),
            undefined,
            false
          )
        })
      ],
      1_900
    )
  }
];
