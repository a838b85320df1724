/** Every relative link of README.md and docs/*.md reaches a file of the repository, and every #anchor a heading. */
import { statSync } from 'node:fs';
import { posix } from 'node:path';
import { anchors, fileExists, headingSlug, links, markdownFiles, readText } from './support.js';

/** The problems of one file's links: a missing file, or an anchor that no heading of the target has. */
export function linkProblems(path: string, markdown: string, read: (path: string) => string | undefined): string[] {
  const problems: string[] = [];
  for (const { target, line } of links(markdown)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: and the like
    const [file, anchor] = target.split('#', 2);
    const resolved = file === '' ? path : posix.normalize(posix.join(posix.dirname(path), decodeURI(file)));
    const where = `${path}:${line}: ${target}`;
    if (resolved.startsWith('..')) {
      problems.push(`${where}: leaves the repository`);
      continue;
    }
    const text = resolved === path ? markdown : read(resolved);
    if (text === undefined) {
      problems.push(`${where}: no file ${resolved}`);
      continue;
    }
    if (anchor !== undefined && resolved.endsWith('.md') && !anchors(text).has(anchor)) {
      problems.push(`${where}: ${resolved} has no heading #${anchor}`);
    }
  }
  return problems;
}

function readRepositoryFile(path: string): string | undefined {
  const trimmed = path.replace(/\/$/, '');
  if (!fileExists(trimmed)) return undefined;
  return statSync(new URL(trimmed, new URL('../../', import.meta.url))).isDirectory() ? '' : readText(trimmed);
}

describe('links in the documentation', () => {
  it('covers the README and the docs folder', () => {
    expect(markdownFiles()).toEqual(
      expect.arrayContaining([
        'README.md',
        'docs/credentials.md',
        'docs/examples.md',
        'docs/reliability.md',
        'docs/security.md',
        'docs/troubleshooting.md',
        'docs/development.md'
      ])
    );
  });

  it('has relative links to check', () => {
    const relative = markdownFiles().flatMap((path) =>
      links(readText(path)).filter((link) => !/^https?:/.test(link.target))
    );
    expect(relative.length).toBeGreaterThan(20);
  });

  it.each(markdownFiles())('%s: every relative link and #anchor resolves', (path) => {
    const markdown = readText(path);
    expect(linkProblems(path, markdown, readRepositoryFile)).toEqual([]);
  });
});

describe('the link check', () => {
  const files: Record<string, string> = {
    'README.md': '# Title\n\n## Quick start\n\n### (c) Start now, wait later (`wait: false`, then `task-id`)\n',
    'docs/a.md': '# A\n\n## Let ECI push the image\n\n## Notes\n\n## Notes\n'
  };
  const read = (path: string): string | undefined => files[path];

  it('finds GitHub anchors, numbering repeated headings', () => {
    expect(headingSlug('(c) Start now, wait later (`wait: false`, then `task-id`)')).toBe(
      'c-start-now-wait-later-wait-false-then-task-id'
    );
    expect(headingSlug('With aliyun/configure-aliyun-credentials-action')).toBe(
      'with-aliyunconfigure-aliyun-credentials-action'
    );
    expect([...anchors(files['docs/a.md'])]).toEqual(['a', 'let-eci-push-the-image', 'notes', 'notes-1']);
  });

  it('accepts links that resolve, and ignores external links and code', () => {
    const markdown = [
      '### (c) Start now, wait later (`wait: false`, then `task-id`)',
      '[push](docs/a.md#let-eci-push-the-image) [start](#c-start-now-wait-later-wait-false-then-task-id)',
      '[site](https://example.com/x#y) `[not](a-link.md)`',
      '```md',
      '[inside](a-fence.md)',
      '```',
      ''
    ].join('\n');
    expect(linkProblems('README.md', markdown, read)).toEqual([]);
    expect(
      linkProblems('docs/a.md', '## Notes\n\n## Notes\n[back](../README.md#quick-start) [again](#notes-1)\n', read)
    ).toEqual([]);
  });

  it('names a missing file, a missing anchor, and a link out of the repository', () => {
    const markdown = '[a](docs/missing.md)\n[b](docs/a.md#nowhere)\n[c](#quick-starts)\n[d](../../etc/passwd)\n';
    expect(linkProblems('README.md', markdown, read)).toEqual([
      'README.md:1: docs/missing.md: no file docs/missing.md',
      'README.md:2: docs/a.md#nowhere: docs/a.md has no heading #nowhere',
      'README.md:3: #quick-starts: README.md has no heading #quick-starts',
      'README.md:4: ../../etc/passwd: leaves the repository'
    ]);
  });
});
