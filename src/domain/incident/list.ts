// The incident list's filters, sort and counts, as pure functions over snapshots (10,000 rows
// filter in a few milliseconds, so no index gymnastics are needed).
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

export function matches(incident: Incident, f: IncidentFilter): boolean {
  if (f.state === 'open' && !isOpen(incident.status)) return false;
  if (f.state === 'closed' && isOpen(incident.status)) return false;
  if (f.status && incident.status !== f.status) return false;
  if (f.severity && incident.severity !== f.severity) return false;
  if (f.service && !incident.services.includes(f.service)) return false;
  if (f.team && incident.team !== f.team) return false;
  const text = f.text.trim().toLowerCase();
  if (text) {
    const haystack = `${incident.id} ${incident.title} ${incident.description} ${incident.services.join(' ')} ${incident.team}`.toLowerCase();
    if (!text.split(/\s+/).every((word) => haystack.includes(word))) return false;
  }
  return true;
}

const BY: Record<IncidentSort, (a: Incident, b: Incident) => number> = {
  newest: (a, b) => b.createdAt - a.createdAt,
  oldest: (a, b) => a.createdAt - b.createdAt,
  // Most severe first, then the oldest open first: the one waiting longest needs eyes.
  severity: (a, b) => severityRank(a.severity) - severityRank(b.severity) || a.createdAt - b.createdAt,
};

export function filterAndSort(incidents: readonly Incident[], filter: IncidentFilter, sort: IncidentSort): Incident[] {
  return incidents.filter((i) => matches(i, filter)).sort(BY[sort]);
}

/** Counts per severity of the incidents the filter shows, ignoring the severity filter itself. */
export function countBySeverity(incidents: readonly Incident[], filter: IncidentFilter): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const withoutSeverity = { ...filter, severity: null };
  for (const i of incidents) if (matches(i, withoutSeverity)) counts[i.severity]++;
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
