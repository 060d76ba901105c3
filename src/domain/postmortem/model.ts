// The postmortem document (DOMAIN.md §7). Its content is a set of independent "units" (a text
// field, the timeline, the action items, …): the unit is what two tabs merge and what a conflict
// names, so the model is flat on purpose. The schemas validate every save, backup and bundle.
import * as z from 'zod/mini';
import { SEVERITIES } from '../severity/levels';
import { required, text, timestamp } from '../schema-kit';
import { ACTION_ITEM_ID, INCIDENT_ID, POSTMORTEM_ID } from '../ids';
import { FAILURE_CLASS_IDS } from './failure-classes';

export const POSTMORTEM_STATUSES = ['draft', 'in_review', 'published'] as const;
export type PostmortemStatus = (typeof POSTMORTEM_STATUSES)[number];
export const POSTMORTEM_STATUS_LABEL: Record<PostmortemStatus, string> = { draft: 'Draft', in_review: 'In review', published: 'Published' };

export const ACTION_PRIORITIES = ['high', 'medium', 'low'] as const;
export type ActionPriority = (typeof ACTION_PRIORITIES)[number];
export const PRIORITY_LABEL: Record<ActionPriority, string> = { high: 'High', medium: 'Medium', low: 'Low' };

export const ACTION_STATUSES = ['pending', 'in_progress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABEL: Record<ActionStatus, string> = { pending: 'Pending', in_progress: 'In progress', done: 'Done' };

const longText = () => text(20_000);
const incidentId = () => z.string().check(z.regex(INCIDENT_ID, 'must look like INC-1A2B3C4D'));

export const timelineRowSchema = z.object({
  /** `ev:<event id>` for imported rows (the same in every tab), `row:<ulid>` for rows added by hand. */
  id: required(300),
  at: timestamp(),
  text: text(5_000),
  author: text(100),
  /** The event kind it came from, or 'manual'. */
  kind: text(50),
  eventId: z.nullable(text(200)),
  /** The author changed the imported time or text. */
  edited: z.boolean(),
  /** Removed by the author; kept (hidden) so that re-running the import does not bring it back. */
  removed: z.boolean(),
});
export type TimelineRow = z.infer<typeof timelineRowSchema>;

export const whyStepSchema = z.object({ id: required(100), why: text(2_000), because: text(2_000) });
export type WhyStep = z.infer<typeof whyStepSchema>;

export const actionItemSchema = z.object({
  id: z.string().check(z.regex(ACTION_ITEM_ID, 'must look like AI-1A2B3C')),
  title: text(500),
  owner: text(100),
  /** The end of the due day, UTC. */
  dueAt: timestamp(),
  priority: z.enum(ACTION_PRIORITIES),
  status: z.enum(ACTION_STATUSES),
  createdAt: timestamp(),
});
export type ActionItem = z.infer<typeof actionItemSchema>;

/** What the incident's record said when the postmortem was made (refreshed by a re-import). */
export const factsSchema = z.object({
  title: text(200),
  severity: z.enum(SEVERITIES),
  services: z.array(text(200)),
  team: text(100),
  customerFacing: z.boolean(),
  roles: z.record(z.string(), text(100)),
  declaredAt: timestamp(),
  acknowledgedAt: z.nullable(timestamp()),
  identifiedAt: z.nullable(timestamp()),
  resolvedAt: z.nullable(timestamp()),
  closedAt: z.nullable(timestamp()),
});
export type Facts = z.infer<typeof factsSchema>;

export const contentSchema = z.object({
  facts: factsSchema,
  summary: longText(),
  impactUsers: longText(),
  impactBusiness: longText(),
  impactTechnical: longText(),
  timeline: z.array(timelineRowSchema).check(z.maxLength(5_000)),
  primaryCause: longText(),
  contributingFactors: longText(),
  whyNotCaught: longText(),
  whys: z.array(whyStepSchema).check(z.maxLength(20)),
  failureClass: z.nullable(z.enum(FAILURE_CLASS_IDS)),
  failureNotes: longText(),
  resolutionImmediate: longText(),
  resolutionPermanent: longText(),
  actionItems: z.array(actionItemSchema).check(z.maxLength(500)),
  wentWell: longText(),
  couldImprove: longText(),
  futurePrevention: longText(),
  relatedIncidents: z.array(incidentId()).check(z.maxLength(100)),
  checklist: z.record(z.string(), z.boolean()),
});
export type PostmortemContent = z.infer<typeof contentSchema>;
export type Unit = keyof PostmortemContent;
export const UNITS = Object.keys(contentSchema.shape) as Unit[];

export const conflictSchema = z.object({
  id: required(100),
  unit: z.enum(UNITS as [Unit, ...Unit[]]),
  /** The item (action item, timeline row, checklist entry) in conflict, or null for the whole unit. */
  itemId: z.nullable(text(300)),
  /** The version that was not applied (null: it deleted the item). */
  mine: z.unknown(),
  /** The version that was stored when it arrived (null: the item was deleted). */
  theirs: z.unknown(),
  author: text(100),
  at: timestamp(),
});
export type Conflict = z.infer<typeof conflictSchema>;

export const statusChangeSchema = z.object({ status: z.enum(POSTMORTEM_STATUSES), at: timestamp(), by: text(100) });

export const postmortemSchema = z.object({
  id: z.string().check(z.regex(POSTMORTEM_ID, 'must look like PM-1A2B3C4D')),
  incidentId: incidentId(),
  status: z.enum(POSTMORTEM_STATUSES),
  createdAt: timestamp(),
  createdBy: text(100),
  dueAt: timestamp(),
  updatedAt: timestamp(),
  updatedBy: text(100),
  statusHistory: z.array(statusChangeSchema),
  content: contentSchema,
  conflicts: z.array(conflictSchema).check(z.maxLength(500)),
});
export type Postmortem = z.infer<typeof postmortemSchema>;

/** Sections of DOMAIN.md §7, in order, with the units each one holds (for conflicts and exports). */
export const SECTIONS = [
  { id: 'summary', title: 'Executive summary', units: ['summary'] },
  { id: 'impact', title: 'Impact', units: ['facts', 'impactUsers', 'impactBusiness', 'impactTechnical'] },
  { id: 'timeline', title: 'Timeline', units: ['timeline'] },
  { id: 'root-cause', title: 'Root cause analysis', units: ['primaryCause', 'contributingFactors', 'whyNotCaught'] },
  { id: 'five-whys', title: '5 whys', units: ['whys'] },
  { id: 'failure-class', title: 'Failure class', units: ['failureClass', 'failureNotes'] },
  { id: 'resolution', title: 'Resolution', units: ['resolutionImmediate', 'resolutionPermanent'] },
  { id: 'action-items', title: 'Action items', units: ['actionItems'] },
  { id: 'lessons', title: 'Lessons learned', units: ['wentWell', 'couldImprove', 'futurePrevention'] },
  { id: 'related', title: 'Related incidents', units: ['relatedIncidents'] },
  { id: 'checklist', title: 'Review checklist', units: ['checklist'] },
] as const satisfies readonly { id: string; title: string; units: readonly Unit[] }[];

export const UNIT_LABEL: Record<Unit, string> = {
  facts: 'Incident facts',
  summary: 'Executive summary',
  impactUsers: 'Impact on users',
  impactBusiness: 'Business impact',
  impactTechnical: 'Technical impact',
  timeline: 'Timeline',
  primaryCause: 'Primary cause',
  contributingFactors: 'Contributing factors',
  whyNotCaught: "Why it wasn't caught",
  whys: '5 whys',
  failureClass: 'Failure class',
  failureNotes: 'Failure class notes',
  resolutionImmediate: 'Immediate actions',
  resolutionPermanent: 'Permanent fix',
  actionItems: 'Action items',
  wentWell: 'What went well',
  couldImprove: 'What could be improved',
  futurePrevention: 'Future prevention',
  relatedIncidents: 'Related incidents',
  checklist: 'Review checklist',
};
