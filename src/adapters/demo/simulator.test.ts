import { describe, expect, it } from 'vitest';
import { CYCLE_MS, HOUR, MINUTE, SCENARIOS } from './scenarios';
import { alerts, createWorld, dailyShape, deploys, errorGroups, healthSnapshot, restarts, series } from './simulator';

const world = createWorld('watchfloor');
// A cycle start (UTC-aligned): 2026-11-23T00:00Z is a multiple of 4 h.
const cycle = Date.UTC(2026, 10, 23, 8, 0, 0);
const pool = SCENARIOS.find((s) => s.id === 'pool-exhaustion')!;

describe('demo simulator', () => {
  it('has a dozen services in three teams', () => {
    expect(world.services).toHaveLength(12);
    expect(new Set(world.services.map((s) => s.team)).size).toBe(3);
  });

  it('is deterministic: same seed and time give the same numbers', () => {
    const again = createWorld('watchfloor');
    expect(series(again, 'checkout', cycle, cycle + HOUR, MINUTE)).toEqual(series(world, 'checkout', cycle, cycle + HOUR, MINUTE));
    expect(healthSnapshot(again, 'search', cycle + 3 * HOUR)).toEqual(healthSnapshot(world, 'search', cycle + 3 * HOUR));
  });

  it('differs with another seed', () => {
    const other = createWorld('another');
    expect(series(other, 'checkout', cycle, cycle + HOUR, MINUTE).requests).not.toEqual(
      series(world, 'checkout', cycle, cycle + HOUR, MINUTE).requests,
    );
  });

  it('has a daily traffic shape: afternoon busier than night', () => {
    expect(dailyShape(Date.UTC(2026, 0, 1, 16))).toBeGreaterThan(0.9);
    expect(dailyShape(Date.UTC(2026, 0, 1, 4))).toBeLessThan(0.35);
  });

  it('series of 30 days at 1 minute has 43,200 points per metric', () => {
    const s = series(world, 'api-gateway', cycle - 30 * 24 * HOUR, cycle, MINUTE);
    expect(s.requests).toHaveLength(43_200);
    expect(s.p95Ms).toHaveLength(43_200);
  });

  it('pool exhaustion: checkout is healthy before, failing during, and healthy after the rollback', () => {
    const before = healthSnapshot(world, 'checkout', cycle + pool.startMs - MINUTE);
    const during = healthSnapshot(world, 'checkout', cycle + pool.startMs + 15 * MINUTE);
    const after = healthSnapshot(world, 'checkout', cycle + pool.endMs + 10 * MINUTE);
    expect(before.errorRatePct).toBeLessThan(1);
    expect(during.errorRatePct).toBeGreaterThan(10);
    expect(during.p95Ms).toBeGreaterThan(2000);
    expect(after.errorRatePct).toBeLessThan(1);
  });

  it('checkout deploys just before the pool exhaustion and rolls back at its end', () => {
    const list = deploys(world, cycle, cycle + CYCLE_MS, 'checkout');
    expect(list.map((d) => d.kind)).toEqual(['deploy', 'rollback', 'deploy']);
    expect(list[0]!.at).toBeLessThan(cycle + pool.startMs);
    expect(list[1]!.at).toBeLessThan(cycle + pool.endMs);
  });

  it('the memory leak restarts search every 15 minutes', () => {
    const list = restarts(world, cycle, cycle + CYCLE_MS, 'search').filter((r) => r.reason === 'OOMKilled');
    expect(list).toHaveLength(4);
    expect(list[1]!.at - list[0]!.at).toBe(15 * MINUTE);
  });

  it('scenario alerts fire with the scenario and end after it', () => {
    const list = alerts(world, cycle, cycle + CYCLE_MS, 'checkout');
    const critical = list.find((a) => a.name === 'CheckoutHigh5xxRate')!;
    expect(critical.severity).toBe('critical');
    expect(critical.startsAt).toBeGreaterThan(cycle + pool.startMs);
  });

  it('a still-firing alert has no end', () => {
    const midway = cycle + pool.startMs + 20 * MINUTE;
    const firing = alerts(world, midway - HOUR, midway, 'checkout').find((a) => a.name === 'CheckoutHigh5xxRate')!;
    expect(firing.endsAt).toBeNull();
  });

  it('the scenario adds a new error fingerprint for the bad build', () => {
    const groups = errorGroups(world, 'checkout', cycle, cycle + 2 * HOUR);
    const pooled = groups.find((g) => g.type === 'PoolTimeoutError')!;
    expect(pooled.firstSeen).toBe(cycle + pool.startMs);
    const nextCycle = errorGroups(world, 'checkout', cycle + CYCLE_MS, cycle + CYCLE_MS + 2 * HOUR).find((g) => g.type === 'PoolTimeoutError')!;
    expect(nextCycle.fingerprint).not.toBe(pooled.fingerprint);
  });

  it('every number in a health snapshot is within its range', () => {
    for (const s of world.services) {
      const h = healthSnapshot(world, s.id, cycle + 2 * HOUR);
      expect(h.errorRatePct).toBeGreaterThanOrEqual(0);
      expect(h.availabilityPct).toBeLessThanOrEqual(100);
      expect(h.alerts30d).toBeGreaterThanOrEqual(h.alerts24h);
    }
  });
});
