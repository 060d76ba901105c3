import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { HealthSnapshot } from '../telemetry/schemas';
import { assessHealth, compareWorstFirst, describeHealth, judgeSnapshot, severityScore } from './assess';
import { HEALTH_RANK, type HealthState } from './health-state';
import { DEFAULT_THRESHOLDS as T, type HealthThresholds } from './thresholds';

const NOW = Date.UTC(2026, 10, 23, 9, 0);
const FRESH = { now: NOW, staleAfterMs: 90_000 };

function snap(patch: Partial<HealthSnapshot> = {}): HealthSnapshot {
  return {
    serviceId: 'checkout',
    at: NOW - 5_000,
    requestsPerMin: 900,
    errorRatePct: 0.2,
    clientErrorRatePct: 0.8,
    p95Ms: 320,
    availabilityPct: 100,
    restarts24h: 0,
    upSince: null,
    alerts24h: 0,
    alerts30d: 3,
    http4xx24h: 100,
    http5xx24h: 20,
    currentVersion: '2.1.0',
    ...patch,
  };
}

describe('tile state (DOMAIN.md §9)', () => {
  it('is healthy inside every threshold, with no reasons', () => {
    expect(assessHealth(snap(), T, FRESH)).toMatchObject({ state: 'healthy', reasons: [], stale: false });
  });

  it('5xx at or above the critical limit is broken, with the reason in words', () => {
    const a = assessHealth(snap({ errorRatePct: 7.2 }), T, FRESH);
    expect(a.state).toBe('broken');
    expect(a.reasons).toEqual(['5xx 7.2 % ≥ 5 %']);
    expect(assessHealth(snap({ errorRatePct: 5 }), T, FRESH).state).toBe('broken');
  });

  it('5xx between warning and critical is degraded', () => {
    expect(assessHealth(snap({ errorRatePct: 1.3 }), T, FRESH)).toMatchObject({ state: 'degraded', reasons: ['5xx 1.3 % ≥ 1 %'] });
  });

  it('p95 and availability have their own limits; the worst reason comes first', () => {
    const a = assessHealth(snap({ p95Ms: 840, availabilityPct: 97.5 }), T, FRESH);
    expect(a.state).toBe('broken');
    expect(a.reasons).toEqual(['availability 97.5 % < 98 %', 'p95 840 ms ≥ 800 ms']);
    expect(assessHealth(snap({ p95Ms: 2_350 }), T, FRESH).reasons).toEqual(['p95 2,350 ms ≥ 2,000 ms']);
    expect(assessHealth(snap({ availabilityPct: 99.2 }), T, FRESH).state).toBe('degraded');
    expect(assessHealth(snap({ availabilityPct: 99.5 }), T, FRESH).state).toBe('healthy');
  });

  it('missing p95 or availability is not judged (and not a breach)', () => {
    expect(assessHealth(snap({ p95Ms: null, availabilityPct: null }), T, FRESH).state).toBe('healthy');
  });

  it('follows per-service thresholds', () => {
    const strict: HealthThresholds = { ...T, p95WarnMs: 200, p95CritMs: 300 };
    expect(assessHealth(snap({ p95Ms: 320 }), strict, FRESH).state).toBe('broken');
  });

  it('no snapshot at all is unknown', () => {
    expect(assessHealth(undefined, T, FRESH)).toMatchObject({ state: 'unknown', stale: false, reasons: ['no data from the source'] });
  });

  it('data past the stale limit is unknown and stale, remembering what it last said', () => {
    const a = assessHealth(snap({ at: NOW - 3 * 60_000, errorRatePct: 7.2 }), T, FRESH);
    expect(a).toMatchObject({ state: 'unknown', stale: true, lastKnown: 'broken', ageMs: 180_000 });
    expect(a.reasons[0]).toBe('no fresh data for 3 min 00 s (last known: Broken)');
    // Exactly at the limit is still fresh.
    expect(assessHealth(snap({ at: NOW - 90_000 }), T, FRESH).state).toBe('healthy');
  });

  it('reads the tile for a screen reader', () => {
    const s = snap({ errorRatePct: 7.2, p95Ms: 840 });
    expect(describeHealth('checkout', assessHealth(s, T, FRESH), s)).toBe(
      'checkout: Broken, 5xx 7.2 %, p95 840 ms, availability 100 % (5xx 7.2 % ≥ 5 %; p95 840 ms ≥ 800 ms)',
    );
    const old = snap({ at: NOW - 600_000 });
    expect(describeHealth('cart', assessHealth(old, T, FRESH), old)).toBe(
      'cart: Stale, no fresh data for 10 min (last known: Healthy); last figures 5xx 0.2 %, p95 320 ms, availability 100 %',
    );
  });
});

const arbSnapshot = fc.record({
  errorRatePct: fc.double({ min: 0, max: 100, noNaN: true }),
  p95Ms: fc.option(fc.double({ min: 0, max: 10_000, noNaN: true }), { nil: null }),
  availabilityPct: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
  ageMs: fc.integer({ min: 0, max: 3_600_000 }),
});

const arbThresholds: fc.Arbitrary<HealthThresholds> = fc
  .tuple(
    fc.double({ min: 0, max: 100, noNaN: true }),
    fc.double({ min: 0, max: 100, noNaN: true }),
    fc.integer({ min: 0, max: 5_000 }),
    fc.integer({ min: 0, max: 5_000 }),
    fc.double({ min: 0, max: 100, noNaN: true }),
    fc.double({ min: 0, max: 100, noNaN: true }),
  )
  .map(([e1, e2, p1, p2, a1, a2]) => ({
    errorRateWarnPct: Math.min(e1, e2),
    errorRateCritPct: Math.max(e1, e2),
    p95WarnMs: Math.min(p1, p2),
    p95CritMs: Math.max(p1, p2),
    availabilityWarnPct: Math.max(a1, a2),
    availabilityCritPct: Math.min(a1, a2),
  }));

describe('tile state invariants', () => {
  it('never shows a colour on data older than the stale limit', () => {
    fc.assert(
      fc.property(arbSnapshot, arbThresholds, fc.integer({ min: 10_000, max: 600_000 }), (s, t, staleAfterMs) => {
        const a = assessHealth(snap({ ...s, at: NOW - s.ageMs }), t, { now: NOW, staleAfterMs });
        if (s.ageMs > staleAfterMs) expect(a.state).toBe('unknown');
        else expect(a.state).not.toBe('unknown');
      }),
    );
  });

  it('healthy exactly when there is no reason', () => {
    fc.assert(
      fc.property(arbSnapshot, arbThresholds, (s, t) => {
        const j = judgeSnapshot(snap(s), t);
        expect(j.state === 'healthy').toBe(j.reasons.length === 0);
      }),
    );
  });

  it('more errors, more latency or less availability never makes a service look better', () => {
    fc.assert(
      fc.property(arbSnapshot, arbThresholds, fc.double({ min: 0, max: 50, noNaN: true }), (s, t, delta) => {
        const base = judgeSnapshot(snap(s), t).state;
        const worse = [
          snap({ ...s, errorRatePct: Math.min(100, s.errorRatePct + delta) }),
          snap({ ...s, p95Ms: s.p95Ms === null ? null : s.p95Ms + delta * 100 }),
          snap({ ...s, availabilityPct: s.availabilityPct === null ? null : Math.max(0, s.availabilityPct - delta) }),
        ];
        for (const w of worse) expect(HEALTH_RANK[judgeSnapshot(w, t).state]).toBeLessThanOrEqual(HEALTH_RANK[base]);
      }),
    );
  });

  it('worst-first ordering is a permutation with states in order broken, degraded, unknown, healthy', () => {
    const arbTile = fc.record({
      name: fc.string({ maxLength: 8 }),
      state: fc.constantFrom<HealthState>('healthy', 'degraded', 'broken', 'unknown'),
      score: fc.double({ min: 0, max: 10, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(arbTile, { maxLength: 40 }), (tiles) => {
        const sorted = [...tiles].sort(compareWorstFirst);
        expect(sorted).toHaveLength(tiles.length);
        expect(new Set(sorted)).toEqual(new Set(tiles));
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1]!, sorted[i]!];
          expect(HEALTH_RANK[a.state]).toBeLessThanOrEqual(HEALTH_RANK[b.state]);
          if (a.state === b.state && (a.state === 'broken' || a.state === 'degraded')) expect(a.score).toBeGreaterThanOrEqual(b.score);
          if (a.state === b.state && (a.state === 'healthy' || a.state === 'unknown')) expect(a.name <= b.name).toBe(true);
        }
      }),
    );
  });
});

describe('severity score', () => {
  it('is 1 at a critical limit and grows past it', () => {
    expect(severityScore(snap({ errorRatePct: 5, p95Ms: 0, availabilityPct: 100 }), T)).toBeCloseTo(1);
    expect(severityScore(snap({ errorRatePct: 10 }), T)).toBeCloseTo(2);
    expect(severityScore(snap({ errorRatePct: 0, p95Ms: 4_000 }), T)).toBeCloseTo(2);
    expect(severityScore(undefined, T)).toBe(0);
  });
});
