// Live reads of incidents, shared by every feature that shows them. Writing is in
// incident-commands.ts, so a page that only reads loads no command logic.
import { useLiveQuery } from 'dexie-react-hooks';
import { getIncident, incidentEvents, incidentsChangeToken, listIncidents, listOpenIncidents } from '@/db/incidents-read';
import type { IncidentEvent } from '@/domain/incident/events';
import type { Incident } from '@/domain/incident/incident';
import { sharedFollowingQuery, useSharedLiveQuery } from './shared-live-query';

/** undefined while loading, null when there is no such incident. */
export function useIncident(incidentId: string | undefined): Incident | null | undefined {
  return useLiveQuery(async () => (incidentId ? getIncident(incidentId) : null), [incidentId]);
}

export function useIncidentEvents(incidentId: string | undefined): IncidentEvent[] | undefined {
  return useLiveQuery(async () => (incidentId ? incidentEvents(incidentId) : []), [incidentId]);
}

// Every incident: one shared read that a burst of writes cannot starve (10,000 incidents take
// longer to read than an escalation backlog takes between two writes).
const allIncidents = sharedFollowingQuery(incidentsChangeToken, listIncidents, 'the incidents');

export function useIncidents(): Incident[] | undefined {
  return useSharedLiveQuery(allIncidents);
}

export function useOpenIncidents(): Incident[] | undefined {
  return useLiveQuery(listOpenIncidents, []);
}
