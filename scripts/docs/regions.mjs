// Marked regions: the lines between `BEGIN GENERATED <name>` and `END GENERATED <name>` (in a `#` or `<!--` comment)
// belong to the generator; everything around them is kept as written.
const BEGIN = /^(\s*)(?:<!--|#)\s*BEGIN GENERATED ([a-z][a-z-]*)\b/;
const END = /^\s*(?:<!--|#)\s*END GENERATED ([a-z][a-z-]*)\b/;

/**
 * `text` with each region's lines replaced by the lines of `contents[name]` (no final newline), indented like its
 * BEGIN line. Throws, naming the
 * file and line, on a region that is missing, unknown, repeated, unclosed or closed under another name.
 */
export function fillRegions(path, text, contents) {
  const lines = text.split('\n');
  const filled = [];
  const seen = new Set();
  for (let index = 0; index < lines.length; index++) {
    if (END.test(lines[index])) throw new Error(`${path}:${index + 1}: END GENERATED without a BEGIN GENERATED`);
    filled.push(lines[index]);
    const begin = BEGIN.exec(lines[index]);
    if (!begin) continue;
    const [, indent, name] = begin;
    const where = `${path}:${index + 1}`;
    if (!(name in contents)) {
      throw new Error(`${where}: no generator for region '${name}' (known: ${Object.keys(contents).join(', ')})`);
    }
    if (seen.has(name)) throw new Error(`${where}: region '${name}' appears twice`);
    seen.add(name);
    let end = index + 1;
    while (end < lines.length && !END.test(lines[end])) {
      if (BEGIN.test(lines[end])) throw new Error(`${where}: region '${name}' is not closed before the next BEGIN`);
      end++;
    }
    if (end === lines.length) throw new Error(`${where}: region '${name}' has no END GENERATED ${name}`);
    const closed = END.exec(lines[end])[1];
    if (closed !== name) throw new Error(`${path}:${end + 1}: END GENERATED ${closed} closes region '${name}'`);
    const body = contents[name];
    if (body !== '') filled.push(...body.split('\n').map((line) => (line === '' ? '' : `${indent}${line}`)));
    filled.push(lines[end]);
    index = end;
  }
  const missing = Object.keys(contents).filter((name) => !seen.has(name));
  if (missing.length > 0) {
    throw new Error(
      `${path}: no region ${missing.map((name) => `'${name}'`).join(', ')}; mark where it goes with BEGIN GENERATED <name> and END GENERATED <name> comments`
    );
  }
  return filled.join('\n');
}
