/** The built action's log (no empty group, the wait said at info level, the result last) and container-group-name. */
import { defaultContainerGroups } from '../../emulator/container-groups.js';
import { runAction } from '../../test-support/action-runner.js';
import {
  baseInputs,
  errorLine,
  parseResults,
  REPOSITORY,
  useEmulator,
  waitInputs
} from '../../test-support/scenario.js';

const CREATED = Date.parse('2026-03-01T08:00:00Z');
const currentEmulator = useEmulator({
  taskDurationMs: 600,
  containerGroups: {
    ...defaultContainerGroups(),
    'eci-shop0000000001': {
      status: 'Succeeded',
      regionId: 'cn-hangzhou',
      name: 'shop',
      containers: ['app'],
      createdAtMs: CREATED
    },
    'eci-shop0000000002': {
      status: 'Running',
      regionId: 'cn-hangzhou',
      name: 'shop',
      containers: ['app', 'sidecar'],
      createdAtMs: CREATED + 3_600_000
    },
    'eci-twin0000000001': { status: 'Running', regionId: 'cn-hangzhou', name: 'twin', containers: ['app'] },
    'eci-twin0000000002': { status: 'Running', regionId: 'cn-hangzhou', name: 'twin', containers: ['app'] },
    'eci-idle0000000001': {
      status: 'Pending',
      regionId: 'cn-hangzhou',
      name: 'idle',
      containers: ['app'],
      createdAtMs: CREATED
    },
    // Another region: never found from cn-hangzhou.
    'eci-shop0000000003': { status: 'Running', regionId: 'cn-beijing', name: 'shop', containers: ['app'] }
  }
});

/** The lines a person reads: no workflow commands other than groups, no debug lines. */
const visible = (stdout: string): string[] =>
  stdout.split('\n').filter((line) => line !== '' && !line.startsWith('::debug::') && !line.startsWith('::add-mask::'));

/** The lines inside each `Waiting for task` group. */
function waitGroups(lines: string[]): string[][] {
  const groups: string[][] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    if (line.startsWith('::group::Waiting for task')) groups.push((current = []));
    else if (line === '::endgroup::') current = undefined;
    else current?.push(line);
  }
  return groups;
}

function byName(emulator: ReturnType<typeof currentEmulator>, name: string, overrides: Record<string, string> = {}) {
  const inputs = baseInputs(emulator, { 'container-group-name': name, 'image-tag': 'v1', ...overrides });
  delete inputs['container-group-id'];
  return inputs;
}

describe('the log of the built action', () => {
  it('opens no empty group, says the wait at info level, names the tags pushed and ends with the result', async () => {
    const emulator = currentEmulator();
    // Long enough for a poll to see a phase running.
    emulator.configure({ taskDurationMs: 2500 });
    const result = await runAction({
      inputs: baseInputs(emulator, { 'container-name': 'app, sidecar', 'image-tag': 'v7', 'wait-timeout': '45' })
    });
    expect(result.exitCode).toBe(0);
    const lines = visible(result.stdout);
    for (const [index, line] of lines.entries()) {
      if (line.startsWith('::group::')) expect(lines[index + 1]).not.toBe('::endgroup::');
    }
    expect(lines).not.toContainEqual(expect.stringMatching(/^::group::CommitContainer/));
    expect(lines).toContain('Waiting up to 45s (wait-timeout) for each commit task.');
    expect(lines).toContain(
      '::warning::wait-timeout: 45 means 45 seconds (a plain number is seconds). For minutes, write 45m.'
    );
    expect(lines).toContain(
      `Committing containers app, sidecar of eci-emulator0000000001 (cn-hangzhou) to ${REPOSITORY}:v7-app, ${REPOSITORY}:v7-sidecar.`
    );
    const app = emulator.registry.digestOf(REPOSITORY, 'v7-app');
    const sidecar = emulator.registry.digestOf(REPOSITORY, 'v7-sidecar');
    expect(lines.at(-1)).toBe(`Result: pushed app → ${REPOSITORY}@${app}, sidecar → ${REPOSITORY}@${sidecar}.`);
    // In each wait group, a running phase says the task is in progress: no task line says it again.
    const waits = waitGroups(lines);
    expect(waits).toHaveLength(2);
    for (const wait of waits) {
      expect(wait).toContainEqual(expect.stringMatching(/^Phase \w+ Running/));
      expect(wait).not.toContainEqual(expect.stringMatching(/^Task t-\S+ is Running/));
    }
    // Each success is said once, with its digest, and then in the result line.
    expect(lines).not.toContainEqual(expect.stringMatching(/^Task t-\S+ is Succeeded/));
    expect(lines).not.toContainEqual(expect.stringMatching(/^Digest of /));
    for (const [tag, digest] of [
      ['v7-app', app],
      ['v7-sidecar', sidecar]
    ]) {
      expect(lines.filter((line) => line.includes('committed and pushed'))).toContain(
        `Image ${REPOSITORY}:${tag} committed and pushed (digest ${digest}).`
      );
    }
    expect(lines.filter((line) => line.includes('committed and pushed'))).toHaveLength(2);
  });

  it('ends a step that failed before any call with a pointer to its error, not a second copy', async () => {
    const emulator = currentEmulator();
    const result = await runAction({ inputs: waitInputs(emulator, 'not a task id!') });
    expect(result.exitCode).toBe(1);
    const lines = visible(result.stdout);
    expect(lines.filter((line) => line.includes('not a task id!'))).toHaveLength(1);
    expect(lines.at(-1)).toBe('Result: failed before waiting (see the error above).');
  });

  it('ends a failed run with the result line after the error', async () => {
    const emulator = currentEmulator();
    emulator.failNextTask({
      phase: 'PushCommittedImage',
      message: 'denied: requested access to the resource is denied'
    });
    const result = await runAction({ inputs: baseInputs(emulator) });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result.stdout)).toMatch(/in phase PushCommittedImage.*%0AHint: .*role-arn/);
    expect(visible(result.stdout).at(-1)).toBe('Result: failed app.');
  });
});

describe('container-group-name against the emulator', () => {
  it('commits the one Running group of the name, and logs and reports its ID', async () => {
    const emulator = currentEmulator();
    const result = await runAction({ inputs: byName(emulator, 'shop') });
    expect(result.exitCode).toBe(0);
    const lookups = emulator.requestsFor('DescribeContainerGroups');
    expect(lookups).toHaveLength(1);
    expect(lookups[0].params).toMatchObject({ RegionId: 'cn-hangzhou', ContainerGroupName: 'shop', Limit: '20' });
    expect(emulator.requestsFor('CommitContainer').map((request) => request.params.ContainerGroupId)).toEqual([
      'eci-shop0000000002'
    ]);
    expect(result.stdout).toContain(
      'container-group-name shop: container group eci-shop0000000002 (Running, created 2026-03-01T09:00:00Z); eci-shop0000000001 (Succeeded, created 2026-03-01T08:00:00Z) not Running.'
    );
    expect(parseResults(result.outputs.results)).toEqual([
      expect.objectContaining({ container: 'app', containerGroupId: 'eci-shop0000000002', status: 'Succeeded' })
    ]);
    expect(result.summary).toContain('eci-shop0000000002');
  });

  it.each<[string, RegExp]>([
    ['nosuch', /Invalid container-group-name 'nosuch': no container group of that name in region cn-hangzhou/],
    ['twin', /matches 2 Running groups: eci-twin0000000001 \(Running, created [^)]+\), eci-twin0000000002/],
    [
      'idle',
      /has no Running group, and CommitContainer needs one: eci-idle0000000001 \(Pending, created 2026-03-01T08:00:00Z\)/
    ]
  ])('fails before any commit for %s, listing what it found', async (name, message) => {
    const emulator = currentEmulator();
    const result = await runAction({ inputs: byName(emulator, name) });
    expect(result.exitCode).toBe(1);
    expect(emulator.requestsFor('CommitContainer')).toHaveLength(0);
    expect(errorLine(result.stdout)).toMatch(message);
    const lines = visible(result.stdout);
    expect(lines.at(-1)).toBe('Result: failed before any commit (see the error above).');
    // The error is printed once, in full.
    expect(lines.filter((line) => message.test(line))).toHaveLength(1);
  });
});
