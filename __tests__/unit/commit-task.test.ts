import { failedPhase, isFinished, parseProgress, type CommitPhase } from '../../src/model/task.js';
import { task } from '../../test-support/fakes.js';

describe('isFinished', () => {
  it.each<[string, boolean]>([
    ['Succeeded', true],
    ['Failed', true],
    ['Running', false],
    ['Pending', false],
    ['Unknown', false],
    ['succeeded', false],
    ['', false]
  ])('%j: %s', (status, expected) => {
    expect(isFinished(task({ status }))).toBe(expected);
  });
});

describe('parseProgress', () => {
  it.each<[unknown, number | undefined]>([
    ['50%', 50],
    ['0%', 0],
    ['100%', 100],
    ['12.5%', 12.5],
    ['75', 75],
    [75, 75],
    [' 30% ', 30],
    ['150%', 100],
    ['-5%', 0],
    ['', undefined],
    [undefined, undefined],
    [null, undefined],
    ['abc', undefined],
    ['%', undefined],
    [Number.NaN, undefined]
  ])('%p is %p', (value, expected) => {
    expect(parseProgress(value)).toBe(expected);
  });
});

describe('failedPhase', () => {
  const phase = (name: string, status: string): CommitPhase => ({ phase: name, status });

  it.each<[string, CommitPhase[], CommitPhase | undefined]>([
    ['no phases', [], undefined],
    ['all fine', [phase('PullBaseImage', 'Success'), phase('CommitContainer', 'Running')], undefined],
    [
      'one failed',
      [phase('PullBaseImage', 'Success'), phase('PushCommittedImage', 'Failed')],
      phase('PushCommittedImage', 'Failed')
    ],
    ['"Failure" spelled otherwise', [phase('CommitContainer', 'failure')], phase('CommitContainer', 'failure')],
    ['two failed: the first', [phase('A', 'Failed'), phase('B', 'Failed')], phase('A', 'Failed')]
  ])('with %s', (_, phases, expected) => {
    expect(failedPhase(task({ phases }))).toEqual(expected);
  });
});
