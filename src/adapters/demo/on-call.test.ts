import { describe, expect, it } from 'vitest';
import { validateTeam } from '@/domain/oncall/validate';
import { demoOnCall, lastHandover } from './on-call';

describe('demo on-call schedules', () => {
  it('hand over on Monday 09:00 UTC', () => {
    const monday9 = Date.UTC(2026, 10, 23, 9);
    expect(lastHandover(monday9)).toBe(monday9);
    expect(lastHandover(monday9 - 1)).toBe(Date.UTC(2026, 10, 16, 9));
    expect(lastHandover(Date.UTC(2026, 10, 29, 23, 59))).toBe(monday9); // Sunday night
    expect(lastHandover(Date.UTC(2026, 11, 2, 12))).toBe(Date.UTC(2026, 10, 30, 9)); // across a month end
  });

  it('are valid schedules without gaps', () => {
    const now = Date.UTC(2026, 10, 25, 15);
    const { teams, overrides } = demoOnCall(now);
    for (const t of teams) expect(validateTeam(t, overrides, teams, now)).toEqual({ errors: [], warnings: [] });
  });
});
