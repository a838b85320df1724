/**
 * The end of a log, whatever the server did with Tail and LimitBytes: at most `lines` lines, then at most `maxBytes`
 * bytes of UTF-8, cut where a character starts.
 */
export function logTail(content: string, lines: number, maxBytes: number): string {
  let start = content.length;
  // The last line counts without its final newline; a log ending in one keeps it.
  let seen = content.endsWith('\n') ? -1 : 0;
  while (start > 0) {
    const newline = content.lastIndexOf('\n', start - 1);
    if (newline < 0) {
      start = 0;
      break;
    }
    if (++seen === lines) {
      start = newline + 1;
      break;
    }
    start = newline;
  }
  const bytes = Buffer.from(content.slice(start), 'utf8');
  if (bytes.length <= maxBytes) return bytes.toString('utf8');
  let from = bytes.length - maxBytes;
  // 0b10xxxxxx continues a character begun before the cut.
  while (from < bytes.length && (bytes[from] & 0xc0) === 0x80) from++;
  return bytes.subarray(from).toString('utf8');
}
