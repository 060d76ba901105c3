// What a user (or a clock) asks for, and the one function that judges it against the current
// incident: `decide` returns the event to append, or a clear refusal. Nothing is written on a
// refusal, whatever the UI sent.
import { isSeverity, type Severity } from '../severity/levels';
import { formatDuration } from '../time/format';
import type { ClassificationRecord, IncidentEvent } from './events';
import { ROLES, ROLE_LABEL, type Audience, type Role } from './roles';
import { escalationEventId, updateOverdueEventId } from './event-ids';
import type { Incident } from './incident';
import { findTransition, isStatus, STATUS_LABEL, transitionsFrom, type Status } from './lifecycle';
import { CHECKLIST_ITEM_IDS } from './phases';

export interface DeclareInput {
  title: string;
  description: string;
  severity: Severity;
  services: string[];
  team: string;
  customerFacing: boolean;
  commander: string;
  commsLead: string;
  symptoms?: string;
  classification: ClassificationRecord | null;
  fingerprints?: string[];
  impactStartedAt?: number | null;
}

export type IncidentCommand =
  | { type: 'declare'; input: DeclareInput }
  | { type: 'acknowledge'; by: string }
  | { type: 'transition'; from: Status; to: Status; fields: Record<string, string>; message?: string }
  | { type: 'change_severity'; from: Severity; to: Severity; reason: string }
  | { type: 'assign_role'; role: Role; person: string }
  | { type: 'change_team'; team: string }
  | { type: 'add_service'; serviceId: string }
  | { type: 'remove_service'; serviceId: string }
  | { type: 'note'; text: string }
  | { type: 'open_hypothesis'; text: string; evidence?: string }
  | { type: 'settle_hypothesis'; hypothesisId: string; state: 'confirmed' | 'refuted'; evidence: string }
  | { type: 'action'; text: string; mitigation?: string | null }
  | { type: 'tick'; itemId: string; done: boolean }
  | { type: 'publish_update'; templateId: string; templateName: string; audience: Audience; text: string }
  | { type: 'escalate'; level: number; who: string[]; channels: string[]; reason: string; dueAt: number }
  | { type: 'update_overdue'; dueAt: number }
  | { type: 'postmortem_created'; postmortemId: string };

export interface DecideContext {
  now: number;
  author: string;
  incidentId: string;
  newId: () => string;
  /** How long an incident stays in monitoring before it may close without a reason (ms). */
  monitoringPeriodMs: number;
}

export type Decision = { ok: true; event: IncidentEvent } | { ok: false; error: string };

const refuse = (error: string): Decision => ({ ok: false, error });
const blank = (s: string | undefined) => !s || s.trim() === '';

/** Commands a closed incident still takes: the record may grow, the incident may not change. */
const ALLOWED_WHEN_CLOSED = new Set<IncidentCommand['type']>(['note', 'publish_update', 'postmortem_created']);

/** When a monitored incident may close without an early-close reason, or null if it may now. */
export function closeAllowedAt(incident: Incident, monitoringPeriodMs: number, now: number): number | null {
  if (incident.status !== 'monitoring' || incident.monitoringSince === null) return null;
  const at = incident.monitoringSince + monitoringPeriodMs;
  return now >= at ? null : at;
}

export function decide(incident: Incident | null, command: IncidentCommand, ctx: DecideContext): Decision {
  const make = <K extends IncidentEvent['kind']>(kind: K, payload: Extract<IncidentEvent, { kind: K }>['payload'], id = ctx.newId()): Decision => ({
    ok: true,
    event: { id, incidentId: ctx.incidentId, at: ctx.now, author: ctx.author, kind, payload } as IncidentEvent,
  });

  if (blank(ctx.author)) return refuse('Set your name first (header or Settings): every change is recorded with its author.');

  if (command.type === 'declare') {
    if (incident) return refuse(`${ctx.incidentId} already exists.`);
    const i = command.input;
    if (blank(i.title)) return refuse('A title is required.');
    if (i.title.length > 200) return refuse('The title is longer than 200 characters.');
    if (!isSeverity(i.severity)) return refuse(`Unknown severity "${String(i.severity)}".`);
    if (i.impactStartedAt != null && i.impactStartedAt > ctx.now) return refuse('The impact cannot start in the future.');
    if (i.classification && i.classification.suggested !== i.severity && blank(i.classification.overrideReason ?? '')) {
      return refuse(`The classifier suggested ${i.classification.suggested}; give a reason to declare ${i.severity} instead.`);
    }
    return make('declared', {
      title: i.title.trim(),
      description: i.description,
      severity: i.severity,
      services: [...new Set(i.services)],
      team: i.team,
      customerFacing: i.customerFacing,
      commander: i.commander.trim(),
      commsLead: i.commsLead.trim(),
      symptoms: i.symptoms ?? '',
      classification: i.classification,
      fingerprints: [...new Set(i.fingerprints ?? [])],
      impactStartedAt: i.impactStartedAt ?? null,
    });
  }

  if (!incident) return refuse(`Incident ${ctx.incidentId} does not exist.`);
  if (incident.status === 'closed' && !ALLOWED_WHEN_CLOSED.has(command.type)) {
    return refuse(
      `${incident.id} is closed: it can take notes and published updates, but no other change. Declare a new incident if the problem is back.`,
    );
  }

  switch (command.type) {
    case 'acknowledge':
      if (incident.acknowledgedAt !== null) return refuse(`Already acknowledged by ${incident.acknowledgedBy ?? 'someone'}.`);
      if (incident.status !== 'detected')
        return refuse(`Only a detected incident can be acknowledged; this one is ${STATUS_LABEL[incident.status].toLowerCase()}.`);
      if (blank(command.by)) return refuse('Say who is responding.');
      return make('acknowledged', { by: command.by.trim() });

    case 'transition': {
      const { from, to } = command;
      if (!isStatus(from) || !isStatus(to)) return refuse('Unknown status.');
      if (incident.status !== from) {
        return refuse(
          `This incident is now ${STATUS_LABEL[incident.status].toLowerCase()} (changed elsewhere, perhaps in another tab). ` +
            `Your change from ${STATUS_LABEL[from].toLowerCase()} to ${STATUS_LABEL[to].toLowerCase()} was not applied.`,
        );
      }
      const def = findTransition(from, to);
      if (!def) {
        const allowed = transitionsFrom(from).map((t) => STATUS_LABEL[t.to].toLowerCase());
        return refuse(
          `Cannot go from ${STATUS_LABEL[from].toLowerCase()} to ${STATUS_LABEL[to].toLowerCase()}. From ${STATUS_LABEL[from].toLowerCase()} it can go to: ${allowed.join(', ') || 'nothing'}.`,
        );
      }
      const missing = def.requires.filter((r) => blank(command.fields[r.field]));
      if (missing.length) return refuse(`${def.action} needs: ${missing.map((r) => r.label.toLowerCase()).join(', ')}.`);
      if (to === 'closed') {
        const allowedAt = closeAllowedAt(incident, ctx.monitoringPeriodMs, ctx.now);
        if (allowedAt !== null && blank(command.fields.earlyCloseReason)) {
          return refuse(`The monitoring period ends in ${formatDuration(allowedAt - ctx.now)}. To close early, say why.`);
        }
      }
      const fields = Object.fromEntries(
        Object.entries(command.fields)
          .map(([k, v]) => [k, v.trim()])
          .filter(([, v]) => v !== ''),
      );
      if (from === 'detected') return make('acknowledged', { by: fields.responder ?? ctx.author });
      return make('status_changed', { from, to, message: command.message?.trim() ?? '', fields });
    }

    case 'change_severity':
      if (!isSeverity(command.to)) return refuse(`Unknown severity "${String(command.to)}".`);
      if (incident.severity !== command.from) return refuse(`Severity is now ${incident.severity} (changed elsewhere); your change was not applied.`);
      if (command.to === command.from) return refuse(`Severity is already ${command.to}.`);
      if (blank(command.reason)) return refuse('Say why the severity changes.');
      return make('severity_changed', { from: command.from, to: command.to, reason: command.reason.trim() });

    case 'assign_role':
      if (!ROLES.includes(command.role)) return refuse(`Unknown role "${String(command.role)}".`);
      if (incident.roles[command.role] === command.person.trim())
        return refuse(`${ROLE_LABEL[command.role]} is already ${command.person.trim() || 'unassigned'}.`);
      return make('role_assigned', { role: command.role, person: command.person.trim() });

    case 'change_team':
      if (incident.team === command.team.trim()) return refuse(`The team is already ${command.team}.`);
      return make('team_changed', { team: command.team.trim() });

    case 'add_service':
      if (blank(command.serviceId)) return refuse('Choose a service.');
      if (incident.services.includes(command.serviceId)) return refuse(`${command.serviceId} is already affected.`);
      return make('service_added', { serviceId: command.serviceId });

    case 'remove_service':
      if (!incident.services.includes(command.serviceId)) return refuse(`${command.serviceId} is not on this incident.`);
      return make('service_removed', { serviceId: command.serviceId });

    case 'note':
      if (blank(command.text)) return refuse('A note needs text.');
      return make('note', { text: command.text.trim() });

    case 'open_hypothesis':
      if (blank(command.text)) return refuse('A hypothesis needs text.');
      return make('hypothesis', { hypothesisId: ctx.newId(), text: command.text.trim(), state: 'open', evidence: command.evidence?.trim() ?? '' });

    case 'settle_hypothesis': {
      const h = incident.hypotheses.find((x) => x.id === command.hypothesisId);
      if (!h) return refuse('That hypothesis does not exist.');
      if (h.state !== 'open') return refuse(`That hypothesis is already ${h.state}.`);
      if (blank(command.evidence)) return refuse(`Give the evidence that it is ${command.state}.`);
      return make('hypothesis', { hypothesisId: h.id, text: h.text, state: command.state, evidence: command.evidence.trim() });
    }

    case 'action':
      if (blank(command.text)) return refuse('Describe the action taken.');
      return make('action_taken', { text: command.text.trim(), mitigation: command.mitigation ?? null });

    case 'tick':
      if (!CHECKLIST_ITEM_IDS.has(command.itemId)) return refuse(`Unknown checklist item "${command.itemId}".`);
      if ((incident.checklist[command.itemId] ?? false) === command.done) return refuse('That checklist item is already in that state.');
      return make('checklist_ticked', { itemId: command.itemId, done: command.done });

    case 'publish_update':
      if (blank(command.text)) return refuse('An update needs text.');
      return make('update_published', {
        templateId: command.templateId,
        templateName: command.templateName,
        audience: command.audience,
        text: command.text,
      });

    case 'escalate':
      if (incident.escalationLevels.includes(command.level)) return refuse(`Level ${command.level} has already fired.`);
      return make(
        'escalated',
        { level: command.level, who: command.who, channels: command.channels, reason: command.reason, dueAt: command.dueAt },
        escalationEventId(incident.id, command.level),
      );

    case 'update_overdue':
      return make('update_overdue', { dueAt: command.dueAt }, updateOverdueEventId(incident.id, command.dueAt));

    case 'postmortem_created':
      if (incident.postmortemId) return refuse(`Postmortem ${incident.postmortemId} already exists for this incident.`);
      if (incident.status !== 'resolved' && incident.status !== 'monitoring' && incident.status !== 'closed') {
        return refuse('A postmortem starts once the incident is resolved.');
      }
      return make('postmortem_created', { postmortemId: command.postmortemId });
  }
}
