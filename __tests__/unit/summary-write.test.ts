/** Writing the job summary (the summary file stood in for): when it is asked for, and what a summary that fails does. */
import type { ContainerResult } from '../../src/model/results.js';
import { linesAt, mockCoreAndSummary, recorded, resetRecorded, standIn } from '../../test-support/core-stand-in.js';

mockCoreAndSummary();
const { writeJobSummary, writeJobSummaryIfAsked } = await import('../../src/report/summary.js');

const APP: ContainerResult = {
  container: 'app',
  image: 'registry.cn-hangzhou.aliyuncs.com/ns/app:v1',
  tag: 'v1',
  status: 'Succeeded',
  taskId: 't-app1',
  requestId: 'REQ-1',
  durationMs: 95_000,
  groupBusy: false
};
const SETTINGS = { jobSummary: true, regionId: 'cn-hangzhou', containerGroupId: 'eci-2zelg8vwnlzdhf8hv7ab' };

beforeEach(resetRecorded);

describe('writeJobSummaryIfAsked', () => {
  it('writes the summary once when job-summary is true and a container was tried', async () => {
    await writeJobSummaryIfAsked(SETTINGS, [APP], 97_000);
    expect(recorded.summariesWritten).toBe(1);
    const [written] = recorded.summary;
    expect(recorded.summary).toHaveLength(1);
    expect(written).toMatch(/^<h3>✅ /);
    expect(written).toContain(
      '<p>Container group <code>eci-2zelg8vwnlzdhf8hv7ab</code> in cn-hangzhou · 1m37s in all</p>'
    );
    expect(written).toContain('<code>t-app1</code>');
  });

  it('gives the summary the wait-timeout, for the headline of a wait that timed out', async () => {
    const timedOut: ContainerResult = {
      ...APP,
      status: 'Running',
      failure: 'Timed out after 15m waiting for commit task t-app1. The task keeps running on ECI.'
    };
    await writeJobSummaryIfAsked({ ...SETTINGS, waitTimeoutMs: 900_000 }, [timedOut], 901_000);
    expect(recorded.summary[0]).toMatch(/^<h3>⏱ [^<]*15m/);
  });

  it('names this action in the step that waits later, as the runner names it', async () => {
    const saved = { repository: process.env.GITHUB_ACTION_REPOSITORY, ref: process.env.GITHUB_ACTION_REF };
    Object.assign(process.env, { GITHUB_ACTION_REPOSITORY: 'octo-org/eci-commit-container', GITHUB_ACTION_REF: 'v1' });
    try {
      await writeJobSummaryIfAsked(SETTINGS, [{ ...APP, status: 'Running' }], 1000);
    } finally {
      for (const [name, value] of [
        ['GITHUB_ACTION_REPOSITORY', saved.repository],
        ['GITHUB_ACTION_REF', saved.ref]
      ] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
    expect(recorded.summary[0]).toContain('- uses: octo-org/eci-commit-container@v1\n');
  });

  it('writes nothing with job-summary false, without settings, or with no container tried', async () => {
    await writeJobSummaryIfAsked({ ...SETTINGS, jobSummary: false }, [APP], 1000);
    await writeJobSummaryIfAsked(undefined, [APP], 1000);
    await writeJobSummaryIfAsked(SETTINGS, [], 1000);
    expect(recorded.summariesWritten).toBe(0);
    expect(recorded.summary).toEqual([]);
  });

  it('turns a summary that cannot be written into a warning, not a failure', async () => {
    standIn.summaryWriteError = new Error('disk full');
    await expect(writeJobSummaryIfAsked(SETTINGS, [APP], 1000)).resolves.toBeUndefined();
    expect(recorded.summariesWritten).toBe(0);
    expect(linesAt('warning')).toEqual(['Could not write the job summary: disk full']);
    expect(recorded.failed).toEqual([]);
  });
});

describe('writeJobSummary', () => {
  it('rejects when the summary cannot be written', async () => {
    standIn.summaryWriteError = new Error('disk full');
    await expect(writeJobSummary({ ...SETTINGS, durationMs: 1000, containers: [APP] })).rejects.toThrow('disk full');
  });
});
