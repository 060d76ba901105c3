// DOMAIN.md §5: on-call schedules per team. A team has a primary and (usually) a secondary
// rotation: an ordered list of people, each on call for one shift (a week by default, never
// longer), handing over at the rotation's start time. Overrides replace whoever the rotation
// names for a while (a swap, a sick day) and may also cover a gap. Everything here is a pure
// function of the stored schedule and a time: "who is on call" is computed, never stored.
import * as z from 'zod/mini';
import { required, text, timestamp } from '../schema-kit';

export const TIERS = ['primary', 'secondary'] as const;
export type Tier = (typeof TIERS)[number];
export const TIER_LABEL: Record<Tier, string> = { primary: 'Primary', secondary: 'Secondary' };

export const HOUR_MS = 3_600_000;
export const WEEK_HOURS = 7 * 24;
export const DEFAULT_SHIFT_HOURS = WEEK_HOURS;

const person = required(100);

export const rotationSchema = z.object({
  members: z.array(person).check(z.maxLength(50)),
  /** The first handover: shift n starts at startAt + n × shiftHours. */
  startAt: timestamp(),
  /** Hours per shift; at most a week (DOMAIN.md §5). Checked with a message by validateTeam. */
  shiftHours: z.number(),
  /** When the rotation stops (exclusive), or null for open-ended. */
  endAt: z.nullable(timestamp()),
});
export type Rotation = z.infer<typeof rotationSchema>;

export const contactSchema = z.object({ role: required(100), name: required(100) });
export type TeamContact = z.infer<typeof contactSchema>;

export const teamScheduleSchema = z.object({
  id: required(100),
  name: required(100),
  /** Who holds the roles an escalation policy names (team lead, engineering manager, CTO…). */
  contacts: z.array(contactSchema).check(z.maxLength(30)),
  primary: rotationSchema,
  secondary: z.nullable(rotationSchema),
  updatedAt: timestamp(),
  demo: z.optional(z.boolean()),
});
export type TeamSchedule = z.infer<typeof teamScheduleSchema>;

export const overrideSchema = z.object({
  id: required(100),
  teamId: required(100),
  tier: z.enum(TIERS),
  person,
  startAt: timestamp(),
  endAt: timestamp(),
  note: text(500),
  demo: z.optional(z.boolean()),
});
export type Override = z.infer<typeof overrideSchema>;

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
