// The values a template is filled with, built from the incident's own state (DOMAIN.md §6):
// the fold, its events, the severity clocks of Settings and the service catalogue. The public
// audience gets a different, smaller context: only what a status page may say.
import type { CatalogueEntry } from '../catalogue/catalogue';
import type { IncidentEvent } from '../incident/events';
import type { Audience } from '../incident/roles';
import type { Incident } from '../incident/incident';
import { STATUS_LABEL, type Status } from '../incident/lifecycle';
import { SEVERITY_INFO, type Severity, type SeverityTable } from '../severity/levels';
import { formatDuration, formatUtc } from '../time/format';
import { updateDueAfter } from './cadence';
import { PUBLIC_IMPACT, PUBLIC_STATUS } from './public-safety';
import type { TemplateContext } from './template-engine';

const DAY = 86_400_000;
/** DOMAIN.md §7: a postmortem is due within 5 days. */
export const POSTMORTEM_DUE_DAYS = 5;

export type CatalogueNames = Pick<CatalogueEntry, 'id' | 'name' | 'publicName'>;

export interface ContextInput {
  incident: Incident;
  events: readonly IncidentEvent[];
  audience: Audience;
  now: number;
  severityTable: SeverityTable;
  catalogue: readonly CatalogueNames[];
  /** The app's origin, for links to the incident (e.g. https://watchfloor.example.org). */
  appUrl?: string;
  /** How to call the writer's time zone beside UTC, e.g. "Europe/Berlin"; "local" by default. */
  zoneLabel?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "2026-11-23 09:35 UTC (10:35 Europe/Berlin)": UTC beside local in anything sent (DOMAIN.md
 * §13), the local date only when it differs. Where local time is UTC, UTC alone.
 */
export function formatSentTime(at: number, zoneLabel = 'local'): string {
  const d = new Date(at);
  const utc = formatUtc(at);
  if (d.getTimezoneOffset() === 0) return utc;
  const sameDay = d.getDate() === d.getUTCDate() && d.getMonth() === d.getUTCMonth() && d.getFullYear() === d.getUTCFullYear();
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} `;
  return `${utc} (${sameDay ? '' : date}${pad(d.getHours())}:${pad(d.getMinutes())} ${zoneLabel})`;
}

const hhmmUtc = (at: number) => formatUtc(at).slice(11);
const severityText = (s: Severity) => `${s} (${SEVERITY_INFO[s].label})`;
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function ordered(events: readonly IncidentEvent[]): IncidentEvent[] {
  return [...events].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

type Transition = { from: Status; to: Status; detail: string };

/** The last lifecycle move and what it recorded, in words. */
function lastTransition(events: readonly IncidentEvent[]): Transition | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.kind === 'acknowledged') return { from: 'detected', to: 'investigating', detail: `${e.payload.by} acknowledged and is investigating.` };
    if (e.kind === 'status_changed') {
      const f = e.payload.fields;
      const recorded: Record<string, string | undefined> = {
        identified: f.rootCause && `Root cause identified: ${f.rootCause}`,
        fixing: f.fix && `Fix in progress: ${f.fix}`,
        resolved: f.resolution && `Resolved: ${f.resolution}`,
        monitoring: f.verification && `Monitoring: ${f.verification}`,
        closed: f.closingNote && `Closed: ${f.closingNote}`,
        investigating: f.recurrence && `The issue recurred: ${f.recurrence}`,
      };
      const detail = [recorded[e.payload.to], e.payload.message].filter(Boolean).join(' ');
      return { from: e.payload.from, to: e.payload.to, detail };
    }
  }
  return null;
}

const NEXT_STEPS: Record<Status, string> = {
  detected: 'Acknowledge, confirm severity and impact, and assign an incident commander.',
  investigating: 'Find the cause: error rates, traces and logs around the start; recent deploys and config changes.',
  identified: 'Implement the fix.',
  fixing: 'Verify the error rate drops, then watch for 15–30 minutes.',
  resolved: 'Verify all systems, data consistency and queued work, then monitor for stability.',
  monitoring: 'Monitor for stability before closing.',
  closed: 'Hold the postmortem and follow up its action items.',
};

/** When the update after one sent `now` is due, as a promise to put in the message. */
function nextUpdateText(input: ContextInput): string {
  const due = updateDueAfter(input.now, input.events, input.severityTable);
  return due === null ? 'none scheduled' : formatSentTime(due, input.zoneLabel);
}

export function buildContext(input: ContextInput): TemplateContext {
  return input.audience === 'public' ? publicContext(input) : internalContext(input);
}

function durations(incident: Incident, now: number) {
  const end = incident.resolvedAt ?? now;
  return {
    duration: formatDuration(Math.max(0, end - incident.createdAt)),
    total_duration: incident.resolvedAt === null ? '' : formatDuration(Math.max(0, incident.resolvedAt - incident.createdAt)),
  };
}

function internalContext(input: ContextInput): TemplateContext {
  const { incident, now, zoneLabel } = input;
  const events = ordered(input.events);
  const names = new Map(input.catalogue.map((c) => [c.id, c.name]));
  const moved = lastTransition(events);
  const severityChange = [...events].reverse().find((e) => e.kind === 'severity_changed');
  const actions = events.flatMap((e) => (e.kind === 'action_taken' ? [{ at: e.at, text: e.payload.text, mitigation: e.payload.mitigation }] : []));
  const lastMitigation = [...actions].reverse().find((a) => a.mitigation !== null);
  const lastFix = [...events].reverse().find((e) => e.kind === 'status_changed' && e.payload.fields.fix);
  const fix = lastFix?.kind === 'status_changed' ? (lastFix.payload.fields.fix ?? '') : '';
  const postmortemDue = incident.resolvedAt === null ? '' : formatUtc(incident.resolvedAt + POSTMORTEM_DUE_DAYS * DAY).slice(0, 10);
  const cadence = input.severityTable[incident.severity].updateMinutes;
  const base = input.appUrl?.replace(/\/+$/, '');
  return {
    incident_id: incident.id,
    title: incident.title,
    severity: severityText(incident.severity),
    severity_change:
      severityChange?.kind === 'severity_changed'
        ? `${severityText(severityChange.payload.from)} → ${severityText(severityChange.payload.to)}`
        : `${severityText(incident.severity)}, unchanged`,
    status: STATUS_LABEL[incident.status],
    status_change: moved ? `${STATUS_LABEL[moved.from]} → ${STATUS_LABEL[moved.to]}` : `${STATUS_LABEL[incident.status]} (just declared)`,
    status_detail: moved?.detail ?? 'Declared; responders are being engaged.',
    impact: incident.description.trim(),
    symptoms: incident.symptoms.trim(),
    customer_facing: incident.customerFacing ? 'yes' : 'no',
    services: incident.services.map((id) => names.get(id) ?? id),
    team: incident.team,
    commander: incident.roles.commander,
    comms_lead: incident.roles.commsLead,
    assignee: incident.roles.assignee,
    declared_at: formatSentTime(incident.createdAt, zoneLabel),
    time: formatSentTime(now, zoneLabel),
    ...durations(incident, now),
    resolved_at: incident.resolvedAt === null ? '' : formatSentTime(incident.resolvedAt, zoneLabel),
    next_update: nextUpdateText(input),
    cadence: cadence === null ? `none (${incident.severity})` : `every ${formatDuration(cadence * 60_000)}`,
    root_cause: incident.rootCause.trim(),
    mitigation: lastMitigation?.text ?? fix,
    resolution: incident.resolution.trim(),
    actions: actions.map((a) => `${hhmmUtc(a.at)}: ${a.text}`),
    hypotheses: incident.hypotheses.filter((h) => h.state === 'open').map((h) => h.text),
    next_steps:
      postmortemDue && (incident.status === 'monitoring' || incident.status === 'closed')
        ? `${NEXT_STEPS[incident.status]} Postmortem due by ${postmortemDue}.`
        : NEXT_STEPS[incident.status],
    postmortem_due: postmortemDue,
    incident_url: base ? `${base}/incidents/${incident.id}` : '',
    postmortem_url: base ? `${base}/incidents/${incident.id}/postmortem` : '',
  };
}

function publicContext(input: ContextInput): TemplateContext {
  const { incident, now, zoneLabel } = input;
  const publicNames = new Map(input.catalogue.map((c) => [c.id, c.publicName]));
  const status = PUBLIC_STATUS[incident.status];
  return {
    status,
    status_title: capitalise(status),
    impact: PUBLIC_IMPACT[incident.severity],
    // A service without a public name is left out rather than shown by its internal name.
    services: [...new Set(incident.services.flatMap((id) => publicNames.get(id) ?? []))],
    started_at: formatSentTime(incident.createdAt, zoneLabel),
    time: formatSentTime(now, zoneLabel),
    duration: durations(incident, now).duration,
    resolved_at: incident.resolvedAt === null ? '' : formatSentTime(incident.resolvedAt, zoneLabel),
    next_update: nextUpdateText(input),
    is_investigating: status === 'investigating',
    is_identified: status === 'identified',
    is_monitoring: status === 'monitoring',
    is_resolved: status === 'resolved',
  };
}

/** Affected services the catalogue has no public name for (the public message leaves them out). */
export function servicesWithoutPublicName(incident: Incident, catalogue: readonly CatalogueNames[]): string[] {
  const known = new Set(catalogue.filter((c) => c.publicName.trim()).map((c) => c.id));
  return incident.services.filter((id) => !known.has(id));
}
