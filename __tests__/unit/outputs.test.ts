import { jest } from '@jest/globals';

const setOutput = jest.fn<(name: string, value: unknown) => void>();
jest.unstable_mockModule('@actions/core', () => ({ setOutput }));
const { Outputs } = await import('../../src/outputs.js');

describe('Outputs', () => {
  beforeEach(() => setOutput.mockReset());

  it('sets each output as soon as it is given, and remembers it', () => {
    const outputs = new Outputs();
    outputs.set('task-id', 'commit-task-1');
    outputs.set('status', 'Running');
    expect(setOutput.mock.calls).toEqual([
      ['task-id', 'commit-task-1'],
      ['status', 'Running']
    ]);
    expect(outputs.get('task-id')).toBe('commit-task-1');
    expect(outputs.get('image')).toBeUndefined();
  });

  it('does not set the same value twice, but does set a change', () => {
    const outputs = new Outputs();
    outputs.set('status', 'Running');
    outputs.set('status', 'Running');
    outputs.set('status', 'Succeeded');
    expect(setOutput.mock.calls).toEqual([
      ['status', 'Running'],
      ['status', 'Succeeded']
    ]);
    expect(outputs.get('status')).toBe('Succeeded');
  });

  it('sets an empty value once', () => {
    const outputs = new Outputs();
    outputs.set('request-id', '');
    outputs.set('request-id', '');
    expect(setOutput.mock.calls).toEqual([['request-id', '']]);
  });
});
