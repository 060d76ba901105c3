// DOMAIN.md §5 handoff notes: from, to, notes, active incidents, outstanding issues. The open
// incidents and their clocks are filled in automatically and frozen into the note when it is
// written: a handoff is a record of what was handed over, not a live view.
import * as z from 'zod/mini';
import { nearestClock, type Clock } from '../escalation/deadlines';
import type { Incident } from '../incident/incident';
import { STATUS_LABEL, STATUSES } from '../incident/lifecycle';
import { required, text, timestamp } from '../schema-kit';
import { SEVERITIES, severityRank } from '../severity/levels';
import { formatDuration, formatUtc } from '../time/format';
import type { TeamSchedule } from './schedule';

export const handoffIncidentSchema = z.object({
  id: required(20),
  title: text(200),
  severity: z.enum(SEVERITIES),
  status: z.enum(STATUSES),
  /** The incident's running clocks at handoff, in words. */
  clocks: z.array(text(300)).check(z.maxLength(10)),
});
export type HandoffIncident = z.infer<typeof handoffIncidentSchema>;

export const handoffSchema = z.object({
  id: required(100),
  teamId: required(100),
  teamName: required(100),
  at: timestamp(),
  author: required(100),
  from: required(100),
  to: required(100),
  notes: text(10_000),
  outstanding: text(10_000),
  incidents: z.array(handoffIncidentSchema).check(z.maxLength(500)),
  demo: z.optional(z.boolean()),
});
export type Handoff = z.infer<typeof handoffSchema>;

/** "Next update: due in 12 min (communication lead: Priya Nair)" · "Acknowledgement: overdue by 3 min". */
export function describeClock(clock: Clock): string {
  const when =
    clock.state === 'stopped'
      ? (clock.outcome ?? 'stopped')
      : clock.state === 'overdue'
        ? `overdue by ${formatDuration(-clock.remainingMs)}`
        : `due in ${formatDuration(clock.remainingMs)}${clock.state === 'due_soon' ? ' (soon)' : ''}`;
  const who = clock.concerns
    .filter((c) => c.people.length)
    .map((c) => `${c.label}: ${c.people.join(', ')}`)
    .join('; ');
  return `${clock.label}: ${when}${who ? ` (${who})` : ''}`;
}

/** The open incidents a team hands over: its own, and those nobody owns yet. Worst first. */
export function incidentsForTeam(team: TeamSchedule, open: readonly Incident[]): Incident[] {
  const name = team.name.trim().toLowerCase();
  return open
    .filter((i) => i.status !== 'closed' && (i.team.trim() === '' || i.team.trim().toLowerCase() === name))
    .sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || a.createdAt - b.createdAt);
}

/** One incident as the handoff records it: every clock still running, nearest first. */
export function handoffIncident(incident: Incident, clocks: readonly Clock[]): HandoffIncident {
  const nearest = nearestClock(clocks);
  const running = clocks.filter((c) => c.state !== 'stopped').sort((a, b) => (a === nearest ? -1 : b === nearest ? 1 : a.dueAt - b.dueAt));
  const shown = running.length ? running : clocks.filter((c) => c.kind === 'monitoring');
  return {
    id: incident.id,
    title: incident.title.slice(0, 200),
    severity: incident.severity,
    status: incident.status,
    clocks: shown.slice(0, 10).map((c) => describeClock(c).slice(0, 300)),
  };
}

export interface HandoffDraft {
  team: TeamSchedule;
  at: number;
  author: string;
  from: string;
  to: string;
  notes: string;
  outstanding: string;
  incidents: HandoffIncident[];
}

export type HandoffResult = { ok: true; handoff: Handoff } | { ok: false; errors: string[] };

export function composeHandoff(draft: HandoffDraft, id: string): HandoffResult {
  const errors: string[] = [];
  if (!draft.author.trim()) errors.push('Set your name first (Settings): a handoff is recorded with its author.');
  if (!draft.from.trim()) errors.push('Say who hands over.');
  if (!draft.to.trim()) errors.push('Say who takes over.');
  if (draft.from.trim() && draft.from.trim().toLowerCase() === draft.to.trim().toLowerCase()) errors.push('Hand over to someone else.');
  const handoff: Handoff = {
    id,
    teamId: draft.team.id,
    teamName: draft.team.name,
    at: draft.at,
    author: draft.author.trim(),
    from: draft.from.trim(),
    to: draft.to.trim(),
    notes: draft.notes.trim(),
    outstanding: draft.outstanding.trim(),
    incidents: draft.incidents,
  };
  if (errors.length) return { ok: false, errors };
  const parsed = handoffSchema.safeParse(handoff);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  return { ok: true, handoff: parsed.data };
}

/** The handoff as plain text, to paste into chat or email (UTC, since it is sent to others). */
export function handoffText(h: Handoff): string {
  const lines = [
    `On-call handoff — ${h.teamName}`,
    `${formatUtc(h.at)} · from ${h.from} to ${h.to} (written by ${h.author})`,
    '',
    `Open incidents (${h.incidents.length}):`,
    ...(h.incidents.length
      ? h.incidents.flatMap((i) => [`- ${i.id} ${i.severity} ${STATUS_LABEL[i.status]}: ${i.title}`, ...i.clocks.map((c) => `    ${c}`)])
      : ['- none']),
    '',
    'Outstanding issues:',
    h.outstanding || '- none',
    '',
    'Notes:',
    h.notes || '- none',
  ];
  return lines.join('\n');
}
