import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../../test-support/action-runner.js';
import { baseInputs, emulatorSecrets, parseResults, useEmulator, visibleLog } from '../../test-support/scenario.js';
import { GitHubApiStandIn } from '../../test-support/github-api-standin.js';
import { leaksInTexts } from '../../test-support/secret-scan.js';
import { DEFAULT_CONTAINER_GROUP_ID, defaultContainerGroups } from '../../emulator/container-groups.js';
import { containerLogMarker } from '../../emulator/container-logs.js';
import type { ContainerDetail } from '../../emulator/container-states.js';
import type { PolicyDocument } from '../../emulator/ram-policy.js';
import { commentMarker } from '../../src/report/pr-comment.js';

const currentEmulator = useEmulator({ taskDurationMs: 300 });
const github = new GitHubApiStandIn();
const GITHUB_TOKEN = 'ghs_StandInTokenForTestsOnly0000000000';
let runnerTemp: string;

beforeAll(async () => {
  await github.start();
});
afterAll(async () => {
  await github.close();
});
beforeEach(() => {
  runnerTemp = mkdtempSync(join(tmpdir(), 'eci-debug-e2e-'));
  github.reset();
});
afterEach(() => rmSync(runnerTemp, { recursive: true, force: true }));

function withDetails(details: Record<string, ContainerDetail>): void {
  currentEmulator().configure({
    containerGroups: {
      [DEFAULT_CONTAINER_GROUP_ID]: {
        ...defaultContainerGroups()[DEFAULT_CONTAINER_GROUP_ID],
        containerDetails: details
      }
    }
  });
}

/** The runner's environment for this test: its own RUNNER_TEMP (kept after the run) and the GitHub stand-in. */
function runEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { RUNNER_TEMP: runnerTemp, GITHUB_API_URL: github.url, GITHUB_TOKEN, ...extra };
}

function pullRequestEnv(number = 7): Record<string, string> {
  const eventPath = join(runnerTemp, 'event.json');
  writeFileSync(eventPath, JSON.stringify({ action: 'synchronize', pull_request: { number } }));
  return runEnv({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_JOB: 'commit' });
}

const read = (folder: string, file: string): string => readFileSync(join(folder, file), 'utf8');
const markers = (names: string[]): string[] =>
  names.map((name) => containerLogMarker(DEFAULT_CONTAINER_GROUP_ID, name));

describe('debug-report', () => {
  it('on *, keeps both logs of an OOM-killed container that restarted, the state and the events; no log line leaves the folder', async () => {
    const emulator = currentEmulator();
    withDetails({ app: { scenario: 'oom-killed' } });
    const result = await runAction({
      inputs: baseInputs(emulator, { 'container-name': '*', 'debug-report': 'true', 'log-lines': '100' }),
      env: runEnv()
    });

    expect(result.exitCode).toBe(0);
    const folder = result.outputs['debug-report'];
    expect(folder.startsWith(runnerTemp)).toBe(true);
    expect(readdirSync(folder).sort()).toEqual(
      ['app.log', 'app.previous.log', 'events.json', 'logger.log', 'report.md', 'sidecar.log', 'state.json'].sort()
    );
    // Each log asked for before its container's commit, with the tail, timestamps and a byte limit.
    const logs = emulator.requestsFor('DescribeContainerLog');
    expect(logs.map((request) => [request.params.ContainerName, request.params.LastTime ?? 'false'])).toEqual([
      ['app', 'false'],
      ['app', 'true'],
      ['sidecar', 'false'],
      ['logger', 'false']
    ]);
    for (const request of logs)
      expect(request.params).toMatchObject({ Tail: '100', Timestamps: 'true', LimitBytes: '524288' });
    const commits = emulator.requestsFor('CommitContainer');
    expect(commits).toHaveLength(3);
    expect(read(folder, 'app.log').length).toBeGreaterThan(0);
    expect(read(folder, 'app.previous.log')).not.toBe(read(folder, 'app.log'));

    const state = JSON.parse(read(folder, 'state.json')) as {
      status: string;
      containers: Array<{ name: string; restartCount: number; previous?: { exitCode?: number; reason?: string } }>;
    };
    expect(state.status).toBe('Running');
    const app = state.containers.find((container) => container.name === 'app')!;
    expect(app.restartCount).toBe(1);
    expect(app.previous).toMatchObject({ state: 'Terminated', exitCode: 137, reason: 'OOMKilled' });
    const events = JSON.parse(read(folder, 'events.json')) as {
      source: string;
      events: Array<{ type: string; reason: string }>;
    };
    expect(events.source).toBe('DescribeContainerGroupEvents');
    expect(events.events).toContainEqual(expect.objectContaining({ type: 'Warning', reason: 'OOMKilled' }));
    expect(read(folder, 'report.md')).toMatch(/## app ⚠️[\s\S]*last exit 137 \(OOMKilled\)/);

    expect(result.summary).toContain('<details open><summary><b>Container state</b>');
    expect(result.summary).toMatch(
      /<td><code>app<\/code><\/td><td>Running<\/td><td>1<\/td><td>137<\/td><td>OOMKilled<\/td>/
    );
    expect(visibleLog(result.stdout)).toMatch(
      /^Debug report for app: Running, 1 restart, last exit 137 \(OOMKilled\)[^\n]*; kept app\.log, app\.previous\.log\.$/m
    );
    const results = parseResults(result.outputs.results);
    expect(results.find((entry) => entry.container === 'app')!.debugReport).toEqual([
      'app.log',
      'app.previous.log',
      'state.json',
      'events.json',
      'report.md'
    ]);

    // The marker line of each log is in the folder, and nowhere the step wrote for people to read.
    const allLogs = ['app.log', 'app.previous.log', 'sidecar.log', 'logger.log']
      .map((file) => read(folder, file))
      .join('\n');
    for (const marker of markers(['app', 'sidecar', 'logger'])) {
      expect(allLogs).toContain(marker);
      expect(result.everything).not.toContain(marker);
    }
    expect(result.everything).not.toContain('emulator-log-marker-');
    // No secret in the folder's metadata files nor the outputs.
    const secrets = [...emulatorSecrets(emulator), { kind: 'github-token', value: GITHUB_TOKEN }];
    expect(
      leaksInTexts(
        {
          'state.json': read(folder, 'state.json'),
          'events.json': read(folder, 'events.json'),
          'report.md': read(folder, 'report.md'),
          outputs: result.outputFile
        },
        secrets
      )
    ).toEqual([]);
  });

  it('with the log denied: one warning naming eci:DescribeContainerLog, the image still committed, state.json written', async () => {
    const emulator = currentEmulator();
    const policy: PolicyDocument = {
      Version: '1',
      Statement: [
        { Effect: 'Allow', Action: '*', Resource: '*' },
        { Effect: 'Deny', Action: 'eci:DescribeContainerLog', Resource: '*' }
      ]
    };
    emulator.configure({ permissionPolicies: { [emulator.accessKeyId]: [policy] } });
    const result = await runAction({
      inputs: baseInputs(emulator, { 'container-name': 'app, sidecar', 'debug-report': 'true' }),
      env: runEnv()
    });

    expect(result.exitCode).toBe(0);
    expect(result.outputs.status).toBe('Succeeded');
    const warnings = result.stdout.split('\n').filter((line) => line.startsWith('::warning::'));
    const denied = warnings.filter((line) => line.includes('eci:DescribeContainerLog'));
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatch(/DescribeContainerLog failed, the log of app is not kept: Forbidden\.RAM/);
    const folder = result.outputs['debug-report'];
    expect(existsSync(join(folder, 'state.json'))).toBe(true);
    expect(existsSync(join(folder, 'app.log'))).toBe(false);
    expect(JSON.parse(read(folder, 'state.json')).containers).toHaveLength(3);
  });

  it('with a log larger than the answer cap: bounded by LimitBytes, and the step succeeds', async () => {
    const emulator = currentEmulator();
    withDetails({ sidecar: { largeLog: true } });
    const result = await runAction({
      inputs: baseInputs(emulator, { 'container-name': 'sidecar', 'debug-report': 'true', 'log-lines': '2000' }),
      env: runEnv()
    });

    expect(result.exitCode).toBe(0);
    expect(result.stdout).not.toMatch(/^::warning::/m);
    const size = statSync(join(result.outputs['debug-report'], 'sidecar.log')).size;
    expect(size).toBeGreaterThan(0);
    expect(size).toBeLessThanOrEqual(512 * 1024);
    expect(read(result.outputs['debug-report'], 'report.md')).toContain('(cut at the byte limit)');
  });

  it('with task-id is an input error', async () => {
    const emulator = currentEmulator();
    const result = await runAction({
      inputs: {
        'region-id': 'cn-hangzhou',
        'task-id': 't-2zej6nstkg744qc3abcd',
        'access-key-id': emulator.accessKeyId,
        'access-key-secret': emulator.accessKeySecret,
        endpoint: emulator.url,
        'debug-report': 'true'
      },
      env: runEnv()
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/^::error::Input debug-report is true but task-id is set/m);
    expect(emulator.requests).toHaveLength(0);
  });
});

describe('pr-comment', () => {
  it('writes one comment on the pull request and updates it on a second run of the job, escaped', async () => {
    const emulator = currentEmulator();
    github.addComment(7, 'LGTM');
    withDetails({ app: { scenario: 'oom-killed' } });
    const first = await runAction({
      inputs: baseInputs(emulator, { 'debug-report': 'true', 'pr-comment': 'true' }),
      env: pullRequestEnv()
    });
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toContain('pr-comment: commented on pull request #7.');
    const mine = github.comments.filter((comment) => comment.user.type === 'Bot');
    expect(mine).toHaveLength(1);
    const body = mine[0].body;
    expect(body).toMatch(/^<!-- eci-commit-container:[0-9a-f]{32} -->\n### ✅ ECI commit container: 1 of 1 container/);
    expect(body).toContain(`docker pull ${first.outputs['pinned-image']}`);
    expect(body).toMatch(/<td><code>app<\/code><\/td><td>Running<\/td><td>1<\/td><td>137 OOMKilled<\/td>/);
    expect(body).toContain('<a href="https://github.com/octo-org/shop/actions/runs/987654321">The run</a>');
    for (const marker of markers(['app'])) expect(body).not.toContain(marker);
    expect(github.requests.every((request) => request.authorization === `token ${GITHUB_TOKEN}`)).toBe(true);

    // The same job again, failing with a hostile message: the same comment, updated.
    const hostile = '<img src=x onerror=alert(1)> @octocat #1 </pre>';
    emulator.injectError({ action: 'CommitContainer', status: 400, code: 'InvalidParameter', message: hostile });
    const second = await runAction({
      inputs: baseInputs(emulator, { 'pr-comment': 'true' }),
      env: pullRequestEnv()
    });
    expect(second.exitCode).toBe(1);
    expect(second.stdout).toContain("pr-comment: updated this job's comment on pull request #7.");
    expect(github.comments.filter((comment) => comment.user.type === 'Bot')).toHaveLength(1);
    expect(github.comments).toHaveLength(2);
    expect(github.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
    expect(github.requests.filter((request) => request.method === 'PATCH')).toHaveLength(1);
    const updated = github.comments.find((comment) => comment.user.type === 'Bot')!.body;
    expect(updated).toContain('❌ ECI commit container:');
    expect(updated).toContain('&#60;img src=x onerror=alert&#40;1&#41;&#62; &#64;octocat &#35;1 &#60;/pre&#62;');
    expect(updated).not.toContain('<img');
    expect(updated).not.toContain('@octocat');

    const secrets = [...emulatorSecrets(emulator), { kind: 'github-token', value: GITHUB_TOKEN }];
    expect(leaksInTexts({ comment: body, updated, outputs: first.outputFile + second.outputFile }, secrets)).toEqual(
      []
    );
  });

  it('keeps the comments of matrix legs (same job, another container group) apart, and updates each', async () => {
    const emulator = currentEmulator();
    const groups = defaultContainerGroups();
    const ARM64 = 'eci-emulator0000000009';
    emulator.configure({
      containerGroups: { ...groups, [ARM64]: { ...groups[DEFAULT_CONTAINER_GROUP_ID], name: 'emulator-arm64' } }
    });
    const leg = (containerGroupId: string) =>
      runAction({
        inputs: baseInputs(emulator, { 'pr-comment': 'true', 'container-group-id': containerGroupId }),
        env: pullRequestEnv()
      });
    const runs = [await leg(DEFAULT_CONTAINER_GROUP_ID), await leg(ARM64), await leg(ARM64)];
    expect(runs.map((run) => run.exitCode)).toEqual([0, 0, 0]);
    expect(github.comments).toHaveLength(2);
    expect(github.comments.map((comment) => /<code>(eci-\w+)<\/code> committed/.exec(comment.body)?.[1])).toEqual([
      DEFAULT_CONTAINER_GROUP_ID,
      ARM64
    ]);
    expect(github.requests.filter((request) => request.method === 'PATCH')).toHaveLength(1);
  });

  it("updates only a bot's comment: a person's comment carrying the marker is left alone", async () => {
    const emulator = currentEmulator();
    const marker = commentMarker({ workflow: 'release', job: 'commit', containerGroupId: DEFAULT_CONTAINER_GROUP_ID });
    const decoy = github.addComment(7, `${marker}\nA comment the action must not take over`, 'mallory');
    const result = await runAction({ inputs: baseInputs(emulator, { 'pr-comment': 'true' }), env: pullRequestEnv() });

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('pr-comment: commented on pull request #7.');
    expect(github.requests.filter((request) => request.method === 'PATCH')).toEqual([]);
    expect(github.comments.find((comment) => comment.id === decoy.id)!.body).toBe(
      `${marker}\nA comment the action must not take over`
    );
    expect(github.comments.filter((comment) => comment.user.type === 'Bot')).toEqual([
      expect.objectContaining({ body: expect.stringMatching(new RegExp(`^${marker}\n### ✅`)) })
    ]);
  });

  it("with the README's example (container-group-name, *, debug-report): captures that group and names it in the comment", async () => {
    const emulator = currentEmulator();
    withDetails({ app: { scenario: 'oom-killed' } });
    const inputs = baseInputs(emulator, {
      'container-group-name': 'emulator-running',
      'container-name': '*',
      'debug-report': 'true',
      'pr-comment': 'true'
    });
    delete inputs['container-group-id'];
    const result = await runAction({ inputs, env: pullRequestEnv() });

    expect(result.exitCode).toBe(0);
    const folder = result.outputs['debug-report'];
    expect(readdirSync(folder).sort()).toEqual(
      ['app.log', 'app.previous.log', 'events.json', 'logger.log', 'report.md', 'sidecar.log', 'state.json'].sort()
    );
    expect(JSON.parse(read(folder, 'state.json'))).toMatchObject({ containerGroupId: DEFAULT_CONTAINER_GROUP_ID });
    for (const request of emulator.requestsFor('DescribeContainerLog'))
      expect(request.params.ContainerGroupId).toBe(DEFAULT_CONTAINER_GROUP_ID);
    expect(result.summary).toContain('<b>Container state</b>');

    const marker = commentMarker({ workflow: 'release', job: 'commit', containerGroupId: DEFAULT_CONTAINER_GROUP_ID });
    expect(github.comments).toHaveLength(1);
    const body = github.comments[0].body;
    expect(body.startsWith(`${marker}\n`)).toBe(true);
    expect(body).toContain(`3 of 3 containers of <code>${DEFAULT_CONTAINER_GROUP_ID}</code> committed`);
    expect(body).toMatch(/<td><code>app<\/code><\/td><td>Running<\/td><td>1<\/td><td>137 OOMKilled<\/td>/);
  });

  it('refused with 403: one warning naming the permission, and the step still succeeds', async () => {
    const emulator = currentEmulator();
    github.refuse = 403;
    const result = await runAction({ inputs: baseInputs(emulator, { 'pr-comment': 'true' }), env: pullRequestEnv() });

    expect(result.exitCode).toBe(0);
    expect(result.outputs.status).toBe('Succeeded');
    const warnings = result.stdout.split('\n').filter((line) => line.startsWith('::warning::'));
    expect(warnings).toEqual([
      expect.stringMatching(
        /^::warning::pr-comment: GitHub refused the comment on pull request #7 \(HTTP 403\): the job needs 'permissions: pull-requests: write'/
      )
    ]);
  });

  it('on a push event: a note, and no GitHub API call', async () => {
    const emulator = currentEmulator();
    const result = await runAction({ inputs: baseInputs(emulator, { 'pr-comment': 'true' }), env: runEnv() });

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(
      'pr-comment: this run is for a push event, not a pull request: no comment written.'
    );
    expect(github.requests).toEqual([]);
  });
});
