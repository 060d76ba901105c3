import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { closedIncident } from '@/testing/postmortem-fixtures';
import { timelineText, editRow, eventRowId, importTimeline, manualRow, removeRow, visibleRows } from './timeline';

describe('timeline import', () => {
  const h = closedIncident();

  it('makes one row per event (phase-checklist ticks left out), in time order, in the record’s words', () => {
    const { rows, added } = importTimeline([], h.events);
    expect(added).toBe(h.events.length);
    expect(rows[0]).toMatchObject({ kind: 'declared', text: 'Declared P1: Checkout returns 500s', author: 'Ana', edited: false, removed: false });
    expect(rows.map((r) => r.text)).toContain('Action: Rolled back to 4.211.1');
    expect(rows.map((r) => r.text)).toContain('Investigating → Identified: Pool size too small after deploy');
    expect(rows.map((r) => r.at)).toEqual([...rows.map((r) => r.at)].sort((a, b) => a - b));
  });

  it('re-running it adds nothing new and changes nothing', () => {
    const first = importTimeline([], h.events).rows;
    expect(importTimeline(first, h.events)).toEqual({ rows: first, added: 0 });
  });

  it('adds the events that arrived since, and keeps edits and removals', () => {
    const early = h.events.slice(0, 4);
    let rows = importTimeline([], early).rows;
    rows = rows.map((r) => (r.kind === 'note' ? editRow(r, { text: 'Pool "orders-db" at 20/20' }) : r));
    rows = removeRow(rows, eventRowId(h.events[1]!.id));
    const again = importTimeline(rows, h.events);
    expect(again.added).toBe(h.events.length - 4);
    expect(again.rows.find((r) => r.kind === 'note')).toMatchObject({ text: 'Pool "orders-db" at 20/20', edited: true });
    expect(again.rows.find((r) => r.eventId === h.events[1]!.id)?.removed).toBe(true);
    expect(visibleRows(again.rows)).toHaveLength(h.events.length - 1);
  });

  it('rows added by hand are removed for good; rows from events are hidden', () => {
    const rows = [...importTimeline([], h.events.slice(0, 1)).rows, manualRow('X', h.now, 'Ana', 'Customer call')];
    expect(removeRow(rows, 'row:X')).toHaveLength(1);
    expect(removeRow(rows, rows[0]!.id)).toHaveLength(2);
  });

  it('an edit that puts the text back still counts as edited once touched', () => {
    const row = importTimeline([], h.events.slice(0, 1)).rows[0]!;
    expect(editRow(row, { text: row.text }).edited).toBe(false);
    expect(editRow(editRow(row, { text: 'x' }), { text: row.text }).edited).toBe(true);
  });

  it('property: re-running the import never loses an edit or brings back a removed row', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: h.events.length }),
        fc.array(fc.record({ index: fc.nat(), text: fc.string(), remove: fc.boolean() }), { maxLength: 8 }),
        (seen, edits) => {
          let rows = importTimeline([], h.events.slice(0, seen)).rows;
          for (const e of edits) {
            const target = rows[e.index % rows.length]!;
            rows = e.remove ? removeRow(rows, target.id) : rows.map((r) => (r.id === target.id ? editRow(r, { text: e.text }) : r));
          }
          const before = new Map(rows.map((r) => [r.id, r]));
          const after = importTimeline(rows, h.events).rows;
          for (const [id, row] of before) expect(after.find((r) => r.id === id)).toEqual(row);
          expect(after.filter((r) => r.eventId !== null)).toHaveLength(h.events.length);
          expect(new Set(after.map((r) => r.id)).size).toBe(after.length);
        },
      ),
    );
  });

  it('describes every kind of event', () => {
    for (const e of h.events) expect(timelineText(e).length).toBeGreaterThan(3);
  });
});
