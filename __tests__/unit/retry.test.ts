import { jest } from '@jest/globals';
import { defaultOf, loadAction } from '../../test-support/action-metadata.js';
import { ApiError } from '../../src/model/errors.js';
import {
  backoffDelay,
  RETRY_BACKOFF,
  isRetryable,
  MAX_RETRY_AFTER_MS,
  withRetry,
  type RetryContext
} from '../../src/net/retry.js';
import type { RetryPolicy } from '../../src/runtime/step-context.js';
import { apiError, FakeClock, linesLog, silentLog } from '../../test-support/fakes.js';

const POLICY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 5000 };

/** An attempt function that fails with the given errors in turn, then returns 'ok'. */
function failing(...errors: unknown[]): jest.Mock<(attempt: number) => Promise<string>> {
  let call = 0;
  return jest.fn(async () => {
    const error = errors[call++];
    if (error !== undefined) throw error;
    return 'ok';
  });
}

function setup(
  retry: Partial<RetryPolicy> = {},
  signal?: AbortSignal
): { clock: FakeClock; logs: string[]; context: RetryContext } {
  const clock = new FakeClock();
  const logs: string[] = [];
  return {
    clock,
    logs,
    context: { retry: { ...POLICY, random: () => 0.5, ...retry }, clock, log: linesLog(logs), signal }
  };
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('the default retry policy', () => {
  it('allows 5 attempts, from 1 s up to 20 s apart', () => {
    // The number of attempts is the max-attempts input, whose default is action.yml's.
    const DEFAULT_RETRY_POLICY = {
      maxAttempts: Number(defaultOf(loadAction().inputs['max-attempts'])),
      ...RETRY_BACKOFF
    };
    expect(DEFAULT_RETRY_POLICY).toEqual({ maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 20_000 });
  });
});

describe('backoffDelay', () => {
  it.each<[number, number, number]>([
    [1, 0, 0],
    [1, 0.5, 500],
    [1, 0.999, 999],
    [2, 0.5, 1000],
    [2, 0.999, 1998],
    [3, 0.5, 2000],
    [4, 0.5, 2500], // 8000 capped at 5000
    [4, 0.999, 4995],
    [10, 0.999, 4995],
    [50, 0.5, 2500]
  ])('attempt %d with random %d waits %d ms', (attempt, random, expected) => {
    expect(backoffDelay(POLICY, attempt, () => random)).toBe(expected);
  });

  it('stays within [0, min(max, base * 2^(attempt-1))] (full jitter)', () => {
    for (let attempt = 1; attempt <= 8; attempt++) {
      const ceiling = Math.min(5000, 1000 * 2 ** (attempt - 1));
      for (const random of [0, 0.0001, 0.25, 0.5, 0.75, 0.9999, 0.999999999]) {
        const delay = backoffDelay(POLICY, attempt, () => random);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThanOrEqual(ceiling);
        expect(Number.isInteger(delay)).toBe(true);
      }
    }
  });

  it.each<[number, number, number | undefined, number]>([
    // attempt, random, x-acs-retry-after in ms, expected
    [1, 0.5, 3000, 3000],
    [1, 0.5, 800, 800], // the service's wait replaces the backoff, as in Alibaba's clients
    [3, 0.9, 100, 100],
    [1, 0.5, 0, 500], // not positive: no wait was asked for
    [1, 0.5, undefined, 500],
    [1, 0, 60_000, 60_000], // the service may ask for more than maxDelayMs
    [1, 0, 3_600_000, MAX_RETRY_AFTER_MS] // but not for an hour
  ])('attempt %d, random %d and x-acs-retry-after %d ms wait %d ms', (attempt, random, retryAfter, expected) => {
    expect(backoffDelay(POLICY, attempt, () => random, retryAfter)).toBe(expected);
  });
});

describe('isRetryable', () => {
  it.each<[string, unknown, boolean]>([
    ['a retryable ApiError', apiError({ retryable: true }), true],
    ['a final ApiError', apiError({ retryable: false }), false],
    ['a plain Error', new Error('boom'), false],
    ['an object that looks retryable', { retryable: true, code: 'Throttling' }, false],
    ['undefined', undefined, false]
  ])('%s: %s', (_, error, expected) => {
    expect(isRetryable(error)).toBe(expected);
  });
});

describe('withRetry', () => {
  it('returns the first success without waiting or logging', async () => {
    const { clock, logs, context } = setup();
    const attempt = failing();
    await expect(withRetry('CommitContainer', attempt, context)).resolves.toBe('ok');
    expect(attempt).toHaveBeenCalledTimes(1);
    expect(clock.sleeps).toEqual([]);
    expect(logs).toEqual([]);
  });

  it('retries retryable errors with growing full-jitter delays, one log line each', async () => {
    const { clock, logs, context } = setup();
    const start = clock.now();
    const attempt = failing(
      apiError({ code: 'ServiceUnavailable', statusCode: 503 }),
      apiError({ code: 'ECONNRESET', statusCode: undefined }),
      apiError({ code: 'Throttling.User', statusCode: 400 })
    );
    await expect(withRetry('DescribeCommitContainerTask', attempt, context)).resolves.toBe('ok');
    expect(attempt.mock.calls).toEqual([[1], [2], [3], [4]]);
    expect(clock.sleeps).toEqual([500, 1000, 2000]);
    expect(clock.now() - start).toBe(3500);
    expect(logs).toEqual([
      'DescribeCommitContainerTask: attempt 1 of 4 failed with ServiceUnavailable (HTTP 503); retrying in 500ms.',
      'DescribeCommitContainerTask: attempt 2 of 4 failed with ECONNRESET; retrying in 1s.',
      'DescribeCommitContainerTask: attempt 3 of 4 failed with Throttling.User (HTTP 400); retrying in 2s.'
    ]);
  });

  it('gives up after maxAttempts and says how many attempts were made', async () => {
    const { clock, logs, context } = setup();
    const last = apiError({ code: 'InternalError', statusCode: 500, requestId: 'REQ-4', message: 'oops' });
    const attempt = failing(apiError(), apiError(), apiError(), last, apiError());
    const error = await rejection(withRetry('DescribeCommitContainerTask', attempt, context));
    expect(attempt).toHaveBeenCalledTimes(4);
    expect(clock.sleeps).toEqual([500, 1000, 2000]);
    expect(logs).toHaveLength(3);
    expect(error.attempts).toBe(4);
    expect(error.message).toBe(
      'DescribeCommitContainerTask failed (after 4 attempts): InternalError (HTTP 500): oops [RequestId: REQ-4]'
    );
    expect(error.details()).toEqual({ ...last.details(), attempts: 4 });
  });

  it.each([1, 2, 3])('makes exactly %d attempt(s) when maxAttempts is %d', async (maxAttempts) => {
    const { context } = setup({ maxAttempts });
    const attempt = failing(...Array.from({ length: 10 }, () => apiError()));
    const error = await rejection(withRetry('X', attempt, context));
    expect(attempt).toHaveBeenCalledTimes(maxAttempts);
    expect(error.attempts).toBe(maxAttempts > 1 ? maxAttempts : undefined);
    expect(error.message.includes('attempts)')).toBe(maxAttempts > 1);
  });

  it('throws a non-retryable ApiError at once, unchanged', async () => {
    const { clock, logs, context } = setup();
    const final = apiError({ code: 'IncorrectStatusDetail', statusCode: 403, retryable: false });
    const attempt = failing(final);
    await expect(withRetry('CommitContainer', attempt, context)).rejects.toBe(final);
    expect(attempt).toHaveBeenCalledTimes(1);
    expect(clock.sleeps).toEqual([]);
    expect(logs).toEqual([]);
  });

  it('throws an error that is not an ApiError at once, unchanged', async () => {
    const { clock, context } = setup();
    const bug = new TypeError('x is undefined');
    const attempt = failing(bug);
    await expect(withRetry('CommitContainer', attempt, context)).rejects.toBe(bug);
    expect(attempt).toHaveBeenCalledTimes(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('counts the attempts when a non-retryable error follows retryable ones', async () => {
    const { context } = setup();
    const attempt = failing(
      apiError(),
      apiError({ action: 'CommitContainer', code: 'Forbidden.RAM', statusCode: 403, retryable: false })
    );
    const error = await rejection(withRetry('CommitContainer', attempt, context));
    expect(attempt).toHaveBeenCalledTimes(2);
    expect(error.code).toBe('Forbidden.RAM');
    expect(error.attempts).toBe(2);
    expect(error.message).toBe(
      'CommitContainer failed (after 2 attempts): Forbidden.RAM (HTTP 403): The request has failed due to a temporary failure of the server.'
    );
  });

  it('lets shouldRetry refuse errors isRetryable would retry (CommitContainer and lost answers)', async () => {
    const { clock, context } = setup();
    const lost = apiError({ code: 'ECONNRESET', statusCode: undefined, ambiguous: true });
    const attempt = failing(lost);
    await expect(
      withRetry('CommitContainer', attempt, context, {
        shouldRetry: (error) => isRetryable(error) && !(error as ApiError).ambiguous
      })
    ).rejects.toBe(lost);
    expect(attempt).toHaveBeenCalledTimes(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('lets shouldRetry retry other errors, logging their message', async () => {
    const { logs, context } = setup();
    const attempt = failing(new Error('socket closed'));
    await expect(withRetry('X', attempt, context, { shouldRetry: () => true })).resolves.toBe('ok');
    expect(logs).toEqual(['X: attempt 1 of 4 failed with socket closed; retrying in 500ms.']);
  });

  it('says when it waits less than the service asked for', async () => {
    const { clock, logs, context } = setup();
    const attempt = failing(apiError({ code: 'Throttling', statusCode: 400, retryAfterMs: 3_600_000 }));
    await expect(withRetry('CommitContainer', attempt, context)).resolves.toBe('ok');
    expect(clock.sleeps).toEqual([MAX_RETRY_AFTER_MS]);
    expect(logs).toEqual([
      'CommitContainer: attempt 1 of 4 failed with Throttling (HTTP 400); retrying in 1m (the service asked for 1h; capped at 1m).'
    ]);
  });

  it('honours x-acs-retry-after, in milliseconds', async () => {
    const { clock, logs, context } = setup();
    const attempt = failing(apiError({ code: 'Throttling.User', statusCode: 400, retryAfterMs: 7000 }));
    await expect(withRetry('DescribeCommitContainerTask', attempt, context)).resolves.toBe('ok');
    expect(clock.sleeps).toEqual([7000]);
    expect(logs).toEqual([
      'DescribeCommitContainerTask: attempt 1 of 4 failed with Throttling.User (HTTP 400); retrying in 7s (as the service asked).'
    ]);
  });

  it('takes a short x-acs-retry-after as it is, and says so', async () => {
    const { clock, logs, context } = setup({ random: () => 0.9 });
    const attempt = failing(apiError(), apiError({ retryAfterMs: 80 }));
    await withRetry('X', attempt, context);
    expect(clock.sleeps).toEqual([900, 80]);
    expect(logs[0]).toBe('X: attempt 1 of 4 failed with ServiceUnavailable (HTTP 503); retrying in 900ms.');
    expect(logs[1]).toBe(
      'X: attempt 2 of 4 failed with ServiceUnavailable (HTTP 503); retrying in 80ms (as the service asked).'
    );
  });

  it('draws a fresh random number for each delay', async () => {
    const values = [0.1, 0.9, 0.3];
    const random = jest.fn(() => values.shift() ?? 0);
    const { clock, context } = setup({ random });
    await withRetry('X', failing(apiError(), apiError(), apiError()), context);
    expect(random).toHaveBeenCalledTimes(3);
    expect(clock.sleeps).toEqual([100, 1800, 1200]);
  });

  it('uses Math.random when no random is injected', async () => {
    const spy = jest.spyOn(Math, 'random').mockReturnValue(0.25);
    try {
      const { clock, context } = setup({ random: undefined });
      await withRetry('X', failing(apiError(), apiError()), context);
      expect(clock.sleeps).toEqual([250, 500]);
    } finally {
      spy.mockRestore();
    }
  });

  describe('with a deadline', () => {
    it('does not start a retry that would begin after the deadline', async () => {
      const clock = new FakeClock();
      const logs: string[] = [];
      const deadline = clock.now() + 2500;
      const attempt = failing(apiError(), apiError(), apiError());
      const error = await rejection(
        withRetry(
          'X',
          attempt,
          { retry: { ...POLICY, random: () => 1 }, clock, log: linesLog(logs) },
          { until: deadline }
        )
      );
      // 1st retry after 1000 ms (t=1000 < 2500); the 2nd would start at t=3000.
      expect(attempt).toHaveBeenCalledTimes(2);
      expect(clock.sleeps).toEqual([1000]);
      expect(logs).toHaveLength(1);
      expect(error.attempts).toBe(2);
      expect(clock.now()).toBeLessThanOrEqual(deadline);
    });

    it('does not retry when the delay would end exactly at the deadline', async () => {
      const clock = new FakeClock();
      const attempt = failing(apiError());
      await rejection(
        withRetry(
          'X',
          attempt,
          { retry: { ...POLICY, random: () => 1 }, clock, log: silentLog },
          { until: clock.now() + 1000 }
        )
      );
      expect(attempt).toHaveBeenCalledTimes(1);
      expect(clock.sleeps).toEqual([]);
    });

    it('retries when the delay ends just before the deadline', async () => {
      const clock = new FakeClock();
      const attempt = failing(apiError());
      await expect(
        withRetry(
          'X',
          attempt,
          { retry: { ...POLICY, random: () => 1 }, clock, log: silentLog },
          { until: clock.now() + 1001 }
        )
      ).resolves.toBe('ok');
      expect(clock.sleeps).toEqual([1000]);
    });

    it('does not wait out an x-acs-retry-after that ends past the deadline', async () => {
      const clock = new FakeClock();
      const throttled = apiError({ code: 'Throttling', retryAfterMs: 30_000 });
      const attempt = failing(throttled);
      await expect(
        withRetry(
          'X',
          attempt,
          { retry: { ...POLICY, random: () => 0 }, clock, log: silentLog },
          { until: clock.now() + 10_000 }
        )
      ).rejects.toBe(throttled);
      expect(attempt).toHaveBeenCalledTimes(1);
      expect(clock.sleeps).toEqual([]);
    });

    it('counts time spent in the attempts themselves', async () => {
      const clock = new FakeClock();
      const deadline = clock.now() + 10_000;
      const attempt = jest.fn(async () => {
        clock.advance(4000); // a slow failing call
        throw apiError();
      });
      const error = await rejection(
        withRetry('X', attempt, { retry: { ...POLICY, random: () => 0.5 }, clock, log: silentLog }, { until: deadline })
      );
      // t=4000 +500 -> 2nd at 4500, fails at 8500; +1000 would reach 9500 < 10000 -> 3rd fails at 13500.
      // No 4th: 13500 + 2000 >= deadline.
      expect(attempt).toHaveBeenCalledTimes(3);
      expect(error.attempts).toBe(3);
    });
  });

  describe('with a cancellation signal', () => {
    it('does not retry once the signal has aborted', async () => {
      const controller = new AbortController();
      controller.abort();
      const { clock, logs, context } = setup({}, controller.signal);
      const attempt = failing(apiError(), apiError());
      const error = await rejection(withRetry('X', attempt, context));
      expect(error.code).toBe('ServiceUnavailable');
      expect(attempt).toHaveBeenCalledTimes(1);
      expect(clock.sleeps).toEqual([]);
      expect(logs).toEqual([]);
    });

    // An abort during the backoff ends the sleep early and must also end the retries: sending the next attempt
    // anyway would, for CommitContainer, start a new commit after the job was cancelled.
    it('makes no further attempt when the signal aborts during the backoff', async () => {
      const controller = new AbortController();
      const { clock, context } = setup({}, controller.signal);
      clock.onSleep = () => controller.abort();
      const first = apiError({ code: 'Throttling' });
      const attempt = failing(first, apiError());
      await expect(withRetry('CommitContainer', attempt, context)).rejects.toBe(first);
      expect(attempt).toHaveBeenCalledTimes(1);
      expect(clock.sleeps).toEqual([500]);
    });

    it('passes the signal to the clock so the backoff can end early', async () => {
      const controller = new AbortController();
      const { clock, context } = setup({}, controller.signal);
      const sleep = jest.spyOn(clock, 'sleep');
      await withRetry('X', failing(apiError()), context);
      expect(sleep).toHaveBeenCalledWith(500, controller.signal);
    });
  });
});
