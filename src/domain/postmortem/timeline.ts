// The postmortem's timeline starts from the incident's events ("create the timeline first", seed
// 004) and is then edited by people. An imported row's id is derived from its event, so every
// tab imports the same row for the same event, and a re-import adds only events it has not seen:
// an edited or removed row stays as the author left it.
import { EVENT_LABEL, type IncidentEvent } from '../incident/events';
import { ROLE_LABEL } from '../incident/roles';
import { compareEvents } from '../incident/incident';
import { findTransition, STATUS_LABEL } from '../incident/lifecycle';
import type { TimelineRow } from './model';

export const eventRowId = (eventId: string) => `ev:${eventId}`;

/** One line a reader understands without the app: what happened, in the record's own words. */
export function timelineText(event: IncidentEvent): string {
  switch (event.kind) {
    case 'declared':
      return `Declared ${event.payload.severity}: ${event.payload.title}`;
    case 'acknowledged':
      return `Acknowledged by ${event.payload.by}`;
    case 'status_changed': {
      const { from, to, message, fields } = event.payload;
      // Only the fields this transition asks for (and an early-close reason): what the responder wrote for it.
      const asked = [...(findTransition(from, to)?.requires.map((r) => r.field) ?? []), ...(to === 'closed' ? ['earlyCloseReason'] : [])];
      const detail = [message, ...asked.map((f) => fields[f] ?? '')].filter((s) => s.trim() !== '').join(' — ');
      return `${STATUS_LABEL[from]} → ${STATUS_LABEL[to]}${detail ? `: ${detail}` : ''}`;
    }
    case 'severity_changed':
      return `Severity ${event.payload.from} → ${event.payload.to}: ${event.payload.reason}`;
    case 'role_assigned':
      return `${ROLE_LABEL[event.payload.role]}: ${event.payload.person || 'unassigned'}`;
    case 'team_changed':
      return `Team: ${event.payload.team}`;
    case 'service_added':
      return `Service added: ${event.payload.serviceId}`;
    case 'service_removed':
      return `Service removed: ${event.payload.serviceId}`;
    case 'note':
      return `Note: ${event.payload.text}`;
    case 'hypothesis': {
      const p = event.payload;
      return p.state === 'open' ? `Hypothesis: ${p.text}` : `Hypothesis ${p.state}: ${p.text}${p.evidence ? ` (${p.evidence})` : ''}`;
    }
    case 'action_taken':
      return `Action: ${event.payload.text}`;
    case 'checklist_ticked':
      return `Checklist: ${event.payload.itemId} ${event.payload.done ? 'done' : 'not done'}`;
    case 'update_published':
      return `Update published to ${event.payload.audience}${event.payload.templateName ? ` (${event.payload.templateName})` : ''}`;
    case 'escalated':
      return `Escalated to level ${event.payload.level}${event.payload.who.length ? `: ${event.payload.who.join(', ')}` : ''}`;
    case 'update_overdue':
      return 'Update overdue';
    case 'postmortem_created':
      return `Postmortem ${event.payload.postmortemId} started`;
  }
}

/** Events that say nothing a reader of the postmortem needs (ticks of the phase checklist). */
const SKIPPED = new Set<IncidentEvent['kind']>(['checklist_ticked']);

export function rowFromEvent(event: IncidentEvent): TimelineRow {
  return {
    id: eventRowId(event.id),
    at: event.at,
    text: timelineText(event),
    author: event.author,
    kind: event.kind,
    eventId: event.id,
    edited: false,
    removed: false,
  };
}

export const compareRows = (a: TimelineRow, b: TimelineRow) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Adds a row for every event not imported before. Rows already there (edited, removed or not)
 * are kept exactly as they are. Returns the rows in time order and how many were added.
 */
export function importTimeline(rows: readonly TimelineRow[], events: readonly IncidentEvent[]): { rows: TimelineRow[]; added: number } {
  const known = new Set(rows.map((r) => r.eventId).filter((id): id is string => id !== null));
  const fresh = [...events]
    .sort(compareEvents)
    .filter((e) => !SKIPPED.has(e.kind) && !known.has(e.id))
    .filter((e, i, list) => list.findIndex((x) => x.id === e.id) === i)
    .map(rowFromEvent);
  return { rows: [...rows, ...fresh].sort(compareRows), added: fresh.length };
}

/** Edits a row's time or text, marking it edited so the reader knows it is not the raw record. */
export function editRow(row: TimelineRow, patch: Partial<Pick<TimelineRow, 'at' | 'text'>>): TimelineRow {
  const next = { ...row, ...patch };
  return { ...next, edited: next.at !== row.at || next.text !== row.text || row.edited };
}

/** Removes a row: a row from an event is kept hidden, so a re-import does not bring it back. */
export function removeRow(rows: readonly TimelineRow[], id: string): TimelineRow[] {
  return rows.flatMap((r) => (r.id !== id ? [r] : r.eventId ? [{ ...r, removed: true }] : []));
}

export function manualRow(id: string, at: number, author: string, text = ''): TimelineRow {
  return { id: `row:${id}`, at, text, author, kind: 'manual', eventId: null, edited: true, removed: false };
}

export const visibleRows = (rows: readonly TimelineRow[]) => rows.filter((r) => !r.removed).sort(compareRows);

export function timelineLabel(kind: string): string {
  return kind === 'manual' ? 'Added' : (EVENT_LABEL[kind as IncidentEvent['kind']] ?? kind);
}
