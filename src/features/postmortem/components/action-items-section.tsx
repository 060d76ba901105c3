// Action items: tracked to done, overdue marked (words and icon, not colour alone). They stay
// editable after publishing: that is how they get done.
import { newActionItemId } from '@/domain/ids';
import { dueDateToTimestamp, isActionItemOverdue, newActionItem, timestampToDueDate } from '@/domain/postmortem/action-items';
import { ACTION_PRIORITIES, ACTION_STATUS_LABEL, ACTION_STATUSES, PRIORITY_LABEL, type ActionItem } from '@/domain/postmortem/model';
import { formatDuration } from '@/domain/time/format';
import { StatusBadge } from '@/ui/status-badge';
import { PmSection } from './section';
import type { SectionProps } from './section-props';

export function OverdueBadge({ item, now }: { item: ActionItem; now: number }) {
  if (item.status === 'done') return <StatusBadge state="healthy" label="Done" />;
  if (isActionItemOverdue(item, now)) return <StatusBadge state="broken" label={`Overdue ${formatDuration(now - item.dueAt)}`} />;
  return null;
}

export function ActionItemsSection({ draft, now, onEdit }: Omit<SectionProps, 'readOnly'>) {
  const items = draft.actionItems;
  const update = (id: string, patch: Partial<ActionItem>) =>
    onEdit(
      'actionItems',
      items.map((a) => (a.id === id ? { ...a, ...patch } : a)),
    );
  const overdue = items.filter((a) => isActionItemOverdue(a, now)).length;
  return (
    <PmSection
      id="action-items"
      title="Action items"
      meta={`${items.filter((a) => a.status !== 'done').length} open${overdue ? `, ${overdue} overdue` : ''}. Due dates are UTC days.`}
      actions={
        <button type="button" onClick={() => onEdit('actionItems', [...items, newActionItem(newActionItemId(), now)])}>
          Add action item
        </button>
      }
    >
      {items.length === 0 ? (
        <p className="empty">No action items yet. Each one needs a title, an owner and a due date.</p>
      ) : (
        <table className="pm-actions">
          <thead>
            <tr>
              <th scope="col">ID</th>
              <th scope="col">Title</th>
              <th scope="col">Owner</th>
              <th scope="col">Due (UTC)</th>
              <th scope="col">Priority</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id} data-action-item={a.id} className={isActionItemOverdue(a, now) ? 'is-overdue' : undefined}>
                <td className="mono">{a.id}</td>
                <td>
                  <input aria-label={`Title of ${a.id}`} value={a.title} onChange={(e) => update(a.id, { title: e.target.value })} />
                </td>
                <td>
                  <input aria-label={`Owner of ${a.id}`} value={a.owner} onChange={(e) => update(a.id, { owner: e.target.value })} />
                </td>
                <td>
                  <input
                    type="date"
                    aria-label={`Due date of ${a.id}`}
                    value={timestampToDueDate(a.dueAt)}
                    onChange={(e) => {
                      const dueAt = dueDateToTimestamp(e.target.value);
                      if (dueAt !== null) update(a.id, { dueAt });
                    }}
                  />
                  <div>
                    <OverdueBadge item={a} now={now} />
                  </div>
                </td>
                <td>
                  <select
                    aria-label={`Priority of ${a.id}`}
                    value={a.priority}
                    onChange={(e) => update(a.id, { priority: e.target.value as ActionItem['priority'] })}
                  >
                    {ACTION_PRIORITIES.map((p) => (
                      <option key={p} value={p}>
                        {PRIORITY_LABEL[p]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <select
                    aria-label={`Status of ${a.id}`}
                    value={a.status}
                    onChange={(e) => update(a.id, { status: e.target.value as ActionItem['status'] })}
                  >
                    {ACTION_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {ACTION_STATUS_LABEL[s]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <button
                    type="button"
                    className="link"
                    aria-label={`Remove ${a.id}`}
                    onClick={() =>
                      onEdit(
                        'actionItems',
                        items.filter((x) => x.id !== a.id),
                      )
                    }
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </PmSection>
  );
}
