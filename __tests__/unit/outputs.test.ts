import { jest } from '@jest/globals';
import type { ContainerResult } from '../../src/model/results.js';
import { core, recorded, resetRecorded } from '../../test-support/core-stand-in.js';

jest.unstable_mockModule('@actions/core', () => core);
const { Outputs, resultsJson } = await import('../../src/report/outputs.js');

function result(overrides: Partial<ContainerResult>): ContainerResult {
  return {
    container: 'app',
    image: 'registry.cn-hangzhou.aliyuncs.com/ns/app:v1',
    tag: 'v1',
    status: 'Succeeded',
    durationMs: 1000,
    groupBusy: false,
    ...overrides
  };
}

describe('Outputs', () => {
  beforeEach(resetRecorded);

  it('sets each output as soon as it is given', () => {
    const outputs = new Outputs();
    outputs.set('task-id', 'commit-task-1');
    outputs.set('status', 'Running');
    expect(recorded.outputCalls).toEqual([
      ['task-id', 'commit-task-1'],
      ['status', 'Running']
    ]);
  });

  it('does not set the same value twice, but does set a change', () => {
    const outputs = new Outputs();
    outputs.set('status', 'Running');
    outputs.set('status', 'Running');
    outputs.set('status', 'Succeeded');
    expect(recorded.outputCalls).toEqual([
      ['status', 'Running'],
      ['status', 'Succeeded']
    ]);
  });

  it('sets an empty value once', () => {
    const outputs = new Outputs();
    outputs.set('request-id', '');
    outputs.set('request-id', '');
    expect(recorded.outputCalls).toEqual([['request-id', '']]);
  });

  it('reports a container with a task in every output', () => {
    const app = result({ taskId: 't-1', requestId: 'R-1' });
    new Outputs().report(app, [app], false);
    expect(Object.fromEntries(recorded.outputCalls)).toEqual({
      'task-id': 't-1',
      'request-id': 'R-1',
      image: app.image,
      'image-tag': 'v1',
      status: 'Succeeded',
      digest: '',
      'pinned-image': '',
      results: resultsJson([app])
    });
  });

  it('reports nothing for a single container that failed before any task', () => {
    new Outputs().report(result({ status: 'Failed' }), [result({ status: 'Failed' })], false);
    expect(recorded.outputCalls).toEqual([]);
  });

  it('with several containers, describes the last one tried even without a task, and lists them all once flushed', () => {
    const app = result({ taskId: 't-1', requestId: 'R-1' });
    const sidecar = result({ container: 'sidecar', image: 'r/ns/app:v1-sidecar', tag: 'v1-sidecar', status: 'Failed' });
    const outputs = new Outputs();
    outputs.report(app, [app], true);
    resetRecorded();
    outputs.report(sidecar, [app, sidecar], true);
    expect(Object.fromEntries(recorded.outputCalls)).toEqual({
      'task-id': '',
      'request-id': '',
      image: 'r/ns/app:v1-sidecar',
      'image-tag': 'v1-sidecar',
      status: 'Failed'
    });
    outputs.flush();
    outputs.flush();
    expect(recorded.outputCalls.filter(([name]) => name === 'results')).toEqual([
      ['results', resultsJson([app, sidecar])]
    ]);
    expect(JSON.parse(resultsJson([app, sidecar]))).toEqual([
      { container: 'app', taskId: 't-1', image: app.image, status: 'Succeeded', requestId: 'R-1', digest: null },
      {
        container: 'sidecar',
        taskId: null,
        image: 'r/ns/app:v1-sidecar',
        status: 'Failed',
        requestId: null,
        digest: null
      }
    ]);
  });
});

describe('Outputs when GITHUB_OUTPUT cannot be written', () => {
  beforeEach(resetRecorded);

  it('warns once for the task, keeps the value unwritten to try again, and never throws', () => {
    let full = true;
    const written: string[] = [];
    const outputs = new Outputs((name, value) => {
      if (full) throw new Error('ENOSPC: no space left on device, write');
      written.push(`${name}=${value}`);
    });
    const created = result({ taskId: 't-0000000000000001', status: 'Running', requestId: 'R-1' });

    expect(() => outputs.report(created, [created], false)).not.toThrow();
    expect(() => outputs.flush()).not.toThrow();
    const warnings = recorded.lines.filter((line) => line.level === 'warning').map((line) => line.text);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('Could not write the output task-id of commit task t-0000000000000001');
    expect(warnings[0]).toContain('ENOSPC');
    expect(warnings[0]).toContain('with task-id: t-0000000000000001');
    expect(warnings[1]).toContain('Could not write the output results (');

    full = false;
    expect(outputs.set('task-id', 't-0000000000000001')).toBe(true);
    outputs.flush();
    expect(written).toEqual(['task-id=t-0000000000000001', `results=${resultsJson([created])}`]);
  });
});
