import { untrusted } from '../../src/model/untrusted.js';

describe('untrusted', () => {
  it.each([
    ['plain text', 'plain text'],
    ['two\nlines', 'two lines'],
    ['carriage\r\nreturn', 'carriage return'],
    ['::error::forged', ': :error::forged'],
    ['  ::add-mask::x', ': :add-mask::x'],
    ['ok\n::stop-commands::t', 'ok ::stop-commands::t'],
    ['bell\u0007 and escape\u001b[31m', 'bell and escape [31m'],
    ['line\u2028separator', 'line separator'],
    ['c1\u0085control', 'c1 control'],
    [undefined, ''],
    [404, '404']
  ])('%j becomes %j', (input, expected) => {
    expect(untrusted(input)).toBe(expected);
  });

  it('bounds the length', () => {
    const text = untrusted('x'.repeat(10_000), 100);
    expect(text).toHaveLength(100);
    expect(text.endsWith('…')).toBe(true);
  });
});
