/** README.md against the contract: its examples, commands and the names it uses (prose is free to change). */
import { fencedBlocks, firstTable, headings, readText, section, unticked } from './support.js';

const readme = readText('README.md');

describe('README structure', () => {
  it('pins the quick start to @v1', () => {
    const [block] = fencedBlocks(section(readme, 'Quick start')).filter((b) => b.lang === 'yaml');
    expect(block?.text).toMatch(/uses: [\w-]+\/eci-commit-container@v1\n/);
  });

  it('has the eight examples (a)-(h), each with a YAML block', () => {
    const examples = headings(section(readme, 'Examples')).filter((heading) => heading.level === 3);
    expect(examples.map((heading) => /^\(([a-h])\)/.exec(heading.text)?.[1])).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
      'g',
      'h'
    ]);
    const texts: Record<string, RegExp> = {
      a: /if: failure\(\)/,
      b: /steps\.commit\.outputs\.image/,
      c: /wait: false/,
      d: /matrix:/,
      e: /aliyun\/configure-aliyun-credentials-action@v1/,
      f: /uses: [\w-]+\/eci-commit-container\/\.github\/workflows\/commit-container\.yml@v1/,
      g: /if-tag-exists: fail[\s\S]*actions\/attest-build-provenance@v\d+[\s\S]*subject-digest: \$\{\{ steps\.commit\.outputs\.digest \}\}[\s\S]*push-to-registry: true[\s\S]*outputs\.pinned-image/,
      h: /if-tag-exists: skip/
    };
    for (const heading of examples) {
      const letter = /^\(([a-h])\)/.exec(heading.text)![1];
      const yaml = fencedBlocks(section(readme, heading.text)).filter((block) => block.lang === 'yaml');
      expect(yaml.map((block) => block.text).join('\n')).toMatch(texts[letter]);
    }
  });

  it('refers to this action and its reusable workflow with one owner and @v1 (or, to pin, a full commit SHA)', () => {
    const references = [...readme.matchAll(/([\w-]+)\/eci-commit-container(\/[^@\s`]*)?@([\w.-]+)/g)];
    expect(references.length).toBeGreaterThan(5);
    expect(new Set(references.map((match) => match[1])).size).toBe(1);
    const refs = new Set(references.map((match) => match[3]));
    expect(refs.has('v1')).toBe(true);
    expect([...refs].filter((ref) => ref !== 'v1' && !/^[0-9a-f]{40}$/.test(ref))).toEqual([]);
  });
});

describe('README commands and names', () => {
  it('has JSON blocks that parse', () => {
    for (const block of fencedBlocks(readme).filter((b) => b.lang === 'json')) {
      expect(() => JSON.parse(block.text)).not.toThrow();
    }
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
    expect(local).toMatch(/npx tsx emulator\/cli\.ts --port \d+/);
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
