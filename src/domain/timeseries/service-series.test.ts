import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexWindow, prepareSeries } from './service-series';

describe('prepared service series', () => {
  it('turns counts per bucket into rates, requests per minute and typed arrays', () => {
    const p = prepareSeries({
      serviceId: 's',
      start: 1_000,
      stepMs: 300_000,
      requests: [500, 0, 1_000],
      errors4xx: [5, 0, 10],
      errors5xx: [50, 0, 1],
      p95Ms: [120, null, 300],
    });
    expect([...p.t]).toEqual([1_000, 301_000, 601_000]);
    expect([...p.requestsPerMin]).toEqual([100, 0, 200]);
    expect([...p.rate5xx]).toEqual([10, Number.NaN, 0.1]);
    expect([...p.rate4xx]).toEqual([1, Number.NaN, 1]);
    expect([...p.p95]).toEqual([120, Number.NaN, 300]);
  });

  it('finds the index window of a time range by binary search (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000 }), { maxLength: 100 }),
        fc.integer({ min: -10, max: 1_010 }),
        fc.integer({ min: 0, max: 500 }),
        (raw, from, span) => {
          const t = [...raw].sort((a, b) => a - b);
          const [lo, hi] = indexWindow(t, from, from + span);
          const expected = t
            .map((v, i) => [v, i] as const)
            .filter(([v]) => v >= from && v < from + span)
            .map(([, i]) => i);
          expect(Array.from({ length: hi - lo }, (_, k) => lo + k)).toEqual(expected);
        },
      ),
    );
  });
});
