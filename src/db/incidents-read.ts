// Incident reads: snapshots for lists and filters, events for timelines and metrics. Kept apart
// from the writes (incidents-write.ts) so a page that only shows incidents loads no command logic.
import type { IncidentEvent } from '@/domain/incident/events';
import type { Incident } from '@/domain/incident/incident';
import { db } from './database';
import { fromIncidentRow } from './incident-row';

export async function getIncident(incidentId: string): Promise<Incident | null> {
  const row = await db.incidents.get(incidentId);
  return row ? fromIncidentRow(row) : null;
}

export async function incidentEvents(incidentId: string): Promise<IncidentEvent[]> {
  return db.events.where('[incidentId+at]').between([incidentId, -Infinity], [incidentId, Infinity]).toArray();
}

export async function listIncidents(): Promise<Incident[]> {
  const rows = await db.incidents.orderBy('createdAt').reverse().toArray();
  return rows.map(fromIncidentRow);
}

export async function listOpenIncidents(): Promise<Incident[]> {
  const rows = await db.incidents.where('open').equals(1).toArray();
  return rows.map(fromIncidentRow).sort((a, b) => b.createdAt - a.createdAt);
}

/** Changes whenever any incident changes (count and newest update): a cheap live-query trigger. */
export async function incidentsChangeToken(): Promise<string> {
  const [count, newest] = await Promise.all([db.incidents.count(), db.incidents.orderBy('updatedAt').last()]);
  return `${count}:${newest?.updatedAt ?? 0}:${newest?.lastEventId ?? ''}`;
}

export async function allEvents(): Promise<IncidentEvent[]> {
  return db.events.toArray();
}

export async function incidentsForService(serviceId: string): Promise<Incident[]> {
  const rows = await db.incidents.where('services').equals(serviceId).toArray();
  return rows.map(fromIncidentRow);
}
