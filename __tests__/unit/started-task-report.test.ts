/** Outputs and summary for tasks started earlier: the image may be unknown, the container group is. */
import { jest } from '@jest/globals';
import type { ContainerResult } from '../../src/model/results.js';
import { task } from '../../test-support/fakes.js';
import { core, recorded, resetRecorded } from '../../test-support/core-stand-in.js';

jest.unstable_mockModule('@actions/core', () => core);
const { Outputs, resultsJson } = await import('../../src/report/outputs.js');
const { buildSummary } = await import('../../src/report/summary.js');
const { summarizeFailures } = await import('../../src/report/failure.js');

const LISTED: ContainerResult = {
  container: 'app',
  taskId: 't-listed1',
  requestId: 'REQ-7',
  status: 'Succeeded',
  durationMs: 5000,
  groupBusy: false,
  task: task({ taskId: 't-listed1', status: 'Succeeded', phases: [{ phase: 'PullBaseImage', status: 'Success' }] })
};
const UNKNOWN: ContainerResult = {
  container: '',
  taskId: 't-unknown1',
  status: 'Failed',
  failure: 'Commit task t-unknown1 (input task-id) was not found in region cn-hangzhou',
  durationMs: 30_000,
  groupBusy: false
};

describe('reporting tasks started earlier', () => {
  beforeEach(resetRecorded);

  it('leaves image and image-tag unset when the image is unknown, and null in results', () => {
    new Outputs().report(LISTED, [LISTED], false);
    expect(recorded.outputCalls.map(([name]) => name)).toEqual(['task-id', 'request-id', 'status', 'results']);
    expect(JSON.parse(resultsJson([LISTED, UNKNOWN]))).toEqual([
      { container: 'app', taskId: 't-listed1', image: null, status: 'Succeeded', requestId: 'REQ-7', digest: null },
      { container: '', taskId: 't-unknown1', image: null, status: 'Failed', requestId: null, digest: null }
    ]);
  });

  it('sets the image outputs when the workflow names the image', () => {
    const named = { ...LISTED, image: 'registry.cn-hangzhou.aliyuncs.com/ns/app:v9', tag: 'v9' };
    new Outputs().report(named, [named], false);
    expect(recorded.outputCalls).toContainEqual(['image', 'registry.cn-hangzhou.aliyuncs.com/ns/app:v9']);
    expect(recorded.outputCalls).toContainEqual(['image-tag', 'v9']);
  });

  it('says in the summary that the tasks were started earlier, with a dash for what is unknown', () => {
    const summary = buildSummary({ regionId: 'cn-hangzhou', durationMs: 30_000, containers: [LISTED, UNKNOWN] });
    expect(summary.intro).toBe('Commit tasks started earlier, in cn-hangzhou · 1 committed, 1 failed · 30s in all');
    expect(summary.header).toEqual(['Container or task', 'Status', 'Image']);
    // A task whose container ECI has not named is named by its ID; an image nobody named is unknown.
    expect(summary.rows.map((cells) => [cells[0].html, cells[2].html])).toEqual([
      ['<samp>app</samp>', 'unknown (no image-repository)'],
      ['<samp>t-unknown1</samp>', '—']
    ]);
    expect(summary.details.map((item) => item.summary)).toEqual([
      '<code>app</code> · task <code>t-listed1</code>',
      '<code>t-unknown1</code> · task <code>t-unknown1</code>'
    ]);
    expect(summary.details[0].lines).toEqual(['✅ <b>PullBaseImage</b> Success']);
  });

  it('counts commit tasks, one line a task ID, with its container in brackets when known', () => {
    const failedListed = { ...LISTED, status: 'Failed' as const, failure: 'Commit task t-listed1 failed: push denied' };
    const second = {
      ...UNKNOWN,
      taskId: 't-unknown2',
      failure: 'Commit task t-unknown2 (input task-id) was not found'
    };
    expect(summarizeFailures([failedListed, UNKNOWN, second], false, true)).toBe(
      '3 of 3 commit tasks failed:\n' +
        '- t-listed1 [app]: Commit task t-listed1 failed: push denied\n' +
        '- t-unknown1: Commit task t-unknown1 (input task-id) was not found in region cn-hangzhou\n' +
        '- t-unknown2: Commit task t-unknown2 (input task-id) was not found'
    );
  });

  it('tells a failure shared by several tasks once, naming them all', () => {
    const shared = 'DescribeCommitContainerTask failed: Forbidden.RAM (HTTP 403): denied.';
    const open = (taskId: string): ContainerResult => ({ ...UNKNOWN, taskId, status: 'Running', failure: shared });
    expect(summarizeFailures([LISTED, open('t-open1'), open('t-open2')], false, true)).toBe(
      `2 of 3 commit tasks failed:\n- t-open1, t-open2: ${shared}`
    );
  });
});
