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
    ['evil\u202Etxt.exe', 'eviltxt.exe'],
    ['\u2066isolated\u2069 \u2067rtl\u2068', 'isolated rtl'],
    ['zero\u200Bwidth\u200C\u200D\u2060', 'zerowidth'],
    ['\uFEFFbom', 'bom'],
    [':\u200B:error::hidden', ': :error::hidden'],
    ['#\u200B#[group]', '# #[group]'],
    ['soft\u00ADhyphen', 'softhyphen'],
    ['tag\u{E0001}\u{E0041}s', 'tags'],
    ['中文\u200B错误 ✅', '中文错误 ✅'],
    ['emoji 😀\u200D😀', 'emoji 😀😀'],
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

  it('leaves no format character (\\p{Cf}) in any of them', () => {
    const formats = Array.from({ length: 0x110000 }, (_, code) =>
      code >= 0xd800 && code <= 0xdfff ? '' : String.fromCodePoint(code)
    ).filter((c) => /\p{Cf}/u.test(c));
    expect(formats.length).toBeGreaterThan(20);
    expect(untrusted(`a${formats.join('b')}c`)).toBe(`a${'b'.repeat(formats.length - 1)}c`);
  });
});
