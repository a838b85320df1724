/**
 * Every input action.yml declares is read by the code, every output it declares is set by the code, and the code
 * reads and sets nothing undeclared. The scan walks the TypeScript syntax tree: a name counts only where it is passed
 * to an input reader (or listed in an input-name constant), or passed to setOutput / outputs.set, never because it
 * appears in a message.
 */
import { loadAction, scanSources, sourceFiles } from './support.js';

const action = loadAction();
const { inputsRead, outputsSet } = scanSources(sourceFiles('src'));

describe('action.yml and the code agree', () => {
  it('reads every declared input', () => {
    const unread = Object.keys(action.inputs).filter((name) => !inputsRead.has(name));
    expect(unread).toEqual([]);
  });

  it('reads no undeclared input', () => {
    const undeclared = [...inputsRead.entries()]
      .filter(([name]) => !(name in action.inputs))
      .map(([name, where]) => `${name} (${where.join(', ')})`);
    expect(undeclared).toEqual([]);
  });

  it('sets every declared output', () => {
    const unset = Object.keys(action.outputs).filter((name) => !outputsSet.has(name));
    expect(unset).toEqual([]);
  });

  it('sets no undeclared output', () => {
    const undeclared = [...outputsSet.entries()]
      .filter(([name]) => !(name in action.outputs))
      .map(([name, where]) => `${name} (${where.join(', ')})`);
    expect(undeclared).toEqual([]);
  });
});

describe('the source scan', () => {
  const sample = [
    "import * as core from '@actions/core';",
    "throw new InputError('Invalid wait-timeout: expected a duration such as 30m.');",
    "const example = 'poll-interval';",
    '// job-summary is read elsewhere',
    "const region = input('region-id');",
    "const endpoint = core.getInput('endpoint');",
    "const wait = core.getBooleanInput('wait');",
    "const name = required('container-name', 'a container name');",
    "const tag = read('image-tag').trim();",
    "const SECRET_INPUTS = ['access-key-secret', 'security-token'] as const;",
    "const HEADERS = ['x-acs-date'];",
    "outputs.set('task-id', taskId);",
    "core.setOutput('status', status);",
    "log('image', 'not an output');",
    "settings.set('results', 'a map, not the outputs');"
  ].join('\n');
  const scan = scanSources([{ path: 'sample.ts', text: sample }]);

  it('counts names passed to input readers and listed in input-name constants', () => {
    expect([...scan.inputsRead.keys()].sort()).toEqual(
      ['access-key-secret', 'container-name', 'endpoint', 'image-tag', 'region-id', 'security-token', 'wait'].sort()
    );
  });

  it('does not count names that only appear in messages, comments or other strings', () => {
    for (const name of ['wait-timeout', 'poll-interval', 'job-summary', 'x-acs-date']) {
      expect(sample).toContain(name);
      expect(scan.inputsRead.has(name)).toBe(false);
    }
  });

  it('counts outputs set through setOutput or an outputs object, and nothing else', () => {
    expect([...scan.outputsSet.keys()].sort()).toEqual(['status', 'task-id']);
  });

  it('reports where each name is read', () => {
    expect(scan.inputsRead.get('region-id')).toEqual(['sample.ts:5']);
  });
});
