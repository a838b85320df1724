import { buildCommitRequest, wireParams, imageReference, type CommitRequest } from '../../src/model/request.js';
import type { ImageTarget } from '../../src/model/image-target.js';
import type { Settings } from '../../src/model/settings.js';

const BASE: Settings = {
  mode: 'commit',
  regionId: 'cn-hangzhou',
  containerGroupId: 'eci-2zelg8vwnlzdhf8hv7ab',
  containers: { kind: 'single', name: 'app' },
  image: { repository: 'registry.cn-hangzhou.aliyuncs.com/ns/{container}', tag: 'v1' },
  credentials: { kind: 'static', accessKeyId: 'LTAI5tExampleKeyId', accessKeySecret: 'do-not-send', source: 'inputs' },
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

const TARGET: ImageTarget = { repository: 'registry.cn-hangzhou.aliyuncs.com/ns/app', tag: 'v1' };

/** The request for container `app` going to TARGET. */
function build(settings: Settings, container = 'app', target: ImageTarget = TARGET): CommitRequest {
  return buildCommitRequest(settings, container, target);
}

const REQUIRED_PARAMS = {
  regionId: 'cn-hangzhou',
  containerGroupId: 'eci-2zelg8vwnlzdhf8hv7ab',
  containerName: 'app'
};

describe('buildCommitRequest', () => {
  it.each<[string, Partial<Settings>, CommitRequest]>([
    [
      'only the required inputs',
      {},
      { ...REQUIRED_PARAMS, image: { repository: 'registry.cn-hangzhou.aliyuncs.com/ns/app', tag: 'v1' } }
    ],
    [
      'a message',
      { image: { ...BASE.image, message: 'octo/shop: release #1 at abc1234' } },
      {
        ...REQUIRED_PARAMS,
        image: {
          repository: 'registry.cn-hangzhou.aliyuncs.com/ns/app',
          tag: 'v1',
          message: 'octo/shop: release #1 at abc1234'
        }
      }
    ],
    [
      'an author',
      { image: { ...BASE.image, author: 'octocat' } },
      {
        ...REQUIRED_PARAMS,
        image: { repository: 'registry.cn-hangzhou.aliyuncs.com/ns/app', tag: 'v1', author: 'octocat' }
      }
    ],
    [
      'an ACR instance with its default region',
      { acr: { instanceId: 'cri-abc123', regionId: 'cn-hangzhou' } },
      {
        ...REQUIRED_PARAMS,
        image: { repository: 'registry.cn-hangzhou.aliyuncs.com/ns/app', tag: 'v1' },
        acrRegistryInfo: { instanceId: 'cri-abc123', regionId: 'cn-hangzhou' }
      }
    ],
    [
      'an ACR instance of another account',
      {
        acr: {
          instanceId: 'cri-abc123',
          regionId: 'cn-shanghai',
          arnService: 'acs:ram::1:role/svc',
          arnUser: 'acs:ram::2:role/usr'
        }
      },
      {
        ...REQUIRED_PARAMS,
        image: { repository: 'registry.cn-hangzhou.aliyuncs.com/ns/app', tag: 'v1' },
        acrRegistryInfo: {
          instanceId: 'cri-abc123',
          regionId: 'cn-shanghai',
          arnService: 'acs:ram::1:role/svc',
          arnUser: 'acs:ram::2:role/usr'
        }
      }
    ],
    [
      'an ACR instance with only the user ARN',
      { acr: { instanceId: 'cri-abc123', regionId: 'cn-hangzhou', arnUser: 'acs:ram::2:role/usr' } },
      {
        ...REQUIRED_PARAMS,
        image: { repository: 'registry.cn-hangzhou.aliyuncs.com/ns/app', tag: 'v1' },
        acrRegistryInfo: { instanceId: 'cri-abc123', regionId: 'cn-hangzhou', arnUser: 'acs:ram::2:role/usr' }
      }
    ],
    [
      'a role',
      { role: { roleArn: 'acs:ram::1:role/push', roleType: 'service' } },
      {
        ...REQUIRED_PARAMS,
        image: { repository: 'registry.cn-hangzhou.aliyuncs.com/ns/app', tag: 'v1' },
        arn: { roleArn: 'acs:ram::1:role/push', roleType: 'service' }
      }
    ],
    [
      'everything',
      {
        image: { ...BASE.image, message: 'm', author: 'a' },
        acr: { instanceId: 'cri-x1', regionId: 'cn-beijing', arnService: 'acs:ram::1:role/s' },
        role: { roleArn: 'acs:ram::1:role/push', roleType: 'user' }
      },
      {
        ...REQUIRED_PARAMS,
        image: { repository: 'registry.cn-hangzhou.aliyuncs.com/ns/app', tag: 'v1', message: 'm', author: 'a' },
        acrRegistryInfo: { instanceId: 'cri-x1', regionId: 'cn-beijing', arnService: 'acs:ram::1:role/s' },
        arn: { roleArn: 'acs:ram::1:role/push', roleType: 'user' }
      }
    ]
  ])('sends exactly the given fields with %s', (_, overrides, expected) => {
    // toStrictEqual: an omitted input must be absent, not present as undefined.
    expect(build({ ...BASE, ...overrides })).toStrictEqual(expected);
  });

  it('sends the given container and image target, never the {container} templates of the settings', () => {
    const params = build(
      { ...BASE, containers: { kind: 'list', names: ['app', 'sidecar'] }, image: { ...BASE.image, message: 'm' } },
      'sidecar',
      { repository: 'registry.cn-hangzhou.aliyuncs.com/ns/sidecar', tag: 'v1-sidecar' }
    );
    expect(params).toStrictEqual({
      regionId: 'cn-hangzhou',
      containerGroupId: 'eci-2zelg8vwnlzdhf8hv7ab',
      containerName: 'sidecar',
      image: { repository: 'registry.cn-hangzhou.aliyuncs.com/ns/sidecar', tag: 'v1-sidecar', message: 'm' }
    });
    expect(JSON.stringify(params)).not.toContain('{container}');
  });

  it('has no key for what was not given', () => {
    const params = build(BASE);
    expect(Object.keys(params)).toEqual(['regionId', 'containerGroupId', 'containerName', 'image']);
    expect(Object.keys(params.image)).toEqual(['repository', 'tag']);
  });

  it('never carries credentials, endpoint or wait settings', () => {
    const text = JSON.stringify(
      build({
        ...BASE,
        credentials: {
          kind: 'static',
          accessKeyId: 'LTAI5tExampleKeyId',
          accessKeySecret: 'do-not-send',
          securityToken: 'token-do-not-send',
          source: 'inputs'
        }
      })
    );
    for (const secret of ['do-not-send', 'token-do-not-send', 'LTAI5tExampleKeyId', 'aliyuncs.com/ns/app:']) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('wireParams', () => {
  it('flattens the request into wire names', () => {
    const params = build({
      ...BASE,
      image: { ...BASE.image, message: 'm', author: 'a' },
      acr: { instanceId: 'cri-abc123', regionId: 'cn-hangzhou', arnService: 's', arnUser: 'u' },
      role: { roleArn: 'acs:ram::1:role/push', roleType: 'service' }
    });
    expect(wireParams(params)).toStrictEqual({
      RegionId: 'cn-hangzhou',
      ContainerGroupId: 'eci-2zelg8vwnlzdhf8hv7ab',
      ContainerName: 'app',
      'Image.Repository': 'registry.cn-hangzhou.aliyuncs.com/ns/app',
      'Image.Tag': 'v1',
      'Image.Message': 'm',
      'Image.Author': 'a',
      'AcrRegistryInfo.InstanceId': 'cri-abc123',
      'AcrRegistryInfo.RegionId': 'cn-hangzhou',
      'AcrRegistryInfo.ArnService': 's',
      'AcrRegistryInfo.ArnUser': 'u',
      'Arn.RoleArn': 'acs:ram::1:role/push',
      'Arn.RoleType': 'service'
    });
  });

  it('flattens the minimal request without optional names', () => {
    expect(wireParams(build(BASE))).toStrictEqual({
      RegionId: 'cn-hangzhou',
      ContainerGroupId: 'eci-2zelg8vwnlzdhf8hv7ab',
      ContainerName: 'app',
      'Image.Repository': 'registry.cn-hangzhou.aliyuncs.com/ns/app',
      'Image.Tag': 'v1'
    });
  });

  it.each<[string, object, Record<string, string>]>([
    ['a one-item list', { RegionId: 'cn-hangzhou', TaskId: ['t-1'] }, { RegionId: 'cn-hangzhou', 'TaskId.1': 't-1' }],
    ['a list, numbered from 1', { TaskId: ['a', 'b', 'c'] }, { 'TaskId.1': 'a', 'TaskId.2': 'b', 'TaskId.3': 'c' }],
    ['an empty list', { TaskId: [] }, {}],
    [
      'a list of objects',
      { Tag: [{ Key: 'k1', Value: 'v1' }, { Key: 'k2' }] },
      { 'Tag.1.Key': 'k1', 'Tag.1.Value': 'v1', 'Tag.2.Key': 'k2' }
    ],
    ['deep nesting', { A: { B: { C: 'x' } } }, { 'A.B.C': 'x' }],
    ['numbers and booleans', { Limit: 10, DryRun: false }, { Limit: '10', DryRun: 'false' }],
    ['undefined values', { A: undefined, B: { C: undefined }, D: 'd' }, { D: 'd' }],
    ['an empty object', {}, {}]
  ])('handles %s', (_, input, expected) => {
    expect(wireParams(input)).toStrictEqual(expected);
  });

  it('puts a prefix in front of every name', () => {
    expect(wireParams({ Repository: 'r', Tag: 't' }, 'Image')).toStrictEqual({
      'Image.Repository': 'r',
      'Image.Tag': 't'
    });
  });
});

describe('imageReference', () => {
  it.each<[string, string, string]>([
    ['registry.cn-hangzhou.aliyuncs.com/ns/app', 'v1', 'registry.cn-hangzhou.aliyuncs.com/ns/app:v1'],
    ['localhost:5000/ns/app', 'abc1234', 'localhost:5000/ns/app:abc1234']
  ])('joins %j and %j', (repository, tag, expected) => {
    expect(imageReference(build(BASE, 'app', { repository, tag }))).toBe(expected);
  });
});
