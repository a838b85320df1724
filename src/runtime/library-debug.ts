import * as core from '@actions/core';

/**
 * `DEBUG=*` (or `DEBUG=httpx*`) turns on the `debug` logging of libraries the default credential chain loads: httpx
 * then writes request and response bodies to stderr, the OIDC token and the STS credentials among them, unmasked.
 * The variable is taken out of this process's environment before any of those libraries loads (they read it once,
 * when first loaded). The action's own debug lines come from ACTIONS_STEP_DEBUG, which this leaves alone.
 */
export function withoutLibraryDebug(env: NodeJS.ProcessEnv = process.env): void {
  if (process.env.DEBUG === undefined && env.DEBUG === undefined) return;
  delete process.env.DEBUG;
  delete env.DEBUG;
  core.debug(
    'DEBUG is ignored: it would make the credential libraries print request bodies, credentials included. Use ACTIONS_STEP_DEBUG.'
  );
}
