// One tab's editing session of one postmortem: the draft the inputs show, the base it started
// from, and the saving. Plain TypeScript with a subscribe/snapshot pair for React, so the rules
// (write the journal synchronously on every edit, save within a second, follow other tabs'
// saves without touching what this tab is typing) are unit-tested without a browser.
import { savePostmortemEdits, type SaveResult } from '@/db/postmortems-repo';
import { clearJournal, ORPHAN_AFTER_MS, pageIds, pendingJournals, writeJournal, type JournalEntry } from '@/db/postmortem-journal';
import { afterSave, changedUnits, pickUnits, rebaseDraft } from '@/domain/postmortem/merge';
import type { Postmortem, PostmortemContent, Unit } from '@/domain/postmortem/model';

/** Autosave this long after the last keystroke (the issue asks for at most 1 s). */
export const AUTOSAVE_DELAY_MS = 500;

export type SaveState = { kind: 'saved'; at: number | null } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'error'; message: string };

export interface SessionSnapshot {
  draft: PostmortemContent | null;
  save: SaveState;
  /** Units this tab has changed and not saved yet. */
  dirty: readonly Unit[];
  /** Edits found in the journal from before a reload or from a closed tab, replayed on open. */
  recovered: number;
}

export interface SessionDeps {
  now(): number;
  save(id: string, base: Partial<PostmortemContent>, mine: Partial<PostmortemContent>, ctx: { now: number; author: string }): Promise<SaveResult>;
  journal: {
    write(entry: JournalEntry): boolean;
    clear(postmortemId: string, pageId: string): void;
    pending(postmortemId: string, now: number): JournalEntry[];
    pageId(): string;
  };
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

export const browserDeps = (): SessionDeps => ({
  now: Date.now,
  save: savePostmortemEdits,
  journal: { write: writeJournal, clear: clearJournal, pending: pendingJournals, pageId: () => pageIds().id },
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
});

export class EditorSession {
  private base: PostmortemContent | null = null;
  private draft: PostmortemContent | null = null;
  private saveState: SaveState = { kind: 'saved', at: null };
  private recovered = 0;
  private timer: unknown = null;
  private recheck: unknown = null;
  private inFlight: Promise<void> | null = null;
  private again = false;
  private author = '';
  private snapshot: SessionSnapshot = { draft: null, save: this.saveState, dirty: [], recovered: 0 };
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly postmortemId: string,
    private readonly deps: SessionDeps,
  ) {}

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = () => this.snapshot;

  /** Who edits from now on (the name in Settings; may change while the page is open). */
  setAuthor(author: string): void {
    this.author = author;
  }

  private emit() {
    const dirty = this.base && this.draft ? changedUnits(this.base, this.draft) : [];
    this.snapshot = { draft: this.draft, save: this.saveState, dirty, recovered: this.recovered };
    for (const l of this.listeners) l();
  }

  /** The stored document changed (first load, this tab's save, another tab's save, an import). */
  onStored(stored: Postmortem): void {
    if (!this.base || !this.draft) {
      this.base = stored.content;
      this.draft = stored.content;
      this.emit();
      void this.replayJournal();
      // A tab closed just before this one opened may still have its last edit in the journal; it
      // counts as left behind only after ORPHAN_AFTER_MS, so look once more then.
      this.recheck = this.deps.setTimer(() => void this.replayJournal(), ORPHAN_AFTER_MS + 1_000);
      return;
    }
    const next = rebaseDraft(this.base, this.draft, stored.content);
    this.base = next.base;
    this.draft = next.draft;
    this.emit();
  }

  edit<U extends Unit>(unit: U, value: PostmortemContent[U]): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, [unit]: value };
    this.writeJournal();
    this.saveState = { kind: 'pending' };
    this.emit();
    if (this.timer !== null) this.deps.clearTimer(this.timer);
    this.timer = this.deps.setTimer(() => {
      this.timer = null;
      void this.flush();
    }, AUTOSAVE_DELAY_MS);
  }

  /** Saves now (pagehide, the tab going to the background, a status change). */
  flush(): Promise<void> {
    if (this.timer !== null) {
      this.deps.clearTimer(this.timer);
      this.timer = null;
    }
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    this.inFlight = this.saveOnce().finally(() => {
      this.inFlight = null;
      if (this.again) {
        this.again = false;
        void this.flush();
      }
    });
    return this.inFlight;
  }

  private pending(): { base: Partial<PostmortemContent>; mine: Partial<PostmortemContent> } | null {
    if (!this.base || !this.draft) return null;
    const units = changedUnits(this.base, this.draft);
    if (units.length === 0) return null;
    return { base: pickUnits(this.base, units), mine: pickUnits(this.draft, units) };
  }

  private writeJournal() {
    const p = this.pending();
    const pageId = this.deps.journal.pageId();
    if (!p) this.deps.journal.clear(this.postmortemId, pageId);
    else this.deps.journal.write({ postmortemId: this.postmortemId, pageId, at: this.deps.now(), ...p });
  }

  private async saveOnce(): Promise<void> {
    const p = this.pending();
    if (!p) {
      this.deps.journal.clear(this.postmortemId, this.deps.journal.pageId());
      if (this.saveState.kind !== 'error')
        this.saveState = { kind: 'saved', at: this.saveState.kind === 'saved' ? this.saveState.at : this.deps.now() };
      this.emit();
      return;
    }
    this.saveState = { kind: 'saving' };
    this.emit();
    try {
      const result = await this.deps.save(this.postmortemId, p.base, p.mine, { now: this.deps.now(), author: this.author });
      if (!result.ok) {
        this.saveState = { kind: 'error', message: result.error };
      } else {
        const next = afterSave({ base: this.base!, draft: this.draft! }, p.mine, result.postmortem.content);
        this.base = next.base;
        this.draft = next.draft;
        this.saveState = this.pending() ? { kind: 'pending' } : { kind: 'saved', at: this.deps.now() };
        if (this.pending()) this.again = true;
      }
    } catch (error) {
      this.saveState = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
    this.writeJournal();
    this.emit();
  }

  /** Replays edits left in the journal by this tab before a reload, or by a tab that closed mid-save. */
  private async replayJournal(): Promise<void> {
    const entries = this.deps.journal.pending(this.postmortemId, this.deps.now());
    for (const entry of entries) {
      try {
        const result = await this.deps.save(this.postmortemId, entry.base, entry.mine, { now: this.deps.now(), author: this.author });
        if (result.ok) {
          this.deps.journal.clear(this.postmortemId, entry.pageId);
          this.recovered += Object.keys(entry.mine).length;
        } else this.saveState = { kind: 'error', message: `Could not restore unsaved edits: ${result.error}` };
      } catch (error) {
        this.saveState = { kind: 'error', message: `Could not restore unsaved edits: ${error instanceof Error ? error.message : String(error)}` };
      }
    }
    if (entries.length) this.emit();
  }

  dispose(): void {
    if (this.timer !== null) this.deps.clearTimer(this.timer);
    if (this.recheck !== null) this.deps.clearTimer(this.recheck);
    this.timer = null;
    this.recheck = null;
    this.listeners.clear();
  }
}
