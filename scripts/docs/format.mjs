// Generated files pass `prettier --check .` as they are written: each is formatted as prettier would, unless
// prettier ignores it (README.md) or has no parser for it (.env.example).
import { join } from 'node:path';
import * as prettier from 'prettier';

/**
 * Formatting YAML takes prettier about 0.1 s, and the same text with the same options always gives the same result:
 * a process that renders the same file again (the tests of the generator do, dozens of times) formats it once.
 */
const formattedTexts = new Map();
const MAX_REMEMBERED = 64;

export async function formatted(root, path, text) {
  const file = join(root, path);
  const ignorePath = [join(root, '.gitignore'), join(root, '.prettierignore')];
  const info = await prettier.getFileInfo(file, { ignorePath });
  if (info.ignored || !info.inferredParser) return text;
  const options = { ...((await prettier.resolveConfig(file)) ?? {}), filepath: file };
  const key = JSON.stringify([options, text]);
  let result = formattedTexts.get(key);
  if (result === undefined) {
    if (formattedTexts.size >= MAX_REMEMBERED) formattedTexts.clear();
    result = prettier.format(text, options);
    formattedTexts.set(key, result);
  }
  return result;
}
