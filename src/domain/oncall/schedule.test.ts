import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DAY, HOUR, MONDAY, WEEK, override, rotation, team } from '@/testing/on-call';
import { contactsFor, coverageGaps, effectiveShifts, findTeam, nextHandover, onCallAt, rotationShifts, type Shift } from './schedule';

describe('rotations', () => {
  it('hands over weekly in member order, wrapping around', () => {
    const shifts = rotationShifts(rotation(['A', 'B', 'C']), 'primary', MONDAY, MONDAY + 4 * WEEK);
    expect(shifts.map((s) => [s.person, (s.startAt - MONDAY) / WEEK, (s.endAt - MONDAY) / WEEK])).toEqual([
      ['A', 0, 1],
      ['B', 1, 2],
      ['C', 2, 3],
      ['A', 3, 4],
    ]);
  });

  it('clips nothing but starts with the shift already running at `from`', () => {
    const shifts = rotationShifts(rotation(['A', 'B']), 'primary', MONDAY + WEEK + DAY, MONDAY + WEEK + 2 * DAY);
    expect(shifts).toHaveLength(1);
    expect(shifts[0]).toMatchObject({ person: 'B', startAt: MONDAY + WEEK, endAt: MONDAY + 2 * WEEK });
  });

  it('has no shift before it starts, after it ends, or without members', () => {
    expect(rotationShifts(rotation(['A']), 'primary', MONDAY - WEEK, MONDAY)).toEqual([]);
    expect(rotationShifts(rotation(['A'], { endAt: MONDAY + 3 * DAY }), 'primary', MONDAY, MONDAY + WEEK)).toEqual([
      { tier: 'primary', person: 'A', startAt: MONDAY, endAt: MONDAY + 3 * DAY, override: false, note: '' },
    ]);
    expect(rotationShifts(rotation([]), 'primary', MONDAY, MONDAY + WEEK)).toEqual([]);
    expect(rotationShifts(rotation(['A'], { shiftHours: 0 }), 'primary', MONDAY, MONDAY + WEEK)).toEqual([]);
  });

  it('supports shorter shifts (12 h follow-the-sun)', () => {
    const shifts = rotationShifts(rotation(['EU', 'US'], { shiftHours: 12 }), 'primary', MONDAY, MONDAY + DAY);
    expect(shifts.map((s) => s.person)).toEqual(['EU', 'US']);
  });
});

describe('who is on call', () => {
  const t = team();

  it('names primary and secondary now, with the shift that puts them there', () => {
    const now = onCallAt(t, [], MONDAY + 2 * DAY);
    expect(now.primary).toMatchObject({ person: 'Sam Okafor', endAt: MONDAY + WEEK, override: false });
    expect(now.secondary?.person).toBe('Jon Ruiz');
  });

  it('changes at the handover instant, not a millisecond before', () => {
    expect(onCallAt(t, [], MONDAY + WEEK - 1).primary?.person).toBe('Sam Okafor');
    expect(onCallAt(t, [], MONDAY + WEEK).primary?.person).toBe('Jon Ruiz');
  });

  it('an override replaces the rotation for its hours only', () => {
    const sick = override({ person: 'Lea Martin', startAt: MONDAY + DAY, endAt: MONDAY + 2 * DAY, note: 'Sam is ill' });
    expect(onCallAt(t, [sick], MONDAY + DAY + HOUR).primary).toMatchObject({ person: 'Lea Martin', override: true, note: 'Sam is ill' });
    expect(onCallAt(t, [sick], MONDAY + 2 * DAY).primary?.person).toBe('Sam Okafor');
    expect(onCallAt(t, [sick], MONDAY + DAY + HOUR).secondary?.person).toBe('Jon Ruiz');
  });

  it("ignores another team's and another tier's overrides", () => {
    const other = override({ person: 'X', startAt: MONDAY, endAt: MONDAY + DAY, teamId: 'team-payments' });
    const secondary = override({ person: 'Y', startAt: MONDAY, endAt: MONDAY + DAY, tier: 'secondary' });
    const now = onCallAt(t, [other, secondary], MONDAY + HOUR);
    expect(now.primary?.person).toBe('Sam Okafor');
    expect(now.secondary?.person).toBe('Y');
  });

  it('nobody before the rotation starts, unless an override covers it', () => {
    expect(onCallAt(t, [], MONDAY - HOUR).primary).toBeNull();
    const early = override({ person: 'Jon Ruiz', startAt: MONDAY - DAY, endAt: MONDAY });
    expect(onCallAt(t, [early], MONDAY - HOUR).primary?.person).toBe('Jon Ruiz');
  });

  it('the next handover skips shifts of the same person', () => {
    expect(nextHandover(t, [], 'primary', MONDAY + DAY)).toMatchObject({ person: 'Jon Ruiz', startAt: MONDAY + WEEK });
    const solo = team({ primary: rotation(['Sam Okafor']) });
    expect(nextHandover(solo, [], 'primary', MONDAY + DAY)).toBeNull();
    const cover = override({ person: 'Lea Martin', startAt: MONDAY + 2 * DAY, endAt: MONDAY + 3 * DAY });
    expect(nextHandover(t, [cover], 'primary', MONDAY + DAY)).toMatchObject({ person: 'Lea Martin', override: true });
  });

  it('finds a team by id or by name, ignoring case and spaces', () => {
    const dir = { teams: [t], overrides: [] };
    expect(findTeam(dir, 'team-storefront')).toBe(t);
    expect(findTeam(dir, ' storefront ')).toBe(t);
    expect(findTeam(dir, '')).toBeUndefined();
    expect(findTeam(dir, 'Payments')).toBeUndefined();
  });

  it('contacts hold the other roles', () => {
    expect(contactsFor(t, 'Team Lead')).toEqual(['Priya Nair']);
    expect(contactsFor(t, 'VP')).toEqual([]);
    expect(contactsFor(undefined, 'team lead')).toEqual([]);
  });
});

describe('coverage gaps', () => {
  it('are the hours no shift covers', () => {
    const shifts: Shift[] = [
      { tier: 'primary', person: 'A', startAt: 10, endAt: 20, override: false, note: '' },
      { tier: 'primary', person: 'B', startAt: 25, endAt: 30, override: false, note: '' },
    ];
    expect(coverageGaps(shifts, 0, 40)).toEqual([
      { startAt: 0, endAt: 10 },
      { startAt: 20, endAt: 25 },
      { startAt: 30, endAt: 40 },
    ]);
    expect(coverageGaps(shifts, 10, 20)).toEqual([]);
  });

  it('an override can fill a gap left by the rotation', () => {
    const t = team({ primary: rotation(['A'], { startAt: MONDAY + DAY }) });
    expect(coverageGaps(effectiveShifts(t, [], 'primary', MONDAY, MONDAY + WEEK), MONDAY, MONDAY + WEEK)).toEqual([
      { startAt: MONDAY, endAt: MONDAY + DAY },
    ]);
    const fill = override({ person: 'B', startAt: MONDAY, endAt: MONDAY + DAY });
    expect(coverageGaps(effectiveShifts(t, [fill], 'primary', MONDAY, MONDAY + WEEK), MONDAY, MONDAY + WEEK)).toEqual([]);
  });
});

describe('effective shifts (property)', () => {
  const overrideArb = fc.record({ start: fc.integer({ min: 0, max: 27 * 24 }), hours: fc.integer({ min: 1, max: 168 }) });

  it('never overlap, stay inside the window, and cover exactly the rotation plus the overrides', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('A', 'B', 'C'), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 168 }),
        // Overrides of one tier never overlap (validation refuses that), so space them apart.
        fc.array(overrideArb, { maxLength: 4 }),
        (members, shiftHours, raw) => {
          let cursor = MONDAY;
          const overrides = raw.map((r) => {
            const startAt = cursor + r.start * HOUR;
            cursor = startAt + r.hours * HOUR;
            return override({ person: 'O', startAt, endAt: cursor });
          });
          const t = team({ primary: rotation(members, { shiftHours }) });
          const from = MONDAY;
          const to = MONDAY + 4 * WEEK;
          const shifts = effectiveShifts(t, overrides, 'primary', from, to);
          // One assertion per run (not per shift): hour-long shifts over four weeks are 672 of them.
          const broken = shifts.filter((s, i) => !(s.startAt < s.endAt && s.endAt > from && (i === 0 || s.startAt >= shifts[i - 1]!.endAt)));
          expect(broken).toEqual([]);
          // The rotation covers everything from MONDAY, so no gaps may remain.
          expect(coverageGaps(shifts, from, to)).toEqual([]);
          // Every override hour is held by the override's person.
          for (const o of overrides) {
            if (o.startAt >= to) continue;
            expect(onCallAt(t, overrides, o.startAt).primary).toMatchObject({ person: 'O', override: true });
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
