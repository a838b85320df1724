import { logTail } from '../../src/model/log-tail.js';

describe('logTail', () => {
  it.each([
    ['a\nb\nc\n', 2, 'b\nc\n'],
    ['a\nb\nc', 2, 'b\nc'],
    ['a\nb\nc\n', 5, 'a\nb\nc\n'],
    ['a\r\nb\r\n', 1, 'b\r\n'],
    ['', 3, '']
  ])('keeps the last lines of %j (%i)', (content, lines, expected) => {
    expect(logTail(content, lines, 1000)).toBe(expected);
  });

  it('keeps the last bytes, starting where a character starts', () => {
    // 'é' is two bytes, '€' three: a cut of 4 bytes falls inside the '€' before the last one.
    expect(logTail('é€€', 10, 4)).toBe('€');
    expect(logTail('é€€', 10, 6)).toBe('€€');
    expect(Buffer.byteLength(logTail('é€€', 10, 5))).toBeLessThanOrEqual(5);
  });
});
