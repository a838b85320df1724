import { parseAcrHost } from '../../src/model/acr-host.js';

describe('parseAcrHost', () => {
  it.each([
    ['registry.cn-hangzhou.aliyuncs.com', 'personal', 'cn-hangzhou', 'public', 'registry.cn-hangzhou.aliyuncs.com'],
    ['registry-vpc.cn-hangzhou.aliyuncs.com', 'personal', 'cn-hangzhou', 'vpc', 'registry.cn-hangzhou.aliyuncs.com'],
    [
      'registry-intl.ap-southeast-1.aliyuncs.com',
      'personal',
      'ap-southeast-1',
      'public',
      'registry-intl.ap-southeast-1.aliyuncs.com'
    ],
    [
      'registry-intl-vpc.ap-southeast-1.aliyuncs.com',
      'personal',
      'ap-southeast-1',
      'vpc',
      'registry-intl.ap-southeast-1.aliyuncs.com'
    ],
    [
      'crpi-abc123.cn-hangzhou.personal.cr.aliyuncs.com',
      'personal-instance',
      'cn-hangzhou',
      'public',
      'crpi-abc123.cn-hangzhou.personal.cr.aliyuncs.com'
    ],
    [
      'crpi-abc123-vpc.cn-hangzhou.personal.cr.aliyuncs.com',
      'personal-instance',
      'cn-hangzhou',
      'vpc',
      'crpi-abc123.cn-hangzhou.personal.cr.aliyuncs.com'
    ],
    [
      'my-team-registry.cn-shanghai.cr.aliyuncs.com',
      'enterprise',
      'cn-shanghai',
      'public',
      'my-team-registry.cn-shanghai.cr.aliyuncs.com'
    ],
    [
      'my-team-registry-vpc.cn-shanghai.cr.aliyuncs.com',
      'enterprise',
      'cn-shanghai',
      'vpc',
      'my-team-registry.cn-shanghai.cr.aliyuncs.com'
    ],
    [
      'my-team-registry-intranet.cn-shanghai.cr.aliyuncs.com',
      'enterprise',
      'cn-shanghai',
      'intranet',
      'my-team-registry.cn-shanghai.cr.aliyuncs.com'
    ],
    ['REGISTRY.CN-HANGZHOU.ALIYUNCS.COM', 'personal', 'cn-hangzhou', 'public', 'registry.cn-hangzhou.aliyuncs.com']
  ])('%s is %s ACR in %s (%s), public host %s', (host, edition, regionId, network, publicHost) => {
    expect(parseAcrHost(host)).toEqual({ edition, regionId, network, publicHost });
  });

  it.each([
    'docker.io',
    'ghcr.io',
    'registry-1.docker.io',
    'localhost:5000',
    '127.0.0.1:5000',
    'registry.cn-hangzhou.aliyuncs.com.evil.example',
    'evilregistry.cn-hangzhou.aliyuncs.com',
    'registry.aliyuncs.com',
    'x-registry.cn-hangzhou.aliyuncs.com',
    'crpi-abc.cn-hangzhou.cr.aliyuncs.com',
    'my.registry.example.com'
  ])('%s is not ACR', (host) => {
    expect(parseAcrHost(host)).toBeUndefined();
  });
});
