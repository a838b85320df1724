import { describe, expect, it } from '@jest/globals';
import sourceMap from 'source-map';
// @ts-expect-error: a build script without types
import { patchEntry } from '../../scripts/entry-patches.mjs';

const { SourceMapConsumer, SourceMapGenerator } = sourceMap;

const HELPER =
  '__nccwpck_require__.d=(e,t)=>{for(var n in t){if(__nccwpck_require__.o(t,n)&&!__nccwpck_require__.o(e,n))';

/** A one-line file shaped like ncc's CommonJS index.js, with a map that names the source line of each token. */
function nccLike(exporters: number): { file: string; map: string; tokens: string[] } {
  const tokens = [
    '(()=>{"use strict";',
    'var e={1:(t,n,r)=>{',
    ...Array.from({ length: exporters }, (_, i) => `r.d(n,{x${i}:()=>x${i}});`),
    'function untrusted(v){return v}',
    'const{access:p,appendFile:m,writeFile:f}=i.promises;',
    'class Summary{write(){return m("f","x")}}',
    '}};',
    `${HELPER}{Object.defineProperty(e,n,{enumerable:true,get:t[n]})}}};`,
    'var n=__nccwpck_require__(1);module.exports=n})();'
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
  it('checks exports with Object.hasOwn and reads fs.promises only when core.summary writes', () => {
    const { file, map } = nccLike(12);
    const { code } = patchEntry(file, map);
    expect(code).toContain(
      '__nccwpck_require__.d=(e,t)=>{for(var n in t){if(Object.hasOwn(t,n)&&!Object.hasOwn(e,n)){Object.defineProperty('
    );
    expect(code).not.toContain('__nccwpck_require__.o(');
    expect(code).toContain(
      'const p=(...args)=>i.promises.access(...args),m=(...args)=>i.promises.appendFile(...args),f=(...args)=>i.promises.writeFile(...args);'
    );
    expect(code.endsWith('\n//# sourceMappingURL=index.js.map')).toBe(true);
  });

  it('keeps the source map pointing at the same code', () => {
    const { file, map, tokens } = nccLike(12);
    const patched = patchEntry(file, map);
    for (const [needle, token] of [
      ['var e={1:', 1],
      ['r.d(n,{x0:', 2],
      ['r.d(n,{x11:', 13],
      ['function untrusted(', 14],
      ['class Summary{', 16],
      ['}};', 17],
      ['__nccwpck_require__.d=', 18],
      ['var n=__nccwpck_require__(1)', 19]
    ] as const) {
      expect(originalLineAt(file, map, needle)).toBe(token + 1);
      expect(originalLineAt(patched.code, patched.map, needle)).toBe(token + 1);
      // Exactly, not only the nearest mapping before it: a shift by a column too few must fail.
      expect(generatedColumnOf(patched.map, token + 1)).toBe(patched.code.indexOf(needle));
    }
    expect(tokens).toHaveLength(20);
  });

  it('fails the build when the code is not what it expects', () => {
    const { file, map } = nccLike(12);
    expect(() =>
      patchEntry(file.replace('.promises;', '.promises;const{access:a,appendFile:b,writeFile:c}=d.promises;'), map)
    ).toThrow(/read fs.promises once at load, found 2/);
    expect(() => patchEntry(file.replace('const{access:p,', 'const{stat:p,'), map)).toThrow(/found 0/);
    expect(() => patchEntry(file.replace(HELPER, HELPER.replace('.o(t,n)', '.o(n,t)')), map)).toThrow(
      /export helper .* found 0/
    );
    expect(() => patchEntry(file.replace('}};', `}};${HELPER}{}}};`), map)).toThrow(/export helper .* found 2/);
    expect(() => patchEntry(`${file}\nmore();`, map)).toThrow(/no longer one line/);
    expect(() => patchEntry(file.replace('var e={', 'var e={2:t=>{t.exports=x.promises},'), map)).toThrow(
      /reads .promises at load/
    );
    expect(() =>
      patchEntry(file.replace('var e={1:', 'var e={2:t=>{t.exports=require("fs/promises")},1:'), map)
    ).toThrow(/imports fs\/promises/);
  });
});
