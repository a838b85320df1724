/** README.md's structure and the facts it must carry (issue "Docs and ecosystem"). */
import { fencedBlocks, firstTable, headings, readText, section, unticked } from './support.js';

const readme = readText('README.md');
const topLevel = headings(readme).filter((heading) => heading.level === 2);

describe('README structure', () => {
  it('has its sections in the documented order', () => {
    const order = [
      'Quick start',
      'Examples',
      'Inputs',
      'Outputs',
      'Credentials',
      'Reliability',
      'Behaviour and limits',
      'Troubleshooting',
      'Versioning',
      'Development',
      'Running locally'
    ];
    expect(topLevel.map((heading) => heading.text)).toEqual(order);
  });

  it('opens with a one-paragraph summary before the quick start', () => {
    const intro = readme.split('\n## ')[0].replace(/^# .*\n/, '');
    expect(intro).toMatch(/CommitContainer/);
    expect(intro).toMatch(/ACR/);
  });

  it('pins the quick start to @v1', () => {
    const [block] = fencedBlocks(section(readme, 'Quick start')).filter((b) => b.lang === 'yaml');
    expect(block?.text).toMatch(/uses: [\w-]+\/eci-commit-container@v1\n/);
  });

  it('has the six examples (a)-(f), each with a YAML block', () => {
    const examples = headings(section(readme, 'Examples')).filter((heading) => heading.level === 3);
    expect(examples.map((heading) => /^\(([a-f])\)/.exec(heading.text)?.[1])).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    const texts: Record<string, RegExp> = {
      a: /if: failure\(\)/,
      b: /steps\.commit\.outputs\.image/,
      c: /wait: false/,
      d: /matrix:/,
      e: /aliyun\/configure-aliyun-credentials-action@v1/,
      f: /uses: [\w-]+\/eci-commit-container\/\.github\/workflows\/commit-container\.yml@v1/
    };
    for (const heading of examples) {
      const letter = /^\(([a-f])\)/.exec(heading.text)![1];
      const yaml = fencedBlocks(section(readme, heading.text)).filter((block) => block.lang === 'yaml');
      expect(yaml.map((block) => block.text).join('\n')).toMatch(texts[letter]);
    }
  });

  it('refers to this action and its reusable workflow with one owner and @v1 only', () => {
    const references = [...readme.matchAll(/([\w-]+)\/eci-commit-container(\/[^@\s`]*)?@([\w.-]+)/g)];
    expect(references.length).toBeGreaterThan(5);
    expect(new Set(references.map((match) => match[1])).size).toBe(1);
    expect(new Set(references.map((match) => match[3]))).toEqual(new Set(['v1']));
  });
});

describe('README facts', () => {
  it('documents credentials: OIDC permission, trust policy conditions and the minimal RAM policy', () => {
    const credentials = section(readme, 'Credentials');
    expect(credentials).toMatch(/id-token: write/);
    expect(credentials).toMatch(/configure-aliyun-credentials-action/);
    expect(credentials).toMatch(/secrets\./);
    const json = fencedBlocks(credentials)
      .filter((block) => block.lang === 'json')
      .map((block) => JSON.parse(block.text) as unknown);
    const text = JSON.stringify(json);
    for (const fact of [
      'oidc:aud',
      'oidc:sub',
      'eci:CommitContainer',
      'eci:DescribeCommitContainerTask',
      'eci:DescribeContainerGroups'
    ]) {
      expect(text).toContain(fact);
    }
  });

  it('has JSON blocks that parse', () => {
    for (const block of fencedBlocks(readme).filter((b) => b.lang === 'json')) {
      expect(() => JSON.parse(block.text)).not.toThrow();
    }
  });

  it('explains the limits: one commit per group, no cancel after a timeout, no digest, ACR only', () => {
    const limits = section(readme, 'Behaviour and limits');
    expect(limits).toMatch(/one commit per container group at a time/i);
    expect(limits).toMatch(/keeps running after a timeout/i);
    expect(limits).toMatch(/no image digest/i);
    expect(limits).toMatch(/ACR only/i);
  });

  it('explains what is retried and what a timeout means', () => {
    const reliability = section(readme, 'Reliability');
    for (const fact of [/Retried/, /Not retried/, /Throttling/, /max-attempts/, /timeout/i, /keeps running|goes on/]) {
      expect(reliability).toMatch(fact);
    }
  });

  it('has a troubleshooting row for each error code users meet', () => {
    const rows = firstTable(section(readme, 'Troubleshooting'))?.rows ?? [];
    const codes = rows.map((row) => row.code ?? '').join('\n');
    for (const code of [
      'InvalidParameter',
      'IncorrectStatusDetail',
      'InvalidAction',
      'InvalidVolumeType',
      'Forbidden.RAM',
      'Throttling.User',
      'SignatureDoesNotMatch',
      'InvalidAccessKeyId.NotFound',
      'InvalidSecurityToken.Expired',
      'AuthenticationFail.OIDCToken.AudienceNotMatch',
      'AuthenticationFail.NoPermission'
    ]) {
      expect(codes).toContain(`\`${code}\``);
    }
    for (const row of rows) {
      expect(row.cause?.trim()).not.toBe('');
      expect(row.fix?.trim()).not.toBe('');
    }
  });

  it('states versioning: semver tags, a moving v1, the changelog', () => {
    const versioning = section(readme, 'Versioning');
    expect(versioning).toMatch(/semantic versions/i);
    expect(versioning).toMatch(/`v1`/);
    expect(versioning).toMatch(/CHANGELOG\.md/);
  });

  it('gives exactly the two development commands, each in its own block, and links to the local runs', () => {
    const development = section(readme, 'Development');
    const commands = fencedBlocks(development).map((block) => block.text.trim());
    expect(commands).toEqual(['npm ci && npm run demo', 'npm ci && npm test']);
    expect(development).toContain('(#running-locally)');
  });

  it('shows how to run the action locally against the emulator', () => {
    const local = fencedBlocks(section(readme, 'Running locally'))
      .map((block) => block.text.trim())
      .join('\n');
    expect(local).toMatch(/npx @github\/local-action run \. src\/main\.ts \.env/);
    expect(local).toMatch(/npx tsx scripts\/emulator\/cli\.ts --port \d+/);
  });

  it('names only inputs that action.yml declares when it writes `input-name`', () => {
    // Kebab-case names in backticks that look like inputs of this action (e.g. `wait-timeout`) must exist.
    const declared = new Set(
      (firstTable(section(readme, 'Inputs'))?.rows ?? []).map((row) => unticked(row.name ?? ''))
    );
    const prose = readme
      .split('\n')
      .filter((line) => !line.startsWith('|'))
      .join('\n');
    const looksLikeInput =
      /`((?:image|acr|role|oidc|access|security|wait|poll|max|fail|job|sts|container|region)-[a-z-]+)`/g;
    const mentioned = [...prose.matchAll(looksLikeInput)].map((match) => match[1]);
    expect(mentioned.length).toBeGreaterThan(10);
    expect(mentioned.filter((name) => !declared.has(name))).toEqual([]);
  });
});
