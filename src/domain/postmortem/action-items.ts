// Action items (DOMAIN.md §7): AI- + 6 hex, title, owner, due date, priority, status. An item is
// overdue from the moment its due day (UTC) has ended and it is not done.
import type { ActionItem, ActionPriority, Postmortem } from './model';

const DAY = 86_400_000;
export const DEFAULT_ACTION_DUE_DAYS = 14;

/** "2026-11-28" → the last millisecond of that day in UTC; null if it is not a date. */
export function dueDateToTimestamp(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const start = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const d = new Date(start);
  if (d.getUTCFullYear() !== Number(m[1]) || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return null;
  return start + DAY - 1;
}

/** The UTC day a due timestamp falls on, for a date input. */
export function timestampToDueDate(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

export function newActionItem(id: string, now: number, patch: Partial<Omit<ActionItem, 'id' | 'createdAt'>> = {}): ActionItem {
  const dueAt = dueDateToTimestamp(timestampToDueDate(now + DEFAULT_ACTION_DUE_DAYS * DAY))!;
  return { id, title: '', owner: '', dueAt, priority: 'medium', status: 'pending', createdAt: now, ...patch };
}

export const isActionItemOpen = (item: ActionItem) => item.status !== 'done';
export const isActionItemOverdue = (item: ActionItem, now: number) => isActionItemOpen(item) && now > item.dueAt;

const PRIORITY_RANK: Record<ActionPriority, number> = { high: 0, medium: 1, low: 2 };

export interface OpenActionItem {
  item: ActionItem;
  postmortemId: string;
  incidentId: string;
  incidentTitle: string;
  overdue: boolean;
}

/** Every open action item across postmortems: overdue first (most overdue first), then by due date, then priority. */
export function openActionItems(postmortems: readonly Postmortem[], now: number): OpenActionItem[] {
  return postmortems
    .flatMap((pm) =>
      pm.content.actionItems.filter(isActionItemOpen).map((item) => ({
        item,
        postmortemId: pm.id,
        incidentId: pm.incidentId,
        incidentTitle: pm.content.facts.title,
        overdue: isActionItemOverdue(item, now),
      })),
    )
    .sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        a.item.dueAt - b.item.dueAt ||
        PRIORITY_RANK[a.item.priority] - PRIORITY_RANK[b.item.priority] ||
        a.item.id.localeCompare(b.item.id),
    );
}

/** Problems that make an item not trackable yet (no title, no owner). */
export function actionItemProblems(item: ActionItem): string[] {
  const problems: string[] = [];
  if (!item.title.trim()) problems.push(`${item.id} has no title`);
  if (!item.owner.trim()) problems.push(`${item.id} has no owner`);
  return problems;
}
