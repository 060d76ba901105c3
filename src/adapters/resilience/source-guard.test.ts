import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { createSourceGuard, parseWith, SourceFailureError, type GuardClock } from './source-guard';

function fakeClock(): GuardClock & { t: number; sleeps: number[] } {
  const clock = {
    t: 0,
    sleeps: [] as number[],
    now: () => clock.t,
    random: () => 0.5,
    sleep: async (ms: number) => {
      clock.sleeps.push(ms);
      clock.t += ms;
    },
  };
  return clock;
}

const numberSchema = parseWith(z.object({ value: z.number() }));
const httpError = (status: number) => new SourceFailureError({ kind: 'http', status });

afterEach(() => vi.useRealTimers());

describe('source guard', () => {
  it('returns parsed data and marks the source ok', async () => {
    const guard = createSourceGuard({ sourceId: 'demo', label: 'Demo', clock: fakeClock() });
    await expect(guard.call(async () => ({ value: 3 }), numberSchema)).resolves.toEqual({ value: 3 });
    expect(guard.getStatus().condition).toBe('ok');
  });

  it('retries a 503 with 1 s then 2 s backoff, at most 3 attempts', async () => {
    const clock = fakeClock();
    const guard = createSourceGuard({ sourceId: 's', label: 'S', clock });
    const attempt = vi.fn(async () => {
      throw httpError(503);
    });
    await expect(guard.call(attempt, numberSchema)).rejects.toThrow('HTTP 503');
    expect(attempt).toHaveBeenCalledTimes(3);
    expect(clock.sleeps).toEqual([1_000, 2_000]);
    expect(guard.getStatus().counts).toMatchObject({ calls: 1, attempts: 3, failures: 3, retries: 2 });
  });

  it('succeeds on a retry after a network failure', async () => {
    const guard = createSourceGuard({ sourceId: 's', label: 'S', clock: fakeClock() });
    let n = 0;
    const value = await guard.call(async () => {
      if (n++ === 0) throw new TypeError('Failed to fetch');
      return { value: 1 };
    }, numberSchema);
    expect(value).toEqual({ value: 1 });
    expect(guard.getStatus().condition).toBe('ok');
  });

  it.each([400, 401, 403, 404])('never retries HTTP %i', async (status) => {
    const guard = createSourceGuard({ sourceId: 's', label: 'S', clock: fakeClock() });
    const attempt = vi.fn(async () => {
      throw httpError(status);
    });
    await expect(guard.call(attempt, numberSchema)).rejects.toThrow(`HTTP ${status}`);
    expect(attempt).toHaveBeenCalledTimes(1);
  });

  it('never retries data that fails validation, and says where it is wrong', async () => {
    const guard = createSourceGuard({ sourceId: 's', label: 'S', clock: fakeClock() });
    const attempt = vi.fn(async () => ({ value: 'seven' }));
    const error = await guard.call(attempt, numberSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceFailureError);
    expect((error as SourceFailureError).failure).toMatchObject({ kind: 'invalid-data' });
    expect((error as Error).message).toContain('value:');
    expect(attempt).toHaveBeenCalledTimes(1);
    expect(guard.getStatus().condition).toBe('degraded');
  });

  it('times out a hanging attempt and retries it', async () => {
    vi.useFakeTimers();
    const guard = createSourceGuard({
      sourceId: 's',
      label: 'S',
      timeoutMs: 100,
      clock: { now: () => Date.now(), random: () => 0.5, sleep: async () => {} },
    });
    let n = 0;
    const promise = guard.call(
      (signal) =>
        n++ === 0 ? new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')))) : Promise.resolve({ value: 2 }),
      numberSchema,
    );
    await vi.advanceTimersByTimeAsync(150);
    await expect(promise).resolves.toEqual({ value: 2 });
    expect(guard.getStatus().counts.failures).toBe(1);
  });

  it('opens after 5 failing attempts, fails fast, and recovers through half-open', async () => {
    const clock = fakeClock();
    const guard = createSourceGuard({ sourceId: 's', label: 'S', clock });
    let healthy = false;
    const attempt = vi.fn(async () => {
      if (!healthy) throw httpError(500);
      return { value: 1 };
    });
    await guard.call(attempt, numberSchema).catch(() => {}); // 3 attempts
    await guard.call(attempt, numberSchema).catch(() => {}); // 2 more → open, 3rd fails fast
    expect(guard.getStatus().phase).toBe('open');
    expect(guard.getStatus().condition).toBe('down');
    const calls = attempt.mock.calls.length;
    const fastFail = (await guard.call(attempt, numberSchema).catch((e: unknown) => e)) as SourceFailureError;
    expect(fastFail.failure.kind).toBe('circuit-open');
    expect(attempt.mock.calls.length).toBe(calls);

    clock.t += 60_000;
    healthy = true;
    await guard.call(attempt, numberSchema);
    expect(guard.getStatus().phase).toBe('half-open');
    await guard.call(attempt, numberSchema);
    expect(guard.getStatus().phase).toBe('closed');
    expect(guard.getStatus().transitions.map((t) => `${t.from}>${t.to}`)).toEqual(['closed>open', 'open>half-open', 'half-open>closed']);
  });

  it('notifies subscribers on every status change', async () => {
    const guard = createSourceGuard({ sourceId: 's', label: 'S', clock: fakeClock() });
    const listener = vi.fn();
    const unsubscribe = guard.subscribe(listener);
    await guard.call(async () => ({ value: 1 }), numberSchema);
    expect(listener).toHaveBeenCalled();
    unsubscribe();
    listener.mockClear();
    await guard.call(async () => ({ value: 1 }), numberSchema);
    expect(listener).not.toHaveBeenCalled();
  });
});
