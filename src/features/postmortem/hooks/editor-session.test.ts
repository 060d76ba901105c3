import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '@/db/database';
import { createPostmortem, getPostmortem, savePostmortemEdits } from '@/db/postmortems-repo';
import { declareIncident, runCommand } from '@/db/incidents-write';
import { ORPHAN_AFTER_MS, type JournalEntry } from '@/db/postmortem-journal';
import type { Postmortem } from '@/domain/postmortem/model';
import { declareInput, FILLED, MONITORING_PERIOD_MS } from '@/testing/incident-commands';
import { AUTOSAVE_DELAY_MS, EditorSession, type SessionDeps } from './editor-session';

const T0 = Date.UTC(2026, 10, 23, 9);

async function started(): Promise<Postmortem> {
  const ctx = { now: T0, author: 'Ana', monitoringPeriodMs: MONITORING_PERIOD_MS };
  const { incidentId } = await declareIncident(declareInput(), ctx);
  await runCommand(incidentId, { type: 'acknowledge', by: 'Ana' }, ctx);
  for (const [from, to] of [
    ['investigating', 'identified'],
    ['identified', 'fixing'],
    ['fixing', 'resolved'],
  ] as const) {
    await runCommand(incidentId, { type: 'transition', from, to, fields: FILLED }, ctx);
  }
  const result = await createPostmortem(incidentId, ctx, 'PM-0000ABCD');
  if (!result.ok) throw new Error(result.error);
  return result.postmortem;
}

/** A tab: a session with a manual clock and timers, an in-memory journal shared between tabs. */
function tab(journal: Map<string, JournalEntry>, pageId: string, previous: string | null = null) {
  const timers: { fn: () => void; at: number }[] = [];
  let now = T0;
  const deps: SessionDeps = {
    now: () => now,
    save: savePostmortemEdits,
    journal: {
      write: (e) => (journal.set(`${e.postmortemId}:${e.pageId}`, e), true),
      clear: (id, page) => journal.delete(`${id}:${page}`),
      pending: (id, at) => [...journal.values()].filter((e) => e.postmortemId === id && (e.pageId === previous || at - e.at > ORPHAN_AFTER_MS)),
      pageId: () => pageId,
    },
    setTimer: (fn, ms) => timers.push({ fn, at: now + ms }) - 1,
    clearTimer: (handle) => {
      timers[handle as number] = { fn: () => {}, at: Infinity };
    },
  };
  const session = new EditorSession('PM-0000ABCD', deps);
  session.setAuthor(pageId);
  return {
    session,
    async advance(ms: number) {
      now += ms;
      for (const t of timers) {
        if (t.at > now) continue;
        t.at = Infinity;
        t.fn();
      }
      await settle(session);
    },
  };
}

/** Lets the session's save finish and feeds the stored document back, as the live query does. */
async function settle(...sessions: EditorSession[]) {
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => setTimeout(r, 0));
    const stored = (await getPostmortem('PM-0000ABCD'))!;
    for (const s of sessions) s.onStored(stored);
  }
}

beforeEach(resetDatabase);

describe('editor session', () => {
  it('writes every keystroke to the journal at once, saves after the delay, then clears the journal', async () => {
    const pm = await started();
    const journal = new Map<string, JournalEntry>();
    const a = tab(journal, 'page-a');
    a.session.onStored(pm);
    a.session.edit('summary', 'H');
    a.session.edit('summary', 'Hello');
    expect(journal.get('PM-0000ABCD:page-a')?.mine).toEqual({ summary: 'Hello' });
    expect(a.session.getSnapshot().save.kind).toBe('pending');
    await a.advance(AUTOSAVE_DELAY_MS - 1);
    expect((await getPostmortem(pm.id))!.content.summary).toBe(pm.content.summary);
    await a.advance(1);
    expect((await getPostmortem(pm.id))!.content.summary).toBe('Hello');
    expect(journal.size).toBe(0);
    expect(a.session.getSnapshot()).toMatchObject({ save: { kind: 'saved' }, dirty: [] });
  });

  it('replays the journal after a reload: nothing typed is lost', async () => {
    const pm = await started();
    const journal = new Map<string, JournalEntry>();
    const before = tab(journal, 'load-1');
    before.session.onStored(pm);
    before.session.edit('wentWell', 'Every character survives');
    before.session.dispose(); // the page went away before the autosave fired
    const after = tab(journal, 'load-2', 'load-1');
    after.session.onStored((await getPostmortem(pm.id))!);
    await settle(after.session);
    expect((await getPostmortem(pm.id))!.content.wentWell).toBe('Every character survives');
    expect(after.session.getSnapshot()).toMatchObject({ recovered: 1, draft: { wentWell: 'Every character survives' } });
    expect(journal.size).toBe(0);
  });

  it('replays a tab that closed just before this one opened, once its entry counts as left behind', async () => {
    const pm = await started();
    const journal = new Map<string, JournalEntry>();
    const closed = tab(journal, 'closed-tab');
    closed.session.onStored(pm);
    closed.session.edit('futurePrevention', 'Typed just before the tab closed');
    closed.session.dispose();
    const opened = tab(journal, 'new-tab');
    opened.session.onStored((await getPostmortem(pm.id))!);
    await settle(opened.session);
    expect((await getPostmortem(pm.id))!.content.futurePrevention).toBe('');
    await opened.advance(ORPHAN_AFTER_MS + 1_000);
    expect((await getPostmortem(pm.id))!.content.futurePrevention).toBe('Typed just before the tab closed');
    expect(journal.size).toBe(0);
  });

  it('two tabs: different sections both survive; the same section shows a conflict with both versions', async () => {
    const pm = await started();
    const journal = new Map<string, JournalEntry>();
    const a = tab(journal, 'tab-a');
    const b = tab(journal, 'tab-b');
    a.session.onStored(pm);
    b.session.onStored(pm);
    a.session.edit('summary', 'A summary');
    b.session.edit('wentWell', 'B went well');
    await a.advance(AUTOSAVE_DELAY_MS);
    await b.advance(AUTOSAVE_DELAY_MS);
    await settle(a.session, b.session);
    for (const t of [a, b]) expect(t.session.getSnapshot().draft).toMatchObject({ summary: 'A summary', wentWell: 'B went well' });

    a.session.edit('couldImprove', 'A says');
    b.session.edit('couldImprove', 'B says');
    await a.advance(AUTOSAVE_DELAY_MS);
    await b.advance(AUTOSAVE_DELAY_MS);
    await settle(a.session, b.session);
    const stored = (await getPostmortem(pm.id))!;
    expect(stored.content.couldImprove).toBe('A says');
    expect(stored.conflicts).toMatchObject([{ unit: 'couldImprove', mine: 'B says', theirs: 'A says', author: 'tab-b' }]);
    expect(b.session.getSnapshot().draft?.couldImprove).toBe('A says');
    expect(b.session.getSnapshot().dirty).toEqual([]);
  });

  it('a failed save keeps the edit in the draft and the journal, and says why', async () => {
    const pm = await started();
    const journal = new Map<string, JournalEntry>();
    const a = tab(journal, 'page-a');
    a.session.onStored(pm);
    a.session.edit('summary', 'x'.repeat(20_001));
    await a.advance(AUTOSAVE_DELAY_MS);
    expect(a.session.getSnapshot().save).toMatchObject({ kind: 'error', message: expect.stringContaining('content.summary') });
    expect(a.session.getSnapshot().dirty).toEqual(['summary']);
    expect(journal.get('PM-0000ABCD:page-a')?.mine.summary).toHaveLength(20_001);
  });
});
