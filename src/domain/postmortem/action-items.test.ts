import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { samplePostmortem } from '@/testing/postmortem-fixtures';
import { dueDateToTimestamp, isActionItemOverdue, newActionItem, openActionItems, timestampToDueDate } from './action-items';
import type { ActionItem, Postmortem } from './model';

const NOW = Date.UTC(2026, 10, 23, 12);
const item = (id: string, due: string, over: Partial<ActionItem> = {}): ActionItem => ({
  ...newActionItem(id, NOW),
  title: id,
  owner: 'Ana',
  dueAt: dueDateToTimestamp(due)!,
  ...over,
});

describe('action items', () => {
  it('a due date is the end of that day in UTC', () => {
    expect(dueDateToTimestamp('2026-11-28')).toBe(Date.UTC(2026, 10, 29) - 1);
    expect(dueDateToTimestamp('2026-02-30')).toBeNull();
    expect(dueDateToTimestamp('28/11/2026')).toBeNull();
  });

  it('property: dates round-trip', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }), (d) => {
        const day = d.toISOString().slice(0, 10);
        expect(timestampToDueDate(dueDateToTimestamp(day)!)).toBe(day);
      }),
    );
  });

  it('is overdue once its due day has ended, unless done', () => {
    const due = item('AI-00000A', '2026-11-23');
    expect(isActionItemOverdue(due, Date.UTC(2026, 10, 23, 23, 59))).toBe(false);
    expect(isActionItemOverdue(due, Date.UTC(2026, 10, 24, 0, 0))).toBe(true);
    expect(isActionItemOverdue({ ...due, status: 'done' }, Date.UTC(2026, 11, 1))).toBe(false);
  });

  it('a new item is pending, medium, due in two weeks', () => {
    expect(newActionItem('AI-00000A', NOW)).toMatchObject({ status: 'pending', priority: 'medium', dueAt: dueDateToTimestamp('2026-12-07') });
  });

  it('lists open items across postmortems, overdue first, then by due date and priority', () => {
    const base = samplePostmortem();
    const pm = (id: string, items: ActionItem[]): Postmortem => ({ ...base, id, content: { ...base.content, actionItems: items } });
    const list = openActionItems(
      [
        pm('PM-0000000A', [item('AI-00000A', '2026-12-01'), item('AI-00000B', '2026-11-20'), item('AI-00000C', '2026-11-01', { status: 'done' })]),
        pm('PM-0000000B', [item('AI-00000D', '2026-11-22', { priority: 'low' }), item('AI-00000E', '2026-12-01', { priority: 'high' })]),
      ],
      NOW,
    );
    expect(list.map((x) => [x.item.id, x.overdue, x.postmortemId])).toEqual([
      ['AI-00000B', true, 'PM-0000000A'],
      ['AI-00000D', true, 'PM-0000000B'],
      ['AI-00000E', false, 'PM-0000000B'],
      ['AI-00000A', false, 'PM-0000000A'],
    ]);
  });
});
