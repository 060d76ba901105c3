// Every clock an incident runs (DOMAIN.md §1, §4, §6), as a pure function of its stored
// timestamps, the policies, the schedules, the settings and `now` — never of counted ticks, so a
// clock reads the same after sleep, a reload, a background tab or a changed system clock.
//
//   ack          acknowledge within the severity's response time     stops on acknowledgement
//   resolution   resolve within the response time (§1 should_escalate) stops on resolution
//   escalation   the next policy level not yet fired                  stops on resolution / last level
//   update       next update per the cadence, restarted by a publish  stops on resolution
//   root_cause   root cause identified within 1 h (P0/P1)             stops on identification / resolution
//   monitoring   the monitoring period before closing                 ends (not overdue) when it elapses
//
// Acknowledging stops the acknowledgement clock and nothing else.
import type { Incident } from '../incident/incident';
import { isResolved } from '../incident/lifecycle';
import { findTeam, type OnCallDirectory } from '../oncall/schedule';
import type { Settings } from '../settings/settings';
import type { Severity } from '../severity/levels';
import { incidentRole, resolveWho, type Concern } from './people';
import { ON_CALL_ROLE, SECONDARY_ROLE, type Channel, type EscalationPolicy } from './policy';

export const CLOCK_KINDS = ['ack', 'resolution', 'escalation', 'update', 'root_cause', 'monitoring'] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];

export type ClockState = 'running' | 'due_soon' | 'overdue' | 'stopped';

export const CLOCK_STATE_WORD: Record<ClockState, string> = {
  running: 'Running',
  due_soon: 'Due soon',
  overdue: 'Overdue',
  stopped: 'Stopped',
};

/** A clock turns amber when this share of its time or less is left. */
export const DUE_SOON_SHARE = 0.2;
export const ROOT_CAUSE_MINUTES = 60;
const ROOT_CAUSE_SEVERITIES: readonly Severity[] = ['P0', 'P1'];
const MINUTE = 60_000;

export type ClockSettings = Pick<Settings, 'severity' | 'monitoringHours'>;

export interface Clock {
  kind: ClockKind;
  /** "Acknowledgement", "Escalation level 2", … */
  label: string;
  /** What running out means, in a sentence. */
  meaning: string;
  startedAt: number;
  dueAt: number;
  state: ClockState;
  /** Until due (negative once overdue). For a stopped clock, as it stood when it stopped. */
  remainingMs: number;
  stoppedAt: number | null;
  /** Why it stopped ("Acknowledged by Sam Okafor"). */
  outcome: string | null;
  /** The people it concerns, resolved through the schedules at `now`. */
  concerns: Concern[];
  /** For the escalation clock: the level it counts down to and its channels. */
  level: number | null;
  channels: Channel[];
}

/** running → due soon (≤ 20 % left) → overdue; `stoppedAt` freezes it. */
export function clockState(startedAt: number, dueAt: number, now: number, stoppedAt: number | null = null): ClockState {
  if (stoppedAt !== null) return 'stopped';
  const left = dueAt - now;
  if (left <= 0) return 'overdue';
  return left <= (dueAt - startedAt) * DUE_SOON_SHARE ? 'due_soon' : 'running';
}

interface ClockSpec {
  kind: ClockKind;
  label: string;
  meaning: string;
  startedAt: number;
  dueAt: number;
  stoppedAt: number | null;
  outcome: string | null;
  concerns: Concern[];
  level?: number;
  channels?: Channel[];
  /** A clock whose end is good news: never due soon or overdue, it just completes. */
  calm?: boolean;
}

function makeClock(spec: ClockSpec, now: number): Clock {
  const { stoppedAt } = spec;
  return {
    kind: spec.kind,
    label: spec.label,
    meaning: spec.meaning,
    startedAt: spec.startedAt,
    dueAt: spec.dueAt,
    state: spec.calm && stoppedAt === null ? 'running' : clockState(spec.startedAt, spec.dueAt, now, stoppedAt),
    remainingMs: spec.dueAt - (stoppedAt ?? now),
    stoppedAt,
    outcome: spec.outcome,
    concerns: spec.concerns,
    level: spec.level ?? null,
    channels: spec.channels ?? [],
  };
}

/** When the incident's resolution clocks stopped, and in what words; null while unresolved. */
function resolutionStop(incident: Incident): { at: number; outcome: string } | null {
  if (!isResolved(incident.status)) return null;
  const at = incident.resolvedAt ?? incident.closedAt ?? incident.updatedAt;
  return { at, outcome: incident.status === 'closed' && incident.resolvedAt === null ? 'Closed' : 'Resolved' };
}

export interface LevelStatus {
  level: number;
  afterMinutes: number;
  dueAt: number;
  channels: Channel[];
  concerns: Concern[];
  /** fired: written to the timeline; due: time is up, not yet written; pending: later; skipped: resolved first. */
  status: 'fired' | 'due' | 'pending' | 'skipped';
}

/** The policy's levels for this incident, each with whom it reaches now and whether it has fired. */
export function escalationLadder(incident: Incident, policy: EscalationPolicy, directory: OnCallDirectory, now: number): LevelStatus[] {
  const team = findTeam(directory, incident.team);
  const resolved = resolutionStop(incident);
  return policy.levels.map((l, i) => {
    const level = i + 1;
    const dueAt = incident.createdAt + l.afterMinutes * MINUTE;
    const fired = incident.escalationLevels.includes(level);
    const status = fired ? 'fired' : resolved ? 'skipped' : now >= dueAt ? 'due' : 'pending';
    return { level, afterMinutes: l.afterMinutes, dueAt, channels: l.channels, concerns: resolveWho(l.who, team, directory.overrides, now), status };
  });
}

/** The first level that has not fired: the escalation clock counts down to it. */
export function nextLevel(ladder: readonly LevelStatus[]): LevelStatus | null {
  return ladder.find((l) => l.status !== 'fired') ?? null;
}

export function deadlines(incident: Incident, policy: EscalationPolicy, directory: OnCallDirectory, now: number, settings: ClockSettings): Clock[] {
  const team = findTeam(directory, incident.team);
  const onCall = resolveWho([ON_CALL_ROLE, SECONDARY_ROLE], team, directory.overrides, now);
  const commander = incidentRole('incident commander', incident.roles.commander);
  const assignee = incidentRole('assigned to', incident.roles.assignee);
  const commsLead = incidentRole('communication lead', incident.roles.commsLead || incident.roles.commander);
  const resolved = resolutionStop(incident);
  const clocks: ClockSpec[] = [];
  const responseMs = settings.severity[incident.severity].ackMinutes * MINUTE;
  const created = incident.createdAt;

  clocks.push({
    kind: 'ack',
    label: 'Acknowledgement',
    meaning: `Acknowledge a ${incident.severity} within ${settings.severity[incident.severity].ackMinutes} min`,
    startedAt: created,
    dueAt: created + responseMs,
    stoppedAt: incident.acknowledgedAt,
    outcome: incident.acknowledgedAt !== null ? `Acknowledged by ${incident.acknowledgedBy ?? 'someone'}` : null,
    concerns: onCall,
  });

  clocks.push({
    kind: 'resolution',
    label: 'Resolution',
    meaning: `A ${incident.severity} not resolved within its response time is overdue`,
    startedAt: created,
    dueAt: created + responseMs,
    stoppedAt: resolved?.at ?? null,
    outcome: resolved?.outcome ?? null,
    concerns: [commander, assignee],
  });

  const ladder = escalationLadder(incident, policy, directory, now);
  const next = nextLevel(ladder);
  const last = ladder[ladder.length - 1];
  if (next) {
    const previous = ladder[next.level - 2];
    clocks.push({
      kind: 'escalation',
      label: `Escalation level ${next.level}`,
      meaning: `Level ${next.level} of the ${incident.severity} policy is notified ${next.afterMinutes} min after declaration`,
      startedAt: previous ? previous.dueAt : created,
      dueAt: next.dueAt,
      stoppedAt: resolved?.at ?? null,
      outcome: resolved ? `${resolved.outcome} before level ${next.level}` : null,
      concerns: next.concerns,
      level: next.level,
      channels: next.channels,
    });
  } else if (last) {
    const firedAt = last.dueAt;
    clocks.push({
      kind: 'escalation',
      label: 'Escalation',
      meaning: `Every level of the ${incident.severity} policy has been notified`,
      startedAt: ladder[ladder.length - 2]?.dueAt ?? created,
      dueAt: firedAt,
      stoppedAt: Math.min(firedAt, resolved?.at ?? firedAt),
      outcome: `All ${ladder.length} levels notified`,
      concerns: last.concerns,
      level: last.level,
      channels: last.channels,
    });
  }

  const cadence = settings.severity[incident.severity].updateMinutes;
  if (cadence !== null) {
    const from = incident.lastUpdateAt ?? created;
    clocks.push({
      kind: 'update',
      label: 'Next update',
      meaning: `Publish an update every ${cadence} min (${incident.severity}); publishing one restarts the clock`,
      startedAt: from,
      dueAt: from + cadence * MINUTE,
      stoppedAt: resolved?.at ?? null,
      outcome: resolved ? `${resolved.outcome}: no more cadence updates` : null,
      concerns: [commsLead],
    });
  }

  if (ROOT_CAUSE_SEVERITIES.includes(incident.severity)) {
    const stop = incident.identifiedAt ?? resolved?.at ?? null;
    clocks.push({
      kind: 'root_cause',
      label: 'Root cause',
      meaning: `Identify the root cause of a ${incident.severity} within ${ROOT_CAUSE_MINUTES} min`,
      startedAt: created,
      dueAt: created + ROOT_CAUSE_MINUTES * MINUTE,
      stoppedAt: stop,
      outcome: incident.identifiedAt !== null ? 'Root cause identified' : (resolved?.outcome ?? null),
      concerns: [commander, assignee],
    });
  }

  if (incident.monitoringSince !== null && (incident.status === 'monitoring' || incident.status === 'closed')) {
    const dueAt = incident.monitoringSince + settings.monitoringHours * 3_600_000;
    const ended = incident.status === 'closed' ? (incident.closedAt ?? now) : now >= dueAt ? dueAt : null;
    clocks.push({
      kind: 'monitoring',
      label: 'Monitoring period',
      meaning: `Watch for ${settings.monitoringHours} h before closing`,
      startedAt: incident.monitoringSince,
      dueAt,
      stoppedAt: ended,
      outcome: incident.status === 'closed' ? 'Closed' : ended !== null ? 'Complete: the incident may close' : null,
      concerns: [commander],
      calm: true,
    });
  }

  return clocks.map((spec) => makeClock(spec, now));
}

const ATTENTION: Record<ClockKind, number> = { ack: 0, update: 1, escalation: 2, root_cause: 3, resolution: 4, monitoring: 5 };
const STATE_RANK: Record<ClockState, number> = { overdue: 0, due_soon: 1, running: 2, stopped: 3 };

/**
 * The one clock that most needs someone: overdue before due soon before running; among overdue
 * clocks the one a person can act on first (acknowledge, publish an update) before the ones that
 * only say how late it is; otherwise the soonest due. Null when every clock has stopped.
 */
export function nearestClock(clocks: readonly Clock[]): Clock | null {
  const live = clocks.filter((c) => c.state !== 'stopped');
  live.sort((a, b) => {
    const byState = STATE_RANK[a.state] - STATE_RANK[b.state];
    if (byState) return byState;
    if (a.state === 'overdue') return ATTENTION[a.kind] - ATTENTION[b.kind] || a.dueAt - b.dueAt;
    return a.dueAt - b.dueAt || ATTENTION[a.kind] - ATTENTION[b.kind];
  });
  return live[0] ?? null;
}
