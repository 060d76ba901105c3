import { beforeEach, describe, expect, it } from 'vitest';
import { clearJournal, ORPHAN_AFTER_MS, pageIds, pendingJournals, resetPageIds, writeJournal } from './postmortem-journal';

const entry = (pageId: string, at: number, summary = 'typed') => ({
  postmortemId: 'PM-0000ABCD',
  pageId,
  at,
  base: { summary: '' },
  mine: { summary },
});

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  resetPageIds();
});

describe('postmortem edit journal', () => {
  it('replays this tab’s entries from before a reload at once', () => {
    const first = pageIds().id;
    writeJournal(entry(first, 1_000));
    resetPageIds(); // a reload: sessionStorage survives, the page id changes
    expect(pageIds().previous).toBe(first);
    expect(pendingJournals('PM-0000ABCD', 1_001)).toEqual([entry(first, 1_000)]);
  });

  it('leaves a live tab’s fresh entries alone, and replays a closed tab’s after a while', () => {
    pageIds();
    writeJournal(entry('other-tab', 1_000));
    expect(pendingJournals('PM-0000ABCD', 1_000 + ORPHAN_AFTER_MS)).toEqual([]);
    expect(pendingJournals('PM-0000ABCD', 1_001 + ORPHAN_AFTER_MS)).toHaveLength(1);
  });

  it('never replays this page’s own entry, other postmortems’ entries, or unreadable ones', () => {
    const me = pageIds().id;
    writeJournal(entry(me, 0));
    writeJournal({ ...entry('x', 0), postmortemId: 'PM-0000FFFF' });
    localStorage.setItem('watchfloor:pm-journal:PM-0000ABCD:broken', '{not json');
    localStorage.setItem('watchfloor:pm-journal:PM-0000ABCD:foreign', JSON.stringify({ summary: 1 }));
    expect(pendingJournals('PM-0000ABCD', 10 * ORPHAN_AFTER_MS)).toEqual([]);
    expect(localStorage.getItem('watchfloor:pm-journal:PM-0000ABCD:broken')).toBe('{not json');
  });

  it('clears an entry once saved', () => {
    writeJournal(entry('old', 0));
    clearJournal('PM-0000ABCD', 'old');
    expect(pendingJournals('PM-0000ABCD', 10 * ORPHAN_AFTER_MS)).toEqual([]);
  });
});
