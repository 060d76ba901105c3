// The placeholders a template may use, with what each means. Internal audiences (responders,
// stakeholders) see the incident as it is; the public audience sees only what a status page may
// say, so internal placeholders (people, root cause, titles…) do not exist there at all. A few
// names exist in both with a public meaning (status, impact, services).
import type { Audience } from '../incident/roles';

export type PlaceholderScope = 'internal' | 'public';

export interface PlaceholderDef {
  name: string;
  kind: 'text' | 'list' | 'flag';
  scopes: readonly PlaceholderScope[];
  /** What it holds; for shared names, the internal meaning first, then the public one. */
  description: string;
}

const internal: readonly PlaceholderScope[] = ['internal'];
const publicOnly: readonly PlaceholderScope[] = ['public'];
const both: readonly PlaceholderScope[] = ['internal', 'public'];

export const PLACEHOLDERS: readonly PlaceholderDef[] = [
  { name: 'incident_id', kind: 'text', scopes: internal, description: 'The incident id, e.g. INC-1A2B3C4D' },
  { name: 'title', kind: 'text', scopes: internal, description: 'The incident title' },
  { name: 'severity', kind: 'text', scopes: internal, description: 'Current severity, e.g. “P1 (High)”' },
  { name: 'severity_change', kind: 'text', scopes: internal, description: 'The last severity change, “P2 (Medium) → P1 (High)”, or “unchanged”' },
  {
    name: 'status',
    kind: 'text',
    scopes: both,
    description: 'Internal: the lifecycle status, e.g. “Identified”. Public: investigating, identified, monitoring or resolved',
  },
  { name: 'status_change', kind: 'text', scopes: internal, description: 'The last status change, e.g. “Investigating → Identified”' },
  { name: 'status_detail', kind: 'text', scopes: internal, description: 'What the last status change recorded (root cause, fix, resolution…)' },
  {
    name: 'impact',
    kind: 'text',
    scopes: both,
    description: 'Internal: the incident’s description of its impact. Public: critical, major, minor or none (from the severity)',
  },
  { name: 'symptoms', kind: 'text', scopes: internal, description: 'Symptoms recorded at declaration' },
  { name: 'customer_facing', kind: 'text', scopes: internal, description: '“yes” or “no”' },
  {
    name: 'services',
    kind: 'list',
    scopes: both,
    description: 'Affected services. Internal: their catalogue names. Public: their public names',
  },
  { name: 'team', kind: 'text', scopes: internal, description: 'The owning team' },
  { name: 'commander', kind: 'text', scopes: internal, description: 'The incident commander' },
  { name: 'comms_lead', kind: 'text', scopes: internal, description: 'The communication lead' },
  { name: 'assignee', kind: 'text', scopes: internal, description: 'Who the incident is assigned to' },
  { name: 'declared_at', kind: 'text', scopes: internal, description: 'When it was declared, UTC and local' },
  { name: 'started_at', kind: 'text', scopes: publicOnly, description: 'When it started (the declaration), UTC and local' },
  { name: 'time', kind: 'text', scopes: both, description: 'The time of writing, UTC and local' },
  { name: 'duration', kind: 'text', scopes: both, description: 'How long it has lasted so far (until resolution)' },
  { name: 'total_duration', kind: 'text', scopes: internal, description: 'Declaration to resolution (empty until resolved)' },
  { name: 'resolved_at', kind: 'text', scopes: both, description: 'When it was resolved, UTC and local (empty until resolved)' },
  {
    name: 'next_update',
    kind: 'text',
    scopes: both,
    description:
      'When the next update is due if this one is sent now (the cadence of the severity), UTC and local; “none scheduled” when no cadence applies',
  },
  { name: 'cadence', kind: 'text', scopes: internal, description: 'The update cadence of the severity, e.g. “every 30 min”' },
  { name: 'root_cause', kind: 'text', scopes: internal, description: 'The root cause recorded when it was identified' },
  { name: 'mitigation', kind: 'text', scopes: internal, description: 'The latest mitigation action, else the fix being implemented' },
  { name: 'resolution', kind: 'text', scopes: internal, description: 'The resolution recorded when it was resolved' },
  { name: 'actions', kind: 'list', scopes: internal, description: 'Actions taken, in order, each with its UTC time' },
  { name: 'hypotheses', kind: 'list', scopes: internal, description: 'Open hypotheses' },
  { name: 'next_steps', kind: 'text', scopes: internal, description: 'What happens next, from the response phase of the current status' },
  { name: 'postmortem_due', kind: 'text', scopes: internal, description: 'The postmortem due date, 5 days after resolution (empty until resolved)' },
  { name: 'incident_url', kind: 'text', scopes: internal, description: 'A link to the incident in Watchfloor' },
  { name: 'postmortem_url', kind: 'text', scopes: internal, description: 'A link to the incident’s postmortem and its action items' },
  { name: 'status_title', kind: 'text', scopes: publicOnly, description: 'The public status, capitalised: “Investigating”…' },
  { name: 'is_investigating', kind: 'flag', scopes: publicOnly, description: 'True while the public status is investigating (use as a section)' },
  { name: 'is_identified', kind: 'flag', scopes: publicOnly, description: 'True while the public status is identified' },
  { name: 'is_monitoring', kind: 'flag', scopes: publicOnly, description: 'True while the public status is monitoring (a fix is in place)' },
  { name: 'is_resolved', kind: 'flag', scopes: publicOnly, description: 'True once resolved' },
];

export const scopeOf = (audience: Audience): PlaceholderScope => (audience === 'public' ? 'public' : 'internal');

export function placeholdersFor(audience: Audience): PlaceholderDef[] {
  const scope = scopeOf(audience);
  return PLACEHOLDERS.filter((p) => p.scopes.includes(scope));
}

export function placeholderNames(audience: Audience): ReadonlySet<string> {
  return new Set(placeholdersFor(audience).map((p) => p.name));
}

/** Levenshtein distance, small and bounded: for "did you mean" on a mistyped name. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The message for a name the audience does not have: not public, or a near miss, or unknown. */
export function describeUnknownPlaceholder(name: string, audience: Audience): string {
  const available = placeholdersFor(audience);
  if (PLACEHOLDERS.some((p) => p.name === name)) {
    return audience === 'public' ? `{{${name}}} is internal and not available in public messages.` : `{{${name}}} exists only in public messages.`;
  }
  const nearest = available
    .map((p) => ({ name: p.name, d: distance(name, p.name) }))
    .filter((c) => c.d <= Math.max(1, Math.floor(name.length / 4)))
    .sort((a, b) => a.d - b.d)[0];
  return nearest ? `{{${name}}} is not a placeholder. Did you mean {{${nearest.name}}}?` : `{{${name}}} is not a placeholder.`;
}
