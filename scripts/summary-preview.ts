/**
 * `npm run summary:preview`: the job summaries of test-support/summary-scenarios.ts, written by the action's own
 * summary code (through @actions/core, into a GITHUB_STEP_SUMMARY file), rendered as GitHub does (GFM, its HTML
 * filter, github-markdown-css in the light theme) and photographed by headless Chromium at 900 px.
 *
 * Prints each PNG's path, the summary's height and whether anything is wider than the page; exits 1 when the page
 * or a table overflows, or a summary is taller than its scenario allows. A code block that scrolls inside itself
 * is reported, not failed: GitHub's CSS never wraps code blocks, and a pinned ACR reference is longer than 900 px.
 *
 * Needs Debian's chromium (and fonts-noto-color-emoji for the status icons). Options: `--only NAME[,NAME]`,
 * `--out DIR` (default build/summary-preview).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';
import { renderGitHubMarkdown } from '../test-support/github-markdown.js';
import { SUMMARY_SCENARIOS } from '../test-support/summary-scenarios.js';

const WIDTH = 900;
const run = promisify(execFile);
const require = createRequire(import.meta.url);

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const outDir = resolve(option('--out') ?? 'build/summary-preview');
const only = option('--only')?.split(',');
const chromium = process.env.CHROMIUM ?? 'chromium';

interface Measure {
  /** The page's width with everything in it: more than WIDTH is a horizontal scroll bar. */
  scrollWidth: number;
  height: number;
  /** Elements wider inside than their box: `tag scrollWidth>clientWidth`. */
  overflowing: string[];
}

/** Runs in the page once it has loaded, and leaves its measure on <html> for --dump-dom to read. */
const MEASURE = `addEventListener('load', () => {
  const body = document.querySelector('.markdown-body');
  const overflowing = [...body.querySelectorAll('*')]
    .filter((el) => el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
    .map((el) => el.tagName.toLowerCase() + ' ' + el.scrollWidth + '>' + el.clientWidth);
  document.documentElement.setAttribute('data-measure', JSON.stringify({
    scrollWidth: document.documentElement.scrollWidth,
    height: Math.ceil(body.getBoundingClientRect().height),
    overflowing
  }));
});`;

function page(html: string, title: string): string {
  const css = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>
<style>${css}</style>
<style>html, body { margin: 0; background: #fff; } .markdown-body { box-sizing: border-box; width: ${WIDTH}px; padding: 16px; }</style>
</head><body><article class="markdown-body">${html}</article><script>${MEASURE}</script></body></html>`;
}

async function chrome(args: string[]): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'summary-preview-chromium-'));
  try {
    const { stdout } = await run(
      chromium,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${profile}`,
        ...args
      ],
      { maxBuffer: 64 * 1024 * 1024, timeout: 60_000 }
    );
    return stdout;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

async function measure(url: string): Promise<Measure> {
  const dom = await chrome([`--window-size=${WIDTH},2000`, '--virtual-time-budget=3000', '--dump-dom', url]);
  const attribute = /data-measure="([^"]*)"/.exec(dom)?.[1];
  if (!attribute) throw new Error(`No measure in the page ${url}: did it load?`);
  return JSON.parse(
    attribute
      .replace(/&quot;/g, '"')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
  ) as Measure;
}

/** The summary file @actions/core writes, for one scenario at a time (core picks the file once). */
async function writtenSummary(file: string, report: (typeof SUMMARY_SCENARIOS)[number]['report']): Promise<string> {
  writeFileSync(file, '');
  const { writeJobSummary } = await import('../src/report/summary.js');
  await writeJobSummary(report);
  return readFileSync(file, 'utf8');
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'summary-preview-'));
  process.env.GITHUB_STEP_SUMMARY = join(work, 'step-summary.md');
  let failed = false;
  try {
    for (const scenario of SUMMARY_SCENARIOS.filter((s) => !only || only.includes(s.name))) {
      const markdown = await writtenSummary(process.env.GITHUB_STEP_SUMMARY, scenario.report);
      const html = renderGitHubMarkdown(markdown);
      writeFileSync(join(outDir, `${scenario.name}.md`), markdown);
      const htmlFile = join(outDir, `${scenario.name}.html`);
      writeFileSync(htmlFile, page(html, scenario.title));
      const url = pathToFileURL(htmlFile).href;
      const measured = await measure(url);
      const png = join(outDir, `${scenario.name}.png`);
      await chrome([`--window-size=${WIDTH},${measured.height}`, `--screenshot=${png}`, url]);

      const codeScrolls = measured.overflowing.filter((entry) => /^(pre|code) /.test(entry));
      const overflows = measured.overflowing.filter((entry) => !codeScrolls.includes(entry));
      const tooWide = measured.scrollWidth > WIDTH || overflows.length > 0;
      const tooTall = measured.height > scenario.maxHeightPx;
      failed ||= tooWide || tooTall;
      console.log(
        `${png}\n  ${scenario.title}\n  height ${measured.height}px (limit ${scenario.maxHeightPx}px${tooTall ? ': TOO TALL' : ''}), ` +
          `page width ${measured.scrollWidth}px${tooWide ? `: OVERFLOWS ${overflows.join(', ')}` : ', no overflow'}` +
          (codeScrolls.length ? `; code block scrolls inside: ${codeScrolls.join(', ')}` : '')
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (failed) {
    console.error('Some summaries overflow 900 px or are too tall.');
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
  console.error(
    missing
      ? `${chromium} was not found: apt-get install chromium fonts-noto-color-emoji (or set CHROMIUM).`
      : String(error instanceof Error ? (error.stack ?? error.message) : error)
  );
  process.exitCode = 1;
});
