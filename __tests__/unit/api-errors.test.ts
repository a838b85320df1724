import { isRetryableApiCode } from '../../src/eci/retry-rules.js';
import { ApiError, errorMessage, InputError, type ApiErrorDetails } from '../../src/model/errors.js';

describe('isRetryableApiCode', () => {
  it.each<[string, number | undefined, boolean]>([
    // Throttling, whatever the status
    ['Throttling', 400, true],
    ['Throttling', undefined, true],
    ['Throttling.User', 400, true],
    ['Throttling.Api', 503, true],
    ['Throttling.Resource', undefined, true],
    // server-side codes, even without a status
    ['ServiceUnavailable', 503, true],
    ['ServiceUnavailable', undefined, true],
    ['InternalError', 500, true],
    ['InternalError', undefined, true],
    ['ServiceTimeout', undefined, true],
    ['RequestTimeout', 408, true],
    // any 5xx and 429
    ['HTTP500', 500, true],
    ['HTTP502', 502, true],
    ['HTTP504', 504, true],
    ['UnknownError', 599, true],
    ['HTTP429', 429, true],
    ['TooManyRequests', 429, true],
    // client errors are final
    ['Forbidden.RAM', 403, false],
    ['IncorrectStatusDetail', 403, false],
    ['InvalidParameter', 400, false],
    ['MissingParameter', 400, false],
    ['SignatureDoesNotMatch', 400, false],
    ['InvalidAccessKeyId.NotFound', 404, false],
    ['InvalidSecurityToken.Expired', 400, false],
    ['EntityNotExist.Task', 404, false],
    ['HTTP404', 404, false],
    ['HTTP499', 499, false],
    ['HTTP302', 302, false],
    ['HTTP200', 200, false],
    ['Forbidden', undefined, false],
    ['', undefined, false],
    // any code that contains Throttling, as Alibaba's clients and terraform's NeedRetry have it
    ['Rejected.Throttling', 400, true],
    ['Throttling.Api', 400, true],
    ['ThrottlingUser', 400, true],
    // look-alikes
    ['throttling', 400, false],
    ['InternalErrorX', 400, false],
    ['serviceunavailable', 400, false]
  ])('%j with HTTP %s: %s', (code, statusCode, expected) => {
    expect(isRetryableApiCode(code, statusCode)).toBe(expected);
  });

  it.each<[number | undefined, boolean]>([
    [800, true],
    [1, true],
    [0, false],
    [undefined, false]
  ])('takes any error answer with x-acs-retry-after %s ms as throttling: %s', (retryAfterMs, expected) => {
    expect(isRetryableApiCode('Forbidden.RAM', 403, retryAfterMs)).toBe(expected);
  });
});

describe('ApiError', () => {
  const details: ApiErrorDetails = {
    action: 'CommitContainer',
    code: 'Forbidden.RAM',
    message: 'User not authorized to operate on the specified resource.',
    requestId: '5E4D3C2B-1A09-8765-4321-0FEDCBA98765',
    statusCode: 403,
    retryable: false,
    ambiguous: false
  };

  it.each<[string, Partial<ApiErrorDetails>, string]>([
    [
      'everything',
      {},
      'CommitContainer failed: Forbidden.RAM (HTTP 403): User not authorized to operate on the specified resource. [RequestId: 5E4D3C2B-1A09-8765-4321-0FEDCBA98765]'
    ],
    [
      'no RequestId',
      { requestId: undefined },
      'CommitContainer failed: Forbidden.RAM (HTTP 403): User not authorized to operate on the specified resource.'
    ],
    [
      'no status (a network error)',
      { code: 'ECONNRESET', message: 'socket hang up', statusCode: undefined, requestId: undefined },
      'CommitContainer failed: ECONNRESET: socket hang up'
    ],
    [
      'one attempt',
      { attempts: 1 },
      'CommitContainer failed: Forbidden.RAM (HTTP 403): User not authorized to operate on the specified resource. [RequestId: 5E4D3C2B-1A09-8765-4321-0FEDCBA98765]'
    ],
    [
      'several attempts',
      { attempts: 5, requestId: undefined },
      'CommitContainer failed (after 5 attempts): Forbidden.RAM (HTTP 403): User not authorized to operate on the specified resource.'
    ]
  ])('says what failed, with %s', (_, overrides, message) => {
    expect(new ApiError({ ...details, ...overrides }).message).toBe(message);
  });

  it('keeps every detail as a field', () => {
    const error = new ApiError({ ...details, retryable: true, ambiguous: true, retryAfterMs: 3000, attempts: 2 });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ApiError');
    expect({
      action: error.action,
      code: error.code,
      detail: error.detail,
      requestId: error.requestId,
      statusCode: error.statusCode,
      retryable: error.retryable,
      ambiguous: error.ambiguous,
      retryAfterMs: error.retryAfterMs,
      attempts: error.attempts
    }).toEqual({
      action: 'CommitContainer',
      code: 'Forbidden.RAM',
      detail: 'User not authorized to operate on the specified resource.',
      requestId: '5E4D3C2B-1A09-8765-4321-0FEDCBA98765',
      statusCode: 403,
      retryable: true,
      ambiguous: true,
      retryAfterMs: 3000,
      attempts: 2
    });
  });

  it('gives back its details, so a copy can be made with more attempts', () => {
    const error = new ApiError({ ...details, retryAfterMs: 2000 });
    expect(error.details()).toEqual({ ...details, retryAfterMs: 2000, accessDenied: undefined, attempts: undefined });
    const copy = new ApiError({ ...error.details(), attempts: 3 });
    expect(copy.message).toBe(
      'CommitContainer failed (after 3 attempts): Forbidden.RAM (HTTP 403): User not authorized to operate on the specified resource. [RequestId: 5E4D3C2B-1A09-8765-4321-0FEDCBA98765]'
    );
  });
});

describe('InputError and errorMessage', () => {
  it('names InputError', () => {
    const error = new InputError('Invalid x.');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('InputError');
    expect(error.message).toBe('Invalid x.');
  });

  it.each<[unknown, string]>([
    [new Error('boom'), 'boom'],
    [new InputError('bad input'), 'bad input'],
    ['a string', 'a string'],
    [42, '42'],
    [undefined, 'undefined'],
    [null, 'null']
  ])('errorMessage(%p) is %j', (error, expected) => {
    expect(errorMessage(error)).toBe(expected);
  });
});
