// An incident is the fold of its events (ARCHITECTURE.md). `foldEvents` is the one place where
// events become state; the stored snapshot is only a cache of it and can be rebuilt any time.
import type { Severity } from '../severity/levels';
import { findTransition, type Status } from './lifecycle';
import type { ClassificationRecord, IncidentEvent } from './events';
import { ROLES, type Role } from './roles';

export interface Hypothesis {
  id: string;
  text: string;
  state: 'open' | 'confirmed' | 'refuted';
  evidence: string;
  openedAt: number;
  updatedAt: number;
  author: string;
}

export interface Incident {
  id: string;
  title: string;
  description: string;
  symptoms: string;
  severity: Severity;
  status: Status;
  services: string[];
  /** Error fingerprints linked to the incident (for similar and repeat incidents). */
  fingerprints: string[];
  team: string;
  customerFacing: boolean;
  roles: Record<Role, string>;
  classification: ClassificationRecord | null;
  declaredBy: string;
  /** When impact started, if known: detection time minus this is the MTTD. */
  impactStartedAt: number | null;
  createdAt: number;
  acknowledgedAt: number | null;
  acknowledgedBy: string | null;
  /** First time the root cause was identified (MTTI). */
  identifiedAt: number | null;
  /** Latest resolution; null again if the issue recurs. */
  resolvedAt: number | null;
  monitoringSince: number | null;
  closedAt: number | null;
  rootCause: string;
  resolution: string;
  /** Every state entered, in order: the path drawn on the lifecycle diagram. */
  path: { status: Status; at: number }[];
  checklist: Record<string, boolean>;
  hypotheses: Hypothesis[];
  escalationLevels: number[];
  lastUpdateAt: number | null;
  updatesPublished: number;
  postmortemId: string | null;
  updatedAt: number;
  eventCount: number;
  lastEventId: string;
  /** Events that could not apply in order (should stay 0; kept visible rather than hidden). */
  ignoredEvents: number;
  demo: boolean;
}

/** Events in their one true order: time, then id (ULIDs from one tab sort in creation order). */
export function compareEvents(a: IncidentEvent, b: IncidentEvent): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function emptyRoles(): Record<Role, string> {
  return Object.fromEntries(ROLES.map((r) => [r, ''])) as Record<Role, string>;
}

function enter(incident: Incident, status: Status, at: number): Incident {
  return { ...incident, status, path: [...incident.path, { status, at }] };
}

/** Applies one event, or returns null when it cannot happen in the incident's current state. */
export function applyEvent(incident: Incident | null, event: IncidentEvent): Incident | null {
  if (event.kind === 'declared') {
    if (incident) return null;
    const p = event.payload;
    return {
      id: event.incidentId,
      title: p.title,
      description: p.description,
      symptoms: p.symptoms,
      severity: p.severity,
      status: 'detected',
      services: [...new Set(p.services)],
      fingerprints: [...new Set(p.fingerprints ?? [])],
      team: p.team,
      customerFacing: p.customerFacing,
      roles: { ...emptyRoles(), commander: p.commander, commsLead: p.commsLead },
      classification: p.classification,
      declaredBy: event.author,
      impactStartedAt: p.impactStartedAt != null && p.impactStartedAt <= event.at ? p.impactStartedAt : null,
      createdAt: event.at,
      acknowledgedAt: null,
      acknowledgedBy: null,
      identifiedAt: null,
      resolvedAt: null,
      monitoringSince: null,
      closedAt: null,
      rootCause: '',
      resolution: '',
      path: [{ status: 'detected', at: event.at }],
      checklist: {},
      hypotheses: [],
      escalationLevels: [],
      lastUpdateAt: null,
      updatesPublished: 0,
      postmortemId: null,
      updatedAt: event.at,
      eventCount: 1,
      lastEventId: event.id,
      ignoredEvents: 0,
      demo: event.demo === true,
    };
  }
  if (!incident) return null;
  const next = applyToExisting(incident, event);
  return next && { ...next, updatedAt: event.at, eventCount: incident.eventCount + 1, lastEventId: event.id };
}

function applyToExisting(incident: Incident, event: IncidentEvent): Incident | null {
  switch (event.kind) {
    case 'declared':
      return null;
    case 'acknowledged': {
      if (incident.status !== 'detected') return null;
      const acked = { ...incident, acknowledgedAt: event.at, acknowledgedBy: event.payload.by };
      const roles = acked.roles.assignee ? acked.roles : { ...acked.roles, assignee: event.payload.by };
      return enter({ ...acked, roles }, 'investigating', event.at);
    }
    case 'status_changed': {
      const { from, to, fields } = event.payload;
      if (incident.status !== from || !findTransition(from, to) || from === 'detected') return null;
      let next = enter(incident, to, event.at);
      if (to === 'identified') {
        next = { ...next, identifiedAt: next.identifiedAt ?? event.at, rootCause: fields.rootCause ?? next.rootCause };
      }
      if (to === 'resolved') next = { ...next, resolvedAt: event.at, resolution: fields.resolution ?? next.resolution };
      if (to === 'monitoring') next = { ...next, monitoringSince: event.at };
      if (to === 'closed') next = { ...next, closedAt: event.at };
      if (to === 'investigating') next = { ...next, resolvedAt: null, monitoringSince: null };
      return next;
    }
    case 'severity_changed':
      if (incident.severity !== event.payload.from || event.payload.from === event.payload.to) return null;
      return { ...incident, severity: event.payload.to };
    case 'role_assigned':
      return { ...incident, roles: { ...incident.roles, [event.payload.role]: event.payload.person } };
    case 'team_changed':
      return { ...incident, team: event.payload.team };
    case 'service_added':
      if (incident.services.includes(event.payload.serviceId)) return null;
      return { ...incident, services: [...incident.services, event.payload.serviceId] };
    case 'service_removed':
      if (!incident.services.includes(event.payload.serviceId)) return null;
      return { ...incident, services: incident.services.filter((s) => s !== event.payload.serviceId) };
    case 'hypothesis': {
      const p = event.payload;
      const existing = incident.hypotheses.find((h) => h.id === p.hypothesisId);
      if (!existing) {
        if (p.state !== 'open') return null;
        const h: Hypothesis = {
          id: p.hypothesisId,
          text: p.text,
          state: 'open',
          evidence: p.evidence,
          openedAt: event.at,
          updatedAt: event.at,
          author: event.author,
        };
        return { ...incident, hypotheses: [...incident.hypotheses, h] };
      }
      if (existing.state !== 'open' || p.state === 'open') return null;
      return {
        ...incident,
        hypotheses: incident.hypotheses.map((h) =>
          h.id === p.hypothesisId ? { ...h, state: p.state, evidence: p.evidence, updatedAt: event.at } : h,
        ),
      };
    }
    case 'checklist_ticked':
      return { ...incident, checklist: { ...incident.checklist, [event.payload.itemId]: event.payload.done } };
    case 'update_published':
      return { ...incident, lastUpdateAt: event.at, updatesPublished: incident.updatesPublished + 1 };
    case 'escalated':
      if (incident.escalationLevels.includes(event.payload.level)) return null;
      return { ...incident, escalationLevels: [...incident.escalationLevels, event.payload.level].sort((a, b) => a - b) };
    case 'postmortem_created':
      return { ...incident, postmortemId: event.payload.postmortemId };
    case 'note':
    case 'action_taken':
    case 'update_overdue':
      return incident;
  }
}

/**
 * The incident from its events, whatever order they arrived in and however many duplicates:
 * deduplicated by id, sorted by (time, id), applied in order. Events that cannot apply are
 * counted, not applied, so no sequence reaches a state the machine forbids.
 */
export function foldEvents(events: readonly IncidentEvent[]): Incident | null {
  const unique = new Map<string, IncidentEvent>();
  for (const e of events) if (!unique.has(e.id)) unique.set(e.id, e);
  const ordered = [...unique.values()].sort(compareEvents);
  let incident: Incident | null = null;
  let ignored = 0;
  for (const event of ordered) {
    const next = applyEvent(incident, event);
    if (next) incident = next;
    else ignored++;
  }
  return incident && { ...incident, ignoredEvents: ignored };
}
