// The incident list's filters, sort and counts, as pure functions over snapshots (10,000 rows
// filter in a few milliseconds once their search text is cached, so no index is needed).
import { SEVERITIES, severityRank, type Severity } from '../severity/levels';
import type { Incident } from './incident';
import { isOpen, isStatus, type Status } from './lifecycle';

export interface IncidentFilter {
  state: 'open' | 'closed' | 'all';
  status: Status | null;
  severity: Severity | null;
  service: string | null;
  team: string | null;
  text: string;
}

export type IncidentSort = 'newest' | 'oldest' | 'severity';

export const DEFAULT_FILTER: IncidentFilter = { state: 'open', status: null, severity: null, service: null, team: null, text: '' };

// Snapshots are immutable, so each one's searchable text is built once, not once per keystroke
// (10,000 incidents: building it every time was most of a text filter's cost).
const searchText = new WeakMap<Incident, string>();
function haystack(incident: Incident): string {
  let text = searchText.get(incident);
  if (text === undefined) {
    text = `${incident.id} ${incident.title} ${incident.description} ${incident.services.join(' ')} ${incident.team}`.toLowerCase();
    searchText.set(incident, text);
  }
  return text;
}

/** The filter as a predicate, with its search words worked out once. */
export function matcher(f: IncidentFilter): (incident: Incident) => boolean {
  const words = f.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return (incident) => {
    if (f.state === 'open' && !isOpen(incident.status)) return false;
    if (f.state === 'closed' && isOpen(incident.status)) return false;
    if (f.status && incident.status !== f.status) return false;
    if (f.severity && incident.severity !== f.severity) return false;
    if (f.service && !incident.services.includes(f.service)) return false;
    if (f.team && incident.team !== f.team) return false;
    if (words.length === 0) return true;
    const text = haystack(incident);
    return words.every((word) => text.includes(word));
  };
}

const BY: Record<IncidentSort, (a: Incident, b: Incident) => number> = {
  newest: (a, b) => b.createdAt - a.createdAt,
  oldest: (a, b) => a.createdAt - b.createdAt,
  // Most severe first, then the oldest open first: the one waiting longest needs eyes.
  severity: (a, b) => severityRank(a.severity) - severityRank(b.severity) || a.createdAt - b.createdAt,
};

export function filterAndSort(incidents: readonly Incident[], filter: IncidentFilter, sort: IncidentSort): Incident[] {
  return incidents.filter(matcher(filter)).sort(BY[sort]);
}

/** Counts per severity of the incidents the filter shows, ignoring the severity filter itself. */
export function countBySeverity(incidents: readonly Incident[], filter: IncidentFilter): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const shown = matcher({ ...filter, severity: null });
  for (const i of incidents) if (shown(i)) counts[i.severity]++;
  return counts;
}

/** Reads a filter from URL search params (shareable links); anything unknown falls back. */
export function filterFromParams(params: URLSearchParams): { filter: IncidentFilter; sort: IncidentSort } {
  const state = params.get('state');
  const status = params.get('status');
  const severity = params.get('severity');
  const sort = params.get('sort');
  return {
    filter: {
      state: state === 'closed' || state === 'all' ? state : 'open',
      status: isStatus(status) ? status : null,
      severity: (SEVERITIES as readonly string[]).includes(severity ?? '') ? (severity as Severity) : null,
      service: params.get('service') || null,
      team: params.get('team') || null,
      text: params.get('q') ?? '',
    },
    sort: sort === 'oldest' || sort === 'severity' ? sort : 'newest',
  };
}

export function filterToParams(filter: IncidentFilter, sort: IncidentSort): URLSearchParams {
  const p = new URLSearchParams();
  if (filter.state !== 'open') p.set('state', filter.state);
  if (filter.status) p.set('status', filter.status);
  if (filter.severity) p.set('severity', filter.severity);
  if (filter.service) p.set('service', filter.service);
  if (filter.team) p.set('team', filter.team);
  if (filter.text) p.set('q', filter.text);
  if (sort !== 'newest') p.set('sort', sort);
  return p;
}
