// Two edits of the index.js that ncc writes, for start-up memory (bench/startup-changes.md). Each must apply exactly
// as expected, or the build fails: an upgrade of ncc or @actions/core that changes the code is noticed, not silently
// undone.
//
// - @actions/core's summary module reads `fs.promises` when it loads (`const { access, appendFile, writeFile } =
//   promises`). That read makes Node load about ten more builtins (internal/fs/promises, readline, fs watchers...) at
//   every start. The edit moves the read into those three functions, so it happens only if core.summary writes; this
//   action writes its job summary itself (src/report/summary-file.ts).
// - webpack's helper that defines a module's exports checks each name with a one-line function of its own, about a
//   thousand calls at start-up: enough for V8 to compile that function with Maglev, about 0.2 MiB. The edit makes it
//   call Object.hasOwn, a builtin, which checks the same.
//
// index.js is one line, so its source map shifts with each edit: the column of every mapping after an edit moves by
// the edit's change of length, which in a source map's relative encoding is one segment's column delta.

/** Applies both edits to index.js (its text) and its source map (JSON text); returns the new text and map. */
export function patchEntry(file, mapText) {
  const [code, ...rest] = file.split('\n');
  if (rest.length > 1 || (rest.length === 1 && !rest[0].startsWith('//# sourceMappingURL='))) {
    throw new Error('index.js is no longer one line of code: entry-patches.mjs cannot shift its map');
  }
  const edits = [...coreSummaryEdits(code), ...exportHelperEdits(code)].sort((a, b) => a.start - b.start);
  let patched = '';
  let from = 0;
  for (const edit of edits) {
    if (edit.start < from) throw new Error('entry-patches.mjs: two edits overlap');
    patched += code.slice(from, edit.start) + edit.text;
    from = edit.end;
  }
  patched += code.slice(from);
  assertNoFsPromisesAtLoad(patched);
  patched = [patched, ...rest].join('\n');
  const map = JSON.parse(mapText);
  map.mappings = shiftMappings(map.mappings, edits);
  return { code: patched, map: JSON.stringify(map) };
}

/**
 * Nothing else in index.js may bring those builtins back: no `fs/promises` module, and no read of a `.promises`
 * but in the three functions the edit wrote.
 */
function assertNoFsPromisesAtLoad(code) {
  if (code.includes('fs/promises')) {
    throw new Error('entry-patches.mjs: index.js imports fs/promises, which loads about ten builtins at every start');
  }
  const reads = [...code.matchAll(/\.promises\b(?!\.(?:access|appendFile|writeFile)\(\.\.\.(?:args|rest)\))/g)];
  if (reads.length > 0) {
    const at = reads[0].index;
    throw new Error(`entry-patches.mjs: index.js reads .promises at load: …${code.slice(at - 40, at + 20)}…`);
  }
}

function coreSummaryEdits(code) {
  const pattern = /const\{access:([\w$]+),appendFile:([\w$]+),writeFile:([\w$]+)\}=([\w$]+)\.promises;/g;
  const matches = [...code.matchAll(pattern)];
  if (matches.length !== 1) {
    throw new Error(
      `entry-patches.mjs: expected @actions/core's summary module to read fs.promises once at load, found ${matches.length}`
    );
  }
  const [whole, access, appendFile, writeFile, fs] = matches[0];
  const args = fs === 'args' ? 'rest' : 'args';
  const lazy = (name, method) => `${name}=(...${args})=>${fs}.promises.${method}(...${args})`;
  const text = `const ${lazy(access, 'access')},${lazy(appendFile, 'appendFile')},${lazy(writeFile, 'writeFile')};`;
  return [{ start: matches[0].index, end: matches[0].index + whole.length, text }];
}

function exportHelperEdits(code) {
  const check = '__nccwpck_require__.o(t,n)&&!__nccwpck_require__.o(e,n)';
  const helper = `__nccwpck_require__.d=(e,t)=>{for(var n in t){if(${check})`;
  const found = code.split(helper).length - 1;
  if (found !== 1) {
    throw new Error(`entry-patches.mjs: expected webpack's export helper (${helper}…) once, found ${found}`);
  }
  const start = code.indexOf(helper) + helper.length - check.length - 1;
  return [{ start, end: start + check.length, text: 'Object.hasOwn(t,n)&&!Object.hasOwn(e,n)' }];
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Reads one base64 VLQ value at `at`; returns it and where the next one starts. */
function readVlq(text, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const digit = BASE64.indexOf(text[at++]);
    if (digit < 0) throw new Error('entry-patches.mjs: index.js.map has a mapping that is not base64 VLQ');
    value += (digit & 31) << shift;
    shift += 5;
    if (!(digit & 32)) break;
  }
  return { value: value & 1 ? -(value >>> 1) : value >>> 1, next: at };
}

function writeVlq(value) {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let text = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest) digit |= 32;
    text += BASE64[digit];
  } while (rest);
  return text;
}

/**
 * The mappings of a one-line file after `edits`: a segment at or after an edit's end moves by the edit's change of
 * length; one inside an edit moves to the start of its new text.
 */
function shiftMappings(mappings, edits) {
  if (mappings.includes(';')) throw new Error('entry-patches.mjs: index.js.map maps more than one line');
  let column = 0;
  let previousNew = 0;
  return mappings
    .split(',')
    .map((segment) => {
      const { value, next } = readVlq(segment, 0);
      column += value;
      let moved = column;
      for (const edit of edits) {
        if (column >= edit.end) moved += edit.text.length - (edit.end - edit.start);
        else if (column > edit.start) moved = moved - (column - edit.start);
      }
      const text = writeVlq(moved - previousNew) + segment.slice(next);
      previousNew = moved;
      return text;
    })
    .join(',');
}
