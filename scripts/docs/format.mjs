// Generated files pass `prettier --check .` as they are written: each is formatted as prettier would, unless
// prettier ignores it (README.md) or has no parser for it (.env.example).
import { join } from 'node:path';
import * as prettier from 'prettier';

export async function formatted(root, path, text) {
  const file = join(root, path);
  const ignorePath = [join(root, '.gitignore'), join(root, '.prettierignore')];
  const info = await prettier.getFileInfo(file, { ignorePath });
  if (info.ignored || !info.inferredParser) return text;
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...options, filepath: file });
}
