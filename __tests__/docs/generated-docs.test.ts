/**
 * `npm run docs` (scripts/docs.mjs, scripts/docs/) on copies of the repository's files in a temporary directory: an
 * input or output added to action.yml reaches README.md's tables, .env.example and the reusable workflow, and
 * `--check` fails, naming the file, while any of them is stale.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, firstTable, section, unticked } from './support.js';
import { loadContract, loadWorkflowCall, REUSABLE_WORKFLOW_PATH, validateWorkflow } from './workflow-check.js';
import { loadAction } from '../../test-support/action-metadata.js';

const CLI = fileURLToPath(new URL('scripts/docs.mjs', ROOT));
const PRETTIER = fileURLToPath(new URL('node_modules/prettier/bin/prettier.cjs', ROOT));
const GENERATED = ['README.md', '.env.example', REUSABLE_WORKFLOW_PATH];
const COPIED = ['action.yml', '.prettierrc', '.prettierignore', ...GENERATED];

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(cwd: string, command: string, args: string[]): Run {
  const { status, stdout, stderr } = spawnSync(process.execPath, [command, ...args], { cwd, encoding: 'utf8' });
  return { status, stdout, stderr };
}

const cli = (cwd: string, ...args: string[]): Run => run(cwd, CLI, args);

/** scripts/docs/generate.mjs, in-process: the paths it finds stale, rewritten unless check. */
type Generate = (root: string, options?: { check?: boolean }) => Promise<string[]>;
let generate: Generate;
beforeAll(async () => {
  ({ generate } = (await import(fileURLToPath(new URL('scripts/docs/generate.mjs', ROOT)))) as { generate: Generate });
});

/** A new optional input, placed after region-id; its description has a pipe and a colon, which need escaping. */
const NEW_INPUT = [
  '  keep-days:',
  "    description: 'Days to keep the image: 1-30 | 0 for ever.'",
  '    required: false',
  "    default: '7'"
].join('\n');
const NEW_OUTPUT = ['  sbom:', "    description: The image's SBOM."].join('\n');

function withNewInputAndOutput(action: string): string {
  const added = action
    .replace(/(\n {2}region-id:\n(?: {4}.*\n)+)/, `$1${NEW_INPUT}\n`)
    .replace(/\noutputs:\n/, `\noutputs:\n${NEW_OUTPUT}\n`);
  expect(added).toContain('keep-days:');
  expect(added).toContain('sbom:');
  return added;
}

function withoutInput(action: string, name: string): string {
  const removed = action.replace(new RegExp(`\\n {2}${name}:\\n(?: {4}.*\\n)+`), '\n');
  expect(removed).not.toContain(`${name}:`);
  return removed;
}

describe('npm run docs', () => {
  let dir: string;
  const read = (path: string): string => readFileSync(join(dir, path), 'utf8');
  const write = (path: string, text: string): void => writeFileSync(join(dir, path), text);
  const original = (path: string): string => readFileSync(new URL(path, ROOT), 'utf8');

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'eci-commit-docs-'));
    for (const path of COPIED) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      copyFileSync(new URL(path, ROOT), join(dir, path));
    }
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the copies current and rewrites none of them', async () => {
    expect(await generate(dir, { check: true })).toEqual([]);
    expect(await generate(dir)).toEqual([]);
    for (const path of GENERATED) expect(read(path)).toBe(original(path));
  });

  it('carries an input and an output added to action.yml into every generated file', async () => {
    const action = withNewInputAndOutput(read('action.yml'));
    write('action.yml', action);

    expect(await generate(dir, { check: true })).toEqual(GENERATED);
    for (const path of GENERATED) expect(read(path)).toBe(original(path));
    expect(await generate(dir)).toEqual(GENERATED);
    expect(await generate(dir, { check: true })).toEqual([]);

    const readme = read('README.md');
    const inputs = firstTable(section(readme, 'Inputs'))!;
    expect(inputs.rows.slice(0, 2).map((row) => unticked(row.name))).toEqual(['region-id', 'keep-days']);
    expect(inputs.rows[1]).toEqual({
      name: '`keep-days`',
      required: 'no',
      default: '`7`',
      description: 'Days to keep the image: 1-30 | 0 for ever.'
    });
    expect(readme).toContain('| `keep-days` | no | `7` | Days to keep the image: 1-30 \\| 0 for ever. |\n');
    expect(firstTable(section(readme, 'Outputs'))!.rows[0]).toEqual({
      name: '`sbom`',
      description: "The image's SBOM."
    });

    expect(read('.env.example')).toMatch(/\n# Days to keep the image: 1-30 \| 0 for ever\.\nINPUT_KEEP-DAYS=7\n/);

    const workflow = read(REUSABLE_WORKFLOW_PATH);
    const call = loadWorkflowCall(workflow);
    expect(call.inputs?.['keep-days']).toEqual({
      description: 'Days to keep the image: 1-30 | 0 for ever.',
      type: 'number',
      default: 7
    });
    expect(call.outputs?.sbom).toEqual({ description: "The image's SBOM.", value: '${{ jobs.commit.outputs.sbom }}' });
    expect(workflow).toContain('      sbom: ${{ steps.commit.outputs.sbom }}\n');
    expect(workflow).toContain('          keep-days: ${{ inputs.keep-days }}\n');
    const contract = loadContract(loadAction(action), call);
    expect(await validateWorkflow(REUSABLE_WORKFLOW_PATH, workflow, contract)).toEqual([]);
    // `npm run lint` runs prettier --check over the repository: the generated file must pass as written.
    expect(run(dir, PRETTIER, ['--check', REUSABLE_WORKFLOW_PATH])).toMatchObject({ status: 0 });
  });

  it('drops an input removed from action.yml from every generated file', async () => {
    write('action.yml', withoutInput(read('action.yml'), 'job-summary'));
    expect(await generate(dir)).toEqual(GENERATED);
    const names = firstTable(section(read('README.md'), 'Inputs'))!.rows.map((row) => unticked(row.name));
    expect(names).toContain('wait');
    expect(names).not.toContain('job-summary');
    expect(read('.env.example')).toContain('INPUT_WAIT=');
    expect(read('.env.example')).not.toContain('INPUT_JOB-SUMMARY');
    expect(read(REUSABLE_WORKFLOW_PATH)).not.toContain('job-summary');
  });

  it.each([
    ['a local value of .env.example', 'cr-endpoint', /LOCAL_VALUES names inputs action\.yml lacks: cr-endpoint/],
    ['a workflow secret', 'registry-password', /SECRET_INPUTS names inputs action\.yml lacks: registry-password/]
  ])(
    'refuses, rather than guess, when %s names an input action.yml lacks, and writes nothing',
    async (_case, name, expected) => {
      write('action.yml', withoutInput(read('action.yml'), name));
      await expect(generate(dir)).rejects.toThrow(expected);
      for (const path of GENERATED) expect(read(path)).toBe(original(path));
    }
  );

  it.each([
    ['README.md', (text: string) => text.replace('| `wait-timeout` | no | `30m` |', '| `wait-timeout` | no | `10m` |')],
    ['.env.example', (text: string) => text.replace('INPUT_MAX-ATTEMPTS=5', 'INPUT_MAX-ATTEMPTS=3')],
    [REUSABLE_WORKFLOW_PATH, (text: string) => text.replace(/\n {10}wait: \$\{\{ inputs\.wait \}\}/, '')]
  ])(
    'finds a hand-edited generated region of %s stale, and only that file; the generator puts it back',
    async (path, edit) => {
      const edited = edit(read(path));
      expect(edited).not.toBe(read(path));
      write(path, edited);
      expect(await generate(dir, { check: true })).toEqual([path]);
      expect(read(path)).toBe(edited);
      expect(await generate(dir)).toEqual([path]);
      expect(read(path)).toBe(original(path));
    }
  );

  it('keeps what is written outside the regions', async () => {
    const note = 'A note kept by hand, next to the generated table.';
    write(
      'README.md',
      read('README.md').replace('<!-- END GENERATED inputs -->\n', `<!-- END GENERATED inputs -->\n\n${note}\n`)
    );
    write('action.yml', withNewInputAndOutput(read('action.yml')));
    await generate(dir);
    expect(read('README.md')).toContain(`<!-- END GENERATED inputs -->\n\n${note}\n`);
  });

  it.each([
    [
      'a missing END marker',
      '.env.example',
      '# END GENERATED inputs\n',
      '',
      /\.env\.example:\d+: region 'inputs' has no END GENERATED inputs/
    ],
    [
      'a missing region',
      'README.md',
      /<!-- BEGIN GENERATED outputs[^\n]*\n[\s\S]*?<!-- END GENERATED outputs -->\n/,
      '',
      /README\.md: no region 'outputs'/
    ],
    [
      'an unknown region',
      REUSABLE_WORKFLOW_PATH,
      '# BEGIN GENERATED secrets',
      '# BEGIN GENERATED secretz',
      /commit-container\.yml:\d+: no generator for region 'secretz'/
    ]
  ])('stops on %s, naming the file', async (_case, path, from: string | RegExp, to, expected) => {
    const broken = read(path).replace(from, to);
    expect(broken).not.toBe(read(path));
    write(path, broken);
    await expect(generate(dir, { check: true })).rejects.toThrow(expected);
  });

  it('as a command: --check exits 1 naming the stale file, 0 once it is regenerated; an unknown argument exits 2', () => {
    write('action.yml', withNewInputAndOutput(read('action.yml')));
    const stale = cli(dir, '--check');
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain(
      `Stale against action.yml; run \`npm run docs\` and commit the result.\n  README.md\n`
    );
    expect(cli(dir)).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(/^Updated from action\.yml: README\.md, /)
    });
    expect(cli(dir, '--check')).toMatchObject({ status: 0, stderr: '' });
    expect(cli(dir, '--fix')).toMatchObject({ status: 2, stderr: expect.stringMatching(/Unknown argument --fix/) });
  });
});

describe("the repository's generated regions", () => {
  it('match action.yml (npm test checks the same with npm run check-docs)', async () => {
    expect(await generate(fileURLToPath(ROOT), { check: true })).toEqual([]);
  });
});
