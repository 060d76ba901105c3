import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { downsampleAligned, lttbIndices, maxPointsForWidth, pointsForWidth } from './lttb';

const range = (n: number) => Float64Array.from({ length: n }, (_, i) => i);
const kept = (idx: Int32Array) => [...idx].filter((i) => i >= 0);

/** A noisy series with a daily-ish wave (deterministic). */
function wave(n: number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => 10 + 5 * Math.sin(i / 50) + ((i * 7919) % 13) / 13);
}

describe('LTTB downsampling', () => {
  it('keeps at most two points per pixel', () => {
    expect(maxPointsForWidth(600)).toBe(1200);
    expect(maxPointsForWidth(0)).toBe(3);
  });

  it('uses one point per device pixel, capped at two per CSS pixel', () => {
    expect(pointsForWidth(600)).toBe(600);
    expect(pointsForWidth(600, 1.5)).toBe(900);
    expect(pointsForWidth(600, 3)).toBe(1_200);
    expect(pointsForWidth(600, 0.5)).toBe(600);
    expect(pointsForWidth(600, Number.NaN)).toBe(600);
  });

  it('returns exactly `threshold` points, first and last kept, in increasing order', () => {
    const y = wave(43_200);
    const idx = lttbIndices(range(y.length), y, 1_200);
    expect(idx).toHaveLength(1_200);
    expect(idx[0]).toBe(0);
    expect(idx[idx.length - 1]).toBe(43_199);
    for (let i = 1; i < idx.length; i++) expect(idx[i]!).toBeGreaterThan(idx[i - 1]!);
  });

  it('returns every point when there are no more than the threshold', () => {
    expect([...lttbIndices(range(5), wave(5), 10)]).toEqual([0, 1, 2, 3, 4]);
    expect([...lttbIndices(range(5), wave(5), 5)]).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps an isolated spike and a dip (the peaks a reader must see)', () => {
    const y = wave(10_000);
    y[4_321] = 500;
    y[7_777] = -400;
    const idx = kept(lttbIndices(range(y.length), y, 300));
    expect(idx).toContain(4_321);
    expect(idx).toContain(7_777);
  });

  it('matches the reference LTTB (Steinarsson) when the extremes sit at the ends', () => {
    // The reference algorithm, written out plainly; ours only differs by forcing extremes.
    function reference(y: number[], threshold: number): number[] {
      const n = y.length;
      // i·every, computed as one exact integer division so float rounding does not move a boundary.
      const at = (i: number) => Math.floor((i * (n - 2)) / (threshold - 2)) + 1;
      const out = [0];
      let a = 0;
      for (let i = 0; i < threshold - 2; i++) {
        const avgStart = at(i + 1);
        const avgEnd = Math.min(at(i + 2), n);
        let avgX = 0;
        let avgY = 0;
        for (let j = avgStart; j < avgEnd; j++) {
          avgX += j;
          avgY += y[j]!;
        }
        avgX /= avgEnd - avgStart;
        avgY /= avgEnd - avgStart;
        let best = -1;
        let bestArea = -1;
        for (let j = at(i); j < at(i + 1); j++) {
          const area = Math.abs((a - avgX) * (y[j]! - y[a]!) - (a - j) * (avgY - y[a]!)) * 0.5;
          if (area > bestArea) {
            bestArea = area;
            best = j;
          }
        }
        out.push(best);
        a = best;
      }
      out.push(n - 1);
      return out;
    }
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 10, maxLength: 400 }),
        fc.integer({ min: 3, max: 60 }),
        (inner, threshold) => {
          const y = [2, ...inner, -1];
          if (y.length <= threshold) return;
          expect([...lttbIndices(range(y.length), y, threshold)]).toEqual(reference(y, threshold));
        },
      ),
    );
  });

  it('keeps a gap: a run of NaN wider than a bucket stays a gap (-1)', () => {
    const y = wave(1_000);
    y.fill(Number.NaN, 400, 600);
    const idx = lttbIndices(range(y.length), y, 100);
    expect(idx).toHaveLength(100);
    const gaps = [...idx].filter((i) => i === -1).length;
    expect(gaps).toBeGreaterThanOrEqual(15);
    for (const i of kept(idx)) {
      if (i !== 0 && i !== 999) expect(Number.isNaN(y[i]!)).toBe(false);
    }
  });

  it('never picks a NaN point when a bucket has a finite one', () => {
    const y = wave(1_000);
    for (let i = 0; i < y.length; i += 3) y[i] = Number.NaN;
    const idx = lttbIndices(range(y.length), y, 50);
    for (const i of [...idx].slice(1, -1)) expect(i >= 0 && Number.isFinite(y[i]!)).toBe(true);
  });

  it('invariants on random series: length, order, ends, global maximum and minimum', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof({ weight: 9, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) }, { weight: 1, arbitrary: fc.constant(Number.NaN) }),
          {
            minLength: 3,
            maxLength: 600,
          },
        ),
        fc.integer({ min: 3, max: 200 }),
        (values, threshold) => {
          const y = Float64Array.from(values);
          const idx = lttbIndices(range(y.length), y, threshold);
          expect(idx.length).toBe(Math.min(y.length, threshold));
          expect(idx[0]).toBe(0);
          expect(idx[idx.length - 1]).toBe(y.length - 1);
          const picked = kept(idx);
          for (let i = 1; i < picked.length; i++) expect(picked[i]!).toBeGreaterThan(picked[i - 1]!);
          const finite = values.map((v, i) => [v, i] as const).filter(([v]) => Number.isFinite(v));
          if (finite.length) {
            const max = Math.max(...finite.map(([v]) => v));
            const min = Math.min(...finite.map(([v]) => v));
            const pickedValues = picked.map((i) => y[i]!);
            expect(pickedValues).toContain(max);
            // The minimum is kept unless it shares its bucket with the maximum.
            if (!pickedValues.includes(min)) {
              const minAt = finite.find(([v]) => v === min)![1];
              const maxAt = finite.find(([v]) => v === max)![1];
              expect(Math.abs(minAt - maxAt)).toBeLessThanOrEqual(Math.ceil((y.length - 2) / (threshold - 2)));
            }
          }
        },
      ),
    );
  });
});

describe('aligned downsampling of several series', () => {
  it('gives every series the same rows, each keeping its own peak', () => {
    const n = 43_200;
    const x = Float64Array.from({ length: n }, (_, i) => 1_000_000 + i * 60_000);
    const a = wave(n);
    const b = wave(n).map((v) => v * 2);
    a[10_000] = 999;
    b[30_000] = 777;
    const out = downsampleAligned(x, [a, b], 2_400);
    expect(out.x).toHaveLength(2_400);
    expect(out.series[0]).toHaveLength(2_400);
    expect(out.series[1]).toHaveLength(2_400);
    expect(out.x[0]).toBe(x[0]);
    expect(out.x[2_399]).toBe(x[n - 1]);
    expect([...out.series[0]!]).toContain(999);
    expect([...out.series[1]!]).toContain(777);
    for (let i = 1; i < out.x.length; i++) expect(out.x[i]!).toBeGreaterThan(out.x[i - 1]!);
  });

  it('passes short series through, nulls as NaN', () => {
    const out = downsampleAligned([1, 2, 3], [[1, null as unknown as number, 3]], 10);
    expect([...out.x]).toEqual([1, 2, 3]);
    expect(Number.isNaN(out.series[0]![1]!)).toBe(true);
  });

  it('marks a gap row where a series has no data across a whole bucket', () => {
    const n = 1_000;
    const x = range(n);
    const a = wave(n);
    const b = wave(n);
    b.fill(Number.NaN, 200, 400);
    const out = downsampleAligned(x, [a, b], 100);
    const gapRows = [...out.series[1]!].filter(Number.isNaN).length;
    expect(gapRows).toBeGreaterThanOrEqual(15);
    expect([...out.series[0]!].some(Number.isNaN)).toBe(false);
  });
});
