// What the schedule editor refuses (errors: nothing is saved) and what it only warns about
// (gaps: saving is allowed, but nobody should leave a gap uncovered without being told).
import { formatDuration, formatUtc } from '../time/format';
import {
  coverageGaps,
  effectiveShifts,
  HOUR_MS,
  TIER_LABEL,
  TIERS,
  WEEK_HOURS,
  rotationOf,
  type Interval,
  type Override,
  type Rotation,
  type TeamSchedule,
  type Tier,
} from './schedule';

export interface ScheduleCheck {
  errors: string[];
  warnings: string[];
}

/** How far ahead gaps are looked for. */
export const GAP_HORIZON_MS = 28 * 24 * HOUR_MS;
const MAX_LISTED = 3;

const blank = (s: string) => s.trim() === '';

function shiftLengthErrors(what: string, hours: number): string[] {
  if (!Number.isFinite(hours) || hours <= 0) return [`${what}: a shift must last longer than zero hours.`];
  if (hours > WEEK_HOURS) return [`${what}: a shift lasts at most one week (${WEEK_HOURS} h), not ${hours} h.`];
  return [];
}

function rotationErrors(tier: Tier, rotation: Rotation): string[] {
  const what = `${TIER_LABEL[tier]} rotation`;
  const errors = shiftLengthErrors(what, rotation.shiftHours);
  if (rotation.members.some(blank)) errors.push(`${what}: every member needs a name.`);
  if (rotation.endAt !== null && rotation.endAt <= rotation.startAt) errors.push(`${what}: it ends before it starts.`);
  return errors;
}

function overrideErrors(o: Override, others: readonly Override[]): string[] {
  const what = `Override for ${o.person.trim() || '(no name)'} (${TIER_LABEL[o.tier].toLowerCase()}, from ${formatUtc(o.startAt)})`;
  const errors: string[] = [];
  if (blank(o.person)) errors.push(`${what}: say who covers.`);
  if (o.endAt <= o.startAt) errors.push(`${what}: it ends at or before it starts (a zero-length shift).`);
  else if (o.endAt - o.startAt > WEEK_HOURS * HOUR_MS) errors.push(`${what}: a shift lasts at most one week.`);
  const clash = others.find((x) => x.id !== o.id && x.tier === o.tier && x.startAt < o.endAt && o.startAt < x.endAt);
  if (clash) errors.push(`${what}: it overlaps the override for ${clash.person} from ${formatUtc(clash.startAt)}.`);
  return errors;
}

function describeGaps(tier: Tier, gaps: Interval[], horizonEnd: number): string[] {
  if (gaps.length === 0) return [];
  const listed = gaps.slice(0, MAX_LISTED).map((g) => {
    const until = g.endAt >= horizonEnd ? 'onwards' : `to ${formatUtc(g.endAt)} (${formatDuration(g.endAt - g.startAt)})`;
    return `from ${formatUtc(g.startAt)} ${until}`;
  });
  const more = gaps.length > MAX_LISTED ? `, and ${gaps.length - MAX_LISTED} more` : '';
  return [`${TIER_LABEL[tier]}: nobody is on call ${listed.join('; ')}${more}.`];
}

/**
 * Checks a team's schedule as the editor would save it. `otherTeams` are the other stored teams
 * (names must be unique, since incidents name their team); `now` starts the gap horizon.
 */
export function validateTeam(team: TeamSchedule, overrides: readonly Override[], otherTeams: readonly TeamSchedule[], now: number): ScheduleCheck {
  const errors: string[] = [];
  const warnings: string[] = [];
  if (blank(team.name)) errors.push('The team needs a name.');
  const sameName = otherTeams.find((t) => t.id !== team.id && t.name.trim().toLowerCase() === team.name.trim().toLowerCase());
  if (sameName && !blank(team.name)) errors.push(`Another team is already called "${sameName.name}".`);
  if (team.contacts.some((c) => blank(c.role) || blank(c.name))) errors.push('Every contact needs a role and a name.');
  errors.push(...rotationErrors('primary', team.primary));
  if (team.secondary) errors.push(...rotationErrors('secondary', team.secondary));
  const own = overrides.filter((o) => o.teamId === team.id);
  for (const o of own) errors.push(...overrideErrors(o, own));
  if (errors.length) return { errors, warnings };

  const horizonEnd = now + GAP_HORIZON_MS;
  for (const tier of TIERS) {
    const rotation = rotationOf(team, tier);
    if (!rotation) {
      warnings.push('No secondary rotation: nobody backs up the primary.');
      continue;
    }
    if (rotation.members.length === 0) warnings.push(`${TIER_LABEL[tier]} rotation has nobody in it.`);
    const shifts = effectiveShifts(team, own, tier, now, horizonEnd);
    warnings.push(...describeGaps(tier, coverageGaps(shifts, now, horizonEnd), horizonEnd));
  }
  const doubled = bothTiers(team, own, now, horizonEnd);
  if (doubled) warnings.push(`${doubled.person} is both primary and secondary from ${formatUtc(doubled.startAt)}: the secondary is no backup then.`);
  return { errors, warnings };
}

const samePerson = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The first time one person holds both tiers at once, if ever in [from, to). */
function bothTiers(team: TeamSchedule, own: readonly Override[], from: number, to: number) {
  const secondary = effectiveShifts(team, own, 'secondary', from, to);
  for (const p of effectiveShifts(team, own, 'primary', from, to)) {
    const s = secondary.find((x) => samePerson(x.person, p.person) && x.startAt < p.endAt && p.startAt < x.endAt);
    if (s) return { person: p.person, startAt: Math.max(p.startAt, s.startAt) };
  }
  return null;
}
