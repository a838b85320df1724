/**
 * Every workflow under .github/workflows and every ```yaml example in README.md and docs/*.md, through GitHub's workflow parser
 * (@actions/workflow-parser) and the reference checks in workflow-check.ts; and the reusable workflow mirrors
 * action.yml (`npm run docs` generates that part of it: these tests hold the contract it must keep).
 */
import { parse as parseYaml } from 'yaml';
import { defaultOf, fencedBlocks, isRequired, listFiles, loadAction, markdownFiles, readText } from './support.js';
import {
  loadContract,
  loadWorkflowCall,
  OUR_ACTION,
  REUSABLE_WORKFLOW_PATH,
  validateWorkflow,
  type WorkflowContract
} from './workflow-check.js';

const contract: WorkflowContract = loadContract();
const action = loadAction();
const workflowFiles = listFiles('.github/workflows', ['.yml', '.yaml']);
const exampleBlocks = markdownFiles().flatMap((path) =>
  fencedBlocks(readText(path))
    .filter((block) => ['yaml', 'yml'].includes(block.lang))
    .map((block) => ({ ...block, name: `${path}:${block.line}` }))
);

describe('workflow files', () => {
  it('include CI and the reusable workflow', () => {
    expect(workflowFiles).toEqual(
      expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/commit-container.yml'])
    );
  });

  it.each(workflowFiles)('%s is valid', async (path) => {
    expect(await validateWorkflow(path, readText(path), contract)).toEqual([]);
  });
});

describe('YAML examples of the README and docs/', () => {
  it('exist in the README and in docs/examples.md', () => {
    expect(exampleBlocks.filter((block) => block.name.startsWith('README.md:')).length).toBeGreaterThanOrEqual(4);
    expect(exampleBlocks.filter((block) => block.name.startsWith('docs/examples.md:')).length).toBeGreaterThanOrEqual(
      8
    );
  });

  it.each(exampleBlocks.map((block) => [block.name, block.text]))('%s is valid', async (name, text) => {
    expect(await validateWorkflow(name, text, contract)).toEqual([]);
  });

  it('use this action as <owner>/eci-commit-container@v1', () => {
    const uses = exampleBlocks.flatMap((block) => [...block.text.matchAll(/uses:\s*(\S+)/g)].map((match) => match[1]));
    const ours = uses.filter((ref) => /eci-commit-container/.test(ref));
    expect(ours.length).toBeGreaterThan(0);
    for (const ref of ours)
      expect(ref).toMatch(/^[\w-]+\/eci-commit-container(\/\.github\/workflows\/[\w.-]+)?@(v1|[0-9a-f]{40})$/);
  });
});

describe('the validator catches mistakes', () => {
  const step = (extra: string): string =>
    [
      '- id: commit',
      '  uses: your-org/eci-commit-container@v1',
      '  with:',
      '    region-id: cn-hangzhou',
      '    container-group-id: eci-2zelg8vwnlzdhf8hv7ab',
      '    container-name: app',
      '    image-repository: registry.cn-hangzhou.aliyuncs.com/ns/app',
      extra
    ].join('\n');

  it('accepts a correct snippet', async () => {
    const snippet = step('- run: echo "$IMAGE"\n  env:\n    IMAGE: ${{ steps.commit.outputs.image }}\n');
    expect(await validateWorkflow('good', snippet, contract)).toEqual([]);
  });

  it.each([
    ['an unknown key', step('  bogus: true\n'), /Unexpected value 'bogus'/],
    ['a bad expression', step('- run: echo ${{ steps.commit.outputs.image == }}\n'), /Unexpected end of expression/],
    ['an unknown function', step('- if: ${{ failed() }}\n  run: echo\n'), /Unrecognized function: 'failed'/],
    ['an unknown context', step('- run: echo ${{ step.commit.outputs.image }}\n'), /Unrecognized named-value: 'step'/],
    ['a uses: without a ref', step('- uses: actions/checkout\n'), /uses 'actions\/checkout': not owner\/repo/],
    ['a uses: with spaces', step('- uses: actions checkout@v5\n'), /not owner\/repo/],
    [
      'a reusable workflow used as a step',
      step('- uses: your-org/eci-commit-container/.github/workflows/commit-container.yml@v1\n'),
      /called with a job-level uses:/
    ],
    ['an undeclared input', step('    imgae-tag: v1\n'), /input 'imgae-tag' is not declared/],
    [
      'an undeclared output',
      step('- run: echo ${{ steps.commit.outputs.sbom }}\n'),
      /'steps\.commit\.outputs\.sbom' is not an output/
    ],
    ['broken YAML', step('- run: echo status: done\n'), /YAML/],
    [
      'a snippet that is neither a workflow nor a step list',
      'uses: actions/checkout@v5\n',
      /neither a complete workflow/
    ]
  ])('%s', async (_case, snippet, expected) => {
    const problems = await validateWorkflow('broken', snippet, contract);
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  it('a job-level uses: without a ref, and an unknown job key', async () => {
    const workflow = [
      'on: push',
      'jobs:',
      '  snapshot:',
      '    uses: your-org/eci-commit-container/.github/workflows/commit-container.yml',
      '    with:',
      '      region-id: cn-hangzhou',
      '      container-group-id: eci-2zelg8vwnlzdhf8hv7ab',
      '      container-name: app',
      '      image-repository: registry.cn-hangzhou.aliyuncs.com/ns/app',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    step:',
      '      - run: echo',
      ''
    ].join('\n');
    expect(await validateWorkflow('broken', workflow, contract)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Unexpected value 'step'/),
        expect.stringMatching(/jobs\.snapshot\.uses '.*commit-container\.yml': not owner\/repo\/\.github/)
      ])
    );
  });

  it('a missing required input', async () => {
    const snippet = step('').replace('    region-id: cn-hangzhou\n', '');
    expect(await validateWorkflow('broken', snippet, contract)).toEqual([
      "broken: jobs.snippet.steps[0].with: required input 'region-id' is missing"
    ]);
  });

  it('a reusable workflow call with an unknown input, a missing one, an unknown secret and output', async () => {
    const workflow = [
      'on: push',
      'jobs:',
      '  snapshot:',
      '    uses: your-org/eci-commit-container/.github/workflows/commit-container.yml@v1',
      '    with:',
      '      container-group-id: eci-2zelg8vwnlzdhf8hv7ab',
      '      container-name: app',
      '      image-repository: registry.cn-hangzhou.aliyuncs.com/ns/app',
      '      wait-for-it: true',
      '    secrets:',
      '      password: ${{ secrets.PASSWORD }}',
      '  after:',
      '    needs: snapshot',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo ${{ needs.snapshot.outputs.sbom }}',
      ''
    ].join('\n');
    expect(await validateWorkflow('broken', workflow, contract)).toEqual(
      expect.arrayContaining([
        "broken: jobs.snapshot.with: input 'wait-for-it' is not declared",
        "broken: jobs.snapshot.with: required input 'region-id' is missing",
        "broken: jobs.snapshot.secrets: secret 'password' is not declared",
        expect.stringMatching(/'needs\.snapshot\.outputs\.sbom' is not an output/)
      ])
    );
  });
});

describe('the reusable workflow mirrors action.yml', () => {
  const call = loadWorkflowCall();
  const workflow = parseYaml(readText(REUSABLE_WORKFLOW_PATH)) as {
    jobs: Record<
      string,
      {
        permissions?: Record<string, string>;
        outputs?: Record<string, string>;
        steps?: Array<{ id?: string; uses?: string; with?: Record<string, string> }>;
      }
    >;
  };
  const CREDENTIALS = ['access-key-id', 'access-key-secret', 'security-token', 'registry-password'];
  const [jobId, job] = Object.entries(workflow.jobs)[0];
  const actionStep = (job.steps ?? []).find((step) => step.uses !== undefined && OUR_ACTION.test(step.uses));

  it('takes every input of the action, typed, with the same required flag and default', () => {
    const problems: string[] = [];
    for (const [name, input] of Object.entries(action.inputs)) {
      if (CREDENTIALS.includes(name)) continue;
      const mirrored = call.inputs?.[name];
      if (!mirrored) {
        problems.push(`${name} is missing`);
        continue;
      }
      const fallback = defaultOf(input);
      const type = /^(true|false)$/.test(fallback) ? 'boolean' : /^\d+$/.test(fallback) ? 'number' : 'string';
      if (mirrored.type !== type) problems.push(`${name}: type ${mirrored.type}, expected ${type}`);
      if ((mirrored.required ?? false) !== isRequired(input)) problems.push(`${name}: required differs`);
      const given = mirrored.default === undefined ? '' : String(mirrored.default);
      if (!isRequired(input) && given !== fallback)
        problems.push(`${name}: default '${given}', expected '${fallback}'`);
      if (!mirrored.description) problems.push(`${name} has no description`);
    }
    const extra = Object.keys(call.inputs ?? {}).filter((name) => !(name in action.inputs) && name !== 'runs-on');
    expect({ problems, extra }).toEqual({ problems: [], extra: [] });
    expect(call.inputs?.['runs-on']).toMatchObject({ type: 'string', default: 'ubuntu-latest' });
  });

  it('takes the credentials as optional secrets', () => {
    expect(Object.keys(call.secrets ?? {}).sort()).toEqual([...CREDENTIALS].sort());
    for (const name of CREDENTIALS) {
      expect(call.secrets?.[name]?.required).toBe(false);
      expect(call.inputs?.[name]).toBeUndefined();
    }
  });

  it('runs the published action (not ./) and passes every input through unchanged', () => {
    expect(actionStep?.uses).toMatch(/^[\w-]+\/eci-commit-container@v1$/);
    const expected = Object.fromEntries(
      Object.keys(action.inputs).map((name) => [
        name,
        `\${{ ${CREDENTIALS.includes(name) ? 'secrets' : 'inputs'}.${name} }}`
      ])
    );
    expect(actionStep?.with).toEqual(expected);
  });

  it("returns every output of the action from the job's outputs", () => {
    const names = Object.keys(action.outputs);
    expect(Object.keys(call.outputs ?? {}).sort()).toEqual([...names].sort());
    for (const name of names) {
      expect(call.outputs?.[name]?.value).toBe(`\${{ jobs.${jobId}.outputs.${name} }}`);
      expect(job.outputs?.[name]).toBe(`\${{ steps.${actionStep?.id}.outputs.${name} }}`);
    }
  });

  it('asks for id-token: write (OIDC) only: it checks nothing out', () => {
    expect(job.permissions).toEqual({ 'id-token': 'write' });
    expect((job.steps ?? []).filter((step) => step.uses?.startsWith('actions/checkout'))).toEqual([]);
  });
});

describe('CI workflow', () => {
  const ci = parseYaml(readText('.github/workflows/ci.yml')) as {
    on: Record<string, unknown>;
    permissions: Record<string, string>;
    jobs: Record<
      string,
      { steps: Array<{ id?: string; uses?: string; run?: string; with?: Record<string, unknown> }> }
    >;
  };

  it('runs on push and pull request with read-only contents', () => {
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    expect(ci.permissions).toEqual({ contents: 'read' });
  });

  it('leaves no credentials in the checkout, since npm ci runs install scripts', () => {
    const checkouts = Object.values(ci.jobs)
      .flatMap((job) => job.steps)
      .filter((step) => step.uses?.startsWith('actions/checkout'));
    expect(checkouts.length).toBeGreaterThan(0);
    for (const step of checkouts) expect(step.with?.['persist-credentials']).toBe(false);
  });

  it('runs npm test, and the action from the checkout against the emulator on 127.0.0.1', () => {
    const runs = Object.values(ci.jobs).flatMap((job) => job.steps.map((step) => step.run ?? ''));
    expect(runs).toContain('npm ci && npm test');
    expect(runs.join('\n')).toMatch(/npx tsx emulator\/cli\.ts --port 8080 .*&/);
    const local = Object.values(ci.jobs)
      .flatMap((job) => job.steps)
      .filter((step) => step.uses === './');
    expect(local.length).toBeGreaterThan(0);
    expect(runs.join('\n')).toMatch(/STATUS/);
  });

  it('sends every call of the action from the checkout to the emulator, the registry read-back included', () => {
    // digest is auto by default: without these endpoints the step would ask the real ACR and cr hosts.
    const local = Object.values(ci.jobs)
      .flatMap((job) => job.steps)
      .filter((step) => step.uses === './');
    for (const step of local) {
      expect(step.with?.endpoint).toBe('http://127.0.0.1:8080');
      if (step.with?.['task-id']) continue;
      expect(step.with?.['registry-endpoint']).toBe('http://127.0.0.1:8080');
      expect(step.with?.['cr-endpoint']).toBe('http://127.0.0.1:8080');
    }
  });
});
