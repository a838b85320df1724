import { CONTAINER_PLACEHOLDER, imageTargetFor, type ImageTarget } from '../../src/model/image-target.js';
import { selectContainers } from '../../src/modes/plan.js';
import { MAX_CONTAINER_INPUT_LENGTH, parseContainerSelection } from '../../src/inputs/container-selection.js';
import { MAX_CONTAINERS } from '../../src/model/task.js';
import type { ContainerSelection } from '../../src/model/settings.js';
import { InputError, PlanError } from '../../src/model/errors.js';

const NAMES_EXPECTED =
  'Expected container names of 1-128 lowercase letters, digits and hyphens, starting and ending with a letter or digit (several: one per line or comma-separated; or * for all).';

describe('parseContainerSelection', () => {
  it.each<[string, ContainerSelection]>([
    ['app', { kind: 'single', name: 'app' }],
    [' app ', { kind: 'single', name: 'app' }],
    ['app,', { kind: 'single', name: 'app' }],
    ['app,sidecar', { kind: 'list', names: ['app', 'sidecar'] }],
    ['sidecar, app', { kind: 'list', names: ['sidecar', 'app'] }],
    ['app\nsidecar', { kind: 'list', names: ['app', 'sidecar'] }],
    ['app\r\nsidecar\r\n', { kind: 'list', names: ['app', 'sidecar'] }],
    ['*', { kind: 'all' }],
    ['\n*\n', { kind: 'all' }]
  ])('reads %j', (value, expected) => {
    expect(parseContainerSelection(value)).toStrictEqual(expected);
  });

  it.each<[string, string]>([
    [
      '',
      'Input required and not supplied: container-name. Expected the name of a container in the group, several names, or *.'
    ],
    [
      ', ,',
      'Input required and not supplied: container-name. Expected the name of a container in the group, several names, or *.'
    ],
    ['app,*', "Invalid container-name: '*' stands alone, meaning every container of the group."],
    ['app,App', `Invalid container-name 'App'. ${NAMES_EXPECTED}`],
    ['app;sidecar', `Invalid container-name 'app;sidecar'. ${NAMES_EXPECTED}`],
    ['app sidecar', `Invalid container-name 'app sidecar'. ${NAMES_EXPECTED}`],
    ['app*', `Invalid container-name 'app*'. ${NAMES_EXPECTED}`],
    ['a,b,a', "Invalid container-name: 'a' is listed twice."]
  ])('rejects %j', (value, message) => {
    expect(() => parseContainerSelection(value)).toThrow(new InputError(message));
  });

  const names = (count: number): string[] => Array.from({ length: count }, (_, index) => `c${index}`);
  const CAP = `at most ${MAX_CONTAINERS} container names are accepted (ECI allows 20 containers in a group). Name fewer containers, or use * for all of the group's.`;

  it('reads as many names as the cap allows, the longest included, in order', () => {
    const longest = names(MAX_CONTAINERS).map((name) => name.padEnd(128, 'x'));
    const value = longest.join(' ,\r\n');
    expect(value.length).toBeLessThanOrEqual(MAX_CONTAINER_INPUT_LENGTH);
    expect(parseContainerSelection(value)).toStrictEqual({ kind: 'list', names: longest });
  });

  it('refuses more names than the cap, naming the input and the limit', () => {
    const value = names(MAX_CONTAINERS + 1).join(',');
    expect(() => parseContainerSelection(value)).toThrow(
      new InputError(`Invalid container-name: it lists ${MAX_CONTAINERS + 1} names; ${CAP}`)
    );
  });

  it('refuses a huge input as too long before reading its names', () => {
    // 100,000 names, one repeated at the end: refused for its length, not searched for the repeat.
    const value = [...names(100_000), 'c0'].join(',');
    expect(() => parseContainerSelection(value)).toThrow(
      new InputError(
        `Invalid container-name: the input is ${value.length} characters long, more than ${MAX_CONTAINER_INPUT_LENGTH}; ${CAP}`
      )
    );
  });

  it('finds a repeat among the last names of a full list', () => {
    const value = [...names(MAX_CONTAINERS - 1), `c${MAX_CONTAINERS - 2}`].join('\n');
    expect(() => parseContainerSelection(value)).toThrow(
      new InputError(`Invalid container-name: 'c${MAX_CONTAINERS - 2}' is listed twice.`)
    );
  });
});

describe('selectContainers', () => {
  const GROUP = 'eci-2zelg8vwnlzdhf8hv7ab';

  it.each<[string, ContainerSelection, string[], string[]]>([
    ['one name, without looking at the group', { kind: 'single', name: 'app' }, [], ['app']],
    ['every container, in the order of the group', { kind: 'all' }, ['b', 'a', 'c'], ['b', 'a', 'c']],
    ['a list, in the order given', { kind: 'list', names: ['c', 'a'] }, ['a', 'b', 'c'], ['c', 'a']]
  ])('selects %s', (_, selection, available, expected) => {
    expect(selectContainers(selection, available, GROUP)).toEqual(expected);
  });

  it.each<[string, ContainerSelection, string[], string]>([
    ['an empty group', { kind: 'all' }, [], `Container group ${GROUP} has no containers to commit.`],
    [
      'one unknown name',
      { kind: 'list', names: ['app', 'ghost'] },
      ['app', 'sidecar'],
      `Invalid container-name: 'ghost' not found in container group ${GROUP}. It has: app, sidecar.`
    ],
    [
      'several unknown names',
      { kind: 'list', names: ['ghost', 'app', 'phantom'] },
      ['app'],
      `Invalid container-name: 'ghost', 'phantom' not found in container group ${GROUP}. It has: app.`
    ],
    [
      'a list against an empty group',
      { kind: 'list', names: ['a', 'b'] },
      [],
      `Invalid container-name: 'a', 'b' not found in container group ${GROUP}. It has: no containers.`
    ]
  ])('refuses %s', (_, selection, available, message) => {
    expect(() => selectContainers(selection, available, GROUP)).toThrow(new PlanError(message));
  });
});

describe('imageTargetFor', () => {
  const REPO = 'registry.cn-hangzhou.aliyuncs.com/ns';

  it('has the placeholder spelled {container}', () => {
    expect(CONTAINER_PLACEHOLDER).toBe('{container}');
  });

  it.each<[string, ImageTarget, string, number, ImageTarget]>([
    [
      'one container: as given',
      { repository: `${REPO}/app`, tag: 'v1' },
      'app',
      1,
      { repository: `${REPO}/app`, tag: 'v1' }
    ],
    [
      'one container, placeholders filled in',
      { repository: `${REPO}/{container}`, tag: '{container}-v1' },
      'app',
      1,
      { repository: `${REPO}/app`, tag: 'app-v1' }
    ],
    [
      'several into one repository and one tag: the tag gets the container name',
      { repository: `${REPO}/shop`, tag: 'v1' },
      'sidecar',
      2,
      { repository: `${REPO}/shop`, tag: 'v1-sidecar' }
    ],
    [
      'several, one repository each: the tag stays',
      { repository: `${REPO}/{container}`, tag: 'v1' },
      'sidecar',
      3,
      { repository: `${REPO}/sidecar`, tag: 'v1' }
    ],
    [
      'several, the tag tells them apart',
      { repository: `${REPO}/shop`, tag: 'v1-{container}' },
      'sidecar',
      2,
      { repository: `${REPO}/shop`, tag: 'v1-sidecar' }
    ],
    [
      'every occurrence of the placeholder',
      { repository: `${REPO}/{container}/{container}`, tag: '{container}.{container}' },
      'db',
      2,
      { repository: `${REPO}/db/db`, tag: 'db.db' }
    ]
  ])('%s', (_, template, container, count, expected) => {
    expect(imageTargetFor(container, template, count)).toEqual(expected);
  });

  it('gives each of several containers a distinct image', () => {
    const template = { repository: `${REPO}/shop`, tag: 'abc1234' };
    const names = ['app', 'sidecar', 'logger'];
    const images = names.map((name) => {
      const target = imageTargetFor(name, template, names.length);
      return `${target.repository}:${target.tag}`;
    });
    expect(new Set(images).size).toBe(3);
  });
});
