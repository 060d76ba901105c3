// A write-ahead journal for postmortem edits. IndexedDB writes are asynchronous, so a save begun
// on `pagehide` may never finish; localStorage writes are synchronous. Every edit is written here
// first (the changed units and their base), cleared once the database has it, and replayed
// through the normal merge when the page opens again: a reload, a crash or a closed tab loses
// nothing that was typed.
import * as z from 'zod/mini';
import { contentSchema, type PostmortemContent } from '@/domain/postmortem/model';

const PREFIX = 'watchfloor:pm-journal:';
const PAGE_KEY = 'watchfloor:page-id';
/** A journal entry of another page this old is an orphan: a live page saves within about a second. */
export const ORPHAN_AFTER_MS = 10_000;

const partialContent = z.partial(contentSchema);
const entrySchema = z.object({
  postmortemId: z.string(),
  pageId: z.string(),
  at: z.number(),
  base: partialContent,
  mine: partialContent,
});

export interface JournalEntry {
  postmortemId: string;
  pageId: string;
  at: number;
  base: Partial<PostmortemContent>;
  mine: Partial<PostmortemContent>;
}

const keyOf = (postmortemId: string, pageId: string) => `${PREFIX}${postmortemId}:${pageId}`;

let page: { id: string; previous: string | null } | null = null;

/**
 * This page load's id, and the id of the load before it in the same tab (kept in sessionStorage,
 * which survives a reload): entries of the previous load are this tab's own and replay at once.
 */
export function pageIds(): { id: string; previous: string | null } {
  if (!page) {
    let previous: string | null = null;
    const id = crypto.randomUUID();
    try {
      previous = sessionStorage.getItem(PAGE_KEY);
      sessionStorage.setItem(PAGE_KEY, id);
    } catch {
      // No sessionStorage (privacy mode): orphaned entries still replay after ORPHAN_AFTER_MS.
    }
    page = { id, previous };
  }
  return page;
}

/** Records the pending edit synchronously; false when the browser refuses (quota, privacy mode). */
export function writeJournal(entry: JournalEntry): boolean {
  try {
    localStorage.setItem(keyOf(entry.postmortemId, entry.pageId), JSON.stringify(entry));
    return true;
  } catch {
    return false;
  }
}

export function clearJournal(postmortemId: string, pageId: string): void {
  try {
    localStorage.removeItem(keyOf(postmortemId, pageId));
  } catch {
    // Nothing to clear.
  }
}

/** Entries to replay now: this tab's previous load's, and any other page's that has been left behind. */
export function pendingJournals(postmortemId: string, now: number): JournalEntry[] {
  const { id, previous } = pageIds();
  const out: JournalEntry[] = [];
  let keys: string[] = [];
  try {
    keys = Object.keys(localStorage).filter((k) => k.startsWith(`${PREFIX}${postmortemId}:`));
  } catch {
    return out;
  }
  for (const key of keys) {
    let parsed: ReturnType<typeof entrySchema.safeParse>;
    try {
      parsed = entrySchema.safeParse(JSON.parse(localStorage.getItem(key) ?? 'null'));
    } catch {
      parsed = entrySchema.safeParse(null);
    }
    if (!parsed.success) {
      // Unreadable (another version wrote it): keep it for a person rather than delete words.
      continue;
    }
    const entry = parsed.data as JournalEntry;
    if (entry.pageId === id) continue;
    if (entry.pageId === previous || now - entry.at > ORPHAN_AFTER_MS) out.push(entry);
  }
  return out.sort((a, b) => a.at - b.at);
}

/** For tests: forget this page's ids. */
export function resetPageIds(): void {
  page = null;
}
