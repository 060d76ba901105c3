// The metrics page: how incident response is going over a time range.
import { useMemo, useState } from 'react';
import { useServiceName } from '@/state/catalogue';
import { formatLocal } from '@/domain/time/format';
import { useMetrics } from '../api/use-metrics';
import { Breakdowns, Repeats } from './breakdowns';
import { ResponseTimes } from './response-times';
import { WeeklyChart } from './weekly-chart';
import '../metrics.css';

const RANGES = { '7': 'Last 7 days', '30': 'Last 30 days', '90': 'Last 90 days', '365': 'Last 12 months', all: 'Everything' } as const;
type RangeKey = keyof typeof RANGES;
const DAY = 86_400_000;

/** Ranges end at the next hour so the page does not recompute every second. */
function rangeFor(key: RangeKey, now: number): { from: number; to: number } {
  const to = Math.ceil(now / 3_600_000) * 3_600_000;
  return { from: key === 'all' ? 0 : to - Number(key) * DAY, to };
}

export function MetricsPage() {
  const [key, setKey] = useState<RangeKey>('90');
  const [now] = useState(() => Date.now());
  const { from, to } = useMemo(() => rangeFor(key, now), [key, now]);
  const { report, error, computing, timing } = useMetrics(from, to);
  const serviceName = useServiceName();
  return (
    <div className="stack">
      <div className="metrics-range">
        <label>
          Time range
          <select value={key} onChange={(e) => setKey(e.target.value as RangeKey)}>
            {Object.entries(RANGES).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <p className="muted" role="status" aria-live="polite">
          {computing
            ? 'Computing…'
            : report
              ? `${report.incidents} incidents declared ${key === 'all' ? 'in total' : `since ${formatLocal(from)}`}.`
              : ''}
          {timing && !computing ? ` Computed off the main thread in ${Math.round(timing.readMs + timing.computeMs)} ms.` : ''}
        </p>
      </div>
      {error && (
        <p className="notice is-error" role="alert">
          Could not compute the metrics: {error}
        </p>
      )}
      {report && (
        <>
          <ResponseTimes timings={report.timings} />
          <WeeklyChart weeks={report.perWeek} trend={report.trend} />
          <Breakdowns report={report} serviceName={serviceName} />
          <Repeats report={report} />
        </>
      )}
    </div>
  );
}
