// README.md's Inputs and Outputs tables.

/** One table cell: on one line, pipes escaped (GitHub tables need `\|` inside code spans too). */
function cell(text) {
  return text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
}

function code(text) {
  return text.includes('`') ? `\`\` ${cell(text)} \`\`` : `\`${cell(text)}\``;
}

function table(header, rows) {
  const line = (cells) => `|${cells.map((text) => (text === '' ? ' ' : ` ${text} `)).join('|')}|`;
  // Blank lines keep the table a block of its own, apart from the marker comments.
  return ['', line(header), line(header.map(() => '---')), ...rows.map(line), ''].join('\n');
}

/** @param {ReturnType<typeof import('./action-metadata.mjs').loadAction>} action */
export function readmeRegions(action) {
  return {
    inputs: table(
      ['Name', 'Required', 'Default', 'Description'],
      action.inputs.map((input) => [
        code(input.name),
        input.required ? 'yes' : 'no',
        input.default === '' ? '' : code(input.default),
        cell(input.description)
      ])
    ),
    outputs: table(
      ['Name', 'Description'],
      action.outputs.map((output) => [code(output.name), cell(output.description)])
    )
  };
}
