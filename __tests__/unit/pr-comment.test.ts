import type { ContainerResult } from '../../src/model/results.js';
import { buildComment } from '../../src/report/pr-comment.js';
import { renderGitHubMarkdown } from '../../test-support/github-markdown.js';

const PLACE = {
  workflow: 'ci',
  job: 'commit',
  containerGroupId: 'eci-2zelg8vwnlzdhf8hv7ab',
  runUrl: 'https://github.com/octo/shop/actions/runs/1'
};
const failed: ContainerResult = { container: 'app', status: 'Failed', durationMs: 1, groupBusy: false };

/** The elements GitHub would make of the comment, by name, and every link's target and text. */
function rendered(body: string): { tags: string[]; links: Array<[string, string]> } {
  const html = renderGitHubMarkdown(body);
  const tags = [...html.matchAll(/<([a-z0-9]+)[\s>]/g)].map((match) => match[1]);
  const links = [...html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map((m): [string, string] => [m[1], m[2]]);
  return { tags, links };
}

describe('buildComment', () => {
  it.each([
    ['a link', 'see [docs](https://evil.example/login) now'],
    ['an image', 'look ![tracking](https://evil.example/pixel.png)'],
    ['emphasis, strike-through and code', '**bold** _em_ ~~gone~~ `code`'],
    ['a table cell and an HTML tag', 'a | b <img src=x onerror=alert(1)>'],
    ['a mention and a reference', '@octocat fixes #1'],
    ['an escaped escape', '\\[docs\\](https://evil.example/login)']
  ])('makes no markup of %s in a failure message', (_, message) => {
    const body = buildComment(PLACE, [failed], { failure: message });
    const { tags, links } = rendered(body);
    expect(tags.filter((tag) => !['h3', 'ul', 'li', 'code', 'p', 'a'].includes(tag))).toEqual([]);
    expect(links).toEqual([[PLACE.runUrl, 'The run']]);
  });

  it('keeps the text readable: entities a browser shows as the characters', () => {
    const body = buildComment(PLACE, [failed], { failure: 'see [docs](https://evil.example)' });
    expect(body).toContain('see &#91;docs&#93;&#40;https&#58;//evil.example&#41;');
  });
});
