/** action.yml's structure: GitHub's action schema, descriptions, the node24 runtime, the entry point and branding. */
import { NoOperationTraceWriter } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/index';
import { fileExists, loadAction, readText, type ActionMetadata } from './support.js';

/** The branding colours GitHub accepts. */
const BRANDING_COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark'];
/**
 * Feather icons this project has considered and checked against GitHub's branding icons (Feather v4 icons, less the
 * ones GitHub leaves out). Add a name here only after checking it there.
 */
const CHECKED_ICONS = ['package', 'box', 'archive', 'upload-cloud', 'camera'];
/** Feather icons GitHub does not accept for branding. */
const OMITTED_ICONS = [
  'coffee',
  'columns',
  'divide-circle',
  'divide-square',
  'divide',
  'frown',
  'hexagon',
  'key',
  'meh',
  'mouse-pointer',
  'smile',
  'tool',
  'x-octagon'
];
const KEBAB_CASE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

function structureProblems(action: ActionMetadata, exists: (path: string) => boolean): string[] {
  const problems: string[] = [];
  const text = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';
  if (!text(action.name)) problems.push('name is missing');
  if (!text(action.description)) problems.push('description is missing');
  for (const [name, input] of Object.entries(action.inputs)) {
    if (!KEBAB_CASE.test(name)) problems.push(`input ${name} is not kebab-case`);
    if (!text(input?.description)) problems.push(`input ${name} has no description`);
    if (input?.required !== undefined && typeof input.required !== 'boolean') {
      problems.push(`input ${name}: required is not a boolean`);
    }
    if (input?.default !== undefined && typeof input.default !== 'string') {
      problems.push(`input ${name}: default is not a string`);
    }
    if (input?.required === true && input.default !== undefined && input.default !== '') {
      problems.push(`input ${name} is required and has a default`);
    }
  }
  for (const [name, output] of Object.entries(action.outputs)) {
    if (!KEBAB_CASE.test(name)) problems.push(`output ${name} is not kebab-case`);
    if (!text(output?.description)) problems.push(`output ${name} has no description`);
  }
  if (action.runs?.using !== 'node24') problems.push(`runs.using is ${String(action.runs?.using)}, expected node24`);
  for (const key of ['main', 'pre', 'post'] as const) {
    const path = action.runs?.[key];
    if (key === 'main' && !text(path)) problems.push('runs.main is missing');
    if (typeof path === 'string' && !exists(path)) problems.push(`runs.${key} ${path} does not exist`);
  }
  const { icon, color } = action.branding ?? {};
  if (typeof color !== 'string' || !BRANDING_COLORS.includes(color)) {
    problems.push(`branding.color ${String(color)} is not one of ${BRANDING_COLORS.join(', ')}`);
  }
  if (typeof icon !== 'string' || !KEBAB_CASE.test(icon)) {
    problems.push(`branding.icon ${String(icon)} is not a lower-case, hyphenated icon name`);
  } else if (OMITTED_ICONS.includes(icon)) {
    problems.push(`branding.icon ${icon} is a Feather icon that GitHub does not accept`);
  } else if (!CHECKED_ICONS.includes(icon)) {
    problems.push(`branding.icon ${icon} is not in the checked list: check GitHub's branding icons, then add it`);
  }
  return problems;
}

describe('action.yml', () => {
  const text = readText('action.yml');

  it('is valid against GitHub action schema', () => {
    const result = parseAction({ name: 'action.yml', content: text }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((error) => error.message)).toEqual([]);
  });

  it('has descriptions, the node24 runtime, an existing entry point and valid branding', () => {
    expect(structureProblems(loadAction(text), fileExists)).toEqual([]);
  });

  it('the structure check notices what is wrong', () => {
    const broken = loadAction(
      text
        .replace('using: node24', 'using: node16')
        .replace('main: dist/index.js', 'main: dist/missing.js')
        .replace('color: orange', 'color: pink')
        .replace('icon: package', 'icon: Package')
        .replace(/(\n {2}wait:\n) {4}description: .*\n/, '$1')
    );
    expect(structureProblems(broken, fileExists)).toEqual([
      'input wait has no description',
      'runs.using is node16, expected node24',
      'runs.main dist/missing.js does not exist',
      'branding.color pink is not one of white, black, yellow, blue, green, orange, red, purple, gray-dark',
      'branding.icon Package is not a lower-case, hyphenated icon name'
    ]);
  });

  it('the schema check notices an unknown key', () => {
    const result = parseAction(
      { name: 'action.yml', content: text.replace('runs:\n', 'runs:\n  entry: dist/index.js\n') },
      new NoOperationTraceWriter()
    );
    expect(
      result.context.errors
        .getErrors()
        .map((error) => error.message)
        .join('\n')
    ).toMatch(/entry/);
  });
});
