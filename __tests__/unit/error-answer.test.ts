import { parseRetryAfterMs, readErrorAnswer } from '../../src/eci/error-answer.js';
import { accessDeniedHint, describeAccessDenied } from '../../src/report/access-denied.js';

describe('parseRetryAfterMs', () => {
  it.each<[string | undefined, number | undefined]>([
    ['800', 800],
    [' 1000 ', 1000],
    ['1', 1],
    [undefined, undefined],
    ['', undefined],
    ['   ', undefined],
    ['0', undefined],
    ['-5', undefined],
    ['soon', undefined],
    ['1.5', undefined],
    ['1500abc', undefined],
    ['99999999999999999999', undefined]
  ])('%j: %j', (header, expected) => {
    expect(parseRetryAfterMs(header)).toBe(expected);
  });
});

describe('readErrorAnswer', () => {
  it('prefers PascalCase keys and falls back to lower-camel ones', () => {
    expect(readErrorAnswer('{"Code":"A","code":"b","message":"m","RequestId":"R"}', 'application/json')).toEqual({
      code: 'A',
      message: 'm',
      requestId: 'R'
    });
  });

  it('reads an XML <Error>, with entities, CDATA and a nested AccessDeniedDetail', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?>\n<Error>\n  <RequestId>R-1</RequestId>\n  <Code>Forbidden.RAM</Code>\n' +
      '  <Message><![CDATA[not <allowed>]]></Message>\n  <AccessDeniedDetail><AuthAction>eci:CommitContainer</AuthAction>' +
      '<NoPermissionType>ImplicitDeny</NoPermissionType></AccessDeniedDetail>\n</Error>';
    expect(readErrorAnswer(xml, 'text/xml;charset=utf-8')).toEqual({
      code: 'Forbidden.RAM',
      message: 'not <allowed>',
      requestId: 'R-1',
      accessDenied: { AuthAction: 'eci:CommitContainer', NoPermissionType: 'ImplicitDeny' }
    });
  });

  it.each<[string, string | undefined]>([
    ['<html><body>Bad Gateway</body></html>', 'text/html'],
    ['not json', 'application/json'],
    ['[1, 2]', 'application/json'],
    ['{"Code": {"nested": true}}', 'application/json']
  ])('finds nothing it can trust in %j', (body, contentType) => {
    expect(readErrorAnswer(body, contentType)).toEqual({});
  });

  it('bounds and neutralises what it reads', () => {
    const answer = readErrorAnswer(
      JSON.stringify({ Code: `::stop-commands::${'x'.repeat(300)}`, Message: 'line\r\n::error::two' }),
      'application/json'
    );
    expect(answer.code).toMatch(/^: :stop-commands::x+…$/);
    expect(answer.code!.length).toBeLessThanOrEqual(121);
    expect(answer.message).toBe('line ::error::two');
  });
});

describe('readErrorAnswer, AccessDeniedDetail', () => {
  it('reads the lower-camel encodedDiagnosticInfo as the encoded diagnostic message', () => {
    const body = JSON.stringify({
      code: 'Forbidden.RAM',
      accessDeniedDetail: { authAction: 'eci:CommitContainer', encodedDiagnosticInfo: 'AQID' }
    });
    expect(readErrorAnswer(body, 'application/json').accessDenied).toEqual({
      AuthAction: 'eci:CommitContainer',
      EncodedDiagnosticMessage: 'AQID'
    });
  });

  it('prefers EncodedDiagnosticMessage when both are sent', () => {
    const body = JSON.stringify({
      Code: 'Forbidden.RAM',
      AccessDeniedDetail: { EncodedDiagnosticInfo: 'B', EncodedDiagnosticMessage: 'A' }
    });
    expect(readErrorAnswer(body, undefined).accessDenied).toEqual({ EncodedDiagnosticMessage: 'A' });
  });
});

describe('describeAccessDenied', () => {
  it('names the action, the principal and its account, the types, and how to decode the diagnostic', () => {
    expect(
      describeAccessDenied({
        AuthAction: 'eci:DescribeCommitContainerTask',
        AuthPrincipalType: 'AssumedRoleUser',
        AuthPrincipalDisplayName: 'ci/github-1-1',
        AuthPrincipalOwnerId: '1234567890123456',
        NoPermissionType: 'ImplicitDeny',
        PolicyType: 'AccountLevelIdentityBasedPolicy',
        EncodedDiagnosticMessage: 'AQID'
      })
    ).toBe(
      "RAM denied eci:DescribeCommitContainerTask to AssumedRoleUser ci/github-1-1 of account 1234567890123456 (ImplicitDeny, AccountLevelIdentityBasedPolicy). Decode the diagnostic with RAM DecodeDiagnosticMessage (aliyun ram DecodeDiagnosticMessage --EncodedDiagnosticMessage '<message>'): AQID"
    );
  });

  it('says what it can when RAM said little', () => {
    expect(describeAccessDenied({ PolicyType: 'ResourceBasedPolicy' })).toBe(
      'RAM denied the action (ResourceBasedPolicy).'
    );
  });

  it('hints at the fix: allow the action, or remove the Deny', () => {
    expect(accessDeniedHint({ AuthAction: 'eci:CommitContainer' })).toBe(
      "RAM refused eci:CommitContainer: allow eci:CommitContainer in a policy attached to the identity (see the README's permission policy)."
    );
    expect(
      accessDeniedHint({
        AuthAction: 'eci:CommitContainer',
        NoPermissionType: 'ExplicitDeny',
        AuthPrincipalDisplayName: 'bot'
      })
    ).toBe(
      'RAM refused eci:CommitContainer: a Deny statement in a policy of bot forbids eci:CommitContainer: remove it or narrow it.'
    );
    expect(accessDeniedHint({ NoPermissionType: 'ImplicitDeny' })).toBeUndefined();
    expect(accessDeniedHint(undefined)).toBeUndefined();
  });
});
