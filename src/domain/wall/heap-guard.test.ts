import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decideHeapReload, keepReadings, SUSTAINED_READINGS, type HeapGuardInput, type HeapReading } from './heap-guard';

const MB = 1024 * 1024;
const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 11, 14, 3, 0);
const SETTINGS = { budgetMb: 300, minHoursBetweenReloads: 6 };
const LIMIT = 4096 * MB;

const readings = (...mb: number[]): HeapReading[] =>
  mb.map((m, i) => ({ at: NOW - (mb.length - 1 - i) * 60_000, usedBytes: m * MB, limitBytes: LIMIT }));

function input(patch: Partial<HeapGuardInput> = {}): HeapGuardInput {
  return { now: NOW, readings: readings(310, 320, 330), lastReloadAt: null, alarmShowing: false, online: true, dataFresh: true, ...patch };
}

describe('the wall reloading itself past its heap budget', () => {
  it('reloads when the heap stays over budget at a quiet moment', () => {
    expect(decideHeapReload(input(), SETTINGS)).toEqual({ reload: true, reason: 'over-budget' });
  });

  it('not while under budget, nor on one high reading (garbage not yet collected)', () => {
    expect(decideHeapReload(input({ readings: readings(100, 120, 110) }), SETTINGS)).toEqual({ reload: false, reason: 'under-budget' });
    expect(decideHeapReload(input({ readings: readings(100, 120, 900) }), SETTINGS).reload).toBe(false);
    expect(decideHeapReload(input({ readings: readings(900, 900) }), SETTINGS).reload).toBe(false);
    expect(decideHeapReload(input({ readings: [] }), SETTINGS)).toEqual({ reload: false, reason: 'no-readings' });
  });

  it('never while a clock alarm is showing', () => {
    expect(decideHeapReload(input({ alarmShowing: true }), SETTINGS)).toEqual({ reload: false, reason: 'alarm' });
  });

  it('not offline, nor while data is failing (the last good data would be lost)', () => {
    expect(decideHeapReload(input({ online: false }), SETTINGS).reason).toBe('offline');
    expect(decideHeapReload(input({ dataFresh: false }), SETTINGS).reason).toBe('data-not-fresh');
  });

  it('not more often than every N hours', () => {
    expect(decideHeapReload(input({ lastReloadAt: NOW - 5 * HOUR }), SETTINGS)).toEqual({ reload: false, reason: 'too-soon' });
    expect(decideHeapReload(input({ lastReloadAt: NOW - 6 * HOUR }), SETTINGS).reload).toBe(true);
  });

  it('near the browser’s limit it reloads even during an alarm (a crash would lose the alarm for good)', () => {
    const critical = readings(3700, 3750, 3800);
    expect(decideHeapReload(input({ readings: critical, alarmShowing: true, dataFresh: false }), SETTINGS)).toEqual({
      reload: true,
      reason: 'near-crash',
    });
    // …but still not in a loop.
    expect(decideHeapReload(input({ readings: critical, lastReloadAt: NOW - HOUR }), SETTINGS).reason).toBe('too-soon');
  });

  it('never reloads during an alarm short of a crash, nor twice within the interval (property)', () => {
    const reading = fc.record({ usedBytes: fc.integer({ min: 0, max: 5000 * MB }), limitBytes: fc.constantFrom(null, LIMIT) });
    fc.assert(
      fc.property(
        fc.array(reading, { maxLength: 6 }),
        fc.option(fc.integer({ min: 0, max: 48 * HOUR })),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (rs, since, alarmShowing, online, dataFresh) => {
          const list = rs.map((r, i) => ({ ...r, at: NOW - i }));
          const decision = decideHeapReload(
            { now: NOW, readings: list, lastReloadAt: since === null ? null : NOW - since, alarmShowing, online, dataFresh },
            SETTINGS,
          );
          if (!decision.reload) return;
          if (since !== null) expect(since).toBeGreaterThanOrEqual(6 * HOUR);
          const last = list.slice(-SUSTAINED_READINGS);
          expect(last).toHaveLength(SUSTAINED_READINGS);
          expect(last.every((r) => r.usedBytes > 300 * MB)).toBe(true);
          if (alarmShowing || !online || !dataFresh) expect(decision.reason).toBe('near-crash');
        },
      ),
    );
  });

  it('keeps only the readings it judges', () => {
    let kept: HeapReading[] = [];
    for (let i = 0; i < 100; i++) kept = keepReadings(kept, { at: i, usedBytes: i, limitBytes: null });
    expect(kept.map((r) => r.at)).toEqual([97, 98, 99]);
  });
});
