// DOMAIN.md §10: "a list of the night's alerts". The night is the team's off-hours, from
// `startHour` in the evening to `endHour` in the morning, in the wall's local time (defaults
// 18:00 → 08:00, editable in Settings). During the night the wall lists the night so far; during
// the day it keeps showing the last night, which is what a morning check reads: what happened
// while nobody was watching. Daytime alerts still count in each service's 24 h figures.
import type { Alert, AlertSeverity } from '../telemetry/schemas';

export interface NightHours {
  /** Local hour the night starts (0–23). */
  startHour: number;
  /** Local hour the night ends (0–23). Equal to `startHour`: a whole day, starting at that hour. */
  endHour: number;
}

export interface NightWindow {
  from: number;
  /** When the night ends (in the future while it is still night). */
  to: number;
  /** True while it is still night: the list grows. */
  ongoing: boolean;
}

const at = (base: Date, dayOffset: number, hour: number) => new Date(base.getFullYear(), base.getMonth(), base.getDate() + dayOffset, hour).getTime();

/** The night the wall lists at `now`: the current one, or the last one during the day. */
export function nightWindow(now: number, { startHour, endHour }: NightHours): NightWindow {
  const today = new Date(now);
  // The latest start at or before now, and the end that follows it.
  const startToday = at(today, 0, startHour);
  const startOffset = now >= startToday ? 0 : -1;
  const from = at(today, startOffset, startHour);
  const to = endHour > startHour ? at(today, startOffset, endHour) : at(today, startOffset + 1, endHour);
  if (now < to) return { from, to, ongoing: true };
  // Past the end: the night that ended last (today's, when it starts and ends on one day).
  return { from, to, ongoing: false };
}

/** "18:00 → 08:00" */
export function describeNight({ startHour, endHour }: NightHours): string {
  const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;
  return `${hh(startHour)} → ${hh(endHour)}`;
}

export const PRIORITY_WORD: Record<AlertSeverity, string> = { critical: 'Critical', warning: 'Warning', info: 'Info' };
const PRIORITY_RANK: Record<AlertSeverity, number> = { critical: 0, warning: 1, info: 2 };

export interface NightAlert {
  alert: Alert;
  /** Still firing now. */
  firing: boolean;
  /** Time to resolve; for a firing alert, how long it has fired so far. */
  durationMs: number;
}

/**
 * The alerts that fired at some point during the night, by urgency: still firing first, then by
 * priority, then the newest first. `alerts` may reach past the night (fetched up to now, so an
 * alert that ended after the night is known to have ended).
 */
export function nightAlerts(alerts: readonly Alert[], night: NightWindow, now: number): NightAlert[] {
  return alerts
    .filter((a) => a.startsAt < night.to && a.startsAt < now && (a.endsAt === null || a.endsAt > night.from))
    .map((alert) => {
      const firing = alert.endsAt === null || alert.endsAt > now;
      return { alert, firing, durationMs: Math.max(0, (firing ? now : (alert.endsAt as number)) - alert.startsAt) };
    })
    .sort(
      (a, b) =>
        Number(b.firing) - Number(a.firing) ||
        PRIORITY_RANK[a.alert.severity] - PRIORITY_RANK[b.alert.severity] ||
        b.alert.startsAt - a.alert.startsAt,
    );
}
