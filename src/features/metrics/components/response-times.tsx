// MTTD, MTTA, MTTI and MTTR per severity against the DOMAIN.md §8 targets. Whether a target is met
// is said in words and an icon, not only colour.
import { METRICS, type MetricId, type Summary, type TimingTable } from '@/domain/metrics/metrics';
import { SEVERITIES } from '@/domain/severity/levels';
import { formatDuration } from '@/domain/time/format';
import { Panel } from '@/ui/panel';
import { StatusBadge } from '@/ui/status-badge';
import '../metrics.css';

const IDS = Object.keys(METRICS) as MetricId[];

function Cell({ s }: { s: Summary }) {
  if (s.count === 0 || s.meanMs === null) return <span className="muted">no data</span>;
  const meets = s.targetMs === null ? null : s.meanMs < s.targetMs;
  return (
    <>
      <span className="figure">{formatDuration(s.meanMs)}</span>
      <span className="sub">
        median {formatDuration(s.medianMs ?? 0)} · p90 {formatDuration(s.p90Ms ?? 0)} · n = {s.count}
      </span>
      {s.targetMs !== null && (
        <span className="sub">
          <StatusBadge state={meets ? 'healthy' : 'degraded'} label={meets ? 'meets target' : 'misses target'} /> {s.withinTarget} of {s.count} under{' '}
          {formatDuration(s.targetMs)}
        </span>
      )}
    </>
  );
}

export function ResponseTimes({ timings }: { timings: TimingTable }) {
  return (
    <Panel id="metrics-timings" title="Response times by severity" meta="mean, with median and 90th percentile; targets from DOMAIN.md §8">
      <table className="timing-table">
        <thead>
          <tr>
            <th scope="col">Severity</th>
            {IDS.map((id) => (
              <th key={id} scope="col">
                {METRICS[id].label}
                <span className="sub">{METRICS[id].meaning}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...SEVERITIES, 'all' as const].map((level) => (
            <tr key={level}>
              <th scope="row">{level === 'all' ? 'All' : level}</th>
              {IDS.map((id) => (
                <td key={id} data-testid={`${id}-${level}`}>
                  <Cell s={timings[level][id]} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}
