import { untrusted } from '../../src/model/untrusted.js';
import { executedCommands } from '../../test-support/workflow-commands.js';

const HOSTILE = 'ok\n::error title=x::forged\n  ::add-mask::secret\r\nmid ##[warning]legacy\u2028::notice::sep';

describe('executedCommands (a reader of stdout as the runner reads it)', () => {
  it('finds commands at the start of a line, and legacy ones anywhere in a line', () => {
    expect(executedCommands(`Phase failed: ${HOSTILE}`).map((command) => [command.name, command.value])).toEqual([
      ['error', 'forged'],
      ['add-mask', 'secret'],
      ['warning', 'legacy\u2028::notice::sep']
    ]);
  });

  it('honours stop-commands until its token comes back', () => {
    const stdout = ['::stop-commands::tok', '::error::ignored', '::tok::', '::warning::read'].join('\n');
    expect(executedCommands(stdout).map((command) => command.name)).toEqual(['stop-commands', 'warning']);
  });

  it('finds no command in a line of untrusted text, alone or after a prefix', () => {
    for (const line of [untrusted(HOSTILE), `Phase failed: ${untrusted(HOSTILE)}`, untrusted(`::error::${HOSTILE}`)]) {
      expect(executedCommands(line)).toEqual([]);
    }
  });
});
