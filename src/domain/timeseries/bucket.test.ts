import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bucketize, gridTimes, ratePct, regrid, toFloat64 } from './bucket';

describe('bucketing', () => {
  const grid = { start: 1_000, stepMs: 100, count: 4 };

  it('sums, counts, averages and takes extremes per bucket', () => {
    const t = [1_000, 1_050, 1_150, 1_399, 1_400, 900];
    const v = [1, 2, 4, 8, 100, 100];
    expect([...bucketize(t, v, grid, 'sum')]).toEqual([3, 4, 0, 8]);
    expect([...bucketize(t, null, grid, 'count')]).toEqual([2, 1, 0, 1]);
    expect([...bucketize(t, v, grid, 'mean')]).toEqual([1.5, 4, Number.NaN, 8]);
    expect([...bucketize(t, v, grid, 'max')]).toEqual([2, 4, Number.NaN, 8]);
    expect([...bucketize(t, v, grid, 'min')]).toEqual([1, 4, Number.NaN, 8]);
  });

  it('ignores non-finite values', () => {
    expect([...bucketize([1_000, 1_001], [Number.NaN, 5], grid, 'mean')]).toEqual([5, Number.NaN, Number.NaN, Number.NaN]);
  });

  it('regrids a regular series to a coarser one', () => {
    expect([...regrid([1, 2, 3, 4, 5, 6, 7], 5, 'sum')]).toEqual([15, 13]);
    expect([...regrid([1, 9, 3, 4], 2, 'max')]).toEqual([9, 4]);
  });

  it('keeps the total of a sum whatever the grid (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000 }), { maxLength: 300 }), fc.integer({ min: 1, max: 17 }), (values, factor) => {
        const total = values.reduce((a, b) => a + b, 0);
        expect(regrid(values, factor, 'sum').reduce((a, b) => a + b, 0)).toBe(total);
      }),
    );
  });

  it('rates are NaN without traffic, not 0 %', () => {
    const r = ratePct([1, 0, 3], [100, 0, 12]);
    expect(r[0]).toBe(1);
    expect(Number.isNaN(r[1]!)).toBe(true);
    expect(r[2]).toBe(25);
  });

  it('grid times and nullable conversion', () => {
    expect([...gridTimes(grid)]).toEqual([1_000, 1_100, 1_200, 1_300]);
    expect([...toFloat64([1, null, 3])]).toEqual([1, Number.NaN, 3]);
  });
});
