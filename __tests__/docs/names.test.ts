/** src/inputs/names.ts is the one list of names the code uses: it must say what action.yml declares, no more. */
import { Input, Output, SECRET_INPUTS } from '../../src/inputs/names.js';
import { loadAction } from '../../test-support/action-metadata.js';

const action = loadAction();

describe('the list of names and action.yml', () => {
  it('lists exactly the inputs action.yml declares', () => {
    expect(Object.values(Input).sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('lists exactly the outputs action.yml declares', () => {
    expect(Object.values(Output).sort()).toEqual(Object.keys(action.outputs).sort());
  });

  it('lists no name twice', () => {
    expect(new Set(Object.values(Input)).size).toBe(Object.values(Input).length);
    expect(new Set(Object.values(Output)).size).toBe(Object.values(Output).length);
  });

  it('masks inputs that are declared', () => {
    for (const name of SECRET_INPUTS) expect(Object.keys(action.inputs)).toContain(name);
  });
});
