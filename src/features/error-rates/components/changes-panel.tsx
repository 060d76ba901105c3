import { Link } from 'react-router';
import type { Incident } from '@/domain/incident/incident';
import { STATUS_LABEL } from '@/domain/incident/lifecycle';
import type { Deploy } from '@/domain/telemetry/schemas';
import { formatLocal, formatUtc } from '@/domain/time/format';
import { Panel } from '@/ui/panel';
import { RelativeTime } from '@/ui/relative-time';

interface Props {
  deploys: Deploy[] | undefined;
  incidents: Incident[] | undefined;
  from: number;
  to: number;
  now: number;
}

/** Deploys and incidents in the range: the markers on the charts, named. */
export function ChangesPanel({ deploys, incidents, from, to, now }: Props) {
  const shownDeploys = deploys ? [...deploys].filter((d) => d.at >= from && d.at <= to).reverse() : undefined;
  const shownIncidents = incidents
    ?.filter((i) => (i.resolvedAt ?? i.closedAt ?? now) >= from && i.createdAt <= to)
    .sort((a, b) => b.createdAt - a.createdAt);
  return (
    <Panel id="service-changes" title="Deploys and incidents">
      <h3>Deploys</h3>
      {!shownDeploys ? (
        <p className="muted">Loading…</p>
      ) : shownDeploys.length === 0 ? (
        <p className="empty">No deploys in this range.</p>
      ) : (
        <ul className="change-list" data-testid="deploy-list">
          {shownDeploys.slice(0, 30).map((d) => (
            <li key={`${d.at}-${d.version}`}>
              <span className="mono">{d.version}</span> {d.kind === 'rollback' ? 'rolled back' : 'deployed'} <RelativeTime at={d.at} now={now} />{' '}
              <span className="muted small" title={formatUtc(d.at)}>
                ({formatLocal(d.at)})
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3>Incidents</h3>
      {!shownIncidents ? (
        <p className="muted">Loading…</p>
      ) : shownIncidents.length === 0 ? (
        <p className="empty">No incidents on this service in this range.</p>
      ) : (
        <ul className="change-list">
          {shownIncidents.map((i) => (
            <li key={i.id}>
              <Link to={`/incidents/${encodeURIComponent(i.id)}`}>{i.id}</Link> <span className="severity">{i.severity}</span> {i.title}{' '}
              <span className="tag">{STATUS_LABEL[i.status]}</span> <span className="muted small">declared {formatLocal(i.createdAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
