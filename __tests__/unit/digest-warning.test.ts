import { ApiError } from '../../src/model/errors.js';
import { DIGEST_FIX, digestFailureReason, digestWarning } from '../../src/modes/digest-warning.js';

const reference = 'registry.cn-hangzhou.aliyuncs.com/octo/shop:1a2b3c4-app';
const denied = new ApiError({
  action: 'GetAuthorizationToken',
  code: 'Forbidden.RAM',
  message: "User not authorized to operate on the specified resource, or this API doesn't support RAM.",
  requestId: '0514E6D8-CEC2-4119-A204-A31461440CC7',
  statusCode: 403,
  retryable: false,
  ambiguous: false
});

describe('digestWarning', () => {
  it('is one line that names the image, the reason and the fix, without the RequestId', () => {
    const warning = digestWarning(reference, denied);
    expect(warning).not.toMatch(/\n/);
    expect(warning).toMatch(
      /^Could not read the digest of registry\.cn-hangzhou\.aliyuncs\.com\/octo\/shop:1a2b3c4-app /
    );
    expect(warning).toContain('(GetAuthorizationToken failed: Forbidden.RAM: User not authorized');
    expect(warning).toContain('digest and pinned-image stay empty');
    expect(warning).toContain('cr:GetAuthorizationToken and cr:PullRepository');
    expect(warning).toContain('registry-username and registry-password');
    expect(warning).toContain('digest: false');
    expect(warning).not.toContain('0514E6D8');
    expect(warning.length).toBeLessThan(420);
  });

  it('stays short however long the error message', () => {
    const long = new ApiError({ ...denied.details(), message: 'x'.repeat(5000) });
    expect(digestWarning(reference, long).length).toBeLessThan(480);
    expect(digestWarning(reference, new Error('y'.repeat(5000))).length).toBeLessThan(480);
  });

  it('says so when the registry does not show the image yet', () => {
    expect(digestFailureReason(undefined)).toBe('the registry does not show the image yet');
    expect(digestWarning(reference, undefined)).toContain(DIGEST_FIX);
  });

  it('gives the Personal Edition registry-password fix for USER_NOT_EXIST instead of the usual one', () => {
    const noPassword = new ApiError({ ...denied.details(), code: 'USER_NOT_EXIST', message: 'user is not exist.' });
    const warning = digestWarning(reference, noPassword);
    expect(warning).toMatch(/set the registry password for the Personal Edition/);
    expect(warning).not.toContain(DIGEST_FIX);
  });

  it('keeps network text from starting a workflow command', () => {
    const hostile = new ApiError({ ...denied.details(), message: 'a\n::error::b ##[group]c' });
    const warning = digestWarning(reference, hostile);
    expect(warning).not.toMatch(/\n/);
    expect(warning).not.toContain('##[');
  });
});
