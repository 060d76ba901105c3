// How each event reads on the timeline: a headline and details, in words. Used by the incident
// view, and later by postmortem timelines and exports.
import { toPlainText } from '../comms/formats';
import { SEVERITY_INFO } from '../severity/levels';
import { EVENT_LABEL, type IncidentEvent } from './events';
import { ROLE_LABEL } from './roles';
import { STATUS_LABEL, TRANSITIONS } from './lifecycle';
import { PHASES } from './phases';

export interface EventDescription {
  headline: string;
  details: { label: string; text: string }[];
}

const FIELD_LABEL: Record<string, string> = Object.fromEntries(TRANSITIONS.flatMap((t) => t.requires.map((r) => [r.field, r.label])));
FIELD_LABEL.earlyCloseReason = 'Why close early';

const CHECKLIST_TEXT: Record<string, string> = Object.fromEntries(PHASES.flatMap((p) => p.items.map((i) => [i.id, i.text])));

export function describeEvent(e: IncidentEvent, serviceName: (id: string) => string = (id) => id): EventDescription {
  switch (e.kind) {
    case 'declared': {
      const p = e.payload;
      const details = [
        { label: 'Severity', text: `${p.severity} ${SEVERITY_INFO[p.severity].label}` },
        { label: 'Services', text: p.services.map(serviceName).join(', ') || 'none' },
      ];
      if (p.description) details.push({ label: 'Description', text: p.description });
      if (p.classification) {
        details.push({ label: 'Classifier', text: `suggested ${p.classification.suggested} (${p.classification.reason})` });
        if (p.classification.overrideReason) details.push({ label: 'Override', text: p.classification.overrideReason });
      }
      return { headline: `Declared: ${p.title}`, details };
    }
    case 'acknowledged':
      return { headline: `Acknowledged by ${e.payload.by}; investigating`, details: [] };
    case 'status_changed':
      return {
        headline: `${STATUS_LABEL[e.payload.from]} → ${STATUS_LABEL[e.payload.to]}`,
        details: [
          ...Object.entries(e.payload.fields).map(([field, text]) => ({ label: FIELD_LABEL[field] ?? field, text })),
          ...(e.payload.message ? [{ label: 'Message', text: e.payload.message }] : []),
        ],
      };
    case 'severity_changed':
      return { headline: `Severity ${e.payload.from} → ${e.payload.to}`, details: [{ label: 'Why', text: e.payload.reason }] };
    case 'role_assigned':
      return { headline: `${ROLE_LABEL[e.payload.role]}: ${e.payload.person || 'unassigned'}`, details: [] };
    case 'team_changed':
      return { headline: `Team: ${e.payload.team || 'none'}`, details: [] };
    case 'service_added':
      return { headline: `Service added: ${serviceName(e.payload.serviceId)}`, details: [] };
    case 'service_removed':
      return { headline: `Service removed: ${serviceName(e.payload.serviceId)}`, details: [] };
    case 'note':
      return { headline: 'Note', details: [{ label: 'Note', text: e.payload.text }] };
    case 'hypothesis': {
      const verb = { open: 'Hypothesis', confirmed: 'Hypothesis confirmed', refuted: 'Hypothesis refuted' }[e.payload.state];
      return {
        headline: `${verb}: ${e.payload.text}`,
        details: e.payload.evidence ? [{ label: 'Evidence', text: e.payload.evidence }] : [],
      };
    }
    case 'action_taken':
      return {
        headline: `Action${e.payload.mitigation ? ` (${e.payload.mitigation})` : ''}: ${e.payload.text}`,
        details: [],
      };
    case 'checklist_ticked':
      return { headline: `${e.payload.done ? 'Done' : 'Undone'}: ${CHECKLIST_TEXT[e.payload.itemId] ?? e.payload.itemId}`, details: [] };
    case 'update_published':
      return {
        headline: `Update published to ${e.payload.audience} (${e.payload.templateName})`,
        // Updates are recorded as the Markdown that was sent; the timeline shows them as text.
        details: [{ label: 'Text', text: toPlainText(e.payload.text) }],
      };
    case 'escalated':
      return {
        headline: `Escalated to level ${e.payload.level}: ${e.payload.who.join(', ')}`,
        details: [
          { label: 'Why', text: e.payload.reason },
          { label: 'Channels', text: e.payload.channels.join(', ') },
        ],
      };
    case 'update_overdue':
      return { headline: 'Update overdue', details: [] };
    case 'postmortem_created':
      return { headline: `Postmortem ${e.payload.postmortemId} started`, details: [] };
  }
}

/** The kinds a timeline can be filtered by, grouped as people think of them. */
export const TIMELINE_FILTERS = {
  all: { label: 'Everything', kinds: null },
  status: { label: 'Status & severity', kinds: ['declared', 'acknowledged', 'status_changed', 'severity_changed'] },
  notes: { label: 'Notes & hypotheses', kinds: ['note', 'hypothesis'] },
  actions: { label: 'Actions', kinds: ['action_taken', 'checklist_ticked'] },
  people: { label: 'People & services', kinds: ['role_assigned', 'team_changed', 'service_added', 'service_removed'] },
  comms: { label: 'Updates & escalations', kinds: ['update_published', 'update_overdue', 'escalated', 'postmortem_created'] },
} as const satisfies Record<string, { label: string; kinds: readonly IncidentEvent['kind'][] | null }>;

export type TimelineFilter = keyof typeof TIMELINE_FILTERS;

export function filterTimeline(events: readonly IncidentEvent[], filter: TimelineFilter): IncidentEvent[] {
  const kinds = TIMELINE_FILTERS[filter].kinds as readonly string[] | null;
  return kinds ? events.filter((e) => kinds.includes(e.kind)) : [...events];
}

export const eventKindLabel = (e: IncidentEvent) => EVENT_LABEL[e.kind];
