// What the escalation watcher must write when clocks run out, and what every tab must show.
// Both are pure: the watcher (one leading tab) turns `dueCommands` into events whose ids are
// deterministic, so two tabs racing still write each one once; every tab derives the alarms
// from the same clocks, so they show and clear together.
import type { IncidentCommand } from '../incident/commands';
import type { Incident } from '../incident/incident';
import { isResolved } from '../incident/lifecycle';
import type { OnCallDirectory } from '../oncall/schedule';
import { deadlines, escalationLadder, type Clock, type ClockSettings, type LevelStatus } from './deadlines';
import { describeConcern } from './people';
import type { EscalationPolicy } from './policy';

/** The author of the events the watcher writes: a rule, not a person. */
export const SYSTEM_AUTHOR = 'Watchfloor (escalation policy)';

const MINUTE = 60_000;
const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

function escalateCommand(incident: Incident, level: LevelStatus): IncidentCommand {
  const why = incident.acknowledgedAt === null ? 'Not acknowledged' : 'Not resolved';
  return {
    type: 'escalate',
    level: level.level,
    who: level.concerns.map((c) => clip(describeConcern(c), 200)),
    channels: level.channels,
    reason: `${why} ${level.afterMinutes} min after declaration: level ${level.level} of the ${incident.severity} policy.`,
    dueAt: level.dueAt,
  };
}

/** The escalations and overdue-update notices an incident is owed at `now` (empty once resolved). */
export function dueCommands(
  incident: Incident,
  policy: EscalationPolicy,
  directory: OnCallDirectory,
  now: number,
  settings: ClockSettings,
): IncidentCommand[] {
  if (isResolved(incident.status)) return [];
  const commands = escalationLadder(incident, policy, directory, now)
    .filter((l) => l.status === 'due')
    .map((l) => escalateCommand(incident, l));
  const cadence = settings.severity[incident.severity].updateMinutes;
  if (cadence !== null) {
    const dueAt = (incident.lastUpdateAt ?? incident.createdAt) + cadence * MINUTE;
    if (now >= dueAt) commands.push({ type: 'update_overdue', dueAt });
  }
  return commands;
}

export type AlarmKind = 'ack' | 'escalation' | 'update';

export interface Alarm {
  /** Stable while the same condition lasts: a new key is a new alarm (sound, notification). */
  key: string;
  kind: AlarmKind;
  incidentId: string;
  title: string;
  severity: Incident['severity'];
  /** When the clock ran out. */
  since: number;
  /** "Not acknowledged", "Escalated to level 2: team lead: Priya Nair", "Update overdue". */
  message: string;
  /** Loud alarms repeat until someone acknowledges the incident. */
  loud: boolean;
}

/**
 * The alarms an incident raises now. Acknowledging silences the acknowledgement and escalation
 * alarms (they only exist while nobody has acknowledged); publishing an update clears the
 * update alarm, which restarts its clock; resolving clears everything.
 */
export function incidentAlarms(incident: Incident, clocks: readonly Clock[], ladder: readonly LevelStatus[]): Alarm[] {
  if (isResolved(incident.status)) return [];
  const base = { incidentId: incident.id, title: incident.title, severity: incident.severity };
  const alarms: Alarm[] = [];
  const unacknowledged = incident.acknowledgedAt === null;
  const ack = clocks.find((c) => c.kind === 'ack');
  if (unacknowledged && ack?.state === 'overdue') {
    alarms.push({ ...base, key: `ack:${incident.id}`, kind: 'ack', since: ack.dueAt, message: 'Not acknowledged', loud: true });
  }
  const reached = ladder.filter((l) => l.status === 'fired' || l.status === 'due').at(-1);
  if (unacknowledged && reached) {
    alarms.push({
      ...base,
      key: `escalation:${incident.id}:${reached.level}`,
      kind: 'escalation',
      since: reached.dueAt,
      message: `Escalated to level ${reached.level}: ${reached.concerns.map(describeConcern).join('; ')}`,
      loud: true,
    });
  }
  const update = clocks.find((c) => c.kind === 'update');
  if (update?.state === 'overdue') {
    alarms.push({
      ...base,
      key: `update:${incident.id}:${update.dueAt}`,
      kind: 'update',
      since: update.dueAt,
      message: 'Update overdue',
      loud: false,
    });
  }
  return alarms;
}

/** The alarms of every open incident, most urgent first (longest running first within a kind). */
export function activeAlarms(
  incidents: readonly Incident[],
  policies: (incident: Incident) => EscalationPolicy,
  directory: OnCallDirectory,
  now: number,
  settings: ClockSettings,
): Alarm[] {
  const order: Record<AlarmKind, number> = { ack: 0, escalation: 1, update: 2 };
  return incidents
    .flatMap((incident) => {
      const policy = policies(incident);
      return incidentAlarms(incident, deadlines(incident, policy, directory, now, settings), escalationLadder(incident, policy, directory, now));
    })
    .sort((a, b) => order[a.kind] - order[b.kind] || a.since - b.since);
}
