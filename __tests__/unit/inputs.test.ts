import { withActionDefaults } from '../../test-support/action-inputs.js';
import { jest } from '@jest/globals';
import { defaultOf, loadAction } from '../../test-support/action-metadata.js';
import type { Settings, ContainerSelection } from '../../src/model/settings.js';
import type { OidcSettings } from '../../src/model/settings.js';
import { core, linesAt, recorded, resetRecorded, standIn } from '../../test-support/core-stand-in.js';
import { RUN_ENV } from '../../test-support/run-env.js';

jest.unstable_mockModule('@actions/core', () => core);

const { readSettings, readActionInput } = await import('../../src/inputs/read-settings.js');
const { maskSecrets } = await import('../../src/inputs/read-credentials.js');
const { checkImageTarget } = await import('../../src/model/image-target.js');
const { InputError } = await import('../../src/model/errors.js');

const ACTION = loadAction();

const REPOSITORY = 'registry.cn-hangzhou.aliyuncs.com/my-namespace/my-app';
const BASE_INPUTS: Record<string, string> = {
  'region-id': 'cn-hangzhou',
  'container-group-id': 'eci-2zelg8vwnlzdhf8hv7ab',
  'container-name': 'app',
  'image-repository': REPOSITORY,
  'access-key-id': 'LTAI5tExampleKeyId',
  'access-key-secret': 'example-secret-value'
};

/** An InputReader over a plain record; undeclared names are a test bug, so they throw. */
function reader(inputs: Record<string, string>): (name: string) => string {
  return (name) => {
    if (!(name in ACTION.inputs)) throw new Error(`readSettings read the undeclared input ${name}`);
    return withActionDefaults(inputs)(name);
  };
}

function settingsFor(overrides: Record<string, string> = {}, env: NodeJS.ProcessEnv = RUN_ENV): Settings {
  const settings = readSettings(reader({ ...BASE_INPUTS, ...overrides }), env);
  if (settings.mode !== 'commit') throw new Error(`expected a commit step, got ${settings.mode}`);
  return settings;
}

function errorFor(overrides: Record<string, string>, env: NodeJS.ProcessEnv = RUN_ENV): string {
  try {
    settingsFor(overrides, env);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('readSettings did not throw');
}

const BASE_SETTINGS: Settings = {
  mode: 'commit',
  regionId: 'cn-hangzhou',
  containerGroupId: 'eci-2zelg8vwnlzdhf8hv7ab',
  containers: { kind: 'single', name: 'app' },
  image: {
    repository: REPOSITORY,
    tag: '1a2b3c4',
    message: 'octo-org/shop: release #42 at 1a2b3c4',
    author: 'octocat'
  },
  acr: undefined,
  role: undefined,
  credentials: {
    kind: 'static',
    accessKeyId: 'LTAI5tExampleKeyId',
    accessKeySecret: 'example-secret-value',
    source: 'inputs'
  },
  maxAttempts: 5,
  wait: true,
  failFast: true,
  waitTimeoutMs: 1_800_000,
  pollIntervalMs: 5_000,
  endpoint: { protocol: 'https', host: 'eci.cn-hangzhou.aliyuncs.com' },
  jobSummary: true,
  registry: {
    digest: 'auto',
    ifTagExists: 'overwrite',
    crEndpoint: { protocol: 'https', host: 'cr.cn-hangzhou.aliyuncs.com' },
    crRegionId: 'cn-hangzhou'
  }
};

beforeEach(resetRecorded);

describe('readSettings: the whole object', () => {
  it('reads the required inputs and derives every default from the run', () => {
    expect(settingsFor()).toStrictEqual(BASE_SETTINGS);
  });

  it("gives the same settings with action.yml's defaults as with empty inputs", () => {
    const defaults = Object.fromEntries(Object.entries(ACTION.inputs).map(([name, spec]) => [name, defaultOf(spec)]));
    expect(readSettings(reader({ ...defaults, ...BASE_INPUTS }), RUN_ENV)).toStrictEqual(BASE_SETTINGS);
  });

  it('reads every input action.yml declares, and nothing else (the OIDC ones when OIDC is asked for)', () => {
    const names = new Set<string>();
    const oidc: Record<string, string> = {
      ...BASE_INPUTS,
      'oidc-role-arn': 'acs:ram::1234567890123456:role/github-eci',
      'oidc-provider-arn': 'acs:ram::1234567890123456:oidc-provider/GitHub'
    };
    for (const inputs of [BASE_INPUTS, oidc]) {
      readSettings((name) => {
        names.add(name);
        return withActionDefaults(inputs)(name);
      }, RUN_ENV);
    }
    expect([...names].sort()).toEqual(Object.keys(ACTION.inputs).sort());
  });

  it.each(
    Object.entries(ACTION.inputs)
      // github-token is read only with pr-comment: true, which refuses it empty with its own message (debug-inputs).
      .filter(([name, spec]) => defaultOf(spec) !== '' && name !== 'github-token')
      .map(([name]) => name)
  )('refuses %s given as empty although action.yml gives it a default, naming it', (name) => {
    const oidc = {
      'access-key-id': '',
      'access-key-secret': '',
      'oidc-role-arn': 'acs:ram::1234567890123456:role/github-eci',
      'oidc-provider-arn': 'acs:ram::1234567890123456:oidc-provider/GitHub'
    };
    const message = errorFor({ ...oidc, [name]: '' });
    expect(message).toMatch(
      new RegExp(
        `^Input ${name} is empty\\. Expected .+\\. Remove ${name} from the step's with: to use the default of action\\.yml\\.$`
      )
    );
  });

  it('requires in code exactly what action.yml marks required', () => {
    const required = Object.entries(ACTION.inputs)
      .filter(([, spec]) => spec.required)
      .map(([name]) => name)
      .sort();
    // container-group-id, container-name and image-repository are required unless task-id is given (task-ids.test.ts).
    expect(required).toEqual(['region-id']);
  });

  it('trims every input', () => {
    const padded = Object.fromEntries(Object.entries(BASE_INPUTS).map(([name, value]) => [name, `  ${value}\n`]));
    expect(settingsFor({ ...padded, 'image-tag': ' v1 ', wait: ' false ', 'wait-timeout': ' 90s ' })).toStrictEqual({
      ...BASE_SETTINGS,
      image: { ...BASE_SETTINGS.image, tag: 'v1' },
      wait: false,
      waitTimeoutMs: 90_000
    });
  });

  it('takes every optional input as given', () => {
    expect(
      settingsFor({
        'image-tag': 'v1.2.3',
        'image-message': 'Nightly snapshot',
        'image-author': 'release-bot',
        'acr-instance-id': 'cri-abc123',
        'acr-region-id': 'cn-shanghai',
        'acr-arn-service': 'acs:ram::1234567890123456:role/eci-service',
        'acr-arn-user': 'acs:ram::6543210987654321:role/acr-owner',
        'role-arn': 'acs:ram::1234567890123456:role/eci-push',
        'role-type': 'user',
        'security-token': 'CAIS-token-value',
        'max-attempts': '3',
        'fail-fast': 'false',
        wait: 'false',
        'wait-timeout': '1h30m',
        'poll-interval': '10s',
        endpoint: 'https://eci-vpc.cn-hangzhou.aliyuncs.com:8443',
        'job-summary': 'FALSE',
        digest: 'false',
        'if-tag-exists': 'skip',
        'registry-username': 'robot',
        'registry-password': 'registry-secret',
        'registry-endpoint': 'https://registry.example.com:5000',
        'cr-endpoint': 'cr-vpc.cn-shanghai.aliyuncs.com'
      })
    ).toStrictEqual({
      mode: 'commit',
      regionId: 'cn-hangzhou',
      containerGroupId: 'eci-2zelg8vwnlzdhf8hv7ab',
      containers: { kind: 'single', name: 'app' },
      image: { repository: REPOSITORY, tag: 'v1.2.3', message: 'Nightly snapshot', author: 'release-bot' },
      acr: {
        instanceId: 'cri-abc123',
        regionId: 'cn-shanghai',
        arnService: 'acs:ram::1234567890123456:role/eci-service',
        arnUser: 'acs:ram::6543210987654321:role/acr-owner'
      },
      role: { roleArn: 'acs:ram::1234567890123456:role/eci-push', roleType: 'user' },
      credentials: {
        kind: 'static',
        accessKeyId: 'LTAI5tExampleKeyId',
        accessKeySecret: 'example-secret-value',
        securityToken: 'CAIS-token-value',
        source: 'inputs'
      },
      maxAttempts: 3,
      wait: false,
      failFast: false,
      waitTimeoutMs: 5_400_000,
      pollIntervalMs: 10_000,
      endpoint: { protocol: 'https', host: 'eci-vpc.cn-hangzhou.aliyuncs.com:8443' },
      jobSummary: false,
      registry: {
        digest: 'false',
        ifTagExists: 'skip',
        credentials: { username: 'robot', password: 'registry-secret' },
        endpoint: { protocol: 'https', host: 'registry.example.com:5000' },
        crEndpoint: { protocol: 'https', host: 'cr-vpc.cn-shanghai.aliyuncs.com' },
        crRegionId: 'cn-shanghai'
      }
    });
  });
});

describe('readSettings: required inputs', () => {
  it.each<[string, string]>([
    ['region-id', 'Input required and not supplied: region-id. Expected a region ID such as cn-hangzhou.'],
    [
      'container-group-id',
      'Input required and not supplied: container-group-id. Expected a container group ID such as eci-2zelg8vwnlzdhf8hv7ab (or container-group-name: the name of the group).'
    ],
    [
      'container-name',
      'Input required and not supplied: container-name. Expected the name of a container in the group, several names, or *.'
    ],
    [
      'image-repository',
      'Input required and not supplied: image-repository. Expected an ACR repository address such as registry.cn-hangzhou.aliyuncs.com/ns/app.'
    ]
  ])('%s missing', (name, message) => {
    expect(errorFor({ [name]: '' })).toBe(message);
    expect(errorFor({ [name]: '   ' })).toBe(message);
  });
});

describe('readSettings: region-id, container-group-id, container-name', () => {
  it.each(['cn-hangzhou', 'ap-southeast-1', 'us-west-1', 'cn-hangzhou-finance', 'eu-central-1', 'me-east-1'])(
    'accepts region-id %j and derives the endpoint from it',
    (regionId) => {
      const settings = settingsFor({ 'region-id': regionId });
      expect(settings.regionId).toBe(regionId);
      expect(settings.endpoint).toEqual({ protocol: 'https', host: `eci.${regionId}.aliyuncs.com` });
    }
  );

  it.each(['CN-HANGZHOU', 'cn', 'cn_hangzhou', 'cn-', '-cn-hangzhou', 'cn-hangzhou.evil.com', 'c-hangzhou', '1n-x'])(
    'rejects region-id %j',
    (value) => {
      expect(errorFor({ 'region-id': value })).toBe(
        `Invalid region-id '${value}'. Expected a region ID such as cn-hangzhou or ap-southeast-1.`
      );
    }
  );

  it.each(['eci-2zelg8vwnlzdhf8hv7ab', 'eci-1', `eci-${'a'.repeat(64)}`])('accepts container-group-id %j', (id) => {
    expect(settingsFor({ 'container-group-id': id }).containerGroupId).toBe(id);
  });

  it.each(['2zelg8vwnlzdhf8hv7ab', 'eci-', 'ECI-abc', 'eci-ABC', 'eci-abc-def', `eci-${'a'.repeat(65)}`, 'eci-abc*'])(
    'rejects container-group-id %j',
    (value) => {
      expect(errorFor({ 'container-group-id': value })).toBe(
        `Invalid container-group-id '${value}'. Expected a container group ID: 'eci-' followed by lowercase letters and digits.`
      );
    }
  );

  it.each<[string, ContainerSelection]>([
    ['a', { kind: 'single', name: 'a' }],
    ['app', { kind: 'single', name: 'app' }],
    ['my-app-2', { kind: 'single', name: 'my-app-2' }],
    ['a'.repeat(128), { kind: 'single', name: 'a'.repeat(128) }],
    ['app,', { kind: 'single', name: 'app' }],
    ['app, sidecar', { kind: 'list', names: ['app', 'sidecar'] }],
    ['app\nsidecar\nlogger', { kind: 'list', names: ['app', 'sidecar', 'logger'] }],
    ['  app ,\n sidecar,\n\n', { kind: 'list', names: ['app', 'sidecar'] }],
    ['*', { kind: 'all' }],
    [' * ', { kind: 'all' }],
    ['*,', { kind: 'all' }]
  ])('reads container-name %j', (value, containers) => {
    expect(settingsFor({ 'container-name': value }).containers).toStrictEqual(containers);
  });

  it.each(['App', '-app', 'app-', 'my_app', 'my.app', 'my app', 'a'.repeat(129), 'app, Sidecar'])(
    'rejects container-name %j',
    (value) => {
      const bad = value.split(',').pop()!.trim();
      expect(errorFor({ 'container-name': value })).toBe(
        `Invalid container-name '${bad}'. Expected container names of 1-128 lowercase letters, digits and hyphens, starting and ending with a letter or digit (several: one per line or comma-separated; or * for all).`
      );
    }
  );

  it.each<[string, string]>([
    [
      ',',
      'Input required and not supplied: container-name. Expected the name of a container in the group, several names, or *.'
    ],
    [
      ' ,\n, ',
      'Input required and not supplied: container-name. Expected the name of a container in the group, several names, or *.'
    ],
    ['app, *', "Invalid container-name: '*' stands alone, meaning every container of the group."],
    ['*\n*', "Invalid container-name: '*' stands alone, meaning every container of the group."],
    ['app, sidecar, app', "Invalid container-name: 'app' is listed twice."]
  ])('rejects container-name %j', (value, message) => {
    expect(errorFor({ 'container-name': value })).toBe(message);
  });

  it('refuses wait: false with several containers listed', () => {
    expect(errorFor({ 'container-name': 'app, sidecar', wait: 'false' })).toBe(
      'Input wait is false but 2 containers are to be committed (app, sidecar). ECI runs one commit per container group at a time, so several containers are committed one after another, each waited for: set wait: true, or name a single container.'
    );
  });

  it.each(['app', '*'])(
    'accepts wait: false with container-name %j (all is checked once the group is known)',
    (value) => {
      expect(settingsFor({ 'container-name': value, wait: 'false' }).wait).toBe(false);
    }
  );
});

describe('readSettings: image-repository', () => {
  const expected =
    'Expected an ACR repository address without tag or scheme, e.g. registry.cn-hangzhou.aliyuncs.com/my-namespace/my-app.';

  it.each([
    'registry.cn-hangzhou.aliyuncs.com/my-namespace/my-app',
    'my-instance-registry.cn-hangzhou.cr.aliyuncs.com/ns/app',
    'registry-vpc.cn-hangzhou.aliyuncs.com/ns/team/app',
    'registry.cn-hangzhou.aliyuncs.com/ns/my_app',
    'registry.cn-hangzhou.aliyuncs.com/ns/my__app',
    'registry.cn-hangzhou.aliyuncs.com/ns/my.app',
    'registry.cn-hangzhou.aliyuncs.com/ns/my--app',
    'registry-intl.ap-southeast-1.aliyuncs.com/ns/app',
    'registry-intl-vpc.ap-southeast-1.aliyuncs.com/ns/app',
    'my-instance-registry-vpc.cn-hangzhou.cr.aliyuncs.com/ns/app',
    'crpi-ds0j5gxjdmixc0v8.cn-hangzhou.personal.cr.aliyuncs.com/ns/app'
  ])('accepts %j', (repository) => {
    expect(settingsFor({ 'image-repository': repository }).image.repository).toBe(repository);
  });

  it.each([
    'docker.io/library/app',
    'ghcr.io/octo-org/app',
    'localhost:5000/ns/app',
    '10.0.0.5:5000/ns/app',
    'registry.cn-hangzhou.aliyuncs.com.evil.example/ns/app',
    'images.example.com/ns/app'
  ])('refuses %j, which is not an ACR registry, before any call', (value) => {
    const host = value.split('/')[0];
    expect(errorFor({ 'image-repository': value })).toBe(
      `Invalid image-repository '${value}': ${host} is not a Container Registry (ACR) host, and ECI pushes images only to ACR (a custom domain of an Enterprise Edition instance needs acr-instance-id). ${expected}`
    );
  });

  it("accepts an Enterprise Edition instance's custom domain when acr-instance-id is given", () => {
    const repository = 'images.example.com/ns/app';
    expect(settingsFor({ 'image-repository': repository, 'acr-instance-id': 'cri-abc123' }).image.repository).toBe(
      repository
    );
  });

  it.each<[string, string]>([
    ['https://registry.cn-hangzhou.aliyuncs.com/ns/app', 'remove the scheme'],
    ['docker://registry.cn-hangzhou.aliyuncs.com/ns/app', 'remove the scheme'],
    ['registry.cn-hangzhou.aliyuncs.com/ns/app@sha256:0123abcd', 'remove the digest'],
    ['registry.cn-hangzhou.aliyuncs.com/ns/app:v1', 'remove the tag and set it with image-tag'],
    ['registry-vpc.cn-beijing.aliyuncs.com/ns/app:latest', 'remove the tag and set it with image-tag']
  ])('rejects %j: %s', (value, reason) => {
    expect(errorFor({ 'image-repository': value })).toBe(`Invalid image-repository '${value}': ${reason}. ${expected}`);
  });

  const HOST = 'add the registry host, e.g. registry.cn-hangzhou.aliyuncs.com/';
  const LOWER = 'lowercase only (registries refuse upper-case repository names)';
  const NAMESPACE = 'add the namespace and the repository name after the host (host/namespace/name)';
  const part = (name: string): string =>
    `'${name}' is not a repository name part (lowercase letters and digits, with single '.', '_', '__' or '-' between them)`;
  it.each<[string, string | undefined]>([
    ['registry.cn-hangzhou.aliyuncs.com/app', NAMESPACE],
    ['registry.cn-hangzhou.aliyuncs.com', NAMESPACE],
    ['ns/app', `${HOST}ns/app`],
    ['demo/shop', `${HOST}demo/shop`],
    ['my-namespace/my-app/extra', `${HOST}my-namespace/my-app/extra`],
    ['Registry.cn-hangzhou.aliyuncs.com/ns/app', LOWER],
    ['registry.cn-hangzhou.aliyuncs.com/NS/app', LOWER],
    ['registry.cn-hangzhou.aliyuncs.com/ns/App', LOWER],
    ['registry.cn-hangzhou.aliyuncs.com/demo/My-Shop', LOWER],
    ['registry.cn-hangzhou.aliyuncs.com/ns/', part('')],
    ['registry.cn-hangzhou.aliyuncs.com//app', part('')],
    ['registry.cn-hangzhou.aliyuncs.com/ns/-app', part('-app')],
    ['registry.cn-hangzhou.aliyuncs.com/ns/app.', part('app.')],
    ['registry.cn-hangzhou.aliyuncs.com/ns/my app', part('my app')],
    ['-registry.example.com/ns/app', undefined]
  ])('rejects %j, saying why', (value, why) => {
    expect(errorFor({ 'image-repository': value })).toBe(
      `Invalid image-repository '${value}'${why ? `: ${why}` : ''}. ${expected}`
    );
  });
});

describe('readSettings: the {container} placeholder', () => {
  it('keeps a {container} placeholder in image-repository and image-tag for later', () => {
    const settings = settingsFor({
      'container-name': 'app, sidecar',
      'image-repository': 'registry.cn-hangzhou.aliyuncs.com/ns/{container}',
      'image-tag': 'v1-{container}'
    });
    expect(settings.image.repository).toBe('registry.cn-hangzhou.aliyuncs.com/ns/{container}');
    expect(settings.image.tag).toBe('v1-{container}');
  });

  it.each<[Record<string, string>, string]>([
    [
      { 'image-repository': 'registry.cn-hangzhou.aliyuncs.com/NS/{container}' },
      "Invalid image-repository 'registry.cn-hangzhou.aliyuncs.com/NS/{container}': lowercase only (registries refuse upper-case repository names). Expected an ACR repository address without tag or scheme, e.g. registry.cn-hangzhou.aliyuncs.com/my-namespace/my-app."
    ],
    [
      { 'image-repository': 'registry.cn-hangzhou.aliyuncs.com/ns/{container}:v1' },
      "Invalid image-repository 'registry.cn-hangzhou.aliyuncs.com/ns/{container}:v1': remove the tag and set it with image-tag. Expected an ACR repository address without tag or scheme, e.g. registry.cn-hangzhou.aliyuncs.com/my-namespace/my-app."
    ],
    [
      { 'image-tag': '.{container}' },
      "Invalid image-tag '.{container}'. Expected 1-128 characters of [A-Za-z0-9_.-], not starting with '.' or '-'."
    ],
    [
      { 'image-tag': '{container}:v1' },
      "Invalid image-tag '{container}:v1'. Expected 1-128 characters of [A-Za-z0-9_.-], not starting with '.' or '-'."
    ]
  ])('shows the value as written when it is invalid: %j', (overrides, message) => {
    expect(errorFor(overrides)).toBe(message);
  });
});

describe('checkImageTarget', () => {
  const VALID = { repository: 'registry.cn-hangzhou.aliyuncs.com/ns/sidecar', tag: 'v1-sidecar' };

  it('accepts what is valid', () => {
    expect(() => checkImageTarget(VALID)).not.toThrow();
  });

  it('names the value as the caller shows it, and the container it is for', () => {
    expect(() => checkImageTarget({ ...VALID, tag: 'a'.repeat(129) }, { ...VALID, tag: 'shown-tag' })).toThrow(
      new InputError(
        "Invalid image-tag 'shown-tag'. Expected 1-128 characters of [A-Za-z0-9_.-], not starting with '.' or '-'."
      )
    );
    expect(() =>
      checkImageTarget(
        { ...VALID, repository: 'registry/ns/app' },
        { ...VALID, repository: 'shown/repo' },
        { container: 'app' }
      )
    ).toThrow(
      new InputError(
        "Invalid image-repository 'shown/repo' (for container app): add the registry host, e.g. registry.cn-hangzhou.aliyuncs.com/shown/repo. Expected an ACR repository address without tag or scheme, e.g. registry.cn-hangzhou.aliyuncs.com/my-namespace/my-app."
      )
    );
  });
});

describe('readSettings: image-tag, image-message, image-author and the run', () => {
  it.each(['v1', 'latest', '1.2.3', 'v1.2.3-rc.1', '_build', 'A_b-C.d', 'a'.repeat(128)])(
    'accepts image-tag %j',
    (tag) => {
      expect(settingsFor({ 'image-tag': tag }).image.tag).toBe(tag);
    }
  );

  it.each(['.hidden', '-dash', 'v1:2', 'v 1', 'v1/2', 'ümlaut', 'a'.repeat(129)])('rejects image-tag %j', (value) => {
    expect(errorFor({ 'image-tag': value })).toBe(
      `Invalid image-tag '${value}'. Expected 1-128 characters of [A-Za-z0-9_.-], not starting with '.' or '-'.`
    );
  });

  it('derives the tag from the first 7 characters of GITHUB_SHA', () => {
    expect(settingsFor({}, { ...RUN_ENV, GITHUB_SHA: 'abcdef0123456789' }).image.tag).toBe('abcdef0');
  });

  it('uses a short GITHUB_SHA whole', () => {
    expect(settingsFor({}, { GITHUB_SHA: 'abc' }).image.tag).toBe('abc');
  });

  it.each<[string, NodeJS.ProcessEnv]>([
    ['no GITHUB_SHA', {}],
    ['an empty GITHUB_SHA', { GITHUB_SHA: '' }],
    ['a blank GITHUB_SHA', { GITHUB_SHA: '   ' }]
  ])('fails without image-tag and with %s', (_, env) => {
    expect(errorFor({}, env)).toBe(
      'Input image-tag is empty and GITHUB_SHA is not set to derive it from. Expected 1-128 characters of [A-Za-z0-9_.-].'
    );
  });

  it('validates a derived tag too', () => {
    expect(errorFor({}, { GITHUB_SHA: '-abcdef1234' })).toBe(
      "Invalid image-tag '-abcdef'. Expected 1-128 characters of [A-Za-z0-9_.-], not starting with '.' or '-'."
    );
  });

  it('prefers an explicit image-tag over GITHUB_SHA', () => {
    expect(settingsFor({ 'image-tag': 'v2' }).image.tag).toBe('v2');
  });

  it.each<[string, NodeJS.ProcessEnv, string | undefined]>([
    ['the whole run', RUN_ENV, 'octo-org/shop: release #42 at 1a2b3c4'],
    ['no repository', { ...RUN_ENV, GITHUB_REPOSITORY: '' }, 'release #42 at 1a2b3c4'],
    ['no workflow', { ...RUN_ENV, GITHUB_WORKFLOW: undefined }, 'octo-org/shop: #42 at 1a2b3c4'],
    ['no run number', { ...RUN_ENV, GITHUB_RUN_NUMBER: ' ' }, 'octo-org/shop: release at 1a2b3c4'],
    ['only the repository', { GITHUB_REPOSITORY: 'octo-org/shop' }, undefined],
    ['nothing', {}, undefined]
  ])('derives image-message from %s', (_, env, message) => {
    const image = settingsFor({ 'image-tag': 'v1' }, env).image;
    if (message === undefined) expect(image).not.toHaveProperty('message');
    else expect(image.message).toBe(message);
  });

  it('derives image-author from GITHUB_ACTOR, and leaves it out without one', () => {
    expect(settingsFor({}, { ...RUN_ENV, GITHUB_ACTOR: 'dependabot[bot]' }).image.author).toBe('dependabot[bot]');
    expect(settingsFor({}, { ...RUN_ENV, GITHUB_ACTOR: '' }).image).not.toHaveProperty('author');
  });

  it('prefers explicit image-message and image-author over the run', () => {
    expect(settingsFor({ 'image-message': 'hand-made', 'image-author': 'alice' }).image).toStrictEqual({
      repository: REPOSITORY,
      tag: '1a2b3c4',
      message: 'hand-made',
      author: 'alice'
    });
  });
});

describe('readSettings: ACR Enterprise Edition', () => {
  it('defaults acr-region-id to region-id when acr-instance-id is set', () => {
    expect(settingsFor({ 'acr-instance-id': 'cri-abc123' }).acr).toStrictEqual({
      instanceId: 'cri-abc123',
      regionId: 'cn-hangzhou'
    });
  });

  it('keeps only the ARNs that were given', () => {
    expect(
      settingsFor({ 'acr-instance-id': 'cri-abc123', 'acr-arn-user': 'acs:ram::6543210987654321:role/owner' }).acr
    ).toStrictEqual({
      instanceId: 'cri-abc123',
      regionId: 'cn-hangzhou',
      arnUser: 'acs:ram::6543210987654321:role/owner'
    });
  });

  it.each(['acr-region-id', 'acr-arn-service', 'acr-arn-user'])('refuses %s without acr-instance-id', (name) => {
    const value = name === 'acr-region-id' ? 'cn-shanghai' : 'acs:ram::1234567890123456:role/x';
    expect(errorFor({ [name]: value })).toBe(
      `Input ${name} is set but acr-instance-id is empty. Expected acr-instance-id: the ID of the ACR Enterprise Edition instance (cri-...).`
    );
  });

  it.each(['abc123', 'cri-', 'CRI-abc', 'cri-ABC', 'cri-abc_123', 'cri-abc-123'])(
    'rejects acr-instance-id %j',
    (value) => {
      expect(errorFor({ 'acr-instance-id': value })).toBe(
        `Invalid acr-instance-id '${value}'. Expected an ACR Enterprise Edition instance ID such as cri-abc123.`
      );
    }
  );

  it.each(['Shanghai', 'cn_shanghai', 'cn'])('rejects acr-region-id %j', (value) => {
    expect(errorFor({ 'acr-instance-id': 'cri-abc123', 'acr-region-id': value })).toBe(
      `Invalid acr-region-id '${value}'. Expected a region ID such as cn-hangzhou.`
    );
  });

  it.each<[string, string]>([
    ['acr-arn-service', 'arn:aws:iam::123456789012:role/x'],
    ['acr-arn-service', 'acs:ram::abc:role/x'],
    ['acr-arn-user', 'acs:ram::1234567890123456:user/x'],
    ['acr-arn-user', 'acs:ram::1234567890123456:role/'],
    ['acr-arn-user', 'acs:ram::1234567890123456:role/a b']
  ])('rejects %s %j', (name, value) => {
    expect(errorFor({ 'acr-instance-id': 'cri-abc123', [name]: value })).toBe(
      `Invalid ${name} '${value}'. Expected a RAM role ARN such as acs:ram::1234567890123456:role/my-role.`
    );
  });
});

describe('readSettings: role-arn and role-type', () => {
  it.each([
    'acs:ram::1234567890123456:role/eci-push',
    'acs:ram::1234567890123456:role/path/to/Role_1.2@x',
    'ACS:RAM::1234567890123456:ROLE/Upper'
  ])('defaults role-type to service for role-arn %j', (roleArn) => {
    expect(settingsFor({ 'role-arn': roleArn }).role).toStrictEqual({ roleArn, roleType: 'service' });
  });

  it('refuses role-type without role-arn', () => {
    expect(errorFor({ 'role-type': 'service' })).toBe(
      'Input role-type is set but role-arn is empty. Expected role-arn: the ARN of the RAM role ECI assumes to push.'
    );
  });

  it.each(['eci-push', 'acs:ram:1234567890123456:role/x', 'acs:ram::1234567890123456:role/x y'])(
    'rejects role-arn %j',
    (value) => {
      expect(errorFor({ 'role-arn': value })).toBe(
        `Invalid role-arn '${value}'. Expected a RAM role ARN such as acs:ram::1234567890123456:role/my-role.`
      );
    }
  );

  it.each(['1service', 'ser vice', 's'.repeat(33), '-x'])('rejects role-type %j', (value) => {
    expect(errorFor({ 'role-arn': 'acs:ram::1234567890123456:role/x', 'role-type': value })).toBe(
      `Invalid role-type '${value}'. Expected a role type such as service.`
    );
  });
});

describe('readSettings: credentials', () => {
  const noInputs = { 'access-key-id': '', 'access-key-secret': '' };
  const fullEnv: NodeJS.ProcessEnv = {
    ...RUN_ENV,
    ALIBABA_CLOUD_ACCESS_KEY_ID: 'STS.NTexampleId',
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'env-secret',
    ALIBABA_CLOUD_SECURITY_TOKEN: 'env-token'
  };

  it('reads the inputs, with a security token when given', () => {
    expect(settingsFor({ 'security-token': 'input-token' }).credentials).toStrictEqual({
      kind: 'static',
      accessKeyId: 'LTAI5tExampleKeyId',
      accessKeySecret: 'example-secret-value',
      securityToken: 'input-token',
      source: 'inputs'
    });
  });

  it('falls back to the ALIBABA_CLOUD_* environment variables', () => {
    expect(settingsFor(noInputs, fullEnv).credentials).toStrictEqual({
      kind: 'static',
      accessKeyId: 'STS.NTexampleId',
      accessKeySecret: 'env-secret',
      securityToken: 'env-token',
      source: 'environment'
    });
  });

  it('leaves the security token out when the environment has none', () => {
    const env = { ...fullEnv, ALIBABA_CLOUD_SECURITY_TOKEN: '  ' };
    expect(settingsFor(noInputs, env).credentials).toStrictEqual({
      kind: 'static',
      accessKeyId: 'STS.NTexampleId',
      accessKeySecret: 'env-secret',
      source: 'environment'
    });
  });

  it('never mixes inputs with a security token from the environment', () => {
    expect(settingsFor({}, fullEnv).credentials).toStrictEqual({
      kind: 'static',
      accessKeyId: 'LTAI5tExampleKeyId',
      accessKeySecret: 'example-secret-value',
      source: 'inputs'
    });
  });

  it('leaves credentials to the default chain when neither inputs nor environment give any', () => {
    expect(settingsFor(noInputs).credentials).toStrictEqual({ kind: 'default-chain' });
    expect(settingsFor(noInputs, { ...RUN_ENV, ALIBABA_CLOUD_ACCESS_KEY_ID: '  ' }).credentials).toStrictEqual({
      kind: 'default-chain'
    });
  });

  it.each<[string, Record<string, string>, string]>([
    [
      'only access-key-id',
      { 'access-key-id': 'LTAI5tExampleKeyId', 'access-key-secret': '' },
      'Input access-key-id is set but access-key-secret is empty. Expected both access-key-id and access-key-secret.'
    ],
    [
      'only access-key-secret',
      { 'access-key-id': '', 'access-key-secret': 'x' },
      'Input access-key-secret is set but access-key-id is empty. Expected both access-key-id and access-key-secret.'
    ],
    [
      'only security-token',
      { ...noInputs, 'security-token': 'token' },
      'Input security-token is set but access-key-id is empty. Expected both access-key-id and access-key-secret.'
    ],
    [
      'access-key-id and security-token',
      { 'access-key-id': 'LTAI5tExampleKeyId', 'access-key-secret': '', 'security-token': 'token' },
      'Input access-key-id is set but access-key-secret is empty. Expected both access-key-id and access-key-secret.'
    ]
  ])('fails with %s among the inputs', (_, overrides, message) => {
    expect(errorFor(overrides, fullEnv)).toBe(message);
  });

  it.each<[string, NodeJS.ProcessEnv, string]>([
    [
      'only the ID',
      { ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tExampleKeyId' },
      'Environment variable ALIBABA_CLOUD_ACCESS_KEY_ID is set but ALIBABA_CLOUD_ACCESS_KEY_SECRET is empty. Expected both ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.'
    ],
    [
      'only the secret',
      { ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'x' },
      'Environment variable ALIBABA_CLOUD_ACCESS_KEY_SECRET is set but ALIBABA_CLOUD_ACCESS_KEY_ID is empty. Expected both ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.'
    ],
    [
      'only the token',
      { ALIBABA_CLOUD_SECURITY_TOKEN: 'token' },
      'Environment variable ALIBABA_CLOUD_SECURITY_TOKEN is set but ALIBABA_CLOUD_ACCESS_KEY_ID is empty. Expected both ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.'
    ]
  ])('fails with %s in the environment', (_, env, message) => {
    expect(errorFor(noInputs, { ...RUN_ENV, ...env })).toBe(message);
  });

  it.each(['abc', 'LTAI 5t', 'LTAI-5t-key', 'LTAI_5t', 'a'.repeat(129)])(
    'rejects the AccessKey ID %j without echoing it',
    (value) => {
      expect(errorFor({ 'access-key-id': value })).toBe(
        'Invalid access-key-id: expected an AccessKey ID of letters, digits and dots (e.g. LTAI5t... or STS.NT...).'
      );
      const env = { ...RUN_ENV, ALIBABA_CLOUD_ACCESS_KEY_ID: value, ALIBABA_CLOUD_ACCESS_KEY_SECRET: 's' };
      expect(errorFor(noInputs, env)).toBe(
        'Invalid ALIBABA_CLOUD_ACCESS_KEY_ID: expected an AccessKey ID of letters, digits and dots (e.g. LTAI5t... or STS.NT...).'
      );
    }
  );
});

describe('readSettings: GitHub OIDC', () => {
  const OIDC = {
    'oidc-role-arn': 'acs:ram::1234567890123456:role/github-eci',
    'oidc-provider-arn': 'acs:ram::1234567890123456:oidc-provider/GitHub'
  };
  const DEFAULT_OIDC: OidcSettings = {
    roleArn: 'acs:ram::1234567890123456:role/github-eci',
    providerArn: 'acs:ram::1234567890123456:oidc-provider/GitHub',
    audience: 'sts.aliyuncs.com',
    sessionName: 'github-987654321-1',
    durationSeconds: 3600,
    stsEndpoint: { protocol: 'https', host: 'sts.aliyuncs.com' }
  };

  it('derives every OIDC default from the run', () => {
    expect(settingsFor({ ...OIDC, 'access-key-id': '', 'access-key-secret': '' }).credentials).toStrictEqual({
      kind: 'oidc',
      oidc: DEFAULT_OIDC
    });
  });

  it("gives the same OIDC settings with action.yml's defaults", () => {
    const defaults = Object.fromEntries(Object.entries(ACTION.inputs).map(([name, spec]) => [name, defaultOf(spec)]));
    expect(readSettings(reader({ ...defaults, ...BASE_INPUTS, ...OIDC }), RUN_ENV).credentials).toStrictEqual({
      kind: 'oidc',
      oidc: DEFAULT_OIDC
    });
  });

  it('takes every OIDC input as given', () => {
    const settings = settingsFor({
      ...OIDC,
      'oidc-audience': 'my-client-id',
      'role-session-name': 'deploy@shop_1.x',
      'role-duration-seconds': '900',
      'sts-endpoint': 'sts-vpc.cn-hangzhou.aliyuncs.com'
    });
    expect(settings.credentials).toStrictEqual({
      kind: 'oidc',
      oidc: {
        ...DEFAULT_OIDC,
        audience: 'my-client-id',
        sessionName: 'deploy@shop_1.x',
        durationSeconds: 900,
        stsEndpoint: { protocol: 'https', host: 'sts-vpc.cn-hangzhou.aliyuncs.com' }
      }
    });
  });

  it('names the session after the run, or a placeholder when the run does not tell', () => {
    const oidc = (env: NodeJS.ProcessEnv): OidcSettings => {
      const { credentials } = settingsFor(OIDC, env);
      if (credentials.kind !== 'oidc') throw new Error('expected OIDC credentials');
      return credentials.oidc;
    };
    expect(oidc({ ...RUN_ENV, GITHUB_RUN_ATTEMPT: '3' }).sessionName).toBe('github-987654321-3');
    expect(oidc({ GITHUB_SHA: 'abcdef0123' }).sessionName).toBe('github-run-1');
  });

  it('prefers OIDC to AccessKey inputs and environment variables', () => {
    const env = { ...RUN_ENV, ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAIenv', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 's' };
    expect(settingsFor(OIDC, env).credentials.kind).toBe('oidc');
  });

  it('warns that AccessKey inputs are ignored when OIDC is configured', () => {
    settingsFor({ ...OIDC, 'access-key-id': 'LTAI5tIgnored', 'access-key-secret': 'ignored' });
    expect(linesAt('warning')).toContain(
      'access-key-id and access-key-secret are ignored: oidc-role-arn and oidc-provider-arn select GitHub OIDC.'
    );
    resetRecorded();
    settingsFor({ ...OIDC, 'access-key-id': '', 'access-key-secret': '' });
    expect(linesAt('warning')).toEqual([]);
  });

  it.each<[Record<string, string>, string]>([
    [
      { 'oidc-role-arn': OIDC['oidc-role-arn'] },
      'Input oidc-role-arn is set but oidc-provider-arn is empty. Expected both oidc-role-arn and oidc-provider-arn for GitHub OIDC.'
    ],
    [
      { 'oidc-provider-arn': OIDC['oidc-provider-arn'] },
      'Input oidc-provider-arn is set but oidc-role-arn is empty. Expected both oidc-role-arn and oidc-provider-arn for GitHub OIDC.'
    ],
    [
      { ...OIDC, 'oidc-role-arn': 'acs:ram::1234567890123456:oidc-provider/GitHub' },
      "Invalid oidc-role-arn 'acs:ram::1234567890123456:oidc-provider/GitHub'. Expected a RAM role ARN such as acs:ram::1234567890123456:role/github-eci."
    ],
    [
      { ...OIDC, 'oidc-provider-arn': 'acs:ram::1234567890123456:role/github-eci' },
      "Invalid oidc-provider-arn 'acs:ram::1234567890123456:role/github-eci'. Expected a RAM OIDC provider ARN such as acs:ram::1234567890123456:oidc-provider/GitHub."
    ],
    [
      { ...OIDC, 'oidc-audience': 'a b' },
      "Invalid oidc-audience 'a b'. Expected one audience without spaces, e.g. sts.aliyuncs.com."
    ],
    [
      { ...OIDC, 'role-session-name': 'x' },
      "Invalid role-session-name 'x'. Expected 2-64 characters of [A-Za-z0-9.@_-]."
    ],
    [
      { ...OIDC, 'role-session-name': 'has space' },
      "Invalid role-session-name 'has space'. Expected 2-64 characters of [A-Za-z0-9.@_-]."
    ],
    [
      { ...OIDC, 'role-session-name': 'a'.repeat(65) },
      `Invalid role-session-name '${'a'.repeat(65)}'. Expected 2-64 characters of [A-Za-z0-9.@_-].`
    ],
    [
      { ...OIDC, 'role-duration-seconds': '899' },
      "Invalid role-duration-seconds '899'. Expected a whole number from 900 to 43200."
    ],
    [
      { ...OIDC, 'role-duration-seconds': '43201' },
      "Invalid role-duration-seconds '43201'. Expected a whole number from 900 to 43200."
    ],
    [
      { ...OIDC, 'role-duration-seconds': '1h' },
      "Invalid role-duration-seconds '1h'. Expected a whole number from 900 to 43200."
    ],
    [
      { ...OIDC, 'sts-endpoint': 'http://sts.aliyuncs.com' },
      "Invalid sts-endpoint 'http://sts.aliyuncs.com': http:// is accepted only for loopback hosts (127.0.0.1, localhost, [::1]); signed requests must use https://."
    ]
  ])('rejects %j', (overrides, message) => {
    expect(errorFor(overrides)).toBe(message);
  });
});

describe('readSettings: max-attempts, wait, wait-timeout, poll-interval, endpoint, job-summary', () => {
  it.each<[Record<string, string>, Partial<Settings>]>([
    [{ 'max-attempts': '1' }, { maxAttempts: 1 }],
    [{ 'max-attempts': '10' }, { maxAttempts: 10 }],
    [{ 'max-attempts': ' 7 ' }, { maxAttempts: 7 }],
    [{ 'fail-fast': 'false' }, { failFast: false }],
    [{ 'fail-fast': 'TRUE' }, { failFast: true }],
    [{ wait: 'false' }, { wait: false }],
    [{ wait: 'True' }, { wait: true }],
    [{ 'job-summary': 'false' }, { jobSummary: false }],
    [{ 'wait-timeout': '90s' }, { waitTimeoutMs: 90_000 }],
    [{ 'wait-timeout': '600' }, { waitTimeoutMs: 600_000 }],
    [{ 'wait-timeout': '2h' }, { waitTimeoutMs: 7_200_000 }],
    [{ 'poll-interval': '1s' }, { pollIntervalMs: 1_000 }],
    [{ 'poll-interval': '1000ms' }, { pollIntervalMs: 1_000 }],
    [{ 'poll-interval': '2' }, { pollIntervalMs: 2_000 }],
    [{ 'poll-interval': '1m' }, { pollIntervalMs: 60_000 }],
    [
      { endpoint: 'eci.cn-shanghai.aliyuncs.com' },
      { endpoint: { protocol: 'https', host: 'eci.cn-shanghai.aliyuncs.com' } }
    ],
    [{ endpoint: 'http://127.0.0.1:9000' }, { endpoint: { protocol: 'http', host: '127.0.0.1:9000' } }]
  ])('reads %j', (overrides, expected) => {
    expect(settingsFor(overrides)).toStrictEqual({ ...BASE_SETTINGS, ...expected });
  });

  it.each<[Record<string, string>, string]>([
    [{ 'max-attempts': '0' }, "Invalid max-attempts '0'. Expected a whole number from 1 to 10."],
    [{ 'max-attempts': '11' }, "Invalid max-attempts '11'. Expected a whole number from 1 to 10."],
    [{ 'max-attempts': 'many' }, "Invalid max-attempts 'many'. Expected a whole number from 1 to 10."],
    [{ 'max-attempts': '2.5' }, "Invalid max-attempts '2.5'. Expected a whole number from 1 to 10."],
    [{ wait: 'yes' }, "Invalid wait 'yes'. Expected true or false."],
    [{ 'fail-fast': 'no' }, "Invalid fail-fast 'no'. Expected true or false."],
    [{ 'job-summary': '1' }, "Invalid job-summary '1'. Expected true or false."],
    [
      { 'wait-timeout': '30 minutes' },
      "Invalid wait-timeout '30 minutes'. Expected a duration such as 90s, 30m, 1h or plain seconds (e.g. 120)."
    ],
    [
      { 'wait-timeout': '0' },
      "Invalid wait-timeout '0'. Expected a duration such as 90s, 30m, 1h or plain seconds (e.g. 120)."
    ],
    [
      { 'poll-interval': 'fast' },
      "Invalid poll-interval 'fast'. Expected a duration such as 90s, 30m, 1h or plain seconds (e.g. 120)."
    ],
    [{ 'poll-interval': '500ms' }, "Invalid poll-interval '500ms'. Expected at least 1s, e.g. 5s."],
    [{ 'poll-interval': '0.999' }, "Invalid poll-interval '0.999'. Expected at least 1s, e.g. 5s."],
    [
      { endpoint: 'http://eci.cn-hangzhou.aliyuncs.com' },
      "Invalid endpoint 'http://eci.cn-hangzhou.aliyuncs.com': http:// is accepted only for loopback hosts (127.0.0.1, localhost, [::1]); signed requests must use https://."
    ],
    [
      { endpoint: 'eci.cn-hangzhou.aliyuncs.com/path' },
      "Invalid endpoint 'eci.cn-hangzhou.aliyuncs.com/path'. Expected a host such as eci.cn-hangzhou.aliyuncs.com, or https://host[:port] (http:// only for loopback hosts)."
    ]
  ])('rejects %j', (overrides, message) => {
    expect(errorFor(overrides)).toBe(message);
  });
});

describe('secret masking', () => {
  it('masks the secret inputs and environment variables, trimmed, and nothing else', () => {
    settingsFor(
      { 'access-key-secret': '  input-secret  ', 'security-token': 'input-token\n' },
      {
        ...RUN_ENV,
        ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAIenvid',
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'env-secret',
        ALIBABA_CLOUD_SECURITY_TOKEN: ' env-token '
      }
    );
    expect(recorded.secrets).toEqual(['input-secret', 'input-token', 'env-secret', 'env-token']);
  });

  it('masks nothing that is empty or blank', () => {
    settingsFor({ 'security-token': '   ' }, { ...RUN_ENV, ALIBABA_CLOUD_SECURITY_TOKEN: '' });
    expect(recorded.secrets).toEqual(['example-secret-value']);
  });

  it('masks before any other input is read', () => {
    // Each read notes how many secrets were masked before it.
    const reads: Array<[string, number]> = [];
    readSettings(
      (name) => {
        reads.push([name, recorded.secrets.length]);
        return withActionDefaults({ ...BASE_INPUTS, 'security-token': 'tok' })(name);
      },
      { ...RUN_ENV, ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'env-secret' }
    );
    expect(recorded.secrets).toEqual(['example-secret-value', 'tok', 'env-secret']);
    expect(reads.filter(([, masked]) => masked < recorded.secrets.length)).toEqual([
      ['access-key-secret', 0],
      ['security-token', 0],
      ['registry-password', 0],
      ['github-token', 0]
    ]);
  });

  it('masks even when validation then fails', () => {
    expect(() =>
      readSettings(reader({ ...BASE_INPUTS, 'region-id': 'nowhere', 'security-token': 'tok' }), {
        ALIBABA_CLOUD_SECURITY_TOKEN: 'env-token'
      })
    ).toThrow("Invalid region-id 'nowhere'.");
    expect(recorded.secrets).toEqual(['example-secret-value', 'tok', 'env-token']);
  });

  it('never puts a secret in an error message', () => {
    const secret = 'Sup3r-S3cret/Value+=';
    for (const overrides of <Record<string, string>[]>[
      { 'access-key-id': 'bad id', 'access-key-secret': secret },
      { 'access-key-id': '', 'access-key-secret': secret },
      { 'access-key-id': '', 'access-key-secret': '', 'security-token': secret }
    ]) {
      expect(errorFor(overrides)).not.toContain(secret);
    }
  });

  it('maskSecrets works on its own, reading only the secret inputs', () => {
    const read = jest.fn((name: string) => (name === 'access-key-secret' ? 'a' : ''));
    maskSecrets(read, { ALIBABA_CLOUD_SECURITY_TOKEN: 'b' });
    expect(read.mock.calls.map(([name]) => name)).toEqual([
      'access-key-secret',
      'security-token',
      'registry-password',
      'github-token'
    ]);
    expect(recorded.secrets).toEqual(['a', 'b']);
  });
});

describe('readActionInput and the defaults of readSettings', () => {
  it('reads through core.getInput', () => {
    standIn.inputs = { 'region-id': 'value', 'container-group-id': 'other' };
    expect(readActionInput('region-id')).toBe('value');
  });

  it('reads core.getInput and process.env when given nothing', () => {
    standIn.inputs = BASE_INPUTS;
    const saved = process.env.GITHUB_SHA;
    process.env.GITHUB_SHA = 'feedface00000000';
    try {
      expect(readSettings().image?.tag).toBe('feedfac');
    } finally {
      if (saved === undefined) delete process.env.GITHUB_SHA;
      else process.env.GITHUB_SHA = saved;
    }
  });
});
