// Incident writes. A write validates the command against the current snapshot, then
// appends the event and updates the snapshot in one transaction: IndexedDB serialises
// read-write transactions across tabs, so a stale transition from another tab is refused here.
import { newIncidentId, ulid } from '@/domain/ids';
import { decide, type DeclareInput, type Decision, type IncidentCommand } from '@/domain/incident/commands';
import type { IncidentEvent } from '@/domain/incident/events';
import { applyEvent, foldEvents, type Incident } from '@/domain/incident/incident';
import { db } from './database';
import { fromIncidentRow, toIncidentRow } from './incident-row';
import { guardStorage } from './storage-errors';

export interface WriteContext {
  now: number;
  author: string;
  monitoringPeriodMs: number;
  /** Marks the event as demo data (removable from Settings). */
  demo?: boolean;
}

export type WriteResult = Decision & { duplicate?: boolean };

export async function runCommand(incidentId: string, command: IncidentCommand, ctx: WriteContext): Promise<WriteResult> {
  return guardStorage(() =>
    db.transaction('rw', db.incidents, db.events, async () => {
      const row = await db.incidents.get(incidentId);
      const current = row ? fromIncidentRow(row) : null;
      // Never write an event that sorts before the last one (a tab with a clock behind).
      const now = Math.max(ctx.now, current?.updatedAt ?? 0);
      const decision = decide(current, command, {
        now,
        author: ctx.author,
        incidentId,
        newId: () => ulid(now),
        monitoringPeriodMs: ctx.monitoringPeriodMs,
      });
      if (!decision.ok) return decision;
      const event = ctx.demo ? { ...decision.event, demo: true } : decision.event;
      if (await db.events.get(event.id)) return { ...decision, duplicate: true };
      const next = applyEvent(current, event);
      if (!next) return { ok: false, error: `Internal error: the ${event.kind} event does not apply. Nothing was written.` } as const;
      await db.events.add(event);
      await db.incidents.put(toIncidentRow(next));
      return { ok: true, event } as const;
    }),
  );
}

export async function declareIncident(input: DeclareInput, ctx: WriteContext, id = newIncidentId()): Promise<WriteResult & { incidentId: string }> {
  const result = await runCommand(id, { type: 'declare', input }, ctx);
  return { ...result, incidentId: id };
}

/** Adds events that already exist elsewhere (import, sync): idempotent by id, then refolds. */
export async function mergeEvents(events: IncidentEvent[]): Promise<{ added: number; incidents: number }> {
  return guardStorage(() =>
    db.transaction('rw', db.incidents, db.events, async () => {
      const existing = new Set((await db.events.bulkGet(events.map((e) => e.id))).filter(Boolean).map((e) => e!.id));
      const fresh = events.filter((e) => !existing.has(e.id));
      await db.events.bulkAdd(fresh);
      const touched = [...new Set(events.map((e) => e.incidentId))];
      for (const id of touched) await rebuildSnapshotInTx(id);
      return { added: fresh.length, incidents: touched.length };
    }),
  );
}

async function rebuildSnapshotInTx(incidentId: string): Promise<Incident | null> {
  const events = await db.events.where('incidentId').equals(incidentId).toArray();
  const incident = foldEvents(events);
  if (incident) await db.incidents.put(toIncidentRow(incident));
  else await db.incidents.delete(incidentId);
  return incident;
}

export function rebuildSnapshot(incidentId: string): Promise<Incident | null> {
  return guardStorage(() => db.transaction('rw', db.incidents, db.events, () => rebuildSnapshotInTx(incidentId)));
}
