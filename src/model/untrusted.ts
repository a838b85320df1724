const NON_ASCII = /[^\u0020-\u007e]+/g;
let formatCharacters: RegExp | undefined;

/**
 * Every format character is outside printable ASCII (controls are gone by then), so only such runs are searched.
 * The pattern is built on first need, not written as a literal: V8 checks a `\p{…}` literal against ICU's property
 * data as soon as it parses the bundle.
 */
function withoutFormatCharacters(run: string): string {
  formatCharacters ??= new RegExp('\\p{Cf}+', 'gu');
  return run.replace(formatCharacters, '');
}

/**
 * Text that came from the network (task and phase messages, error codes and messages, a proxy's error page), made
 * safe to print: one line, no control or format characters, bounded, never starting with `::` and holding no `##[`, so that
 * it cannot become a workflow command (`::add-mask::`, `::error::`, `::stop-commands::`, or the legacy
 * `##[command]` form the runner finds anywhere in a line) for the runner reading our stdout.
 */
export function untrusted(text: unknown, maxLength = 500): string {
  const oneLine = String(text ?? '')
    // C0 and C1 controls (CR and LF among them), DEL, and Unicode line and paragraph separators.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    // Format characters (bidi overrides and isolates, zero-width spaces and joiners, BOM): invisible, they can make a
    // line read other than it is, or split a word a reader (or a mask) looks for.
    .replace(NON_ASCII, withoutFormatCharacters)
    .replace(/ {2,}/g, ' ')
    .replace(/##\[/g, '# #[')
    .trim();
  const bounded = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine;
  return bounded.startsWith('::') ? `: ${bounded.slice(1)}` : bounded;
}
