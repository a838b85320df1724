import { defaultImageMessage, runContextFromEnv, shortSha, type RunContext } from '../../src/inputs/run-context.js';

describe('runContextFromEnv', () => {
  it('reads the GITHUB_* variables, trimmed', () => {
    expect(
      runContextFromEnv({
        GITHUB_SHA: ' 1a2b3c4d5e6f ',
        GITHUB_ACTOR: 'octocat',
        GITHUB_REPOSITORY: 'octo-org/shop',
        GITHUB_WORKFLOW: 'release',
        GITHUB_RUN_NUMBER: '42',
        GITHUB_RUN_ID: '987654321',
        GITHUB_RUN_ATTEMPT: '2',
        GITHUB_REF: 'refs/heads/main'
      })
    ).toStrictEqual({
      sha: '1a2b3c4d5e6f',
      actor: 'octocat',
      repository: 'octo-org/shop',
      workflow: 'release',
      runNumber: '42',
      runId: '987654321',
      runAttempt: '2'
    });
  });

  it('leaves out what is unset, empty or blank', () => {
    expect(runContextFromEnv({ GITHUB_SHA: '', GITHUB_ACTOR: '   ' })).toEqual({});
    expect(Object.values(runContextFromEnv({}))).toEqual(Array(7).fill(undefined));
  });
});

describe('shortSha', () => {
  it.each<[string | undefined, string | undefined]>([
    ['1a2b3c4d5e6f708192a3b4c5d6e7f80912345678', '1a2b3c4'],
    ['1a2b3c4', '1a2b3c4'],
    ['abc', 'abc'],
    [undefined, undefined],
    ['', undefined]
  ])('of %j is %j', (sha, expected) => {
    expect(shortSha({ sha })).toBe(expected);
  });
});

describe('defaultImageMessage', () => {
  const full: RunContext = {
    sha: '1a2b3c4d5e6f708192a3b4c5d6e7f80912345678',
    repository: 'octo-org/shop',
    workflow: 'release',
    runNumber: '42'
  };

  it.each<[string, RunContext, string | undefined]>([
    ['everything', full, 'octo-org/shop: release #42 at 1a2b3c4'],
    ['no repository', { ...full, repository: undefined }, 'release #42 at 1a2b3c4'],
    ['no workflow', { ...full, workflow: undefined }, 'octo-org/shop: #42 at 1a2b3c4'],
    ['no run number', { ...full, runNumber: undefined }, 'octo-org/shop: release at 1a2b3c4'],
    ['no commit', { ...full, sha: undefined }, 'octo-org/shop: release #42'],
    ['only the commit', { sha: full.sha }, 'at 1a2b3c4'],
    ['only the repository', { repository: 'octo-org/shop' }, undefined],
    ['nothing', {}, undefined],
    ['a workflow with spaces', { ...full, workflow: 'Build & push' }, 'octo-org/shop: Build & push #42 at 1a2b3c4']
  ])('with %s', (_, context, expected) => {
    expect(defaultImageMessage(context)).toBe(expected);
  });
});
