import { readSettings } from '../../src/inputs/read-settings.js';
import { InputError } from '../../src/model/errors.js';
import { COMMIT_INPUTS } from '../../test-support/step-inputs.js';
import { withActionDefaults } from '../../test-support/action-inputs.js';

const read = (overrides: Record<string, string>) => withActionDefaults({ ...COMMIT_INPUTS, ...overrides });
const errorOf = (overrides: Record<string, string>): string => {
  try {
    readSettings(read(overrides), {});
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('no error');
};

describe('debug-report, log-lines, pr-comment and github-token', () => {
  it('are off by default', () => {
    const settings = readSettings(read({}), {});
    expect(settings).not.toHaveProperty('debugReport');
    expect(settings).not.toHaveProperty('prComment');
  });

  it('read debug-report with log-lines, 1 to 2000', () => {
    expect(readSettings(read({ 'debug-report': 'true' }), {})).toMatchObject({ debugReport: { logLines: 500 } });
    expect(readSettings(read({ 'debug-report': 'true', 'log-lines': '2000' }), {})).toMatchObject({
      debugReport: { logLines: 2000 }
    });
    expect(errorOf({ 'debug-report': 'true', 'log-lines': '2001' })).toBe(
      "Invalid log-lines '2001'. Expected a whole number from 1 to 2000."
    );
    expect(errorOf({ 'debug-report': 'yes' })).toBe("Invalid debug-report 'yes'. Expected true or false.");
  });

  it('refuse debug-report with task-id', () => {
    expect(
      errorOf({
        'task-id': 't-2zej6nstkg744qc3abcd',
        'container-group-id': '',
        'container-name': '',
        'image-repository': '',
        'debug-report': 'true'
      })
    ).toMatch(/^Input debug-report is true but task-id is set/);
  });

  it('need a github-token for pr-comment', () => {
    expect(readSettings(read({ 'pr-comment': 'true', 'github-token': 'ghs_x' }), {})).toMatchObject({
      prComment: { token: 'ghs_x' }
    });
    expect(errorOf({ 'pr-comment': 'true' })).toMatch(/^Input pr-comment is true but github-token is empty/);
  });
});
