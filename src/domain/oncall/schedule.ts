// DOMAIN.md §5: on-call schedules per team. A team has a primary and (usually) a secondary
// rotation: an ordered list of people, each on call for one shift (a week by default, never
// longer), handing over at the rotation's start time. Overrides replace whoever the rotation
// names for a while (a swap, a sick day) and may also cover a gap. Everything here is a pure
// function of the stored schedule and a time: "who is on call" is computed, never stored.
import type { Override, Rotation, TeamSchedule } from './schedule-schema';

export type { Override, Rotation, TeamContact, TeamSchedule } from './schedule-schema';

export const TIERS = ['primary', 'secondary'] as const;
export type Tier = (typeof TIERS)[number];
export const TIER_LABEL: Record<Tier, string> = { primary: 'Primary', secondary: 'Secondary' };

export const HOUR_MS = 3_600_000;
export const WEEK_HOURS = 7 * 24;
export const DEFAULT_SHIFT_HOURS = WEEK_HOURS;

/** Everything needed to say who is on call: the teams and their overrides. */
export interface OnCallDirectory {
  teams: readonly TeamSchedule[];
  overrides: readonly Override[];
}

export const EMPTY_DIRECTORY: OnCallDirectory = { teams: [], overrides: [] };

export interface Shift {
  tier: Tier;
  person: string;
  startAt: number;
  endAt: number;
  /** An override, not the rotation's turn. */
  override: boolean;
  note: string;
}

export interface Interval {
  startAt: number;
  endAt: number;
}

export function findTeam(directory: OnCallDirectory, nameOrId: string): TeamSchedule | undefined {
  const key = nameOrId.trim().toLowerCase();
  if (!key) return undefined;
  return directory.teams.find((t) => t.id === nameOrId || t.name.trim().toLowerCase() === key);
}

export const rotationOf = (team: TeamSchedule, tier: Tier): Rotation | null => (tier === 'primary' ? team.primary : team.secondary);

/** The rotation's own shifts overlapping [from, to), without overrides. */
export function rotationShifts(rotation: Rotation | null, tier: Tier, from: number, to: number): Shift[] {
  if (!rotation || rotation.members.length === 0 || !(rotation.shiftHours > 0) || to <= from) return [];
  const length = rotation.shiftHours * HOUR_MS;
  const stop = Math.min(to, rotation.endAt ?? Infinity);
  const first = Math.max(0, Math.floor((from - rotation.startAt) / length));
  const shifts: Shift[] = [];
  for (let n = first; ; n++) {
    const startAt = rotation.startAt + n * length;
    if (startAt >= stop) break;
    const endAt = Math.min(startAt + length, rotation.endAt ?? Infinity);
    if (endAt <= from) continue;
    const member = rotation.members[n % rotation.members.length] as string;
    shifts.push({ tier, person: member, startAt, endAt, override: false, note: '' });
  }
  return shifts;
}

const overlaps = (a: Interval, b: Interval) => a.startAt < b.endAt && b.startAt < a.endAt;

/** Cuts `cut` out of `shift`: zero, one or two pieces remain. */
function subtract(shift: Shift, cut: Interval): Shift[] {
  if (!overlaps(shift, cut)) return [shift];
  const pieces: Shift[] = [];
  if (shift.startAt < cut.startAt) pieces.push({ ...shift, endAt: cut.startAt });
  if (cut.endAt < shift.endAt) pieces.push({ ...shift, startAt: cut.endAt });
  return pieces;
}

/**
 * The effective schedule of one tier in [from, to): the rotation's shifts with every override
 * cut in (an override wins over the rotation; validation keeps overrides of one tier apart).
 */
export function effectiveShifts(team: TeamSchedule, overrides: readonly Override[], tier: Tier, from: number, to: number): Shift[] {
  const own = overrides
    .filter((o) => o.teamId === team.id && o.tier === tier && o.endAt > o.startAt && overlaps(o, { startAt: from, endAt: to }))
    .sort((a, b) => a.startAt - b.startAt);
  let shifts = rotationShifts(rotationOf(team, tier), tier, from, to);
  for (const o of own) shifts = shifts.flatMap((s) => subtract(s, o));
  const replaced: Shift[] = own.map((o) => ({
    tier,
    person: o.person,
    startAt: Math.max(o.startAt, from),
    endAt: Math.min(o.endAt, to),
    override: true,
    note: o.note,
  }));
  return [...shifts, ...replaced].sort((a, b) => a.startAt - b.startAt || Number(b.override) - Number(a.override));
}

export interface OnCallNow {
  primary: Shift | null;
  secondary: Shift | null;
}

/** Who is on call for a team at `at`, per tier; each with the shift that puts them there. */
export function onCallAt(team: TeamSchedule, overrides: readonly Override[], at: number): OnCallNow {
  const current = (tier: Tier) => effectiveShifts(team, overrides, tier, at, at + 1).find((s) => s.startAt <= at && at < s.endAt) ?? null;
  return { primary: current('primary'), secondary: current('secondary') };
}

/** The next shift of a tier that starts after `at` with a different person (the handover). */
export function nextHandover(
  team: TeamSchedule,
  overrides: readonly Override[],
  tier: Tier,
  at: number,
  horizonMs = 8 * WEEK_HOURS * HOUR_MS,
): Shift | null {
  const shifts = effectiveShifts(team, overrides, tier, at, at + horizonMs);
  const now = shifts.find((s) => s.startAt <= at && at < s.endAt);
  return shifts.find((s) => s.startAt > at && s.person !== now?.person) ?? null;
}

/** The parts of [from, to) that no shift of the tier covers. */
export function coverageGaps(shifts: readonly Shift[], from: number, to: number): Interval[] {
  const gaps: Interval[] = [];
  let cursor = from;
  for (const s of [...shifts].sort((a, b) => a.startAt - b.startAt)) {
    if (s.startAt > cursor) gaps.push({ startAt: cursor, endAt: Math.min(s.startAt, to) });
    cursor = Math.max(cursor, s.endAt);
    if (cursor >= to) break;
  }
  if (cursor < to) gaps.push({ startAt: cursor, endAt: to });
  return gaps.filter((g) => g.endAt > g.startAt);
}

/** People named by the team's contacts for a role ("team lead"), case-insensitive. */
export function contactsFor(team: TeamSchedule | undefined, role: string): string[] {
  const key = role.trim().toLowerCase();
  return team ? team.contacts.filter((c) => c.role.trim().toLowerCase() === key).map((c) => c.name) : [];
}
