import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
// @ts-expect-error: a build script without types
import * as nccScript from '../../scripts/ncc-unconcatenated.mjs';

const { assertLoaderShape, assertUnconcatenated, loadNcc, withoutConcatenation } = nccScript as {
  assertLoaderShape(loader: string): void;
  assertUnconcatenated(stats: unknown): void;
  loadNcc(): unknown;
  withoutConcatenation(source: string): string;
};

const installedSource = (): string => {
  const entry = createRequire(import.meta.url).resolve('@vercel/ncc');
  return readFileSync(join(dirname(entry), 'index.js.cache.js'), 'utf8');
};

describe("ncc with webpack's module concatenation off (scripts/ncc-unconcatenated.mjs)", () => {
  it('turns the one setting off in the installed ncc', () => {
    const edited: string = withoutConcatenation(installedSource());
    expect(edited).toContain('concatenateModules:false');
    expect(edited).not.toContain('concatenateModules:true');
    expect(typeof loadNcc()).toBe('function');
  });

  it('fails the build when ncc no longer sets it exactly once', () => {
    expect(() => withoutConcatenation('optimization:{minimize:false}')).toThrow(/found 0/);
    expect(() => withoutConcatenation('concatenateModules:true,concatenateModules:true')).toThrow(/found 2/);
  });

  it("fails the build when webpack concatenated modules anyway (read from the build's own stats)", () => {
    class NormalModule {}
    class ConcatenatedModule {}
    const stats = (modules: object[]): unknown => ({ compilation: { modules: new Set(modules) } });
    expect(() => assertUnconcatenated(stats([new NormalModule(), new NormalModule()]))).not.toThrow();
    expect(() => assertUnconcatenated(stats([new NormalModule(), new ConcatenatedModule()]))).toThrow(
      /concatenated 1 groups/
    );
  });

  it('builds two ES modules as two webpack modules, where the installed ncc joins them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ncc-fixture-'));
    try {
      writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
      writeFileSync(join(dir, 'b.js'), 'export const b = () => 2;\n');
      writeFileSync(join(dir, 'a.js'), "import { b } from './b.js';\nconsole.log(b());\n");
      const options = {
        esm: false,
        minify: false,
        sourceMap: false,
        sourceMapRegister: false,
        cache: false,
        quiet: true
      };
      type Build = (entry: string, opts: object) => Promise<{ stats: unknown }>;
      const stock = createRequire(import.meta.url)('@vercel/ncc') as Build;
      const ours = await (loadNcc() as Build)(join(dir, 'a.js'), options);
      expect(() => assertUnconcatenated(ours.stats)).not.toThrow();
      const joined = await stock(join(dir, 'a.js'), options);
      expect(() => assertUnconcatenated(joined.stats)).toThrow(/concatenated 1 groups/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it("fails the build when ncc's loader does more, or other, than loadNcc stands in for", () => {
    const entry = createRequire(import.meta.url).resolve('@vercel/ncc');
    const loader = readFileSync(entry, 'utf8');
    expect(() => assertLoaderShape(loader)).not.toThrow();
    expect(() => assertLoaderShape(`${loader}\nrequire('./patch.js');\n`)).toThrow(/loader .* changed/);
    expect(() => assertLoaderShape(loader.replace('wrap(source)', 'wrap(patch(source))'))).toThrow(/changed/);
  });
});
