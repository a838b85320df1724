/** The run the fake runner pretends to be (its GITHUB_* variables); tests may override any of it. */
export const RUN_ENV: Readonly<Record<string, string>> = {
  GITHUB_ACTIONS: 'true',
  GITHUB_SHA: '1a2b3c4d5e6f708192a3b4c5d6e7f80912345678',
  GITHUB_ACTOR: 'octocat',
  GITHUB_REPOSITORY: 'octo-org/shop',
  GITHUB_WORKFLOW: 'release',
  GITHUB_RUN_NUMBER: '42',
  GITHUB_RUN_ID: '987654321',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_EVENT_NAME: 'push',
  RUNNER_OS: 'Linux'
};
