/** Writing the job summary through @actions/core: when it is asked for, and what a summary that fails does. */
import { jest } from '@jest/globals';
import type { ContainerResult } from '../../src/model/results.js';
import { core, linesAt, recorded, resetRecorded, standIn } from '../../test-support/core-stand-in.js';

jest.unstable_mockModule('@actions/core', () => core);
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
    expect(recorded.summary[0]).toBe('# ECI commit container');
    expect(recorded.summary).toContain(
      '<p>Container group <code>eci-2zelg8vwnlzdhf8hv7ab</code> in cn-hangzhou, 1m37s in all.</p>'
    );
    expect(recorded.summary.join('\n')).toContain('<code>t-app1</code>');
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
