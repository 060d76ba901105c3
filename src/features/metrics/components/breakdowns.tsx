import { Link } from 'react-router';
import { REPEAT_TARGET_SHARE, type MetricsReport } from '@/domain/metrics/metrics';
import { Panel } from '@/ui/panel';
import { StatusBadge } from '@/ui/status-badge';
import '../metrics.css';

function CountTable({ rows, label, name }: { rows: { key: string; count: number }[]; label: string; name?: (key: string) => string }) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  if (rows.length === 0) return <p className="empty">No incidents in this range.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{label}</th>
          <th scope="col" className="num">
            Incidents
          </th>
          <th scope="col" className="bar-cell">
            <span className="visually-hidden">Share</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, 15).map((r) => (
          <tr key={r.key}>
            <td>{name ? name(r.key) : r.key}</td>
            <td className="num">{r.count}</td>
            <td className="bar-cell">
              <span className="bar" style={{ width: `${(100 * r.count) / max}%` }} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Breakdowns({ report, serviceName }: { report: MetricsReport; serviceName(id: string): string }) {
  return (
    <div className="grid grid-2">
      <Panel id="metrics-services" title="By service">
        <CountTable rows={report.byService} label="Service" name={serviceName} />
      </Panel>
      <Panel id="metrics-teams" title="By team">
        <CountTable rows={report.byTeam} label="Team" />
      </Panel>
    </div>
  );
}

export function Repeats({ report }: { report: MetricsReport }) {
  const { repeats, share, considered } = report.repeats;
  const ok = share < REPEAT_TARGET_SHARE;
  const reasons = repeats.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.reason]: (acc[r.reason] ?? 0) + 1 }), {});
  return (
    <Panel id="metrics-repeats" title="Repeat incidents" meta="same root cause, error fingerprint or similar title within 90 days">
      <p>
        <span className="big-figure" data-testid="repeat-share">
          {(share * 100).toFixed(1)} %
        </span>{' '}
        of {considered} incidents repeat an earlier one ({repeats.length}).{' '}
        <StatusBadge state={ok ? 'healthy' : 'degraded'} label={ok ? 'under the 5 % target' : 'over the 5 % target'} />
      </p>
      {repeats.length > 0 && (
        <>
          <p className="muted">
            {Object.entries(reasons)
              .map(([reason, n]) => `${n} by ${reason}`)
              .join(' · ')}
          </p>
          <ul>
            {repeats
              .slice(-10)
              .reverse()
              .map((r) => (
                <li key={r.incidentId}>
                  <Link to={`/incidents/${r.incidentId}`}>{r.incidentId}</Link> repeats <Link to={`/incidents/${r.earlierId}`}>{r.earlierId}</Link> (
                  {r.reason})
                </li>
              ))}
          </ul>
          {repeats.length > 10 && <p className="muted">The 10 most recent are listed.</p>}
        </>
      )}
    </Panel>
  );
}
