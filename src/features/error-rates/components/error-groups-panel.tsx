import { formatCount } from '@/domain/health/metric-format';
import type { ErrorGroup } from '@/domain/telemetry/schemas';
import { Panel } from '@/ui/panel';
import { RelativeTime } from '@/ui/relative-time';

interface Props {
  groups: (ErrorGroup & { isNew: boolean })[] | undefined;
  error: Error | null;
  historyKnown: boolean;
  now: number;
}

export function ErrorGroupsPanel({ groups, error, historyKnown, now }: Props) {
  const fresh = groups?.filter((g) => g.isNew).length ?? 0;
  return (
    <Panel
      id="service-error-groups"
      title={groups ? `Error groups (${groups.length})` : 'Error groups'}
      meta={
        groups ? (historyKnown ? `${fresh} new: never seen in the 30 days before this range` : 'Checking which fingerprints are new…') : undefined
      }
    >
      {error && !groups && (
        <p className="notice is-error" role="alert">
          Could not load error groups: {error.message}
        </p>
      )}
      {!groups ? (
        !error && <p className="muted">Loading…</p>
      ) : groups.length === 0 ? (
        <p className="empty">No errors in this range.</p>
      ) : (
        <div className="table-scroll">
          <table className="error-groups">
            <thead>
              <tr>
                <th scope="col">Fingerprint</th>
                <th scope="col">Type and message</th>
                <th scope="col" className="num">
                  Count
                </th>
                <th scope="col" className="num">
                  Users
                </th>
                <th scope="col">First seen</th>
                <th scope="col">Last seen</th>
                <th scope="col">Versions</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={g.fingerprint} data-new={g.isNew || undefined}>
                  <td className="mono" title={g.fingerprint}>
                    {g.fingerprint.slice(0, 8)}
                    {g.isNew && (
                      <>
                        {' '}
                        <span className="tag new-badge">New</span>
                      </>
                    )}
                  </td>
                  <td>
                    <strong className="error-type">{g.type}</strong>
                    <div className="error-message">{g.message}</div>
                  </td>
                  <td className="num">{formatCount(g.count)}</td>
                  <td className="num">{formatCount(g.users)}</td>
                  <td>
                    <RelativeTime at={g.firstSeen} now={now} />
                  </td>
                  <td>
                    <RelativeTime at={g.lastSeen} now={now} />
                  </td>
                  <td className="mono">{g.versions.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
