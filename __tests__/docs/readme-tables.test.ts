/**
 * README.md's Inputs and Outputs tables against action.yml: no input or output missing or extra, and the same
 * required flag and default (written exactly as action.yml has it; derived defaults stay empty there).
 */
import {
  defaultOf,
  firstTable,
  isRequired,
  loadAction,
  readText,
  section,
  unticked,
  type ActionMetadata,
  type Table
} from './support.js';

const INPUT_COLUMNS = ['name', 'required', 'default', 'description'];
const OUTPUT_COLUMNS = ['name', 'description'];

function compareInputs(action: ActionMetadata, table: Table | undefined): string[] {
  if (!table) return ['README has no table under "## Inputs"'];
  const problems: string[] = [];
  if (table.header.join('|') !== INPUT_COLUMNS.join('|')) {
    problems.push(`Inputs table columns are ${table.header.join(', ')}; expected ${INPUT_COLUMNS.join(', ')}`);
  }
  const seen = new Set<string>();
  for (const row of table.rows) {
    const name = unticked(row.name ?? '');
    if (seen.has(name)) problems.push(`input ${name} is listed twice`);
    seen.add(name);
    const input = action.inputs[name];
    if (!input) {
      problems.push(`input ${name} is in README but not in action.yml`);
      continue;
    }
    const required = row.required?.trim().toLowerCase();
    if (required !== 'yes' && required !== 'no') {
      problems.push(`input ${name}: required is '${row.required}', expected yes or no`);
    } else if ((required === 'yes') !== isRequired(input)) {
      problems.push(`input ${name}: README says required ${required}, action.yml says ${isRequired(input)}`);
    }
    const documented = unticked(row.default ?? '');
    if (documented !== defaultOf(input)) {
      problems.push(`input ${name}: README default '${documented}', action.yml default '${defaultOf(input)}'`);
    }
    if (!row.description?.trim()) problems.push(`input ${name} has no description in README`);
  }
  for (const name of Object.keys(action.inputs)) {
    if (!seen.has(name)) problems.push(`input ${name} is in action.yml but not in README`);
  }
  return problems;
}

function compareOutputs(action: ActionMetadata, table: Table | undefined): string[] {
  if (!table) return ['README has no table under "## Outputs"'];
  const problems: string[] = [];
  if (table.header.join('|') !== OUTPUT_COLUMNS.join('|')) {
    problems.push(`Outputs table columns are ${table.header.join(', ')}; expected ${OUTPUT_COLUMNS.join(', ')}`);
  }
  const names = table.rows.map((row) => unticked(row.name ?? ''));
  for (const name of names) {
    if (!(name in action.outputs)) problems.push(`output ${name} is in README but not in action.yml`);
    if (names.indexOf(name) !== names.lastIndexOf(name)) problems.push(`output ${name} is listed twice`);
  }
  for (const name of Object.keys(action.outputs)) {
    if (!names.includes(name)) problems.push(`output ${name} is in action.yml but not in README`);
  }
  for (const row of table.rows) {
    if (!row.description?.trim()) problems.push(`output ${unticked(row.name ?? '')} has no description in README`);
  }
  return problems;
}

const action = loadAction();
const readme = readText('README.md');

describe('README Inputs and Outputs tables', () => {
  it('list every input of action.yml, with its required flag and default', () => {
    expect(compareInputs(action, firstTable(section(readme, 'Inputs')))).toEqual([]);
  });

  it('list every output of action.yml', () => {
    expect(compareOutputs(action, firstTable(section(readme, 'Outputs')))).toEqual([]);
  });

  describe('the comparison notices drift', () => {
    const inputs = section(readme, 'Inputs');
    const outputs = section(readme, 'Outputs');
    const withoutRow = (text: string, name: string): string =>
      text
        .split('\n')
        .filter((line) => !line.startsWith(`| \`${name}\``))
        .join('\n');

    it.each([
      ['a missing input', withoutRow(inputs, 'wait-timeout'), /input wait-timeout is in action.yml but not in README/],
      [
        'an extra input',
        `${inputs.trimEnd()}\n| \`retry-forever\` | no | | Not a real input. |\n`,
        /input retry-forever is in README but not in action.yml/
      ],
      [
        'a wrong required flag',
        inputs.replace('| `region-id` | yes |', '| `region-id` | no |'),
        /input region-id: README says required no/
      ],
      [
        'a wrong default',
        inputs.replace('| `wait-timeout` | no | `30m` |', '| `wait-timeout` | no | `10m` |'),
        /input wait-timeout: README default '10m', action.yml default '30m'/
      ],
      [
        'a derived default written into the default column',
        inputs.replace('| `role-type` | no | |', '| `role-type` | no | `service` |'),
        /input role-type: README default 'service', action.yml default ''/
      ]
    ])('%s', (_case, text, expected) => {
      const problems = compareInputs(action, firstTable(text));
      expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
    });

    it('a missing or extra output', () => {
      const problems = compareOutputs(
        action,
        firstTable(`${withoutRow(outputs, 'results').trimEnd()}\n| \`sbom\` | The image's SBOM. |\n`)
      );
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/output results is in action.yml but not in README/),
          expect.stringMatching(/output sbom is in README but not in action.yml/)
        ])
      );
    });
  });
});
