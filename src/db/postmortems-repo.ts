// Postmortem writes and reads. Every write reads the stored document and decides inside one
// read-write transaction (IndexedDB serialises them across tabs), validates the result with zod,
// and writes it whole, or writes nothing and says why.
import { newPostmortemId, ulid } from '@/domain/ids';
import { makeBundle, validateBundle, type PostmortemBundle } from '@/domain/postmortem/bundle';
import { isSameConflict, mergeContent, resolveConflict, sameValue } from '@/domain/postmortem/merge';
import {
  postmortemSchema,
  UNIT_LABEL,
  type Conflict,
  type Postmortem,
  type PostmortemContent,
  type PostmortemStatus,
  type Unit,
} from '@/domain/postmortem/model';
import { canStartPostmortem, changeStatus, EDITABLE_WHEN_PUBLISHED, newPostmortem } from '@/domain/postmortem/postmortem';
import { describeIssues } from '@/domain/schema-kit';
import { db } from './database';
import { getIncident, incidentEvents } from './incidents-read';
import { mergeEvents, runCommand, type WriteContext } from './incidents-write';
import { guardStorage } from './storage-errors';

export type PostmortemResult = { ok: true; postmortem: Postmortem } | { ok: false; error: string };

export interface EditContext {
  now: number;
  author: string;
}

function validated(pm: Postmortem): { ok: true } | { ok: false; error: string } {
  const result = postmortemSchema.safeParse(pm);
  return result.success ? { ok: true } : { ok: false, error: `Not saved: ${describeIssues(result.error).slice(0, 3).join('; ')}` };
}

export async function getPostmortem(id: string): Promise<Postmortem | null> {
  return (await db.postmortems.get(id)) ?? null;
}

export async function postmortemForIncident(incidentId: string): Promise<Postmortem | null> {
  return (await db.postmortems.where('incidentId').equals(incidentId).first()) ?? null;
}

export async function listPostmortems(): Promise<Postmortem[]> {
  return db.postmortems.orderBy('updatedAt').reverse().toArray();
}

/**
 * Starts the postmortem of a resolved or closed incident: the incident's `postmortem_created`
 * event and the document are written in one transaction, so neither exists without the other.
 */
export async function createPostmortem(incidentId: string, ctx: WriteContext, id = newPostmortemId()): Promise<PostmortemResult> {
  return guardStorage(() =>
    db.transaction('rw', [db.incidents, db.events, db.postmortems], async () => {
      const existing = await postmortemForIncident(incidentId);
      if (existing) return { ok: false, error: `Postmortem ${existing.id} already exists for ${incidentId}.` } as const;
      const before = await getIncident(incidentId);
      if (!before) return { ok: false, error: `Incident ${incidentId} does not exist in this browser.` } as const;
      const allowed = canStartPostmortem(before);
      if (!allowed.ok) return { ok: false, error: allowed.reason } as const;
      const recorded = await runCommand(incidentId, { type: 'postmortem_created', postmortemId: id }, ctx);
      if (!recorded.ok) return recorded;
      const incident = await getIncident(incidentId);
      const events = await incidentEvents(incidentId);
      const pm = newPostmortem({ id, incident: incident!, events, now: ctx.now, author: ctx.author, whyId: ulid(ctx.now) });
      const check = validated(pm);
      // Throwing aborts the transaction, taking the incident's event with it.
      if (!check.ok) throw new Error(check.error);
      await db.postmortems.add(pm);
      return { ok: true, postmortem: pm } as const;
    }),
  );
}

export type SaveResult = { ok: true; postmortem: Postmortem; conflicts: Conflict[] } | { ok: false; error: string };

function conflictsFrom(drafts: ReturnType<typeof mergeContent>['conflicts'], existing: readonly Conflict[], ctx: EditContext): Conflict[] {
  const fresh = drafts.filter((d) => !existing.some((c) => isSameConflict(c, d)));
  return fresh.map((d) => ({ ...d, id: ulid(ctx.now), author: ctx.author, at: ctx.now }));
}

/**
 * Saves a tab's edits: `mine` holds the units it changed, `base` the values it started from.
 * Merged three-way with what is stored; a unit changed on both sides keeps the stored value and
 * records the tab's version as a conflict (see domain/postmortem/merge).
 */
export async function savePostmortemEdits(
  postmortemId: string,
  base: Partial<PostmortemContent>,
  mine: Partial<PostmortemContent>,
  ctx: EditContext,
): Promise<SaveResult> {
  return guardStorage(() =>
    db.transaction('rw', db.postmortems, async () => {
      const stored = await db.postmortems.get(postmortemId);
      if (!stored) return { ok: false, error: `Postmortem ${postmortemId} does not exist in this browser.` } as const;
      let apply = mine;
      const blocked: Partial<PostmortemContent> = {};
      if (stored.status === 'published') {
        // A published document keeps its text; an edit that arrives late is kept as a conflict, not dropped.
        apply = Object.fromEntries(Object.entries(mine).filter(([u]) => EDITABLE_WHEN_PUBLISHED.has(u)));
        Object.assign(blocked, Object.fromEntries(Object.entries(mine).filter(([u]) => !EDITABLE_WHEN_PUBLISHED.has(u))));
      }
      const merged = mergeContent(base, apply, stored.content);
      const lateEdits = (Object.keys(blocked) as Unit[])
        .filter((u) => !sameValue(blocked[u], stored.content[u]))
        .map((u) => ({ unit: u, itemId: null, mine: blocked[u], theirs: stored.content[u] }));
      const conflicts = conflictsFrom([...merged.conflicts, ...lateEdits], stored.conflicts, ctx);
      if (merged.changed.length === 0 && conflicts.length === 0) return { ok: true, postmortem: stored, conflicts: [] } as const;
      const next: Postmortem = {
        ...stored,
        content: merged.content,
        conflicts: [...stored.conflicts, ...conflicts],
        updatedAt: Math.max(ctx.now, stored.updatedAt),
        updatedBy: ctx.author,
      };
      const check = validated(next);
      if (!check.ok) return check;
      await db.postmortems.put(next);
      return { ok: true, postmortem: next, conflicts } as const;
    }),
  );
}

/** Settles a conflict: 'mine' applies the version that was held back, 'theirs' keeps the stored one. */
export async function resolvePostmortemConflict(
  postmortemId: string,
  conflictId: string,
  choice: 'mine' | 'theirs',
  ctx: EditContext,
): Promise<PostmortemResult> {
  return guardStorage(() =>
    db.transaction('rw', db.postmortems, async () => {
      const stored = await db.postmortems.get(postmortemId);
      if (!stored) return { ok: false, error: `Postmortem ${postmortemId} does not exist in this browser.` } as const;
      const conflict = stored.conflicts.find((c) => c.id === conflictId);
      if (!conflict) return { ok: true, postmortem: stored } as const;
      if (choice === 'mine' && stored.status === 'published' && !EDITABLE_WHEN_PUBLISHED.has(conflict.unit)) {
        return {
          ok: false,
          error: `${UNIT_LABEL[conflict.unit]} cannot change: the postmortem is published. Copy the text if you need it.`,
        } as const;
      }
      const next: Postmortem = {
        ...stored,
        content: resolveConflict(stored.content, conflict, choice),
        conflicts: stored.conflicts.filter((c) => c.id !== conflictId),
        updatedAt: Math.max(ctx.now, stored.updatedAt),
        updatedBy: ctx.author,
      };
      const check = validated(next);
      if (!check.ok) return check;
      await db.postmortems.put(next);
      return { ok: true, postmortem: next } as const;
    }),
  );
}

export async function changePostmortemStatus(
  postmortemId: string,
  from: PostmortemStatus,
  to: PostmortemStatus,
  ctx: EditContext,
): Promise<PostmortemResult> {
  return guardStorage(() =>
    db.transaction('rw', db.postmortems, async () => {
      const stored = await db.postmortems.get(postmortemId);
      if (!stored) return { ok: false, error: `Postmortem ${postmortemId} does not exist in this browser.` } as const;
      const result = changeStatus(stored, from, to, ctx);
      if (!result.ok) return result;
      await db.postmortems.put(result.postmortem);
      return result;
    }),
  );
}

/** The incident's events and the postmortem, as one file for another browser. */
export async function exportPostmortemBundle(postmortemId: string, now: number): Promise<PostmortemBundle | null> {
  return db.transaction('r', [db.incidents, db.events, db.postmortems], async () => {
    const pm = await db.postmortems.get(postmortemId);
    if (!pm) return null;
    const incident = await getIncident(pm.incidentId);
    if (!incident) return null;
    return makeBundle(incident, await incidentEvents(pm.incidentId), pm, now);
  });
}

export type BundleImportResult =
  { ok: true; postmortemId: string; incidentId: string; eventsAdded: number; created: boolean; conflicts: number } | { ok: false; errors: string[] };

/**
 * Imports a bundle in one transaction: the events merge by id (idempotent), the incident is
 * rebuilt from them, and the postmortem is added — or, if this browser has a different copy of
 * it, merged with every difference kept as a conflict for a person to settle.
 */
export async function importPostmortemBundle(text: string, ctx: EditContext): Promise<BundleImportResult> {
  const checked = validateBundle(text);
  if (!checked.ok) return checked;
  const { postmortem: incoming, events } = checked.bundle;
  return guardStorage(() =>
    db.transaction('rw', [db.incidents, db.events, db.postmortems], async () => {
      const local = await getIncident(incoming.incidentId);
      if (local?.postmortemId && local.postmortemId !== incoming.id) {
        return {
          ok: false,
          errors: [
            `${incoming.incidentId} already has postmortem ${local.postmortemId} in this browser; the bundle carries ${incoming.id}. Nothing was imported.`,
          ],
        } as const;
      }
      const other = await postmortemForIncident(incoming.incidentId);
      if (other && other.id !== incoming.id) {
        return { ok: false, errors: [`${incoming.incidentId} already has postmortem ${other.id} in this browser. Nothing was imported.`] } as const;
      }
      const { added } = await mergeEvents(events);
      const existing = await db.postmortems.get(incoming.id);
      if (!existing) {
        await db.postmortems.add(incoming);
        return { ok: true, postmortemId: incoming.id, incidentId: incoming.incidentId, eventsAdded: added, created: true, conflicts: 0 } as const;
      }
      const merged = mergeContent({}, incoming.content, existing.content);
      const importCtx = { now: ctx.now, author: `import (${incoming.updatedBy || 'unknown'})` };
      const conflicts = conflictsFrom(merged.conflicts, existing.conflicts, importCtx);
      if (merged.changed.length || conflicts.length) {
        const next: Postmortem = {
          ...existing,
          content: merged.content,
          conflicts: [...existing.conflicts, ...conflicts],
          updatedAt: Math.max(ctx.now, existing.updatedAt),
        };
        const check = validated(next);
        if (!check.ok) throw new Error(check.error);
        await db.postmortems.put(next);
      }
      return {
        ok: true,
        postmortemId: incoming.id,
        incidentId: incoming.incidentId,
        eventsAdded: added,
        created: false,
        conflicts: conflicts.length,
      } as const;
    }),
  );
}
