import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkedRequestId, isTaskId, requestIdOrNothing } from '../../src/eci/answer-ids.js';
import { untilAborted } from '../../src/runtime/until-aborted.js';
import { MAX_ANSWER_BYTES, sendHttp, TransportError } from '../../src/net/http.js';
import { proxyConfigFromEnv } from '../../src/net/proxy.js';
import type { ContainerResult } from '../../src/model/results.js';
import { MAX_CONTAINERS, selectContainers } from '../../src/modes/plan.js';
import { ApiError, PlanError } from '../../src/model/errors.js';
import { buildSummary } from '../../src/report/summary.js';
import {
  CONTAINER_ALLOWANCE_MS,
  STEP_ALLOWANCE_MS,
  StepDeadline,
  stepBudgetMs,
  StepTimeout,
  stopCause
} from '../../src/runtime/step-deadline.js';
import { FakeClock } from '../../test-support/fakes.js';

describe('the step deadline', () => {
  const settings = { wait: true, waitTimeoutMs: 60_000 };

  it('gives the wait budget of every container plus the allowances, or step-timeout when given', () => {
    expect(STEP_ALLOWANCE_MS).toBe(10 * 60_000);
    expect(CONTAINER_ALLOWANCE_MS).toBe(3 * 60_000);
    expect(stepBudgetMs(settings, 3)).toBe(3 * 60_000 + STEP_ALLOWANCE_MS + 3 * CONTAINER_ALLOWANCE_MS);
    expect(stepBudgetMs({ ...settings, wait: false }, 3)).toBe(STEP_ALLOWANCE_MS + 3 * CONTAINER_ALLOWANCE_MS);
    expect(stepBudgetMs({ ...settings, wait: false }, 0)).toBe(STEP_ALLOWANCE_MS + CONTAINER_ALLOWANCE_MS);
    expect(stepBudgetMs({ ...settings, stepTimeoutMs: 5_000 }, 3)).toBe(5_000);
  });

  it('aborts with a StepTimeout when the latest budget runs out, not an earlier one', () => {
    const clock = new FakeClock();
    const deadline = new StepDeadline(clock, clock.now(), new AbortController().signal);
    deadline.setBudget(1_000);
    deadline.setBudget(5_000);
    clock.advance(2_000);
    expect(deadline.signal.aborted).toBe(false);
    clock.advance(3_000);
    expect(deadline.signal.reason).toBeInstanceOf(StepTimeout);
    expect(stopCause(deadline.signal)).toBe("the step's deadline passed (5s after it started)");
  });

  it('aborts with the cancellation when the job is cancelled first', () => {
    const clock = new FakeClock();
    const cancellation = new AbortController();
    const deadline = new StepDeadline(clock, clock.now(), cancellation.signal);
    deadline.setBudget(5_000);
    cancellation.abort('SIGINT');
    clock.advance(10_000);
    expect(deadline.signal.reason).toBe('SIGINT');
    expect(stopCause(deadline.signal)).toBe('the job was cancelled');
    expect(stopCause(true)).toBe('the job was cancelled');
  });
});

describe('containers selected by *', () => {
  const all = { kind: 'all' } as const;

  it('must have the shape of container names, even one alone', () => {
    expect(() => selectContainers(all, ['app\n::error::x'], 'eci-1')).toThrow(
      "Container group eci-1 reports a container named 'app ::error::x', which is not a container name"
    );
    expect(() => selectContainers(all, ['App'], 'eci-1')).toThrow(PlanError);
    expect(() => selectContainers(all, ['app', 'app'], 'eci-1')).toThrow('reports the container app twice');
    expect(selectContainers(all, ['app', 'sidecar'], 'eci-1')).toEqual(['app', 'sidecar']);
  });

  it(`are at most ${MAX_CONTAINERS}, above ECI's 20`, () => {
    const names = (count: number): string[] => Array.from({ length: count }, (_, index) => `c${index}`);
    expect(MAX_CONTAINERS).toBeGreaterThan(20);
    expect(selectContainers(all, names(MAX_CONTAINERS), 'eci-1')).toHaveLength(MAX_CONTAINERS);
    expect(() => selectContainers(all, names(MAX_CONTAINERS + 1), 'eci-1')).toThrow(
      `reports ${MAX_CONTAINERS + 1} containers; container-name * commits at most ${MAX_CONTAINERS}`
    );
  });

  it('are shown as safe text when a listed name is missing', () => {
    expect(() => selectContainers({ kind: 'list', names: ['web', 'db'] }, ['a\n::warning::x'], 'eci-1')).toThrow(
      'It has: a ::warning::x.'
    );
  });
});

describe('the job summary with hostile text', () => {
  const result: ContainerResult = {
    container: 'app',
    image: 'r/ns/app:v1',
    tag: 'v1',
    status: 'Failed',
    taskId: 't-b',
    durationMs: 1_000,
    groupBusy: false,
    failure: 'first\nsecond <b>',
    otherTaskIds: ['t-a'],
    task: {
      taskId: 't-b',
      status: 'Failed',
      phases: [
        { phase: 'Push\nImage', status: 'Failed', message: 'line one\n\n## Heading\r\n<img>', recordTime: 't\n1' }
      ]
    }
  };
  const summary = buildSummary({
    regionId: 'cn-hangzhou',
    containerGroupId: 'eci-1',
    durationMs: 1_000,
    containers: [{ ...result, container: 'app<script>\nx' }]
  });

  it('escapes the details and keeps every cell, paragraph and list item on one line', () => {
    expect(summary.details[0].summary).toBe('<code>app&#60;script&#62; x</code> · task <code>t-b</code>');
    expect(summary.details[0].lines).toEqual([
      '❌ <b>Push Image</b> Failed — line one ## Heading &#60;img&#62;',
      'Also task <code>t-a</code>, from a request whose answer was lost'
    ]);
    const pieces = [
      ...summary.rows.flat().map((cell) => cell.html),
      ...summary.errors,
      ...summary.notes,
      ...summary.details.flatMap((item) => [item.summary, ...item.lines])
    ];
    for (const piece of pieces) expect(piece).not.toMatch(/[\r\n]/);
    expect(summary.errors[0]).toBe('❌ <b><code>app&#60;script&#62; x</code></b>: first<br>second &#60;b&#62;');
  });

  it('names both tasks when a container has two', () => {
    expect(summary.notes).toEqual([
      '⚠️ <code>app&#60;script&#62; x</code> has more than one commit task from this step: <code>t-b</code> (followed) and <code>t-a</code> (from a request whose answer was lost). Both commit the container to <code>r/ns/app:v1</code>.'
    ]);
  });
});

describe('IDs from answers', () => {
  it.each([
    ['45D5B0AD-3B00-4A9B-9911-6D5303B06712', true],
    ['abc-123', true],
    ['', false],
    ['-leading', false],
    ['a b', false],
    ['x\n::error::y', false],
    ['a'.repeat(101), false]
  ])('RequestId %j is well-formed: %s', (value, ok) => {
    expect(requestIdOrNothing(value)).toBe(ok ? value : undefined);
  });

  it('a malformed RequestId of a success is an InvalidResponse error; an absent one is empty', () => {
    expect(checkedRequestId('X', undefined)).toBe('');
    expect(() => checkedRequestId('X', 'a\nb')).toThrow(ApiError);
    expect(() => checkedRequestId('X', 42)).toThrow("malformed RequestId '42'");
  });

  it.each([
    ['t-2zej6nstkg744qc3', true],
    ['t-', false],
    ['T-ABC', false],
    ['t-abc\n', false],
    ['task-1', false]
  ])('TaskId %j is well-formed: %s', (value, ok) => {
    expect(isTaskId(value)).toBe(ok);
  });
});

describe('reading an answer', () => {
  async function serve(handler: http.RequestListener): Promise<{ port: number; close: () => Promise<void> }> {
    const server = http.createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      port: (server.address() as AddressInfo).port,
      close: () => new Promise((resolve) => server.close(() => resolve()))
    };
  }
  const get = (port: number) =>
    sendHttp(
      { protocol: 'http', host: `127.0.0.1:${port}`, method: 'GET', path: '/', headers: {} },
      { connectTimeoutMs: 2_000, readTimeoutMs: 5_000, proxy: proxyConfigFromEnv({}) }
    );

  it('stops after 1 MiB of an answer of unannounced length', async () => {
    let written = 0;
    let stoppedAt = Infinity;
    let closed!: () => void;
    const serverSawClose = new Promise<void>((resolve) => (closed = resolve));
    const server = await serve((_, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const more = (): void => {
        while (written < 64 * MAX_ANSWER_BYTES && !response.destroyed) {
          written += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', more);
        }
        response.end();
      };
      response.on('close', () => {
        stoppedAt = written;
        written = Infinity;
        closed();
      });
      more();
    });
    try {
      const error = (await get(server.port).catch((thrown: unknown) => thrown)) as TransportError;
      expect(error).toBeInstanceOf(TransportError);
      expect(error.code).toBe('AnswerTooLarge');
      // The connection is closed once the limit is passed: the server stops well short of all it would send.
      await serverSawClose;
      expect(stoppedAt).toBeLessThan(8 * MAX_ANSWER_BYTES);
    } finally {
      await server.close();
    }
  });

  it('reads an answer of exactly 1 MiB', async () => {
    const server = await serve((_, response) => response.end(Buffer.alloc(MAX_ANSWER_BYTES, 'y')));
    try {
      expect((await get(server.port)).body).toHaveLength(MAX_ANSWER_BYTES);
    } finally {
      await server.close();
    }
  });
});

describe('untilAborted', () => {
  it('ends the wait for work that cannot be cut when the signal aborts, and passes results through otherwise', async () => {
    const controller = new AbortController();
    const never = new Promise<string>(() => {});
    const waiting = untilAborted(never, controller.signal, 'the chain');
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ action: 'the chain', code: 'Aborted', retryable: false });
    await expect(untilAborted(Promise.resolve('ok'), new AbortController().signal, 'x')).resolves.toBe('ok');
    await expect(untilAborted(Promise.reject(new Error('no')), undefined, 'x')).rejects.toThrow('no');
  });
});
