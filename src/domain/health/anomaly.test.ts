import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ANOMALY_RULE, baselineOf, findAnomalies, isAnomalous } from './anomaly';

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 10, 23, 8, 0);
/** Deterministic noise in [-1, 1]. */
const noise = (i: number) => (((i * 7919) % 200) - 100) / 100;

describe('anomaly rule (beyond 3 standard deviations of the baseline)', () => {
  it('computes mean and sample standard deviation, skipping unknown values', () => {
    const b = baselineOf([2, 4, 4, 4, 5, 5, 7, 9, Number.NaN]);
    expect(b.mean).toBe(5);
    expect(b.std).toBeCloseTo(2.138, 3);
    expect(b.count).toBe(8);
  });

  it('judges a value against 3 σ, in the chosen direction', () => {
    const baseline = { mean: 10, std: 1, count: 60 };
    expect(isAnomalous(13.5, baseline)).toBe(true);
    expect(isAnomalous(13, baseline)).toBe(false);
    expect(isAnomalous(5, baseline)).toBe(false);
    expect(isAnomalous(5, baseline, { ...ANOMALY_RULE, direction: 'both' })).toBe(true);
  });

  it('needs enough baseline, and floors σ with minStd', () => {
    expect(isAnomalous(100, { mean: 10, std: 1, count: 10 })).toBe(false);
    expect(isAnomalous(10.5, { mean: 10, std: 0, count: 60 })).toBe(true);
    expect(isAnomalous(10.5, { mean: 10, std: 0, count: 60 }, { ...ANOMALY_RULE, minStd: 0.5 })).toBe(false);
  });

  it('a move smaller than minChange or minRelativeChange is not an anomaly, however many σ', () => {
    const tight = { mean: 500, std: 10, count: 60 };
    expect(isAnomalous(560, tight)).toBe(true);
    expect(isAnomalous(560, tight, { ...ANOMALY_RULE, minRelativeChange: 0.25 })).toBe(false);
    expect(isAnomalous(640, tight, { ...ANOMALY_RULE, minRelativeChange: 0.25 })).toBe(true);
    expect(isAnomalous(560, tight, { ...ANOMALY_RULE, minChange: 100 })).toBe(false);
  });

  it('a point ruled out as a candidate is not reported but still joins the baseline', () => {
    const values = Float64Array.from({ length: 100 }, (_, i) => 5 + 0.2 * noise(i));
    values[70] = 50;
    expect(findAnomalies({ start: 0, stepMs: 1, values }, {}, (i) => i !== 70)).toEqual([]);
    expect(findAnomalies({ start: 0, stepMs: 1, values })).toHaveLength(1);
  });

  it('finds a jump in a noisy series and merges its points into one anomaly', () => {
    const values = Float64Array.from({ length: 200 }, (_, i) => 5 + 0.2 * noise(i));
    for (let i = 120; i < 124; i++) values[i] = 12;
    const found = findAnomalies({ start: T0, stepMs: MINUTE, values });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ from: T0 + 120 * MINUTE, to: T0 + 124 * MINUTE, peakValue: 12 });
    expect(found[0]!.sigmas).toBeGreaterThan(3);
    expect(found[0]!.mean).toBeCloseTo(5, 0);
  });

  it('agrees with the one-point rule on every point (rolling sums are exact enough)', () => {
    const values = Float64Array.from({ length: 300 }, (_, i) => 1000 + 50 * noise(i) + (i % 97 === 0 ? 400 : 0));
    const found = findAnomalies({ start: 0, stepMs: 1, values });
    const flagged = new Set(found.flatMap((a) => Array.from({ length: a.to - a.from }, (_, k) => a.from + k)));
    for (let i = 0; i < values.length; i++) {
      const base = baselineOf(values.slice(Math.max(0, i - 60), i));
      expect(flagged.has(i)).toBe(isAnomalous(values[i]!, base));
    }
  });

  it('a constant series has no anomaly, at any level (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 300 }), (level, n) => {
        expect(findAnomalies({ start: 0, stepMs: 1, values: new Float64Array(n).fill(level) })).toEqual([]);
      }),
    );
  });

  it('gaps (NaN) are neither anomalies nor part of a baseline', () => {
    const values = Float64Array.from({ length: 100 }, (_, i) => (i % 2 ? Number.NaN : 5 + 0.1 * noise(i)));
    expect(findAnomalies({ start: 0, stepMs: 1, values })).toEqual([]);
  });
});
