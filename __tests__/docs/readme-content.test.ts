/**
 * README.md and docs/*.md against the contract: what the short README holds, where the depth lives, the examples, the
 * commands and the names they use (prose is free to change).
 */
import { fencedBlocks, firstTable, headings, markdownFiles, readText, section, unticked } from './support.js';

const readme = readText('README.md');
const docs = Object.fromEntries(markdownFiles().map((path) => [path, readText(path)]));
const yamlOf = (markdown: string): string =>
  fencedBlocks(markdown)
    .filter((block) => block.lang === 'yaml')
    .map((block) => block.text)
    .join('\n');
const jsonOf = (markdown: string): unknown[] =>
  fencedBlocks(markdown)
    .filter((block) => block.lang === 'json')
    .map((block) => JSON.parse(block.text) as unknown);

/** Each step of a workflow's YAML that uses this action: from its `uses:` line to the next step. */
function actionSteps(yaml: string): string[] {
  const steps: string[] = [];
  let current: string[] | undefined;
  for (const line of yaml.split('\n')) {
    if (/^\s*(- )?uses: [\w-]+\/eci-commit-container@/.test(line)) steps.push((current = [line]).join('\n'));
    else if (/^\s*- /.test(line) || /^\S/.test(line)) current = undefined;
    else if (current) {
      current.push(line);
      steps[steps.length - 1] = current.join('\n');
    }
  }
  return steps;
}

describe('Markdown files', () => {
  it.each(['README.md', ...markdownFiles()])('%s has no empty section and no double blank line', (path) => {
    const outsideCode = readText(path).replace(/^```[\s\S]*?^```/gm, '```');
    expect(outsideCode).not.toMatch(/\n\n\n/);
    // A heading followed by one of its level or above, with nothing between: an empty section.
    const lines = outsideCode.split('\n').filter((line) => line.trim() !== '');
    const empty = lines.filter((line, index) => {
      const level = /^(#+) /.exec(line)?.[1].length;
      const next = /^(#+) /.exec(lines[index + 1] ?? '')?.[1].length;
      return level !== undefined && next !== undefined && next <= level;
    });
    expect(empty).toEqual([]);
  });
});

describe('README', () => {
  it('stays short: about 400 lines at most', () => {
    expect(readme.trimEnd().split('\n').length).toBeLessThanOrEqual(405);
  });

  it('leads the quick start with OIDC pinned to @v1, with id-token: write, and shows keys as the alternative', () => {
    const quickStart = section(readme, 'Quick start');
    const [first, second] = fencedBlocks(quickStart).filter((b) => b.lang === 'yaml');
    expect(first?.text).toMatch(/uses: [\w-]+\/eci-commit-container@v1\n/);
    expect(first?.text).toMatch(/id-token: write/);
    expect(first?.text).toMatch(/oidc-role-arn:[\s\S]*oidc-provider-arn:/);
    expect(second?.text).toMatch(/access-key-id:[\s\S]*access-key-secret:/);
    expect(quickStart).toContain('(docs/credentials.md#set-up-github-oidc-in-ram)');
    expect(quickStart).toContain('(#permission-policy)');
  });

  it('passes role-arn in every step of the quick start and the core examples that commits, and says why', () => {
    const yaml = [section(readme, 'Quick start'), section(readme, 'Examples')].map(yamlOf).join('\n');
    const commits = actionSteps(yaml).filter((step) => !/\btask-id:/.test(step));
    expect(commits.length).toBeGreaterThanOrEqual(5);
    for (const step of commits) expect(step).toMatch(/\n\s+role-arn: \S/);
    expect(section(readme, 'Quick start')).toMatch(
      /`role-arn`[^\n]*\n?[^\n]*\(docs\/credentials\.md#let-eci-push-the-image\)/
    );
  });

  it('says how to tag a pull_request run with its head commit', () => {
    expect(section(readme, 'Quick start')).toContain('${{ github.event.pull_request.head.sha }}');
  });

  it('has the three core examples (a)-(c), each with a YAML block', () => {
    const examples = headings(section(readme, 'Examples')).filter((heading) => heading.level === 3);
    const texts: Record<string, RegExp> = {
      a: /if: failure\(\)/,
      b: /if-tag-exists: fail[\s\S]*actions\/attest-build-provenance@v\d+[\s\S]*subject-digest: \$\{\{ steps\.commit\.outputs\.digest \}\}[\s\S]*push-to-registry: true[\s\S]*outputs\.pinned-image/,
      c: /wait: false[\s\S]*task-id: \$\{\{ steps\.commit\.outputs\.task-id \}\}/
    };
    expect(examples.map((heading) => /^\(([a-z])\)/.exec(heading.text)?.[1])).toEqual(['a', 'b', 'c']);
    for (const heading of examples) {
      const letter = /^\(([a-z])\)/.exec(heading.text)![1];
      expect(yamlOf(section(readme, heading.text))).toMatch(texts[letter]);
    }
  });

  it('shows first a permission policy with the registry read-back actions (digest: auto is the default)', () => {
    const [policy] = jsonOf(section(readme, 'Permission policy'));
    const actions = JSON.stringify(policy);
    for (const action of [
      'eci:CommitContainer',
      'eci:DescribeCommitContainerTask',
      'eci:DescribeContainerGroups',
      'cr:GetAuthorizationToken',
      'cr:PullRepository'
    ])
      expect(actions).toContain(`"${action}"`);
  });

  it('links every page of docs/', () => {
    for (const path of markdownFiles().filter((file) => file.startsWith('docs/'))) {
      expect(readme).toContain(`(${path}`);
    }
  });

  it('gives the demo and the test command, each in its own block, and links to docs/development.md', () => {
    const development = section(readme, 'Development');
    const commands = fencedBlocks(development).map((block) => block.text.trim());
    // .ci/run and CI run this test command.
    expect(commands).toEqual(['npm ci && npm run demo', 'npm ci && npm test']);
    expect(development).toContain('(docs/development.md#running-locally)');
  });
});

describe('docs/', () => {
  it('examples.md holds the other examples', () => {
    const examples = yamlOf(docs['docs/examples.md']);
    for (const pattern of [
      /steps\.commit\.outputs\.image/,
      /needs\.start\.outputs\.task-id/,
      /matrix:/,
      /aliyun\/configure-aliyun-credentials-action@v1/,
      /uses: [\w-]+\/eci-commit-container\/\.github\/workflows\/commit-container\.yml@v1/,
      /if-tag-exists: skip/,
      /on: pull_request[\s\S]*image-tag: \$\{\{ github\.event\.pull_request\.head\.sha \}\}/
    ])
      expect(examples).toMatch(pattern);
  });

  it('credentials.md sets up OIDC and the RAM role ECI pushes with, showing both trust and permission policies', () => {
    const credentials = docs['docs/credentials.md'];
    const oidcTrust = JSON.stringify(jsonOf(section(credentials, 'Set up GitHub OIDC in RAM')));
    expect(oidcTrust).toContain('"Federated"');
    expect(oidcTrust).toContain('https://token.actions.githubusercontent.com');

    const push = section(credentials, 'Let ECI push the image');
    const [trust, permission] = jsonOf(push).map((policy) => JSON.stringify(policy));
    expect(trust).toMatch(/"Service":\["eci\.aliyuncs\.com"\]/);
    expect(permission).toContain('"cr:PushRepository"');
    expect(push).toContain('AliyunContainerRegistryFullAccess');
    expect(push).toMatch(/normal service role/);
    expect(yamlOf(push)).toMatch(/role-arn: .+\n\s+role-type: service\n/);
    expect(yamlOf(push)).toMatch(/acr-instance-id: cri-/);
    expect(push).toMatch(/When `role-arn` is needed/);
  });

  it('development.md shows how to run the action locally against the emulator, and the layers', () => {
    const development = docs['docs/development.md'];
    const local = fencedBlocks(section(development, 'Running locally'))
      .map((block) => block.text.trim())
      .join('\n');
    expect(local).toMatch(/npx @github\/local-action run \. src\/main\.ts \.env/);
    expect(local).toMatch(/npx tsx emulator\/cli\.ts --port \d+/);
    const layers = firstTable(section(development, 'Layers'));
    expect(layers?.rows.map((row) => unticked(row.folder ?? '')).slice(0, 8)).toEqual([
      'src/model/',
      'src/runtime/',
      'src/net/',
      'src/inputs/',
      'src/eci/',
      'src/registry/',
      'src/report/',
      'src/modes/'
    ]);
  });
});

describe('commands and names, in every Markdown file', () => {
  it.each(markdownFiles())('%s has JSON blocks that parse', (path) => {
    for (const block of fencedBlocks(docs[path]).filter((b) => b.lang === 'json')) {
      expect(() => JSON.parse(block.text)).not.toThrow();
    }
  });

  it('refers to this action and its reusable workflow with one owner and @v1 (or, to pin, a full commit SHA)', () => {
    const references = Object.values(docs).flatMap((text) => [
      ...text.matchAll(/([\w-]+)\/eci-commit-container(\/[^@\s`]*)?@([\w.-]+)/g)
    ]);
    expect(references.length).toBeGreaterThan(5);
    expect(new Set(references.map((match) => match[1])).size).toBe(1);
    const refs = new Set(references.map((match) => match[3]));
    expect(refs.has('v1')).toBe(true);
    expect([...refs].filter((ref) => ref !== 'v1' && !/^[0-9a-f]{40}$/.test(ref))).toEqual([]);
  });

  it('names only inputs that action.yml declares when it writes `input-name`', () => {
    // Kebab-case names in backticks that look like inputs of this action (e.g. `wait-timeout`) must exist.
    const declared = new Set(
      (firstTable(section(readme, 'Inputs'))?.rows ?? []).map((row) => unticked(row.name ?? ''))
    );
    const looksLikeInput =
      /`((?:image|acr|role|oidc|access|security|wait|poll|max|fail|job|sts|container|region|registry|digest|step|task|if)-[a-z-]+)`/g;
    const mentioned = Object.entries(docs).flatMap(([path, text]) => {
      const prose = text
        .split('\n')
        .filter((line) => path !== 'README.md' || !line.startsWith('|'))
        .join('\n');
      return [...prose.matchAll(looksLikeInput)].map((match) => `${path}: ${match[1]}`);
    });
    expect(mentioned.length).toBeGreaterThan(30);
    const outputs = (firstTable(section(readme, 'Outputs'))?.rows ?? []).map((row) => unticked(row.name ?? ''));
    const allowed = new Set([...outputs, 'max-parallel']); // outputs, and a matrix key of GitHub's
    expect(
      mentioned.filter((entry) => {
        const name = entry.slice(entry.indexOf(': ') + 2);
        return !declared.has(name) && !allowed.has(name);
      })
    ).toEqual([]);
  });
});
