import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findSpikes, judgeSpike, latestSpikeCheck, spikeChecks, spikeRuleApplies, SPIKE_RULE } from './spike';

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 10, 23, 8, 0);

describe('spike rule (last 5 min vs last 60 min / 12, ratio > 3)', () => {
  it('computes the ratio as DOMAIN.md says', () => {
    // 60 errors in the hour → 5 per 5 minutes; 20 in the last 5 → 4×.
    expect(judgeSpike(20, 60)).toEqual({ recent: 20, baseline: 5, ratio: 4, spike: true });
    // Exactly 3× is not above 3.
    expect(judgeSpike(15, 60).spike).toBe(false);
  });

  it('an hour without errors has ratio 0, not a division by zero', () => {
    expect(judgeSpike(0, 0)).toMatchObject({ ratio: 0, spike: false });
  });

  it('needs a minimum number of errors: 2 after 3 in the hour is noise', () => {
    const check = judgeSpike(2, 3);
    expect(check.ratio).toBeGreaterThan(3);
    expect(check.spike).toBe(false);
  });

  it('applies only on grids that tile 5 and 60 minutes', () => {
    expect(spikeRuleApplies(MINUTE)).toBe(true);
    expect(spikeRuleApplies(5 * MINUTE)).toBe(true);
    expect(spikeRuleApplies(15 * MINUTE)).toBe(false);
    expect(spikeRuleApplies(7 * MINUTE)).toBe(false);
  });

  it('finds a burst in per-minute counts and reports where it started and peaked', () => {
    const errors = new Float64Array(120).fill(2);
    for (let i = 80; i < 90; i++) errors[i] = 40;
    const spikes = findSpikes({ start: T0, stepMs: MINUTE, errors });
    expect(spikes).toHaveLength(1);
    const [s] = spikes;
    // First seen at the end of minute 80: its 5 minutes started at minute 76.
    expect(s!.from).toBe(T0 + 76 * MINUTE);
    expect(s!.peakAt).toBeGreaterThan(s!.from);
    expect(s!.peakRatio).toBeGreaterThan(3);
    expect(s!.to).toBeLessThanOrEqual(T0 + 120 * MINUTE);
  });

  it('does not judge before a full hour of history', () => {
    const errors = new Float64Array(30).fill(0);
    errors[29] = 500;
    expect(findSpikes({ start: T0, stepMs: MINUTE, errors })).toEqual([]);
    expect(spikeChecks({ start: T0, stepMs: MINUTE, errors }).every((c) => c === null)).toBe(true);
  });

  it('works on 5-minute buckets too (one bucket vs twelve)', () => {
    const errors = new Float64Array(24).fill(10);
    errors[20] = 100;
    const check = spikeChecks({ start: T0, stepMs: 5 * MINUTE, errors })[20];
    expect(check).toMatchObject({ recent: 100, spike: true });
    expect(check!.baseline).toBeCloseTo((11 * 10 + 100) / 12);
  });

  it('reads the latest moment for "is it spiking now"', () => {
    const errors = new Float64Array(65).fill(1);
    errors.fill(30, 60);
    expect(latestSpikeCheck({ start: T0, stepMs: MINUTE, errors })?.spike).toBe(true);
  });

  it('a steady rate is never a spike, whatever its level (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 60, max: 200 }), (rate, n) => {
        const errors = new Float64Array(n).fill(rate);
        expect(findSpikes({ start: T0, stepMs: MINUTE, errors })).toEqual([]);
      }),
    );
  });

  it('the ratio never exceeds 12 because the hour includes the last 5 minutes (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000 }), { minLength: 60, maxLength: 200 }), (values) => {
        for (const c of spikeChecks({ start: T0, stepMs: MINUTE, errors: values })) {
          if (c) expect(c.ratio).toBeLessThanOrEqual(SPIKE_RULE.baselineMs / SPIKE_RULE.recentMs + 1e-9);
        }
      }),
    );
  });
});
