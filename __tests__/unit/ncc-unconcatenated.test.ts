import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
// @ts-expect-error: a build script without types
import { assertUnconcatenated, loadNcc, withoutConcatenation } from '../../scripts/ncc-unconcatenated.mjs';

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
});
