/**
 * The fidelity ledger's rule: every wire behaviour of the emulator names where it comes from. Each row of each table
 * in emulator/FIDELITY.md has a source (its last column) that says "unconfirmed" or points at something a reader can
 * open: a path or file, an npm package, a URL, a repository, or a named doc or spec page.
 */
import { readText, tables } from './support.js';

const LEDGER = 'emulator/FIDELITY.md';

/** What a source cell may look like; one match is enough. */
const SOURCE_FORMS: RegExp[] = [
  /\bunconfirmed\b/i,
  // A URL, or a host with a path (help.aliyun.com/zh/eci/...).
  /\bhttps?:\/\/\S+/,
  // An npm package (@alicloud/credentials), a repository (aliyun/acr-login) or a path (src/login.js).
  /[@\w.-]+\/[\w.-]+/,
  // A file name: main.tea, spec.md, doc-detail/72334.htm, GetInstanceEndpoint.ts.
  /\b[\w-]+\.(?:ts|js|cjs|mjs|go|tea|cs|md|markdown|htm|html|json|ya?ml)\b/,
  // A named page of Alibaba's or another project's documentation.
  /\b(?:docs?|spec|pages?|API reference|FAQ|SDK)\b/i
];

/** Problems with the ledger's tables: a table without a source column, or a row without a source. */
function ledgerProblems(markdown: string): string[] {
  const found = tables(markdown);
  if (found.length === 0) return ['no table'];
  const problems: string[] = [];
  for (const [index, table] of found.entries()) {
    const sourceColumn = table.header[table.header.length - 1];
    if (sourceColumn !== 'source') {
      problems.push(`table ${index + 1}: the last column is '${sourceColumn}', not 'source'`);
      continue;
    }
    for (const row of table.rows) {
      const source = row[sourceColumn].trim();
      const behaviour = row[table.header[0]];
      if (source === '') problems.push(`table ${index + 1}, '${behaviour}': no source`);
      else if (!SOURCE_FORMS.some((form) => form.test(source))) {
        problems.push(`table ${index + 1}, '${behaviour}': '${source}' names no source and does not say unconfirmed`);
      }
    }
  }
  return problems;
}

const table = (...rows: string[]): string =>
  ['| behaviour | emulator | source |', '| --- | --- | --- |', ...rows].join('\n');

describe(LEDGER, () => {
  it('gives every row of every table a source, or says it is unconfirmed', () => {
    const markdown = readText(LEDGER);
    expect(tables(markdown).reduce((rows, found) => rows + found.rows.length, 0)).toBeGreaterThan(50);
    expect(ledgerProblems(markdown)).toEqual([]);
  });

  it('accepts each form of source', () => {
    const sample = table(
      '| a | b | **unconfirmed** (the action accepts both) |',
      '| a | b | https://help.aliyun.com/zh/eci/developer-reference/api-eci-2018-08-08-commitcontainer |',
      '| a | b | `@alicloud/openapi-client` `doRequest` |',
      '| a | b | aliyun/acr-login `getRegistryEndpoint` |',
      '| a | b | darabonba-openapi `main.tea` l.271-309 |',
      '| a | b | ECI API reference, DescribeCommitContainerTask |',
      '| a | b | STS error-code page |'
    );
    expect(ledgerProblems(sample)).toEqual([]);
  });

  it('notices a row without a source, one that names none, and a table without a source column', () => {
    const sample = [
      '## One',
      table('| empty | b |  |', '| missing | b |', '| invented | b | what the emulator does seems right |'),
      '',
      '## Two',
      '| behaviour | emulator |',
      '| --- | --- |',
      '| a | b |'
    ].join('\n');
    expect(ledgerProblems(sample)).toEqual([
      "table 1, 'empty': no source",
      "table 1, 'missing': no source",
      "table 1, 'invented': 'what the emulator does seems right' names no source and does not say unconfirmed",
      "table 2: the last column is 'emulator', not 'source'"
    ]);
  });
});
