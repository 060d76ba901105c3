// The database's schema history. Every version ever shipped stays declared (Dexie needs them to
// upgrade old databases); an upgrade function moves data forward. Snapshots are a cache of the
// events, so the safest migration for them is a rebuild from the events.
import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import type { IncidentEvent } from '@/domain/incident/events';
import { foldEvents } from '@/domain/incident/incident';
import { toIncidentRow } from './incident-row';

/** v1: the first schema: incidents (snapshots), their events, settings, service catalogue. */
export const SCHEMA_V1 = {
  incidents: 'id, status, severity, createdAt, updatedAt, *services',
  events: 'id, incidentId, [incidentId+at], kind',
  settings: 'key',
  services: 'id, team',
};

/** v2: an `open` index for the overview and the list, a team index, and a meta table. (Demo flags are
 * booleans, which IndexedDB cannot index: demo records are found by a scan, which is rare.) */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  incidents: 'id, status, severity, createdAt, updatedAt, *services, open, team',
  events: 'id, incidentId, [incidentId+at], kind',

  meta: 'key',
};

/** v3: escalation policies (one per severity, only when edited), on-call teams with their
 * rotations, overrides, and handoff notes. No upgrade step: missing policies read as defaults. */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  escalationPolicies: 'severity',
  teams: 'id, name',
  overrides: 'id, teamId, endAt',
  handoffs: 'id, teamId, at',
};

/** v4: message templates (custom ones and edits of the built-ins) and per-incident drafts of updates. */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  commsTemplates: 'id, updatedAt',
  commsDrafts: 'id, incidentId, updatedAt',
};

/** v5: postmortems, one per incident (the unique index refuses a second one at the store too). */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  postmortems: 'id, &incidentId, status, dueAt, updatedAt',
};

export const CURRENT_VERSION = 5;

/** Rebuilds every incident snapshot from its events (fills fields added since it was written). */
export async function rebuildAllSnapshots(tx: Transaction): Promise<void> {
  const events = (await tx.table('events').toArray()) as IncidentEvent[];
  const byIncident = new Map<string, IncidentEvent[]>();
  for (const e of events) {
    const list = byIncident.get(e.incidentId) ?? [];
    list.push(e);
    byIncident.set(e.incidentId, list);
  }
  const rows = [...byIncident.values()].flatMap((list) => {
    const incident = foldEvents(list);
    return incident ? [toIncidentRow(incident)] : [];
  });
  await tx.table('incidents').bulkPut(rows);
}

export function declareSchema(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(rebuildAllSnapshots);
  db.version(3).stores(SCHEMA_V3);
  db.version(4).stores(SCHEMA_V4);
  db.version(5).stores(SCHEMA_V5);
}
