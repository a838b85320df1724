import { InputError } from '../../src/model/errors.js';
import { parseBoolean, parseDuration, parsePositiveInteger } from '../../src/inputs/parse.js';
import { formatDuration } from '../../src/model/format.js';

describe('parseDuration', () => {
  it.each<[string, number]>([
    ['90s', 90_000],
    ['30m', 1_800_000],
    ['1h', 3_600_000],
    ['1h30m', 5_400_000],
    ['1h30m15s', 5_415_000],
    ['500ms', 500],
    ['1m500ms', 60_500],
    ['1.5h', 5_400_000],
    ['0.5s', 500],
    ['120', 120_000],
    ['2.5', 2_500],
    ['  45s  ', 45_000],
    ['\t10m\n', 600_000],
    ['0m5s', 5_000],
    ['1.0005s', 1_001]
  ])('parses %j as %d ms', (text, expected) => {
    expect(parseDuration('wait-timeout', text)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    '0',
    '0s',
    '0m0s',
    '0.0',
    '-5s',
    '-5',
    '5 s',
    '1h 30m',
    '5x',
    '5S',
    '1H',
    '1d',
    'ms',
    's5',
    '5s!',
    'abc',
    '1e3',
    '1e3s',
    '.5s',
    '5.s',
    '0x10',
    'Infinity',
    'NaN',
    '9'.repeat(400),
    `${'9'.repeat(400)}h`
  ])('rejects %j naming the input and the value (its first 32 characters)', (text) => {
    const shown = text.length > 32 ? `${text.slice(0, 32)}…` : text;
    expect(() => parseDuration('wait-timeout', text)).toThrow(InputError);
    expect(() => parseDuration('wait-timeout', text)).toThrow(
      `Invalid wait-timeout '${shown}'. Expected a duration such as 90s, 30m, 1h or plain seconds (e.g. 120).`
    );
  });

  it('refuses, before parsing, input longer than any duration needs', () => {
    // Inputs that made a backtracking pattern quadratic: long runs of digits with or without units.
    for (const text of ['1'.repeat(200_000), `${'1'.repeat(200_000)}x`, '1s'.repeat(100_000), '1.'.repeat(100_000)]) {
      expect(() => parseDuration('wait-timeout', text)).toThrow(InputError);
    }
    expect(() => parseDuration('wait-timeout', `${'0'.repeat(31)}1`)).not.toThrow();
    expect(() => parseDuration('wait-timeout', `${'0'.repeat(32)}1`)).toThrow(InputError);
    expect(parseDuration('wait-timeout', '1h30m15s500ms')).toBe(5_415_500);
  });

  // A positive amount that rounds to 0 ms must be refused: it would be an instant timeout.
  it.each(['0.1ms', '0.4ms', '0.0001', '0.0004s'])('rejects %j, which is 0 ms once rounded', (text) => {
    expect(() => parseDuration('poll-interval', text)).toThrow(`Invalid poll-interval '${text}'.`);
  });

  it('always returns whole milliseconds', () => {
    for (const text of ['0.0015', '1.2345', '0.0006s', '1.5ms', '2.0004']) {
      expect(Number.isInteger(parseDuration('wait-timeout', text))).toBe(true);
    }
  });
});

describe('parseBoolean', () => {
  it.each<[string, boolean]>([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    [' true ', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
    ['\nfalse\n', false]
  ])('parses %j as %s', (text, expected) => {
    expect(parseBoolean('wait', text)).toBe(expected);
  });

  it.each(['', 'yes', 'no', 'on', 'off', '1', '0', 'tRUE', 'falsy', 't'])('rejects %j', (text) => {
    expect(() => parseBoolean('job-summary', text)).toThrow(
      new InputError(`Invalid job-summary '${text}'. Expected true or false.`)
    );
  });
});

describe('parsePositiveInteger', () => {
  it.each<[string, number]>([
    ['1', 1],
    ['10', 10],
    [' 7 ', 7],
    ['007', 7]
  ])('parses %j as %d', (text, expected) => {
    expect(parsePositiveInteger('max-attempts', text, 1, 10)).toBe(expected);
  });

  it.each(['0', '11', '-1', '1.5', '', 'abc', '1e1', '+3'])('rejects %j outside 1-10 or not whole', (text) => {
    expect(() => parsePositiveInteger('max-attempts', text, 1, 10)).toThrow(
      `Invalid max-attempts '${text}'. Expected a whole number from 1 to 10.`
    );
  });
});

describe('formatDuration', () => {
  it.each<[number, string]>([
    [0, '0ms'],
    [1, '1ms'],
    [250, '250ms'],
    [999, '999ms'],
    [1000, '1s'],
    [1499, '1s'],
    [1500, '2s'],
    [59_000, '59s'],
    [59_600, '1m'],
    [60_000, '1m'],
    [90_000, '1m30s'],
    [1_800_000, '30m'],
    [3_600_000, '1h'],
    [3_605_000, '1h5s'],
    [5_400_000, '1h30m'],
    [5_415_000, '1h30m15s'],
    [90_000_000, '25h']
  ])('formats %d ms as %j', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });

  // A value that rounds up to a full second is shown in seconds, never as "1000ms".
  it.each([999.5, 999.9])('formats %d ms as 1s, not 1000ms', (ms) => {
    expect(formatDuration(ms)).toBe('1s');
  });

  it('round-trips what parseDuration accepts', () => {
    for (const text of ['45s', '30m', '1h', '1h30m', '1h30m15s', '500ms', '2m5s']) {
      expect(formatDuration(parseDuration('wait-timeout', text))).toBe(text);
    }
  });
});
