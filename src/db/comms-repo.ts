// Message templates (custom ones, and edits of the built-ins stored under the built-in's id) and
// drafts of updates, one per incident and template.
//
// Drafts are autosaved on every keystroke and must survive a reload that comes before IndexedDB
// has committed. So each save first goes synchronously to a small localStorage journal, then to
// IndexedDB; the journal entry is cleared once IndexedDB holds the same draft, and reading takes
// whichever of the two is newer.
import { describeIssues } from '@/domain/schema-kit';
import { builtInTemplate, commsDraftSchema, commsTemplateSchema, draftId, type CommsDraft, type CommsTemplate } from '@/domain/comms/templates';
import { db } from './database';
import { guardStorage } from './storage-errors';

export function listStoredTemplates(): Promise<CommsTemplate[]> {
  return db.commsTemplates.toArray();
}

export type TemplateSaveResult = { ok: true; template: CommsTemplate } | { ok: false; errors: string[] };

export async function saveTemplate(template: CommsTemplate): Promise<TemplateSaveResult> {
  const builtIn = builtInTemplate(template.id);
  // A built-in keeps its audience and purpose: the suggestion and the public safety rely on them.
  const candidate = builtIn ? { ...template, audience: builtIn.audience, purpose: builtIn.purpose } : template;
  const parsed = commsTemplateSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error) };
  await guardStorage(() => db.commsTemplates.put(parsed.data));
  return { ok: true, template: parsed.data };
}

/** Deletes a custom template, or resets a built-in to its default text. */
export async function deleteStoredTemplate(id: string): Promise<void> {
  await guardStorage(() => db.commsTemplates.delete(id));
}

const JOURNAL_PREFIX = 'watchfloor-comms-draft:';

function journalKeys(incidentId: string): string[] {
  try {
    const prefix = `${JOURNAL_PREFIX}${incidentId}|`;
    return Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i) ?? '').filter((k) => k.startsWith(prefix));
  } catch {
    return [];
  }
}

function journalRead(key: string): CommsDraft | null {
  try {
    const parsed = commsDraftSchema.safeParse(JSON.parse(localStorage.getItem(key) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function journalWrite(draft: CommsDraft): void {
  try {
    localStorage.setItem(JOURNAL_PREFIX + draft.id, JSON.stringify(draft));
  } catch {
    // No localStorage (or it is full): IndexedDB alone still keeps the draft.
  }
}

function journalRemove(id: string, onlyIf?: CommsDraft): void {
  try {
    const key = JOURNAL_PREFIX + id;
    if (!onlyIf || localStorage.getItem(key) === JSON.stringify(onlyIf)) localStorage.removeItem(key);
  } catch {
    // Nothing to clean up without localStorage.
  }
}

/** The incident's drafts, newest first, with anything the journal holds that IndexedDB does not yet. */
export async function listDrafts(incidentId: string): Promise<CommsDraft[]> {
  const stored = await db.commsDrafts.where('incidentId').equals(incidentId).toArray();
  const byId = new Map(stored.map((d) => [d.id, d]));
  for (const key of journalKeys(incidentId)) {
    const journaled = journalRead(key);
    const current = journaled && byId.get(journaled.id);
    if (journaled && (!current || journaled.updatedAt >= current.updatedAt)) byId.set(journaled.id, journaled);
  }
  return [...byId.values()].sort((a, b) => b.updatedAt - a.updatedAt);
}

export type DraftInput = Omit<CommsDraft, 'id'>;

/** Saves a draft: synchronously to the journal, then to IndexedDB. Rejects with a StorageError. */
export function saveDraft(input: DraftInput): Promise<CommsDraft> {
  const parsed = commsDraftSchema.safeParse({ ...input, id: draftId(input.incidentId, input.templateId) });
  if (!parsed.success) return Promise.reject(new Error(describeIssues(parsed.error).join('; ')));
  const draft = parsed.data;
  journalWrite(draft);
  return guardStorage(async () => {
    await db.commsDrafts.put(draft);
    journalRemove(draft.id, draft);
    return draft;
  });
}

export async function discardDraft(incidentId: string, templateId: string): Promise<void> {
  const id = draftId(incidentId, templateId);
  journalRemove(id);
  await guardStorage(() => db.commsDrafts.delete(id));
}
