import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { samplePostmortem } from '@/testing/postmortem-fixtures';
import { newActionItem } from './action-items';
import {
  afterSave,
  changedUnits,
  mergeContent,
  mergeKeyed,
  mergeRecord,
  mergeSet,
  pickUnits,
  rebaseDraft,
  resolveConflict,
  sameValue,
} from './merge';
import type { Conflict, PostmortemContent, Unit } from './model';

const base = samplePostmortem().content;
const TEXT_UNITS: Unit[] = [
  'summary',
  'impactUsers',
  'impactBusiness',
  'primaryCause',
  'whyNotCaught',
  'wentWell',
  'couldImprove',
  'resolutionPermanent',
];

/** What a tab does on save: send the units it changed, with their base. */
function save(tabBase: PostmortemContent, tabDraft: PostmortemContent, stored: PostmortemContent) {
  const units = changedUnits(tabBase, tabDraft);
  return mergeContent(pickUnits(tabBase, units), pickUnits(tabDraft, units), stored);
}

const item = (id: string, title: string) => ({ ...newActionItem(id, 0), title });

describe('sameValue', () => {
  it('compares structure, not identity or key order', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue(undefined, undefined)).toBe(true);
  });
});

describe('merging two tabs', () => {
  it('keeps both edits when they touch different sections', () => {
    const a = { ...base, summary: 'Summary from tab A' };
    const b = { ...base, wentWell: 'Rollback was quick (tab B)' };
    const first = save(base, a, base);
    const second = save(base, b, first.content);
    expect(second.conflicts).toEqual([]);
    expect(second.content.summary).toBe('Summary from tab A');
    expect(second.content.wentWell).toBe('Rollback was quick (tab B)');
  });

  it('never overwrites the same section silently: the stored text stays and the other is kept as a conflict', () => {
    const first = save(base, { ...base, summary: 'A wrote this' }, base);
    const second = save(base, { ...base, summary: 'B wrote that' }, first.content);
    expect(second.content.summary).toBe('A wrote this');
    expect(second.conflicts).toEqual([{ unit: 'summary', itemId: null, mine: 'B wrote that', theirs: 'A wrote this' }]);
    expect(second.changed).toEqual([]);
  });

  it('identical edits in both tabs are no conflict', () => {
    const first = save(base, { ...base, summary: 'Same' }, base);
    expect(save(base, { ...base, summary: 'Same' }, first.content).conflicts).toEqual([]);
  });

  it('two tabs adding action items keep both', () => {
    const first = save(base, { ...base, actionItems: [item('AI-00000A', 'Add pool alert')] }, base);
    const second = save(base, { ...base, actionItems: [item('AI-00000B', 'Load test releases')] }, first.content);
    expect(second.content.actionItems.map((a) => a.id)).toEqual(['AI-00000A', 'AI-00000B']);
    expect(second.conflicts).toEqual([]);
  });

  it('the same action item edited differently is a conflict on that item only', () => {
    const start = { ...base, actionItems: [item('AI-00000A', 'Alert'), item('AI-00000B', 'Test')] };
    const a = { ...start, actionItems: [item('AI-00000A', 'Alert on pool'), item('AI-00000B', 'Test')] };
    const b = { ...start, actionItems: [item('AI-00000A', 'Alert at 80 %'), item('AI-00000B', 'Load test')] };
    const first = save(start, a, start);
    const second = save(start, b, first.content);
    expect(second.content.actionItems.map((x) => x.title)).toEqual(['Alert on pool', 'Load test']);
    expect(second.conflicts).toHaveLength(1);
    expect(second.conflicts[0]).toMatchObject({
      unit: 'actionItems',
      itemId: 'AI-00000A',
      mine: { title: 'Alert at 80 %' },
      theirs: { title: 'Alert on pool' },
    });
  });

  it('a deletion against an edit is a conflict, not a silent loss', () => {
    const start = { ...base, actionItems: [item('AI-00000A', 'Alert')] };
    const first = save(start, { ...start, actionItems: [item('AI-00000A', 'Alert on pool')] }, start);
    const second = save(start, { ...start, actionItems: [] }, first.content);
    expect(second.content.actionItems).toHaveLength(1);
    expect(second.conflicts[0]).toMatchObject({ itemId: 'AI-00000A', mine: null });
  });

  it('property: edits to disjoint sets of units from two tabs all survive, in either save order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...TEXT_UNITS), { minLength: 2, maxLength: TEXT_UNITS.length }),
        fc.nat(),
        fc.array(fc.string(), { minLength: TEXT_UNITS.length, maxLength: TEXT_UNITS.length }),
        fc.boolean(),
        (units, split, texts, aFirst) => {
          const cut = 1 + (split % (units.length - 1));
          const edit = (list: Unit[]) => ({ ...base, ...Object.fromEntries(list.map((u) => [u, `${u}:${texts[TEXT_UNITS.indexOf(u)]}`])) });
          const a = edit(units.slice(0, cut));
          const b = edit(units.slice(cut));
          const [x, y] = aFirst ? [a, b] : [b, a];
          const result = save(base, y, save(base, x, base).content);
          expect(result.conflicts).toEqual([]);
          for (const u of units) expect(result.content[u]).toBe(`${u}:${texts[TEXT_UNITS.indexOf(u)]}`);
        },
      ),
    );
  });

  it('property: whatever two tabs do to one text unit, both versions are still somewhere', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (ta, tb) => {
        const first = save(base, { ...base, summary: ta }, base);
        const second = save(base, { ...base, summary: tb }, first.content);
        const kept = [second.content.summary, ...second.conflicts.map((c) => c.mine)];
        if (ta !== base.summary) expect(kept).toContain(ta);
        if (tb !== base.summary) expect(kept).toContain(tb);
      }),
    );
  });
});

describe('keyed, set and record merges', () => {
  const arb = fc.uniqueArray(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e'), v: fc.nat(3) }), { selector: (x) => x.id, maxLength: 5 });

  it('property: an item only one side changed ends as that side left it', () => {
    fc.assert(
      fc.property(arb, arb, (b, m) => {
        const { list, conflicts } = mergeKeyed(b, m, b);
        expect(conflicts).toEqual([]);
        expect([...list].sort((x, y) => x.id.localeCompare(y.id))).toEqual([...m].sort((x, y) => x.id.localeCompare(y.id)));
      }),
    );
  });

  it('property: every item of either side is in the result or in a conflict', () => {
    fc.assert(
      fc.property(arb, arb, arb, (b, m, t) => {
        const { list, conflicts } = mergeKeyed(b, m, t);
        const conflicted = new Set(conflicts.map((c) => c.itemId));
        for (const x of [...m, ...t]) {
          const inList = list.some((y) => sameValue(x, y));
          const changedByOther = !sameValue(
            b.find((y) => y.id === x.id),
            x,
          );
          if (changedByOther) expect(inList || conflicted.has(x.id)).toBe(true);
        }
      }),
    );
  });

  it('sets take both sides’ additions and removals', () => {
    expect(mergeSet(['A', 'B'], ['A', 'B', 'C'], ['B', 'D'])).toEqual(['B', 'D', 'C']);
    expect(mergeSet(['A', 'B'], ['B'], ['A', 'B', 'D'])).toEqual(['B', 'D']);
  });

  it('records merge key by key', () => {
    const { record, conflicts } = mergeRecord({ a: false }, { a: true, b: true }, { a: false, c: true });
    expect(record).toEqual({ a: true, b: true, c: true });
    expect(conflicts).toEqual([]);
    expect(mergeRecord({ a: false }, { a: true }, { a: false, b: true }).record).toEqual({ a: true, b: true });
  });

  it('a checklist ticked differently in two tabs is a conflict on that entry', () => {
    expect(mergeRecord({}, { x: true }, { x: false }).conflicts).toEqual([{ itemId: 'x', mine: true, theirs: false }]);
  });
});

describe('an imported copy (no base)', () => {
  it('adds what is new and keeps every difference as a conflict', () => {
    const local = { ...base, summary: 'Local summary', actionItems: [item('AI-00000A', 'Local')] };
    const incoming = {
      ...base,
      summary: 'Imported summary',
      actionItems: [item('AI-00000A', 'Imported'), item('AI-00000B', 'New')],
      relatedIncidents: ['INC-0000000B'],
    };
    const { content, conflicts } = mergeContent({}, incoming, local);
    expect(content.summary).toBe('Local summary');
    expect(content.actionItems.map((a) => a.title)).toEqual(['Local', 'New']);
    expect(content.relatedIncidents).toEqual(['INC-0000000B']);
    expect(conflicts.map((c) => `${c.unit}:${c.itemId}`).sort()).toEqual(['actionItems:AI-00000A', 'summary:null']);
  });
});

describe('following the store while editing', () => {
  it('untouched units follow the store; local edits stay with their base', () => {
    const draft = { ...base, summary: 'typing…' };
    const stored = { ...base, summary: 'other tab', wentWell: 'other tab too' };
    const next = rebaseDraft(base, draft, stored);
    expect(next.draft.summary).toBe('typing…');
    expect(next.base.summary).toBe(base.summary);
    expect(next.draft.wentWell).toBe('other tab too');
  });

  it('property: rebasing never loses a local edit and never leaves an untouched unit stale', () => {
    fc.assert(
      fc.property(fc.subarray(TEXT_UNITS), fc.subarray(TEXT_UNITS), fc.string(), (mineUnits, theirUnits, s) => {
        const draft = { ...base, ...Object.fromEntries(mineUnits.map((u) => [u, `mine ${s}`])) };
        const stored = { ...base, ...Object.fromEntries(theirUnits.map((u) => [u, `theirs ${s}`])) };
        const next = rebaseDraft(base, draft, stored);
        for (const u of TEXT_UNITS) {
          if (mineUnits.includes(u)) expect(next.draft[u]).toBe(`mine ${s}`);
          else expect(next.draft[u]).toBe(stored[u]);
        }
      }),
    );
  });

  it('after a conflicting save the tab shows the stored text and the conflict keeps its own', () => {
    const stored = { ...base, summary: 'A' };
    const state = { base, draft: { ...base, summary: 'B' } };
    const sent = pickUnits(state.draft, ['summary']);
    const next = afterSave(state, sent, stored);
    expect(next).toEqual({ base: stored, draft: stored });
  });

  it('after a save, text typed meanwhile stays in the draft', () => {
    const state = { base, draft: { ...base, summary: 'AB' } };
    const next = afterSave(state, { summary: 'A' }, { ...base, summary: 'A' });
    expect(next.draft.summary).toBe('AB');
    expect(next.base.summary).toBe('A');
  });
});

describe('resolving a conflict', () => {
  const conflict = (over: Partial<Conflict>): Conflict => ({
    id: 'c1',
    unit: 'summary',
    itemId: null,
    mine: 'mine',
    theirs: 'theirs',
    author: 'B',
    at: 0,
    ...over,
  });

  it('keeps theirs or applies mine, for whole units, items and checklist entries', () => {
    const content = { ...base, summary: 'theirs', actionItems: [item('AI-00000A', 'theirs')], checklist: { x: false } };
    expect(resolveConflict(content, conflict({}), 'theirs').summary).toBe('theirs');
    expect(resolveConflict(content, conflict({}), 'mine').summary).toBe('mine');
    const ai = conflict({ unit: 'actionItems', itemId: 'AI-00000A', mine: item('AI-00000A', 'mine') });
    expect(resolveConflict(content, ai, 'mine').actionItems[0]!.title).toBe('mine');
    expect(resolveConflict(content, { ...ai, mine: null }, 'mine').actionItems).toEqual([]);
    expect(resolveConflict(content, conflict({ unit: 'checklist', itemId: 'x', mine: true }), 'mine').checklist).toEqual({ x: true });
  });
});
