/**
 * run(), in-process on virtual time: container-group-name, the overall `status`, the digest of a task started
 * earlier, the listing after a wrong container name, phase hints, and the log's first and last lines.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { jest } from '@jest/globals';
import { COMMIT_INPUTS } from '../../test-support/step-inputs.js';
import { linesAt, mockCoreAndSummary, recorded } from '../../test-support/core-stand-in.js';

mockCoreAndSummary();
/** pr-comment's GitHub side: a pull request's context and an Octokit that records the comment it is given. */
const written: Array<{ body: string }> = [];
jest.unstable_mockModule('@actions/github', () => ({
  context: {
    payload: { pull_request: { number: 7 } },
    eventName: 'pull_request',
    workflow: 'ci',
    job: 'commit',
    repo: { owner: 'octo', repo: 'shop' },
    serverUrl: 'https://github.com',
    runId: 1
  },
  getOctokit: () => ({
    rest: {
      issues: {
        listComments: async () => ({ data: [] }),
        createComment: async (comment: { body: string }) => written.push(comment)
      }
    }
  })
}));

const { startFakeApiStep } = await import('../../test-support/fake-api-step.js');
const { apiError, task } = await import('../../test-support/fakes.js');
const { commentMarker } = await import('../../src/report/pr-comment.js');
type EciScript = import('../../test-support/fake-eci-api.js').EciScript;
type RegistryAccess = import('../../src/registry/registry-access.js').RegistryAccess;
type ListedContainerGroup = import('../../src/eci/eci-client.js').ListedContainerGroup;

const REPOSITORY = 'registry.cn-hangzhou.aliyuncs.com/octo/shop';
const DIGEST = `sha256:${'ab'.repeat(32)}`;
const BY_NAME: Record<string, string> = Object.fromEntries(
  Object.entries({ ...COMMIT_INPUTS, 'container-group-name': 'shop' }).filter(([name]) => name !== 'container-group-id')
);

const done = (taskId: string, status = 'Succeeded') =>
  task({ taskId, status, progress: 100, phases: [{ phase: 'PushCommittedImage', status: 'Success' }] });
const group = (id: string, status: string, created: string, name = 'shop'): ListedContainerGroup => ({
  containerGroupId: id,
  name,
  status,
  creationTime: created,
  containers: ['app']
});

async function step(
  inputs: Record<string, string>,
  script: EciScript,
  registry?: RegistryAccess,
  env: NodeJS.ProcessEnv = {}
) {
  const { api, createApi, running } = startFakeApiStep(inputs, script, { env, ...(registry ? { registry } : {}) });
  await running;
  return { api, createApi };
}

const texts = (): string[] => recorded.lines.map((line) => line.text);
const results = (): Array<Record<string, unknown>> => JSON.parse(recorded.outputs.get('results') ?? '[]');

describe('container-group-name', () => {
  it('commits the one Running group of the name, logs its ID and puts it in results', async () => {
    const { api } = await step(BY_NAME, {
      groupsByName: [
        {
          groups: [
            group('eci-old1', 'Succeeded', '2026-01-01T00:00:00Z'),
            group('eci-other', 'Running', '2026-01-02T00:00:00Z', 'shop-2')
          ],
          nextToken: 'p2'
        },
        { groups: [group('eci-new2', 'Running', '2026-01-03T00:00:00Z')] }
      ],
      commits: [{ taskId: 't-one', requestId: 'REQ-1' }],
      describes: [[done('t-one')]]
    });
    expect(api.groupByNameCalls.map((call) => call.query)).toEqual([
      { regionId: 'cn-hangzhou', containerGroupName: 'shop', limit: 20 },
      { regionId: 'cn-hangzhou', containerGroupName: 'shop', limit: 20, nextToken: 'p2' }
    ]);
    expect(api.commitCalls.map((call) => call.request.containerGroupId)).toEqual(['eci-new2']);
    expect(texts()).toContain(
      'container-group-name shop: container group eci-new2 (Running, created 2026-01-03T00:00:00Z); eci-old1 (Succeeded, created 2026-01-01T00:00:00Z) not Running.'
    );
    expect(results()).toEqual([expect.objectContaining({ container: 'app', containerGroupId: 'eci-new2' })]);
    expect(recorded.failed).toEqual([]);
    expect(recorded.summary.join('\n')).toContain('eci-new2');
  });

  it('with debug-report and pr-comment, captures the group it found and names it in the comment', async () => {
    const runnerTemp = mkdtempSync(join(tmpdir(), 'group-name-debug-'));
    written.length = 0;
    try {
      const { api } = await step(
        { ...BY_NAME, 'container-name': '*', 'debug-report': 'true', 'pr-comment': 'true', 'github-token': 'ghs_x' },
        {
          groupsByName: [{ groups: [group('eci-new2', 'Running', '2026-01-03T00:00:00Z')] }],
          groups: [{ containerGroupId: 'eci-new2', containers: ['app'] }],
          states: [
            {
              containerGroupId: 'eci-new2',
              status: 'Running',
              containers: [{ name: 'app', restartCount: 0, current: { state: 'Running', startTime: 'a' } }],
              events: []
            }
          ],
          events: [[]],
          logs: [{ content: 'ready\n' }],
          commits: [{ taskId: 't-one', requestId: 'REQ-1' }],
          describes: [[done('t-one')]]
        },
        undefined,
        { RUNNER_TEMP: runnerTemp }
      );
      expect(recorded.failed).toEqual([]);
      expect(api.stateCalls.map((call) => call.containerGroupId)).toEqual(['eci-new2']);
      expect(api.eventCalls.map((call) => call.containerGroupId)).toEqual(['eci-new2']);
      expect(api.logCalls.map((call) => call.query.containerGroupId)).toEqual(['eci-new2']);
      const folder = recorded.outputs.get('debug-report')!;
      expect(basename(folder)).toMatch(/^eci-debug-report-eci-new2-/);
      expect(readFileSync(join(folder, 'app.log'), 'utf8')).toBe('ready\n');
      expect(JSON.parse(readFileSync(join(folder, 'state.json'), 'utf8')).containerGroupId).toBe('eci-new2');

      expect(written).toHaveLength(1);
      const marker = commentMarker({ workflow: 'ci', job: 'commit', containerGroupId: 'eci-new2' });
      expect(written[0].body.startsWith(`${marker}\n`)).toBe(true);
      expect(written[0].body).toContain('1 of 1 container of <code>eci-new2</code> committed');
    } finally {
      rmSync(runnerTemp, { recursive: true, force: true });
    }
  });

  it.each<[string, ListedContainerGroup[], RegExp]>([
    ['none', [], /^Invalid container-group-name 'shop': no container group of that name in region cn-hangzhou\./],
    [
      'two Running',
      [group('eci-a1', 'Running', '2026-01-01T00:00:00Z'), group('eci-b2', 'Running', '2026-01-02T00:00:00Z')],
      /matches 2 Running groups: eci-a1 \(Running, created 2026-01-01T00:00:00Z\), eci-b2 \(Running, created 2026-01-02T00:00:00Z\)\. Not committing: give container-group-id/
    ],
    [
      'none Running',
      [group('eci-p1', 'Pending', '2026-01-01T00:00:00Z')],
      /has no Running group, and CommitContainer needs one: eci-p1 \(Pending, created 2026-01-01T00:00:00Z\)/
    ]
  ])('fails before any commit when the name finds %s, listing what it found', async (_, groups, message) => {
    const { api } = await step(BY_NAME, { groupsByName: [{ groups }] });
    expect(api.commitCalls).toHaveLength(0);
    expect(recorded.failed).toEqual([expect.stringMatching(message)]);
    expect(texts().at(-1)).toBe('Result: failed before any commit (see the error above).');
  });

  it.each<[Record<string, string>, RegExp]>([
    [{ ...COMMIT_INPUTS, 'container-group-name': 'shop' }, /both set/],
    [{ ...BY_NAME, 'container-group-name': 'Shop_1' }, /^Invalid container-group-name 'Shop_1'/],
    [
      { 'region-id': 'cn-hangzhou', 'task-id': 't-one', 'container-group-name': 'shop' },
      /^Input container-group-name is set together with task-id/
    ]
  ])('refuses bad group inputs before any call: %j', async (inputs, message) => {
    const { createApi } = await step(inputs, {});
    expect(createApi).not.toHaveBeenCalled();
    expect(recorded.failed).toEqual([expect.stringMatching(message)]);
  });
});

describe('the status output with several containers', () => {
  const three = { ...COMMIT_INPUTS, 'container-name': 'app, sidecar, logger', 'fail-fast': 'false' };
  it.each<[string, string[], string]>([
    ['Failed if any failed, even when the last succeeded', ['Succeeded', 'Failed', 'Succeeded'], 'Failed'],
    ['Succeeded when all succeeded', ['Succeeded', 'Succeeded', 'Succeeded'], 'Succeeded']
  ])('is %s', async (_, statuses, expected) => {
    await step(three, {
      groups: [{ containerGroupId: COMMIT_INPUTS['container-group-id'], containers: ['app', 'sidecar', 'logger'] }],
      commits: statuses.map((_, index) => ({ taskId: `t-${index}`, requestId: `REQ-${index}` })),
      // Each commit: the group's tasks listed before it, then its wait.
      describes: statuses.flatMap((status, index) => [[], [done(`t-${index}`, status)]])
    });
    expect(recorded.outputs.get('status')).toBe(expected);
    expect(results().map((result) => result.status)).toEqual(statuses);
  });

  it('is Running when one still runs and none failed (a wait that timed out)', async () => {
    await step(
      { ...COMMIT_INPUTS, 'container-name': 'app, sidecar', 'wait-timeout': '2m' },
      {
        groups: [{ containerGroupId: COMMIT_INPUTS['container-group-id'], containers: ['app', 'sidecar'] }],
        commits: [
          { taskId: 't-a', requestId: 'REQ-1' },
          { taskId: 't-b', requestId: 'REQ-2' }
        ],
        describes: [[], [done('t-a')], [], [task({ taskId: 't-b', progress: 10 })]]
      }
    );
    expect(results().map((result) => result.status)).toEqual(['Succeeded', 'Running']);
    expect(recorded.outputs.get('status')).toBe('Running');
  });
});

describe('a task-id step that names its image', () => {
  const inputs = {
    'region-id': 'cn-hangzhou',
    'task-id': 't-one',
    'image-repository': REPOSITORY,
    'image-tag': 'v1',
    'access-key-id': 'LTAI5tExampleKeyId',
    'access-key-secret': 'example-secret-not-real'
  };
  const registry = (digest: string | undefined): RegistryAccess & { asked: string[] } => {
    const asked: string[] = [];
    return {
      asked,
      currentDigest: async () => undefined,
      pushedDigest: async (repository, tag) => {
        asked.push(`${repository}:${tag}`);
        return digest;
      }
    };
  };

  it('reads the digest once the task succeeds and sets digest and pinned-image', async () => {
    const access = registry(DIGEST);
    await step(inputs, { describes: [[done('t-one')]] }, access);
    expect(access.asked).toEqual([`${REPOSITORY}:v1`]);
    expect(recorded.outputs.get('digest')).toBe(DIGEST);
    expect(recorded.outputs.get('pinned-image')).toBe(`${REPOSITORY}@${DIGEST}`);
    expect(texts().at(-1)).toBe(`Result: pushed ${REPOSITORY}@${DIGEST}.`);
  });

  it('fails with digest: true when the digest cannot be read', async () => {
    await step({ ...inputs, digest: 'true' }, { describes: [[done('t-one')]] }, registry(undefined));
    expect(recorded.failed).toEqual([expect.stringContaining('its digest could not be read (digest: true)')]);
  });

  it('does not read it for a task that failed', async () => {
    const access = registry(DIGEST);
    await step(inputs, { describes: [[done('t-one', 'Failed')]] }, access);
    expect(access.asked).toEqual([]);
    expect(recorded.outputs.get('digest') ?? '').toBe('');
  });
});

describe('messages after a refusal or a failed task', () => {
  it('lists the group containers after ECI refuses a single container name, asking only then', async () => {
    const { api } = await step(
      { ...COMMIT_INPUTS, 'container-name': 'apx' },
      {
        commits: [
          apiError({
            action: 'CommitContainer',
            code: 'InvalidParameter.NotFound',
            statusCode: 404,
            retryable: false,
            message: 'The specified ContainerName "apx" is not found.'
          })
        ],
        groups: [{ containerGroupId: COMMIT_INPUTS['container-group-id'], containers: ['app', 'sidecar', 'logger'] }]
      }
    );
    expect(api.groupCalls).toHaveLength(1);
    expect(api.groupCalls[0].at).toBeGreaterThanOrEqual(api.commitCalls[0].at);
    expect(recorded.failed).toEqual([
      expect.stringMatching(
        /^Invalid container-name 'apx': not found in container group eci-2zelg8vwnlzdhf8hv7ab\. It has: app, sidecar, logger\.\n/
      )
    ]);
    // The listing replaces the generic hint: one hint, the one that follows from the list.
    expect(recorded.failed[0].match(/\nHint: /g)).toHaveLength(1);
    expect(recorded.failed[0]).toMatch(/\nHint: use one of the names listed\.$/);
  });

  it('asks for the group within one retry loop: at most max-attempts calls when the listing keeps failing', async () => {
    const { api } = await step(
      { ...COMMIT_INPUTS, 'container-name': 'apx', 'max-attempts': '3' },
      {
        commits: [
          apiError({
            action: 'CommitContainer',
            code: 'InvalidParameter.NotFound',
            statusCode: 404,
            retryable: false,
            message: 'The specified ContainerName "apx" is not found.'
          })
        ],
        groups: Array.from({ length: 20 }, () => apiError({ action: 'DescribeContainerGroups' }))
      }
    );
    expect(api.groupCalls).toHaveLength(3);
    // The listing failed: the refusal stands as ECI gave it.
    expect(recorded.failed[0]).toContain('The specified ContainerName "apx" is not found.');
  });

  it('does not call a name the group lists "not found", and keeps the refusal and its hint', async () => {
    const refusal = apiError({
      action: 'CommitContainer',
      code: 'InvalidParameter',
      statusCode: 400,
      retryable: false,
      message: 'The specified ContainerName "app" is not valid.'
    });
    await step(
      { ...COMMIT_INPUTS, 'container-name': 'app' },
      {
        commits: [refusal],
        groups: [{ containerGroupId: COMMIT_INPUTS['container-group-id'], containers: ['app', 'sidecar'] }]
      }
    );
    expect(recorded.failed).toHaveLength(1);
    expect(recorded.failed[0]).not.toMatch(/not found|use one of the names listed/);
    expect(recorded.failed[0]).toMatch(
      /^Container group eci-2zelg8vwnlzdhf8hv7ab has container app \(it has: app, sidecar\)/
    );
    expect(recorded.failed[0]).toMatch(/\nHint: /);
  });

  it('names container-group-id and region-id when ECI does not know the group', async () => {
    const { api } = await step(COMMIT_INPUTS, {
      commits: [
        apiError({
          action: 'CommitContainer',
          code: 'InvalidParameter.NotFound',
          statusCode: 404,
          retryable: false,
          message: 'The specified ContainerGroupId "eci-2zelg8vwnlzdhf8hv7ab" is not found.'
        })
      ]
    });
    expect(api.groupCalls).toHaveLength(0);
    expect(recorded.failed[0]).toMatch(
      /\nHint: ECI does not know this container group: check container-group-id and region-id/
    );
    expect(recorded.failed[0]).not.toMatch(/check container-name/);
  });

  it.each<[string, string, RegExp]>([
    ['PushCommittedImage', 'push denied: unauthorized', /role-arn.*namespace.*region/],
    ['PullBaseImage', 'pull failed', /registry can be reached/],
    ['CommitContainer', 'commit failed', /still running.*disk space/]
  ])('gives a hint for a task that failed in %s', async (phase, message, hint) => {
    await step(COMMIT_INPUTS, {
      commits: [{ taskId: 't-one', requestId: 'REQ-1' }],
      describes: [
        [
          task({
            taskId: 't-one',
            status: 'Failed',
            statusMessage: message,
            phases: [{ phase, status: 'Failed', message }]
          })
        ]
      ]
    });
    expect(recorded.failed).toEqual([
      expect.stringMatching(new RegExp(`in phase ${phase}.*\\nHint: .*${hint.source}`))
    ]);
  });
});

describe('the log', () => {
  it('says the effective wait at info level, and warns that a plain number under 60 is seconds', async () => {
    await step(
      { ...COMMIT_INPUTS, 'wait-timeout': '30' },
      { commits: [{ taskId: 't-one', requestId: 'REQ-1' }], describes: [[done('t-one')]] }
    );
    expect(linesAt('info')).toContain('Waiting up to 30s (wait-timeout).');
    expect(linesAt('warning')).toContain(
      'wait-timeout: 30 means 30 seconds (a plain number is seconds). For minutes, write 30m.'
    );
  });

  it('names the tags pushed with several containers, and ends with the result', async () => {
    await step(
      { ...COMMIT_INPUTS, 'container-name': 'app, sidecar' },
      {
        groups: [{ containerGroupId: COMMIT_INPUTS['container-group-id'], containers: ['app', 'sidecar'] }],
        commits: [
          { taskId: 't-a', requestId: 'REQ-1' },
          { taskId: 't-b', requestId: 'REQ-2' }
        ],
        describes: [[], [done('t-a')], [], [done('t-b', 'Failed')]]
      }
    );
    expect(linesAt('info')[0]).toBe(
      `Committing containers app, sidecar of eci-2zelg8vwnlzdhf8hv7ab (cn-hangzhou) to ${REPOSITORY}:v1-app, ${REPOSITORY}:v1-sidecar.`
    );
    expect(texts().at(-1)).toBe(`Result: pushed app → ${REPOSITORY}:v1-app (digest not read); failed sidecar.`);
  });
});
