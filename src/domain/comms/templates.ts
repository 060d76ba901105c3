// The message templates of DOMAIN.md §6, each for one audience, and the rules around them: which
// one fits the incident's last move, how built-ins are customised and reset, how a draft is kept.
// Built-ins live in code; editing one stores an override under the same id, and "Reset to
// default" deletes the override.
import * as z from 'zod/mini';
import type { IncidentEvent } from '../incident/events';
import { AUDIENCES, type Audience } from '../incident/roles';
import type { Incident } from '../incident/incident';
import { required, text, timestamp } from '../schema-kit';

export const PURPOSES = ['declared', 'progress', 'mitigation', 'resolved', 'status-page', 'other'] as const;
export type Purpose = (typeof PURPOSES)[number];

export const PURPOSE_LABEL: Record<Purpose, string> = {
  declared: 'Incident declared (initial notice)',
  progress: 'Progress update',
  mitigation: 'Mitigation applied',
  resolved: 'Resolved',
  'status-page': 'Public status page',
  other: 'Other',
};

export const AUDIENCE_LABEL: Record<Audience, string> = {
  responders: 'Responders',
  stakeholders: 'Stakeholders and executives',
  public: 'Public (status page)',
};

export const TEMPLATE_BODY_MAX = 20_000;

export const commsTemplateSchema = z.object({
  id: required(100),
  name: required(120),
  audience: z.enum(AUDIENCES),
  purpose: z.enum(PURPOSES),
  subject: text(500),
  body: required(TEMPLATE_BODY_MAX),
  updatedAt: timestamp(),
});
export type CommsTemplate = z.infer<typeof commsTemplateSchema>;

export const commsDraftSchema = z.object({
  id: required(400),
  incidentId: required(200),
  templateId: required(100),
  subject: text(500),
  body: text(50_000),
  updatedAt: timestamp(),
});
export type CommsDraft = z.infer<typeof commsDraftSchema>;

export const draftId = (incidentId: string, templateId: string) => `${incidentId}|${templateId}`;

const BUILT_IN_PREFIX = 'builtin:';
export const isBuiltInId = (id: string) => id.startsWith(BUILT_IN_PREFIX);
export const CUSTOM_PREFIX = 'custom:';

const body = (...lines: string[]) => lines.join('\n');

export const BUILT_IN_TEMPLATES: readonly CommsTemplate[] = [
  {
    id: 'builtin:declared',
    name: 'Incident declared',
    audience: 'responders',
    purpose: 'declared',
    subject: '[{{severity}}] {{incident_id}} declared: {{title}}',
    body: body(
      '**Incident declared: {{title}}** ({{incident_id}})',
      '',
      'Severity: {{severity}}',
      'Status: {{status}}',
      'Affected services: {{services}}',
      'Customer-facing: {{customer_facing}}',
      'Declared: {{declared_at}}',
      '',
      '**Impact**',
      '{{impact}}',
      '',
      '**Current actions**',
      '{{#actions}}',
      '- {{.}}',
      '{{/actions}}',
      '{{^actions}}',
      '- Responders are investigating.',
      '{{/actions}}',
      '',
      'Incident commander: {{commander}}',
      'Communication lead: {{comms_lead}}',
      'Next update: {{next_update}}',
    ),
    updatedAt: 0,
  },
  {
    id: 'builtin:progress',
    name: 'Progress update',
    audience: 'stakeholders',
    purpose: 'progress',
    subject: '[{{severity}}] {{incident_id}} update: {{status}}',
    body: body(
      '**Update on {{incident_id}}: {{title}}**',
      '',
      'Time: {{time}}',
      'Status: {{status_change}}',
      '',
      '**Update**',
      '{{status_detail}}',
      '',
      '**Actions taken**',
      '{{#actions}}',
      '- {{.}}',
      '{{/actions}}',
      '{{^actions}}',
      '- None recorded yet.',
      '{{/actions}}',
      '',
      '**Current impact**',
      '{{impact}}',
      '',
      'Next update: {{next_update}}',
    ),
    updatedAt: 0,
  },
  {
    id: 'builtin:mitigation',
    name: 'Mitigation applied',
    audience: 'stakeholders',
    purpose: 'mitigation',
    subject: '[{{severity}}] {{incident_id}} mitigated: {{title}}',
    body: body(
      '**Mitigation applied: {{title}}** ({{incident_id}})',
      '',
      'Severity: {{severity_change}}',
      'Status: {{status}}',
      'Duration so far: {{duration}}',
      '',
      '**Root cause**',
      '{{root_cause}}',
      '',
      '**Mitigation**',
      '{{mitigation}}',
      '',
      '**Current status**',
      '{{status_detail}}',
      '',
      '**Next steps**',
      '{{next_steps}}',
      '',
      'Next update: {{next_update}}',
    ),
    updatedAt: 0,
  },
  {
    id: 'builtin:resolved',
    name: 'Resolved',
    audience: 'stakeholders',
    purpose: 'resolved',
    subject: '[{{severity}}] {{incident_id}} resolved: {{title}}',
    body: body(
      '**Resolved: {{title}}** ({{incident_id}})',
      '',
      'Resolved at: {{resolved_at}}',
      'Total duration: {{total_duration}}',
      'Final status: {{status}}',
      '',
      '**Resolution**',
      '{{resolution}}',
      '',
      '**Impact summary**',
      '{{impact}}',
      '',
      '**Next steps**',
      '- Postmortem due by {{postmortem_due}}',
      '- Action items: {{postmortem_url}}',
    ),
    updatedAt: 0,
  },
  {
    id: 'builtin:status-page',
    name: 'Public status page message',
    audience: 'public',
    purpose: 'status-page',
    subject: '{{status_title}}: {{services}}',
    body: body(
      '**{{status_title}}**',
      '',
      '{{#is_investigating}}',
      'We are investigating an issue affecting {{services}}. Some customers may see errors or slow responses.',
      '{{/is_investigating}}',
      '{{#is_identified}}',
      'We have identified the cause of the issue affecting {{services}} and are working on a fix.',
      '{{/is_identified}}',
      '{{#is_monitoring}}',
      'A fix has been applied for the issue affecting {{services}}. We are monitoring the results.',
      '{{/is_monitoring}}',
      '{{#is_resolved}}',
      'The issue affecting {{services}} has been resolved. Everything is working normally again.',
      '{{/is_resolved}}',
      '',
      'Impact: {{impact}}',
      'Started: {{started_at}}',
      '{{^is_resolved}}',
      'Next update: {{next_update}}',
      '{{/is_resolved}}',
      '{{#is_resolved}}',
      'Resolved: {{resolved_at}}',
      '{{/is_resolved}}',
    ),
    updatedAt: 0,
  },
];

export const builtInTemplate = (id: string) => BUILT_IN_TEMPLATES.find((t) => t.id === id);

export interface TemplateEntry extends CommsTemplate {
  builtIn: boolean;
  /** A built-in whose stored text differs from the default. */
  edited: boolean;
}

/** Built-ins first (in their fixed order, with any stored edits), then custom ones by name. */
export function mergeTemplates(stored: readonly CommsTemplate[]): TemplateEntry[] {
  const byId = new Map(stored.map((t) => [t.id, t]));
  const builtIns = BUILT_IN_TEMPLATES.map((def) => {
    const override = byId.get(def.id);
    if (!override) return { ...def, builtIn: true, edited: false };
    // Audience and purpose of a built-in are fixed: the suggestion and the public safety rely on them.
    const merged = { ...override, audience: def.audience, purpose: def.purpose };
    const edited = merged.name !== def.name || merged.subject !== def.subject || merged.body !== def.body;
    return { ...merged, builtIn: true, edited };
  });
  const custom = stored
    .filter((t) => !isBuiltInId(t.id))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .map((t) => ({ ...t, builtIn: false, edited: false }));
  return [...builtIns, ...custom];
}

export function duplicateTemplate(
  source: Pick<CommsTemplate, 'name' | 'audience' | 'purpose' | 'subject' | 'body'>,
  id: string,
  now: number,
): CommsTemplate {
  return {
    id: `${CUSTOM_PREFIX}${id}`,
    name: `Copy of ${source.name}`.slice(0, 120),
    audience: source.audience,
    purpose: source.purpose,
    subject: source.subject,
    body: source.body,
    updatedAt: now,
  };
}

export interface Suggestion {
  purpose: Exclude<Purpose, 'status-page' | 'other'>;
  reason: string;
}

/**
 * Which update fits now, from the incident's last move (issue 6): just declared or acknowledged
 * with nothing sent yet → the initial notice; identified, fixing or a recurrence → a progress
 * update; a mitigation action as the latest move → mitigation applied; resolved and after → the
 * resolution notice.
 */
export function suggestTemplate(incident: Incident, events: readonly IncidentEvent[]): Suggestion {
  if (incident.status === 'resolved' || incident.status === 'monitoring' || incident.status === 'closed') {
    return { purpose: 'resolved', reason: 'the incident is resolved' };
  }
  const moves = [...events]
    .filter(
      (e) =>
        e.kind === 'declared' ||
        e.kind === 'acknowledged' ||
        e.kind === 'status_changed' ||
        (e.kind === 'action_taken' && e.payload.mitigation !== null),
    )
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
  const last = moves[moves.length - 1];
  if (last?.kind === 'action_taken') return { purpose: 'mitigation', reason: `a mitigation was applied (${last.payload.mitigation})` };
  if (last?.kind === 'status_changed') {
    const reason = last.payload.to === 'investigating' ? 'the issue recurred' : `the incident moved to ${last.payload.to}`;
    return { purpose: 'progress', reason };
  }
  if (incident.updatesPublished === 0) return { purpose: 'declared', reason: 'the incident was declared and no update has been sent yet' };
  return { purpose: 'progress', reason: 'the initial notice has been sent' };
}

/** The template to start with for a purpose: the built-in (customised or not). */
export function templateForPurpose(templates: readonly TemplateEntry[], purpose: Purpose): TemplateEntry | undefined {
  return templates.find((t) => t.builtIn && t.purpose === purpose) ?? templates.find((t) => t.purpose === purpose);
}

export function newTemplateDraft(): Pick<CommsTemplate, 'name' | 'audience' | 'purpose' | 'subject' | 'body'> {
  return {
    name: 'New template',
    audience: 'stakeholders',
    purpose: 'other',
    subject: '[{{severity}}] {{incident_id}}: {{title}}',
    body: body('**{{title}}** ({{incident_id}})', '', 'Status: {{status}}', 'Affected services: {{services}}', '', 'Next update: {{next_update}}'),
  };
}
