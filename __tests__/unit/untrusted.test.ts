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

  it('gives what one \\p{Cf} replace over the whole text gave, on mixed random texts', () => {
    // The pipeline before format characters were searched only in non-ASCII runs.
    const reference = (text: string, maxLength: number): string => {
      const oneLine = text
        // eslint-disable-next-line no-control-regex -- the same pattern as untrusted()
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
        .replace(/\p{Cf}+/gu, '')
        .replace(/ {2,}/g, ' ')
        .replace(/##\[/g, '# #[')
        .trim();
      const bounded = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine;
      return bounded.startsWith('::') ? `: ${bounded.slice(1)}` : bounded;
    };
    const pieces = [
      'a',
      ' ',
      ':',
      '#',
      '[',
      '\n',
      '\u0000',
      '\u0085',
      '\u00ad',
      '\u200b',
      '\u202e',
      '\ufeff',
      'é',
      '中'
    ];
    pieces.push('\u{e0001}', '\u{1d173}', '😀', '\ud83d', '\ude00', '\u2028', '\u{110bd}');
    let seed = 17;
    const next = (bound: number): number => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return (seed >>> 8) % bound;
    };
    const texts = new Set<string>();
    for (let run = 0; run < 2000; run++)
      texts.add(Array.from({ length: next(40) }, () => pieces[next(pieces.length)]).join(''));
    expect(texts.size).toBeGreaterThan(1900);
    for (const text of texts) expect(untrusted(text, 30)).toBe(reference(text, 30));
  });
});
