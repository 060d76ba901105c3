import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backoffDelay, DEFAULT_BACKOFF } from './backoff';
import { countsAgainstSource, describeFailure, isRetryable, type SourceFailure } from './failure';

describe('backoff', () => {
  it('starts at 1 s and doubles, without jitter at random = 0.5', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, 0.5))).toEqual([1_000, 2_000, 4_000, 8_000, 16_000]);
  });

  it('is capped at 30 s', () => {
    expect(backoffDelay(6, 0.5)).toBe(30_000);
    expect(backoffDelay(20, 0.5)).toBe(30_000);
  });

  it('jitters by at most ±10 %', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.double({ min: 0, max: 0.999999, noNaN: true }), (retry, r) => {
        const base = Math.min(30_000, 1_000 * 2 ** (retry - 1));
        const d = backoffDelay(retry, r);
        expect(d).toBeGreaterThanOrEqual(Math.floor(base * 0.9));
        expect(d).toBeLessThanOrEqual(Math.ceil(base * 1.1));
      }),
    );
  });

  it('two tabs with different random draws do not retry at the same moment', () => {
    expect(backoffDelay(1, 0.1)).not.toBe(backoffDelay(1, 0.9));
  });

  it('honours a longer Retry-After, still under the cap', () => {
    expect(backoffDelay(1, 0.5, DEFAULT_BACKOFF, 5_000)).toBe(5_000);
    expect(backoffDelay(1, 0.5, DEFAULT_BACKOFF, 120_000)).toBe(30_000);
  });
});

describe('which failures are retried', () => {
  it.each([
    [{ kind: 'network', message: 'reset' } as const, true],
    [{ kind: 'timeout', afterMs: 8000 } as const, true],
    [{ kind: 'http', status: 429 } as const, true],
    [{ kind: 'http', status: 500 } as const, true],
    [{ kind: 'http', status: 503 } as const, true],
    [{ kind: 'http', status: 400 } as const, false],
    [{ kind: 'http', status: 401 } as const, false],
    [{ kind: 'http', status: 403 } as const, false],
    [{ kind: 'http', status: 404 } as const, false],
    [{ kind: 'invalid-data', issues: ['x'] } as SourceFailure, false],
    [{ kind: 'circuit-open', retryAtMs: 0 } as const, false],
  ])('%o → retry %s', (failure, expected) => {
    expect(isRetryable(failure)).toBe(expected);
  });

  it('client errors do not count against the source; bad data does', () => {
    expect(countsAgainstSource({ kind: 'http', status: 404 })).toBe(false);
    expect(countsAgainstSource({ kind: 'http', status: 502 })).toBe(true);
    expect(countsAgainstSource({ kind: 'invalid-data', issues: [] })).toBe(true);
  });

  it('describes failures in words', () => {
    expect(describeFailure({ kind: 'timeout', afterMs: 8000 })).toBe('no answer within 8 s');
    expect(describeFailure({ kind: 'invalid-data', issues: ['a', 'b', 'c', 'd'] })).toBe('unexpected data: a; b; c (+1 more)');
  });
});
