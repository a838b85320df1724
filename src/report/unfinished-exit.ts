import * as core from '@actions/core';

/**
 * What the step says when Node is about to exit while run() has not finished: nothing was left to wake it (a call
 * that neither answered, failed nor timed out). Node would exit quietly, with 0 from the CommonJS bundle, as if all
 * went well; this makes it a failure that says what is known. The outputs known so far are written by run()'s own
 * exit handler.
 */
export function reportUnfinishedExit(): void {
  core.setFailed(
    'The step stopped before its work was done: a network call neither answered, failed nor timed out, which is a bug in this action (please report it). The outputs known so far are set. If it stopped during CommitContainer, a commit task may have been created for the container group: check with DescribeCommitContainerTask before running the step again.'
  );
}
