import { jest } from '@jest/globals';
import { core, linesAt, resetRecorded } from '../../test-support/core-stand-in.js';

jest.unstable_mockModule('@actions/core', () => core);
const { lookupEndpoint } = await import('../../src/registry/registry-access.js');

beforeEach(resetRecorded);

describe('where registry lookups go', () => {
  it('reads a VPC registry through its public host, and says so', () => {
    expect(lookupEndpoint('registry-vpc.cn-hangzhou.aliyuncs.com', undefined)).toEqual({
      protocol: 'https',
      host: 'registry.cn-hangzhou.aliyuncs.com'
    });
    expect(lookupEndpoint('shop-registry-vpc.cn-beijing.cr.aliyuncs.com', undefined).host).toBe(
      'shop-registry.cn-beijing.cr.aliyuncs.com'
    );
    expect(linesAt('info')).toEqual([
      expect.stringMatching(
        /^registry-vpc\.cn-hangzhou\.aliyuncs\.com is reachable only inside Alibaba Cloud \(vpc\); reading images through its public host registry\.cn-hangzhou\.aliyuncs\.com/
      ),
      expect.stringContaining('shop-registry.cn-beijing.cr.aliyuncs.com')
    ]);
  });

  it('uses a public or unknown host as it is, and registry-endpoint over everything', () => {
    expect(lookupEndpoint('registry.cn-hangzhou.aliyuncs.com', undefined).host).toBe(
      'registry.cn-hangzhou.aliyuncs.com'
    );
    expect(lookupEndpoint('registry.example.com:5000', undefined)).toEqual({
      protocol: 'https',
      host: 'registry.example.com:5000'
    });
    const override = { protocol: 'http' as const, host: '127.0.0.1:5000' };
    expect(lookupEndpoint('registry-vpc.cn-hangzhou.aliyuncs.com', override)).toBe(override);
    expect(linesAt('info')).toEqual([]);
  });
});
