import { describe, expect, it } from 'vitest';
import { freshnessText, isTimerGap, oldestDataAt, panelFreshness } from './freshness';

const NOW = new Date(2026, 10, 23, 9, 30).getTime();
const base = { dataAt: NOW - 20_000, failing: false, offline: false, now: NOW, staleAfterMs: 90_000 };

describe('panel freshness', () => {
  it('recent data from a working source is fresh and unmarked', () => {
    expect(panelFreshness(base)).toEqual({ state: 'fresh', marked: false, ageMs: 20_000 });
  });

  it('a failed refresh marks the panel at once, while the data is still recent', () => {
    expect(panelFreshness({ ...base, failing: true })).toEqual({ state: 'failing', marked: true, ageMs: 20_000 });
  });

  it('no network marks it too', () => {
    expect(panelFreshness({ ...base, offline: true }).state).toBe('offline');
  });

  it('data past the stale limit is stale, whatever the source says now', () => {
    expect(panelFreshness({ ...base, dataAt: NOW - 91_000 })).toEqual({ state: 'stale', marked: true, ageMs: 91_000 });
    expect(panelFreshness({ ...base, dataAt: NOW - 91_000, failing: true }).state).toBe('stale');
    expect(panelFreshness({ ...base, dataAt: NOW - 90_000 }).state).toBe('fresh');
  });

  it('before the first data: waiting (unmarked), or failing', () => {
    expect(panelFreshness({ ...base, dataAt: null })).toEqual({ state: 'waiting', marked: false, ageMs: null });
    expect(panelFreshness({ ...base, dataAt: null, failing: true }).marked).toBe(true);
  });

  it('reads as "data as of hh:mm (n min ago)" with the cause', () => {
    const at = new Date(2026, 10, 23, 9, 25).getTime();
    expect(freshnessText(panelFreshness({ ...base, dataAt: at }), at, NOW)).toBe('Data as of 09:25 (5 min ago) — stale');
    const recent = NOW - 40_000;
    expect(freshnessText(panelFreshness({ ...base, dataAt: recent, failing: true }), recent, NOW)).toBe(
      'Data as of 09:29 (1 min ago) — source failing',
    );
    expect(freshnessText(panelFreshness({ ...base, dataAt: NOW }), NOW, NOW)).toBe('Data as of 09:30 (just now)');
    expect(freshnessText(panelFreshness({ ...base, dataAt: null, failing: true }), null, NOW)).toBe('No data yet — source failing');
  });

  it('the wall vouches for its oldest data', () => {
    expect(oldestDataAt([NOW - 5, null, NOW - 50])).toBe(NOW - 50);
    expect(oldestDataAt([null])).toBeNull();
  });
});

describe('sleep detection', () => {
  it('a timer three intervals late means the machine slept', () => {
    expect(isTimerGap(NOW - 5_000, NOW, 5_000)).toBe(false);
    expect(isTimerGap(NOW - 15_000, NOW, 5_000)).toBe(false);
    expect(isTimerGap(NOW - 15_001, NOW, 5_000)).toBe(true);
    expect(isTimerGap(NOW - 8 * 3_600_000, NOW, 5_000)).toBe(true);
  });
});
