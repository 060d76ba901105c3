import { describe, expect, it } from 'vitest';
import { DAY, HOUR, MONDAY, WEEK, override, rotation, team } from '@/testing/on-call';
import { validateTeam } from './validate';

const NOW = MONDAY + HOUR;

describe('schedule validation', () => {
  it('a complete schedule passes without warnings', () => {
    expect(validateTeam(team(), [], [], NOW)).toEqual({ errors: [], warnings: [] });
  });

  it('refuses a zero-length or negative shift', () => {
    expect(validateTeam(team({ primary: rotation(['A'], { shiftHours: 0 }) }), [], [], NOW).errors).toEqual([
      'Primary rotation: a shift must last longer than zero hours.',
    ]);
    expect(validateTeam(team({ secondary: rotation(['A'], { shiftHours: -4 }) }), [], [], NOW).errors).toEqual([
      'Secondary rotation: a shift must last longer than zero hours.',
    ]);
    expect(validateTeam(team({ primary: rotation(['A'], { shiftHours: Number.NaN }) }), [], [], NOW).errors).toHaveLength(1);
  });

  it('refuses a shift longer than a week', () => {
    expect(validateTeam(team({ primary: rotation(['A'], { shiftHours: 169 }) }), [], [], NOW).errors).toEqual([
      'Primary rotation: a shift lasts at most one week (168 h), not 169 h.',
    ]);
  });

  it('refuses a rotation that ends before it starts, blank members and a blank name', () => {
    const check = validateTeam(team({ name: ' ', primary: rotation(['A', ' '], { endAt: MONDAY - DAY }) }), [], [], NOW);
    expect(check.errors).toEqual([
      'The team needs a name.',
      'Primary rotation: every member needs a name.',
      'Primary rotation: it ends before it starts.',
    ]);
  });

  it('refuses a second team with the same name', () => {
    const other = team({ id: 'team-2', name: 'storefront ' });
    expect(validateTeam(team(), [], [other], NOW).errors).toEqual(['Another team is already called "storefront ".']);
    expect(validateTeam(team(), [], [team()], NOW).errors).toEqual([]);
  });

  it('refuses zero-length, over-long and overlapping overrides', () => {
    const zero = override({ person: 'Lea', startAt: MONDAY + DAY, endAt: MONDAY + DAY });
    expect(validateTeam(team(), [zero], [], NOW).errors[0]).toMatch(/Override for Lea .*ends at or before it starts \(a zero-length shift\)/);
    const long = override({ person: 'Lea', startAt: MONDAY, endAt: MONDAY + WEEK + HOUR });
    expect(validateTeam(team(), [long], [], NOW).errors[0]).toMatch(/at most one week/);
    const a = override({ person: 'Lea', startAt: MONDAY, endAt: MONDAY + DAY });
    const b = override({ person: 'Jon', startAt: MONDAY + 12 * HOUR, endAt: MONDAY + 2 * DAY });
    expect(validateTeam(team(), [a, b], [], NOW).errors).toEqual([
      expect.stringMatching(/Override for Lea .* overlaps the override for Jon/),
      expect.stringMatching(/Override for Jon .* overlaps the override for Lea/),
    ]);
    const otherTier = { ...b, tier: 'secondary' as const };
    expect(validateTeam(team(), [a, otherTier], [], NOW).errors).toEqual([]);
  });

  it('warns about a gap before the rotation starts, and after it ends', () => {
    const late = team({ primary: rotation(['A', 'B'], { startAt: MONDAY + 2 * DAY }) });
    expect(validateTeam(late, [], [], NOW).warnings).toEqual([
      'Primary: nobody is on call from 2026-11-23 10:00 UTC to 2026-11-25 09:00 UTC (1 d 23 h).',
    ]);
    const ending = team({ secondary: rotation(['C'], { endAt: MONDAY + WEEK }) });
    expect(validateTeam(ending, [], [], NOW).warnings).toEqual(['Secondary: nobody is on call from 2026-11-30 09:00 UTC onwards.']);
  });

  it('warns, without refusing, when there is no secondary or nobody in a rotation', () => {
    const check = validateTeam(team({ secondary: null, primary: rotation([]) }), [], [], NOW);
    expect(check.errors).toEqual([]);
    expect(check.warnings).toEqual([
      'Primary rotation has nobody in it.',
      'Primary: nobody is on call from 2026-11-23 10:00 UTC onwards.',
      'No secondary rotation: nobody backs up the primary.',
    ]);
  });

  it('an override that fills the gap clears the warning', () => {
    const late = team({ primary: rotation(['A'], { startAt: MONDAY + DAY }) });
    const fill = override({ person: 'B', startAt: MONDAY, endAt: MONDAY + DAY });
    expect(validateTeam(late, [], [], NOW).warnings).toHaveLength(1);
    expect(validateTeam(late, [fill], [], NOW).warnings).toEqual([]);
  });

  it('warns when one person would be primary and secondary at once', () => {
    const t = team({ primary: rotation(['Sam', 'Jon']), secondary: rotation(['Jon', 'Sam'], { startAt: MONDAY + WEEK }) });
    expect(validateTeam(t, [], [], NOW).warnings).toEqual([
      expect.stringMatching(/^Secondary: nobody is on call from 2026-11-23 10:00 UTC to 2026-11-30 09:00 UTC/),
      'Jon is both primary and secondary from 2026-11-30 09:00 UTC: the secondary is no backup then.',
    ]);
  });
});
