/** The job summary file: appended to, each text with a line end, and failures that name what is wrong. */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { EOL, tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendJobSummary } from '../../src/report/summary-file.js';

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'summary-file-test-'));
  file = join(dir, 'step-summary.md');
  writeFileSync(file, '');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('appendJobSummary', () => {
  it('appends the text and a line end, keeping what earlier steps wrote', () => {
    writeFileSync(file, 'an earlier step\n');
    appendJobSummary('<h3>✅ done</h3>', { GITHUB_STEP_SUMMARY: file });
    appendJobSummary('second', { GITHUB_STEP_SUMMARY: file });
    expect(readFileSync(file, 'utf8')).toBe(`an earlier step\n<h3>✅ done</h3>${EOL}second${EOL}`);
  });

  it('reads the file from the env it is given, not from process.env', () => {
    const saved = process.env.GITHUB_STEP_SUMMARY;
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'not-this-one');
    try {
      appendJobSummary('text', { GITHUB_STEP_SUMMARY: file });
    } finally {
      if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY;
      else process.env.GITHUB_STEP_SUMMARY = saved;
    }
    expect(readFileSync(file, 'utf8')).toBe(`text${EOL}`);
  });

  it('says the runner does not support job summaries when GITHUB_STEP_SUMMARY is unset or empty', () => {
    for (const env of [{}, { GITHUB_STEP_SUMMARY: '' }]) {
      expect(() => appendJobSummary('text', env)).toThrow(
        'GITHUB_STEP_SUMMARY is not set: this runner does not support job summaries.'
      );
    }
  });

  it('names a file that does not exist, and creates none', () => {
    const missing = join(dir, 'missing.md');
    expect(() => appendJobSummary('text', { GITHUB_STEP_SUMMARY: missing })).toThrow(
      `The job summary file '${missing}' (GITHUB_STEP_SUMMARY) cannot be read and written (ENOENT).`
    );
    expect(() => readFileSync(missing)).toThrow(/ENOENT/);
  });

  it('names a path that is no usable file: under a file, or a folder', () => {
    const under = join(file, 'summary.md');
    expect(() => appendJobSummary('text', { GITHUB_STEP_SUMMARY: under })).toThrow(
      `The job summary file '${under}' (GITHUB_STEP_SUMMARY) cannot be read and written (ENOTDIR).`
    );
    // A folder may be read and written: the append is what fails, and Node's message names it.
    expect(() => appendJobSummary('text', { GITHUB_STEP_SUMMARY: dir })).toThrow(dir);
  });

  // root may write a read-only file: the check is only meaningful for another user.
  const asRoot = process.getuid?.() === 0;
  (asRoot ? it.skip : it)('names a file it may not write, and leaves it as it was', () => {
    writeFileSync(file, 'kept\n');
    chmodSync(file, 0o400);
    expect(() => appendJobSummary('text', { GITHUB_STEP_SUMMARY: file })).toThrow(
      `The job summary file '${file}' (GITHUB_STEP_SUMMARY) cannot be read and written (EACCES).`
    );
    expect(readFileSync(file, 'utf8')).toBe('kept\n');
  });
});
