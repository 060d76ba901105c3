// The snapshot row stored for each incident: the fold of its events plus the derived index
// fields lists filter on.
import type { Incident } from '@/domain/incident/incident';
import { isOpen } from '@/domain/incident/lifecycle';

export type IncidentRow = Incident & { open: 0 | 1 };

export function toIncidentRow(incident: Incident): IncidentRow {
  return { ...incident, open: isOpen(incident.status) ? 1 : 0 };
}

export function fromIncidentRow(row: IncidentRow): Incident {
  const { open: _open, ...incident } = row;
  // Snapshots written before these fields existed lack them.
  return { ...incident, fingerprints: incident.fingerprints ?? [], impactStartedAt: incident.impactStartedAt ?? null };
}
