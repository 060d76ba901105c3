// DOMAIN.md §3 / ARCHITECTURE.md: every change to an incident is an immutable, timestamped event
// with its author. The schemas double as the validation of imported backups and bundles.
import { z } from 'zod';
import { SEVERITIES } from '../severity/levels';
import { STATUSES } from './lifecycle';

export const ROLES = ['commander', 'commsLead', 'assignee', 'scribe'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABEL: Record<Role, string> = {
  commander: 'Incident commander',
  commsLead: 'Communication lead',
  assignee: 'Assigned to',
  scribe: 'Scribe',
};

export const AUDIENCES = ['responders', 'stakeholders', 'public'] as const;
export type Audience = (typeof AUDIENCES)[number];

const text = (max: number) => z.string().max(max);
const severity = z.enum(SEVERITIES);
const status = z.enum(STATUSES);

export const classificationSchema = z.object({
  answers: z.record(z.string(), z.union([z.boolean(), z.number(), z.string(), z.null()])),
  suggested: severity,
  reason: z.string(),
  overrideReason: z.string().nullable(),
});
export type ClassificationRecord = z.infer<typeof classificationSchema>;

const payloads = {
  declared: z.object({
    title: text(200).min(1),
    description: text(10_000),
    severity,
    services: z.array(z.string().min(1)).max(50),
    team: text(100),
    customerFacing: z.boolean(),
    commander: text(100),
    commsLead: text(100),
    symptoms: text(5_000),
    classification: classificationSchema.nullable(),
  }),
  acknowledged: z.object({ by: text(100).min(1) }),
  status_changed: z.object({
    from: status,
    to: status,
    message: text(5_000),
    fields: z.record(z.string(), text(5_000)),
  }),
  severity_changed: z.object({ from: severity, to: severity, reason: text(2_000).min(1) }),
  role_assigned: z.object({ role: z.enum(ROLES), person: text(100) }),
  team_changed: z.object({ team: text(100) }),
  service_added: z.object({ serviceId: z.string().min(1) }),
  service_removed: z.object({ serviceId: z.string().min(1) }),
  note: z.object({ text: text(10_000).min(1) }),
  hypothesis: z.object({
    hypothesisId: z.string().min(1),
    text: text(2_000).min(1),
    state: z.enum(['open', 'confirmed', 'refuted']),
    evidence: text(5_000),
  }),
  action_taken: z.object({ text: text(5_000).min(1), mitigation: z.string().nullable() }),
  checklist_ticked: z.object({ itemId: z.string().min(1), done: z.boolean() }),
  update_published: z.object({
    templateId: z.string().min(1),
    templateName: text(200),
    audience: z.enum(AUDIENCES),
    text: text(50_000),
  }),
  escalated: z.object({
    level: z.number().int().min(1),
    who: z.array(text(200)),
    channels: z.array(text(50)),
    reason: text(500),
    dueAt: z.number().int().nonnegative(),
  }),
  update_overdue: z.object({ dueAt: z.number().int().nonnegative() }),
  postmortem_created: z.object({ postmortemId: z.string().min(1) }),
} as const;

export type EventKind = keyof typeof payloads;
export const EVENT_KINDS = Object.keys(payloads) as EventKind[];

const base = {
  id: z.string().min(1).max(200),
  incidentId: z.string().regex(/^INC-[0-9A-F]{8}$/, 'must look like INC-1A2B3C4D'),
  at: z.number().int().nonnegative(),
  author: text(100).min(1),
  demo: z.boolean().optional(),
};

export const incidentEventSchema = z.discriminatedUnion(
  'kind',
  EVENT_KINDS.map((kind) => z.object({ ...base, kind: z.literal(kind), payload: payloads[kind] })) as unknown as [
    z.ZodObject<{ kind: z.ZodLiteral<EventKind> }>,
  ],
);

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

/** Deterministic ids for events that must happen once across tabs (ARCHITECTURE.md). */
export const escalationEventId = (incidentId: string, level: number) => `escalated:${incidentId}:${level}`;
export const updateOverdueEventId = (incidentId: string, dueAt: number) => `update_overdue:${incidentId}:${dueAt}`;
