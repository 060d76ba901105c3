// Creating a postmortem from the incident's record, and its life: draft → in review →
// published (DOMAIN.md §7), due 5 days after it is created.
import type { IncidentEvent } from '../incident/events';
import { isResolved } from '../incident/lifecycle';
import type { Incident } from '../incident/incident';
import { SEVERITY_INFO } from '../severity/levels';
import { formatDuration, formatUtc } from '../time/format';
import { actionItemProblems } from './action-items';
import { firstWhy, whysRootCause } from './five-whys';
import { type Facts, type Postmortem, type PostmortemContent, type PostmortemStatus, POSTMORTEM_STATUS_LABEL, type WhyStep } from './model';
import { uncheckedItems } from './review-checklist';
import { importTimeline } from './timeline';

export const POSTMORTEM_DUE_DAYS = 5;
const DAY = 86_400_000;

/** Text the author must replace; a postmortem with any left cannot go to review. */
export const PLACEHOLDER = '[fill in';
const fill = (what: string) => `${PLACEHOLDER}: ${what}]`;

export function factsFromIncident(incident: Incident): Facts {
  return {
    title: incident.title,
    severity: incident.severity,
    services: [...incident.services],
    team: incident.team,
    customerFacing: incident.customerFacing,
    roles: { ...incident.roles },
    declaredAt: incident.createdAt,
    acknowledgedAt: incident.acknowledgedAt,
    identifiedAt: incident.identifiedAt,
    resolvedAt: incident.resolvedAt,
    closedAt: incident.closedAt,
  };
}

/** Declared → resolved, the span users felt (or null while unresolved). */
export const incidentDuration = (facts: Facts) => (facts.resolvedAt === null ? null : facts.resolvedAt - facts.declaredAt);

function summarySkeleton(incident: Incident): string {
  const duration = incident.resolvedAt === null ? null : incident.resolvedAt - incident.createdAt;
  const span =
    duration === null
      ? `from ${formatUtc(incident.createdAt)}`
      : `for ${formatDuration(duration)} (${formatUtc(incident.createdAt)} to ${formatUtc(incident.resolvedAt!)})`;
  const services = incident.services.length ? incident.services.join(', ') : fill('which services');
  return [
    `${incident.title.replace(/^\[demo\]\s*/i, '')} — a ${incident.severity} (${SEVERITY_INFO[incident.severity].label.toLowerCase()}) incident affecting ${services} ${span}.`,
    incident.resolution ? `It was resolved by: ${incident.resolution}` : fill('how it was resolved'),
    fill('who was affected and the one change that prevents a repeat'),
  ].join(' ');
}

function immediateActions(incident: Incident, events: readonly IncidentEvent[]): string {
  const actions = events.filter((e) => e.kind === 'action_taken').map((e) => `- ${e.payload.text}`);
  if (incident.resolution) actions.push(`- ${incident.resolution}`);
  return actions.join('\n');
}

export interface NewPostmortemInput {
  id: string;
  incident: Incident;
  events: readonly IncidentEvent[];
  now: number;
  author: string;
  whyId: string;
}

/** Whether a postmortem may be started for this incident, or why not. */
export function canStartPostmortem(incident: Incident): { ok: true } | { ok: false; reason: string } {
  if (incident.postmortemId) return { ok: false, reason: `Postmortem ${incident.postmortemId} already exists for this incident.` };
  if (!isResolved(incident.status)) return { ok: false, reason: 'A postmortem starts once the incident is resolved.' };
  return { ok: true };
}

/** A new postmortem, prefilled from everything the record already knows. */
export function newPostmortem({ id, incident, events, now, author, whyId }: NewPostmortemInput): Postmortem {
  const customer = incident.customerFacing ? 'Customer-facing.' : 'Internal only.';
  const content: PostmortemContent = {
    facts: factsFromIncident(incident),
    summary: summarySkeleton(incident),
    impactUsers: `${customer} ${fill('how many users, which journeys, for how long')}`,
    impactBusiness: fill('revenue, SLA credits, support tickets, reputation'),
    impactTechnical: [incident.symptoms, incident.description].filter((s) => s.trim()).join('\n\n') || fill('what broke, error rates, data affected'),
    timeline: importTimeline([], events).rows,
    primaryCause: incident.rootCause,
    contributingFactors: '',
    whyNotCaught: '',
    whys: [{ id: whyId, why: firstWhy(incident.title), because: '' } satisfies WhyStep],
    failureClass: null,
    failureNotes: '',
    resolutionImmediate: immediateActions(incident, events),
    resolutionPermanent: '',
    actionItems: [],
    wentWell: '',
    couldImprove: '',
    futurePrevention: '',
    relatedIncidents: [],
    checklist: {},
  };
  return {
    id,
    incidentId: incident.id,
    status: 'draft',
    createdAt: now,
    createdBy: author,
    dueAt: now + POSTMORTEM_DUE_DAYS * DAY,
    updatedAt: now,
    updatedBy: author,
    statusHistory: [{ status: 'draft', at: now, by: author }],
    content,
    conflicts: [],
  };
}

export const isPostmortemOverdue = (pm: Pick<Postmortem, 'status' | 'dueAt'>, now: number) => pm.status !== 'published' && now > pm.dueAt;

export const STATUS_ACTIONS: readonly { from: PostmortemStatus; to: PostmortemStatus; action: string }[] = [
  { from: 'draft', to: 'in_review', action: 'Submit for review' },
  { from: 'in_review', to: 'draft', action: 'Back to draft' },
  { from: 'in_review', to: 'published', action: 'Publish' },
];

const TEXT_UNITS = [
  'summary',
  'impactUsers',
  'impactBusiness',
  'impactTechnical',
  'primaryCause',
  'contributingFactors',
  'whyNotCaught',
  'failureNotes',
  'resolutionImmediate',
  'resolutionPermanent',
  'wentWell',
  'couldImprove',
  'futurePrevention',
] as const;

/** What stops the postmortem from moving to `to`, in words for the author (empty: it may). */
export function statusProblems(pm: Postmortem, to: PostmortemStatus): string[] {
  const c = pm.content;
  const problems: string[] = [];
  if (to === 'draft') return problems;
  if (!c.summary.trim()) problems.push('Write the executive summary.');
  const placeholders = TEXT_UNITS.filter((u) => c[u].includes(PLACEHOLDER));
  if (placeholders.length)
    problems.push(`Replace the "${PLACEHOLDER}…]" placeholders (${placeholders.length} ${placeholders.length === 1 ? 'field' : 'fields'}).`);
  if (!c.primaryCause.trim() && !whysRootCause(c.whys)) problems.push('Name the primary cause, or finish the 5 whys.');
  if (to === 'published') {
    if (c.actionItems.length === 0) problems.push('Add at least one action item.');
    problems.push(...c.actionItems.flatMap(actionItemProblems).map((p) => `Action item ${p}.`));
    const unchecked = uncheckedItems(c.checklist);
    if (unchecked.length) problems.push(`Tick the review checklist (${unchecked.length} left).`);
    if (pm.conflicts.length) problems.push(`Resolve the ${pm.conflicts.length} edit ${pm.conflicts.length === 1 ? 'conflict' : 'conflicts'}.`);
  }
  return problems;
}

/** Moves the postmortem to another status, or says why it cannot. */
export function changeStatus(
  pm: Postmortem,
  from: PostmortemStatus,
  to: PostmortemStatus,
  ctx: { now: number; author: string },
): { ok: true; postmortem: Postmortem } | { ok: false; error: string } {
  if (!ctx.author.trim()) return { ok: false, error: 'Set your name first (Settings): every status change is recorded with its author.' };
  if (pm.status !== from) {
    return {
      ok: false,
      error: `This postmortem is now ${POSTMORTEM_STATUS_LABEL[pm.status].toLowerCase()} (changed elsewhere); nothing was changed.`,
    };
  }
  if (!STATUS_ACTIONS.some((a) => a.from === from && a.to === to)) {
    return {
      ok: false,
      error: `A postmortem cannot go from ${POSTMORTEM_STATUS_LABEL[from].toLowerCase()} to ${POSTMORTEM_STATUS_LABEL[to].toLowerCase()}.`,
    };
  }
  const problems = statusProblems(pm, to);
  if (problems.length) return { ok: false, error: problems.join(' ') };
  return {
    ok: true,
    postmortem: {
      ...pm,
      status: to,
      updatedAt: ctx.now,
      updatedBy: ctx.author,
      statusHistory: [...pm.statusHistory, { status: to, at: ctx.now, by: ctx.author }],
    },
  };
}

/** Units a published postmortem still takes: its action items are tracked to done. */
export const EDITABLE_WHEN_PUBLISHED = new Set(['actionItems']);
