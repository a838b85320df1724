import { describe, expect, it } from '@jest/globals';
import sourceMap from 'source-map';
// @ts-expect-error: a build script without types
import { patchEntry } from '../../scripts/entry-patches.mjs';

const { SourceMapConsumer, SourceMapGenerator } = sourceMap;

/** A one-line file shaped like ncc's index.js, with a map that names the source line of each token. */
function nccLike(externals: number): { file: string; map: string; tokens: string[] } {
  const tokens = [
    'import{createRequire as e}from"module";',
    'var t={1:(t,n,r)=>{',
    ...Array.from({ length: externals }, (_, i) => `const x${i}=e(import.meta.url)("node:b${i}");`),
    'function untrusted(v){return v}',
    'const{access:p,appendFile:m,writeFile:f}=i.promises;',
    'class Summary{write(){return m("f","x")}}',
    '}};'
  ];
  const generator = new SourceMapGenerator({ file: 'index.js' });
  let column = 0;
  tokens.forEach((token, i) => {
    generator.addMapping({ generated: { line: 1, column }, original: { line: i + 1, column: 0 }, source: 'src.ts' });
    column += token.length;
  });
  return { file: `${tokens.join('')}\n//# sourceMappingURL=index.js.map`, map: generator.toString(), tokens };
}

/** Where the map says the first token of source line `line` now starts. */
function generatedColumnOf(map: string, line: number): number | null {
  return new SourceMapConsumer(JSON.parse(map)).generatedPositionFor({ source: 'src.ts', line, column: 0 }).column;
}

function originalLineAt(code: string, map: string, needle: string): number | null {
  const consumer = new SourceMapConsumer(JSON.parse(map));
  const column = code.indexOf(needle);
  if (column < 0) throw new Error(`${needle} is not in the code`);
  return consumer.originalPositionFor({ line: 1, column }).line;
}

describe('the edits of index.js (scripts/entry-patches.mjs)', () => {
  it('makes one require for every builtin and reads fs.promises only when core.summary writes', () => {
    const { file, map } = nccLike(12);
    const { code } = patchEntry(file, map);
    expect(code.startsWith('import{createRequire as e}from"module";const __nccRequire=e(import.meta.url);')).toBe(true);
    expect(code).not.toContain('e(import.meta.url)("');
    expect(code.match(/__nccRequire\("node:b\d+"\)/g)).toHaveLength(12);
    expect(code).toContain(
      'const p=(...args)=>i.promises.access(...args),m=(...args)=>i.promises.appendFile(...args),f=(...args)=>i.promises.writeFile(...args);'
    );
    expect(code.endsWith('\n//# sourceMappingURL=index.js.map')).toBe(true);
  });

  it('keeps the source map pointing at the same code', () => {
    const { file, map, tokens } = nccLike(12);
    const patched = patchEntry(file, map);
    for (const [needle, token] of [
      ['var t={1:', 1],
      ['const x0=', 2],
      ['const x11=', 13],
      ['function untrusted(', 14],
      ['class Summary{', 16],
      ['}};', 17]
    ] as const) {
      expect(originalLineAt(file, map, needle)).toBe(token + 1);
      expect(originalLineAt(patched.code, patched.map, needle)).toBe(token + 1);
      // Exactly, not only the nearest mapping before it: a shift by a column too few must fail.
      expect(generatedColumnOf(patched.map, token + 1)).toBe(patched.code.indexOf(needle));
    }
    expect(tokens).toHaveLength(18);
  });

  it('fails the build when the code is not what it expects', () => {
    const { file, map } = nccLike(12);
    expect(() =>
      patchEntry(file.replace('.promises;', '.promises;const{access:a,appendFile:b,writeFile:c}=d.promises;'), map)
    ).toThrow(/read fs.promises once at load, found 2/);
    expect(() => patchEntry(file.replace('const{access:p,', 'const{stat:p,'), map)).toThrow(/found 0/);
    expect(() => patchEntry(nccLike(3).file, nccLike(3).map)).toThrow(/createRequire/);
    expect(() => patchEntry(file.replace('import{createRequire as e}', 'import{createRequire as q}'), map)).toThrow(
      /createRequire/
    );
    expect(() => patchEntry(`${file}\nmore();`, map)).toThrow(/no longer one line/);
    expect(() => patchEntry(file.replace('var t={', 'var t={2:t=>{t.exports=x.promises},'), map)).toThrow(
      /reads .promises at load/
    );
    expect(() => patchEntry(file.replace('"node:b0"', '"node:fs/promises"'), map)).toThrow(/imports fs\/promises/);
  });
});
