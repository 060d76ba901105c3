// Every open action item across postmortems, overdue first: the follow-up list a team reviews.
import { Link } from 'react-router';
import { openActionItems } from '@/domain/postmortem/action-items';
import { ACTION_STATUS_LABEL, PRIORITY_LABEL } from '@/domain/postmortem/model';
import { timestampToDueDate } from '@/domain/postmortem/action-items';
import { useNow } from '@/state/clock';
import { Panel } from '@/ui/panel';
import { usePostmortems } from '../hooks/use-postmortem';
import { OverdueBadge } from './action-items-section';
import './postmortem.css';

export function OpenActionItemsPanel() {
  const postmortems = usePostmortems();
  const now = useNow(60_000);
  const items = postmortems ? openActionItems(postmortems, now) : null;
  const overdue = items?.filter((i) => i.overdue).length ?? 0;
  return (
    <Panel
      id="open-action-items"
      title="Open action items"
      meta={
        items ? `${items.length} open across ${postmortems!.length} postmortems${overdue ? `, ${overdue} overdue` : ''}. Overdue first.` : undefined
      }
    >
      {!items ? (
        <p className="muted">Loading…</p>
      ) : items.length === 0 ? (
        <p className="empty">No open action items. Action items are added in postmortems.</p>
      ) : (
        <table className="pm-open-items">
          <thead>
            <tr>
              <th scope="col">Due (UTC)</th>
              <th scope="col">Action item</th>
              <th scope="col">Owner</th>
              <th scope="col">Priority</th>
              <th scope="col">Status</th>
              <th scope="col">Postmortem</th>
            </tr>
          </thead>
          <tbody>
            {items.map(({ item, incidentId, postmortemId, incidentTitle }) => (
              <tr key={`${postmortemId}:${item.id}`} data-action-item={item.id}>
                <td className="pm-nowrap">
                  {timestampToDueDate(item.dueAt)} <OverdueBadge item={item} now={now} />
                </td>
                <td>
                  <span className="mono">{item.id}</span> {item.title || <span className="muted">(no title)</span>}
                </td>
                <td>{item.owner || <span className="muted">no owner</span>}</td>
                <td>{PRIORITY_LABEL[item.priority]}</td>
                <td>{ACTION_STATUS_LABEL[item.status]}</td>
                <td>
                  <Link to={`/incidents/${incidentId}/postmortem#pm-action-items`}>{postmortemId}</Link>{' '}
                  <span className="muted">{incidentTitle}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
