import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { circles, importsOf, sourceFiles, type ImportEdge } from '../../test-support/import-graph.js';
import { PROJECT_ROOT } from '../../test-support/action-metadata.js';

/**
 * The folders of src/, lowest first: a file may import its own folder and the folders before it, never one after
 * it. docs/development.md's "Layers" section says the same in words.
 */
const SRC_LAYERS = ['model', 'runtime', 'net', 'inputs', 'eci', 'registry', 'report', 'modes'];

/**
 * The project's top folders and what each may import. The emulator imitates Alibaba and must not learn from the
 * action, so it imports neither src/ nor the test support.
 */
const TOP_FOLDERS: Record<string, string[]> = {
  src: ['src'],
  emulator: ['emulator'],
  'test-support': ['test-support', 'src', 'emulator'],
  bench: ['bench', 'test-support', 'src', 'emulator'],
  scripts: ['scripts', 'test-support', 'src', 'emulator']
};

const topFolder = (file: string): string => file.split('/')[0];
const srcLayer = (file: string): string | undefined => {
  const parts = file.split('/');
  return parts[0] === 'src' && parts.length > 2 ? parts[1] : undefined;
};

function graph(root: string): { files: string[]; edges: ImportEdge[] } {
  const files = Object.keys(TOP_FOLDERS).flatMap((folder) => {
    try {
      return sourceFiles(root, folder);
    } catch {
      return [];
    }
  });
  return { files, edges: files.flatMap((file) => importsOf(root, file)) };
}

/** Every import that goes against the order, as `from:line -> to (why)`. */
export function violations(root: string): string[] {
  const { files, edges } = graph(root);
  const found: string[] = [];
  for (const edge of edges) {
    const where = `${edge.from}:${edge.line} -> ${edge.to}`;
    const allowed = TOP_FOLDERS[topFolder(edge.from)];
    if (!allowed.includes(topFolder(edge.to))) {
      found.push(`${where} (${topFolder(edge.from)}/ may import only ${allowed.join(', ')})`);
      continue;
    }
    if (topFolder(edge.from) !== 'src' || topFolder(edge.to) !== 'src') continue;
    const fromLayer = srcLayer(edge.from);
    const toLayer = srcLayer(edge.to);
    if (toLayer === undefined && fromLayer !== undefined) {
      found.push(`${where} (a folder of src/ imports no root file)`);
    } else if (fromLayer && toLayer) {
      const [from, to] = [SRC_LAYERS.indexOf(fromLayer), SRC_LAYERS.indexOf(toLayer)];
      if (from < 0 || to < 0) found.push(`${where} (src/${from < 0 ? fromLayer : toLayer}/ is not in SRC_LAYERS)`);
      else if (to > from) found.push(`${where} (${fromLayer}/ is below ${toLayer}/)`);
    }
  }
  for (const circle of circles(files, edges)) found.push(`a circle of files: ${circle.join(' <-> ')}`);
  return found;
}

describe('imports go one way', () => {
  it('src/ folders import only themselves and the folders below them, type-only imports included', () => {
    expect(violations(PROJECT_ROOT)).toEqual([]);
  });

  it('every folder of src/ has its place in the order', () => {
    const folders = new Set(sourceFiles(PROJECT_ROOT, 'src').map(srcLayer).filter(Boolean));
    expect([...folders].sort()).toEqual([...SRC_LAYERS].sort());
  });

  describe('the check itself', () => {
    const tree = (files: Record<string, string>): string => {
      const root = mkdtempSync(join(tmpdir(), 'layers-'));
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(join(root, path, '..'), { recursive: true });
        writeFileSync(join(root, path), text);
      }
      return root;
    };

    it('finds a type-only import that goes up, a root import, a dynamic import, and a circle', () => {
      const root = tree({
        'src/model/a.ts': "import type { B } from '../modes/b.js';\n",
        'src/modes/b.ts':
          'export type B = 1;\nconst later = () => import(/* webpackMode: "eager" */ \'../main.js\');\n',
        'src/main.ts': "import './modes/b.js';\n",
        'src/eci/x.ts': "import { /* a ' or ; here */ y } from /* and here */ './y.js';\n",
        'src/eci/y.ts': "export{x}from'./x.js';\n",
        'emulator/e.ts': "import { a } from '../test-support/t.js';\n",
        'test-support/t.ts': ''
      });
      try {
        const found = violations(root);
        expect(found).toEqual(
          expect.arrayContaining([
            expect.stringMatching(/^src\/model\/a\.ts:1 -> src\/modes\/b\.ts \(model\/ is below modes\/\)/),
            expect.stringMatching(/^src\/modes\/b\.ts:2 -> src\/main\.ts \(a folder of src\/ imports no root file\)/),
            expect.stringMatching(/^emulator\/e\.ts:1 -> test-support\/t\.ts/),
            'a circle of files: src/eci/x.ts <-> src/eci/y.ts',
            'a circle of files: src/main.ts <-> src/modes/b.ts'
          ])
        );
        expect(found).toHaveLength(5);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });

    it('refuses a dynamic import of a computed path, which it could not check', () => {
      for (const text of [
        'const later = () => import(`../model/${name}.js`);\n',
        'const later = () => import(/* webpackMode: "eager" */ name);\n',
        'const later = () => import(// a comment\n  name);\n'
      ]) {
        const root = tree({ 'src/modes/c.ts': text });
        try {
          expect(() => violations(root)).toThrow('src/modes/c.ts:1: a dynamic import of a computed path');
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }
    });
  });
});
