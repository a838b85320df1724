import { checkImageTarget } from '../../src/model/image-target.js';
import { InputError } from '../../src/model/errors.js';
import { parseAcrHost } from '../../src/model/acr-host.js';
import { whyNotAcr } from '../../src/model/not-acr.js';

describe('parseAcrHost, further forms', () => {
  it('reads the classic-network Personal Edition host, with its public host', () => {
    expect(parseAcrHost('registry-internal.cn-hangzhou.aliyuncs.com')).toEqual({
      edition: 'personal',
      regionId: 'cn-hangzhou',
      network: 'intranet',
      publicHost: 'registry.cn-hangzhou.aliyuncs.com'
    });
  });

  it('takes a host with :443 for the same host, and no other port', () => {
    expect(parseAcrHost('registry-vpc.cn-beijing.aliyuncs.com:443')).toEqual(
      parseAcrHost('registry-vpc.cn-beijing.aliyuncs.com')
    );
    expect(parseAcrHost('my-registry.cn-shanghai.cr.aliyuncs.com:443')?.edition).toBe('enterprise');
    expect(parseAcrHost('registry.cn-hangzhou.aliyuncs.com:5000')).toBeUndefined();
  });

  it.each([
    'crpi-abc123-vpc.cn-hangzhou.personal.cr.aliyuncs.com',
    'crpi-abc123.cn-hangzhou-vpc.personal.cr.aliyuncs.com'
  ])('reads %s as the VPC host of a Personal Edition instance in cn-hangzhou', (host) => {
    expect(parseAcrHost(host)).toEqual({
      edition: 'personal-instance',
      regionId: 'cn-hangzhou',
      network: 'vpc',
      publicHost: 'crpi-abc123.cn-hangzhou.personal.cr.aliyuncs.com'
    });
  });

  it.each([
    'crpi-abc123-vpc.cn-hangzhou-vpc.personal.cr.aliyuncs.com',
    'registry.cn-hangzhou-vpc.aliyuncs.com',
    'registry-internal-vpc.cn-hangzhou.aliyuncs.com',
    'registry-intl-internal.ap-southeast-1.aliyuncs.com'
  ])('does not take %s for ACR', (host) => {
    expect(parseAcrHost(host)).toBeUndefined();
  });
});

describe('whyNotAcr', () => {
  it.each([
    'docker.io',
    'index.docker.io',
    'registry-1.docker.io',
    'ghcr.io',
    'quay.io',
    'gcr.io',
    'eu.gcr.io',
    'europe-docker.pkg.dev',
    'team.azurecr.io',
    '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    'registry.gitlab.com',
    'GHCR.IO:443'
  ])('%s is a public registry', (host) => {
    expect(whyNotAcr(host)).toBe('a public registry outside Alibaba Cloud');
  });

  it.each(['oss-cn-hangzhou.aliyuncs.com', 'evilregistry.cn-hangzhou.aliyuncs.com', 'aliyuncs.com'])(
    '%s is an Alibaba Cloud host but not ACR',
    (host) => {
      expect(whyNotAcr(host)).toBe('an Alibaba Cloud host that is not a Container Registry (ACR) registry');
    }
  );

  it.each(['images.example.com', 'registry.cn-hangzhou.aliyuncs.com', 'my-registry.cn-shanghai.cr.aliyuncs.com'])(
    '%s may be ACR',
    (host) => {
      expect(whyNotAcr(host)).toBeUndefined();
    }
  );
});

describe('image-repository with acr-instance-id', () => {
  const check = (repository: string): void =>
    checkImageTarget({ repository, tag: 'v1' }, undefined, { acrInstanceGiven: true });

  it.each(['docker.io/library/app', 'ghcr.io/octo-org/app', 'quay.io/team/app', 'oss-cn-hangzhou.aliyuncs.com/ns/app'])(
    'still refuses %s',
    (repository) => {
      expect(() => check(repository)).toThrow(InputError);
      expect(() => check(repository)).toThrow(
        new RegExp(
          `^Invalid image-repository '${repository}': ${repository.split('/')[0]} is .*, and ECI pushes images only to ACR, whatever acr-instance-id says\\.`
        )
      );
    }
  );

  it('accepts a custom domain, and keeps a repository with :443 as written', () => {
    expect(() => check('images.example.com/ns/app')).not.toThrow();
    expect(() =>
      checkImageTarget({ repository: 'registry-vpc.cn-hangzhou.aliyuncs.com:443/ns/app', tag: 'v1' })
    ).not.toThrow();
  });
});
