import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Alert } from '../telemetry/schemas';
import { describeNight, nightAlerts, nightWindow } from './night';

// Local times, so the tests read the same in every time zone.
const local = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute).getTime();
const HOURS = { startHour: 18, endHour: 8 };
const MINUTE = 60_000;

describe('the night', () => {
  it('in the morning after it, is the last night, 18:00 yesterday to 08:00 today', () => {
    expect(nightWindow(local(23, 9, 30), HOURS)).toEqual({ from: local(22, 18), to: local(23, 8), ongoing: false });
  });

  it('late in the afternoon is still the last night', () => {
    expect(nightWindow(local(23, 17, 59), HOURS)).toEqual({ from: local(22, 18), to: local(23, 8), ongoing: false });
  });

  it('in the evening is tonight, so far', () => {
    expect(nightWindow(local(23, 18), HOURS)).toEqual({ from: local(23, 18), to: local(24, 8), ongoing: true });
    expect(nightWindow(local(23, 23, 10), HOURS)).toEqual({ from: local(23, 18), to: local(24, 8), ongoing: true });
  });

  it('after midnight is the night that started yesterday evening', () => {
    expect(nightWindow(local(24, 3), HOURS)).toEqual({ from: local(23, 18), to: local(24, 8), ongoing: true });
    expect(nightWindow(local(24, 8), HOURS)).toEqual({ from: local(23, 18), to: local(24, 8), ongoing: false });
  });

  it('a night inside one day (00:00 → 06:00) works the same way', () => {
    const early = { startHour: 0, endHour: 6 };
    expect(nightWindow(local(23, 4), early)).toEqual({ from: local(23, 0), to: local(23, 6), ongoing: true });
    expect(nightWindow(local(23, 12), early)).toEqual({ from: local(23, 0), to: local(23, 6), ongoing: false });
  });

  it('equal hours mean a whole day from that hour', () => {
    expect(nightWindow(local(23, 12), { startHour: 7, endHour: 7 })).toEqual({ from: local(23, 7), to: local(24, 7), ongoing: true });
  });

  it('always contains or follows now, and is never longer than a day (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 60 * 24 * 30 }), (s, e, minutes) => {
        const now = local(1, 0) + minutes * MINUTE;
        const w = nightWindow(now, { startHour: s, endHour: e });
        expect(w.from).toBeLessThanOrEqual(now);
        expect(w.to).toBeGreaterThan(w.from);
        expect(w.to - w.from).toBeLessThanOrEqual(25 * 60 * MINUTE); // a DST day is 25 h
        expect(w.ongoing).toBe(now < w.to);
      }),
    );
  });

  it('reads as hours', () => {
    expect(describeNight(HOURS)).toBe('18:00 → 08:00');
  });
});

function alert(id: string, patch: Partial<Alert>): Alert {
  return { id, serviceId: 'checkout', name: id, message: 'm', severity: 'warning', startsAt: local(22, 20), endsAt: null, ...patch };
}

describe("the night's alerts", () => {
  const night = { from: local(22, 18), to: local(23, 8), ongoing: false };
  const now = local(23, 9);

  it('keeps what fired during the night, with its time to resolve, firing ones first, then by priority, newest first', () => {
    const list = nightAlerts(
      [
        alert('before', { startsAt: local(22, 12), endsAt: local(22, 13) }),
        alert('evening-info', { severity: 'info', startsAt: local(22, 19), endsAt: local(22, 19, 20) }),
        alert('late-critical', { severity: 'critical', startsAt: local(23, 2), endsAt: local(23, 2, 45) }),
        alert('early-critical', { severity: 'critical', startsAt: local(22, 21), endsAt: local(22, 21, 5) }),
        alert('still-firing', { severity: 'info', startsAt: local(23, 7) }),
        alert('ended-after-the-night', { startsAt: local(23, 7, 30), endsAt: local(23, 8, 30) }),
        alert('morning', { startsAt: local(23, 8, 15), endsAt: null }),
        alert('from-before-into-the-night', { startsAt: local(22, 17), endsAt: local(22, 18, 30) }),
      ],
      night,
      now,
    );
    expect(list.map((a) => a.alert.id)).toEqual([
      'still-firing',
      'late-critical',
      'early-critical',
      'ended-after-the-night',
      'from-before-into-the-night',
      'evening-info',
    ]);
    const byId = new Map(list.map((a) => [a.alert.id, a]));
    expect(byId.get('still-firing')).toMatchObject({ firing: true, durationMs: 2 * 60 * MINUTE });
    expect(byId.get('late-critical')).toMatchObject({ firing: false, durationMs: 45 * MINUTE });
    expect(byId.get('ended-after-the-night')).toMatchObject({ firing: false, durationMs: 60 * MINUTE });
  });

  it('an alert whose end is still ahead is firing', () => {
    const [only] = nightAlerts([alert('a', { startsAt: local(23, 7), endsAt: local(23, 10) })], night, now);
    expect(only).toMatchObject({ firing: true, durationMs: 2 * 60 * MINUTE });
  });
});
