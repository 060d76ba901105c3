// Schedules for tests: a team with a weekly primary and secondary rotation from a fixed Monday.
import type { Override, Rotation, TeamSchedule } from '@/domain/oncall/schedule';

/** Monday 2026-11-23 09:00 UTC: the handover time the test schedules use. */
export const MONDAY = Date.UTC(2026, 10, 23, 9, 0);
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;

export function rotation(members: string[], overrides: Partial<Rotation> = {}): Rotation {
  return { members, startAt: MONDAY, shiftHours: 168, endAt: null, ...overrides };
}

export function team(overrides: Partial<TeamSchedule> = {}): TeamSchedule {
  return {
    id: 'team-storefront',
    name: 'Storefront',
    contacts: [
      { role: 'team lead', name: 'Priya Nair' },
      { role: 'senior engineer', name: 'Lea Martin' },
      { role: 'engineering manager', name: 'Dana Kim' },
      { role: 'CTO', name: 'Alex Moreau' },
    ],
    primary: rotation(['Sam Okafor', 'Jon Ruiz', 'Lea Martin']),
    secondary: rotation(['Jon Ruiz', 'Lea Martin', 'Sam Okafor']),
    updatedAt: MONDAY,
    ...overrides,
  };
}

let n = 0;
export function override(fields: Partial<Override> & Pick<Override, 'person' | 'startAt' | 'endAt'>): Override {
  n += 1;
  return { id: `ovr-${n}`, teamId: 'team-storefront', tier: 'primary', note: '', ...fields };
}
