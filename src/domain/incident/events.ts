// DOMAIN.md §3 / ARCHITECTURE.md: every change to an incident is an immutable, timestamped event
// with its author. The schemas double as the validation of imported backups and bundles.
import * as z from 'zod/mini';
import { SEVERITIES } from '../severity/levels';
import { intBetween, required, text, timestamp } from '../schema-kit';
import { STATUSES } from './lifecycle';
import { AUDIENCES, ROLES } from './roles';

const severity = z.enum(SEVERITIES);
const status = z.enum(STATUSES);
const id = required(200);

export const classificationSchema = z.object({
  answers: z.record(z.string(), z.union([z.boolean(), z.number(), z.string(), z.null()])),
  suggested: severity,
  reason: z.string(),
  overrideReason: z.nullable(z.string()),
});
export type ClassificationRecord = z.infer<typeof classificationSchema>;

const payloads = {
  declared: z.object({
    title: required(200),
    description: text(10_000),
    severity,
    services: z.array(id).check(z.maxLength(50)),
    team: text(100),
    customerFacing: z.boolean(),
    commander: text(100),
    commsLead: text(100),
    symptoms: text(5_000),
    classification: z.nullable(classificationSchema),
    /** When users started to be affected, if known (for MTTD); absent in older events. */
    impactStartedAt: z.optional(z.nullable(timestamp())),
    /** Error fingerprints seen when it was declared (from the service page); absent in older events. */
    fingerprints: z.optional(z.array(required(200)).check(z.maxLength(50))),
  }),
  acknowledged: z.object({ by: required(100) }),
  status_changed: z.object({ from: status, to: status, message: text(5_000), fields: z.record(z.string(), text(5_000)) }),
  severity_changed: z.object({ from: severity, to: severity, reason: required(2_000) }),
  role_assigned: z.object({ role: z.enum(ROLES), person: text(100) }),
  team_changed: z.object({ team: text(100) }),
  service_added: z.object({ serviceId: id }),
  service_removed: z.object({ serviceId: id }),
  note: z.object({ text: required(10_000) }),
  hypothesis: z.object({ hypothesisId: id, text: required(2_000), state: z.enum(['open', 'confirmed', 'refuted']), evidence: text(5_000) }),
  action_taken: z.object({ text: required(5_000), mitigation: z.nullable(z.string()) }),
  checklist_ticked: z.object({ itemId: id, done: z.boolean() }),
  update_published: z.object({ templateId: id, templateName: text(200), audience: z.enum(AUDIENCES), text: text(50_000) }),
  escalated: z.object({ level: intBetween(1, 100), who: z.array(text(200)), channels: z.array(text(50)), reason: text(500), dueAt: timestamp() }),
  update_overdue: z.object({ dueAt: timestamp() }),
  postmortem_created: z.object({ postmortemId: id }),
};

export type EventKind = keyof typeof payloads;
export const EVENT_KINDS = Object.keys(payloads) as EventKind[];
export type EventPayload<K extends EventKind> = z.infer<(typeof payloads)[K]>;

export type IncidentEvent = {
  [K in EventKind]: {
    id: string;
    incidentId: string;
    at: number;
    author: string;
    demo?: boolean;
    kind: K;
    payload: EventPayload<K>;
  };
}[EventKind];

export type EventOf<K extends EventKind> = Extract<IncidentEvent, { kind: K }>;

const base = {
  id,
  incidentId: z.string().check(z.regex(/^INC-[0-9A-F]{8}$/, 'must look like INC-1A2B3C4D')),
  at: timestamp(),
  author: required(100),
  demo: z.optional(z.boolean()),
};

const eventOf = <K extends EventKind>(kind: K) => z.object({ ...base, kind: z.literal(kind), payload: payloads[kind] });

/** Validates one stored or imported event (used by backup and bundle import). */
export const incidentEventSchema = z.discriminatedUnion('kind', [
  eventOf('declared'),
  eventOf('acknowledged'),
  eventOf('status_changed'),
  eventOf('severity_changed'),
  eventOf('role_assigned'),
  eventOf('team_changed'),
  eventOf('service_added'),
  eventOf('service_removed'),
  eventOf('note'),
  eventOf('hypothesis'),
  eventOf('action_taken'),
  eventOf('checklist_ticked'),
  eventOf('update_published'),
  eventOf('escalated'),
  eventOf('update_overdue'),
  eventOf('postmortem_created'),
]);

export const EVENT_LABEL: Record<EventKind, string> = {
  declared: 'Declared',
  acknowledged: 'Acknowledged',
  status_changed: 'Status changed',
  severity_changed: 'Severity changed',
  role_assigned: 'Role assigned',
  team_changed: 'Team changed',
  service_added: 'Service added',
  service_removed: 'Service removed',
  note: 'Note',
  hypothesis: 'Hypothesis',
  action_taken: 'Action taken',
  checklist_ticked: 'Checklist',
  update_published: 'Update published',
  escalated: 'Escalated',
  update_overdue: 'Update overdue',
  postmortem_created: 'Postmortem created',
};
