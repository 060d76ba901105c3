// What the service page marks on its charts and lists: spikes of 5xx errors (the spike rule)
// and anomalies of the 5xx rate and of p95 latency (the anomaly rule), inside the visible range.
// The floors are choices the domain leaves open, tuned on 30 days of the demo so a quiet,
// steady service reports nothing: a 5xx-rate anomaly needs at least 5 errors in its bucket (one
// error in a quiet night minute is 1 %) and a move of 0.5 percentage points; a p95 anomaly needs
// a move of a quarter of its baseline (p95 drifting up with the morning traffic is not one).
import type { PreparedSeries } from '../timeseries/service-series';
import { findAnomalies, type Anomaly } from './anomaly';
import { formatMs, formatRate, formatCount } from './metric-format';
import { findSpikes, spikeRuleApplies, type Spike } from './spike';

export const RATE_ANOMALY = { minStd: 0.1, minChange: 0.5 } as const;
export const RATE_ANOMALY_MIN_ERRORS = 5;
export const P95_ANOMALY = { minStd: 25, minRelativeChange: 0.25 } as const;

export type DetectionMetric = '5xx errors' | '5xx rate' | 'p95 latency';

export interface Detection {
  id: string;
  kind: 'spike' | 'anomaly';
  metric: DetectionMetric;
  from: number;
  to: number;
  peakAt: number;
  /** The peak value in the metric's unit (errors per 5 min, %, ms), for markers. */
  peakValue: number;
  /** One line a person reads: "5xx errors 9.1× the hourly baseline (512 in 5 min, baseline 56)". */
  detail: string;
}

export interface Detections {
  spikes: Spike[];
  list: Detection[];
  /** False when the grid does not tile 5 and 60 minutes, so the spike rule could not run. */
  spikeRuleApplied: boolean;
}

const overlaps = (d: { from: number; to: number }, from: number, to: number) => d.to > from && d.from < to;

function anomalyDetection(metric: DetectionMetric, a: Anomaly, format: (v: number) => string): Detection {
  return {
    id: `anomaly:${metric}:${a.from}`,
    kind: 'anomaly',
    metric,
    from: a.from,
    to: a.to,
    peakAt: a.peakAt,
    peakValue: a.peakValue,
    detail: `${metric} ${format(a.peakValue)}, ${a.sigmas.toFixed(1)} σ above its baseline (${format(a.mean)} ± ${format(a.std)})`,
  };
}

/** Spikes and anomalies overlapping [from, to); the series may start earlier to give them history. */
export function detectIssues(series: PreparedSeries, from: number, to: number): Detections {
  const spikeRuleApplied = spikeRuleApplies(series.stepMs);
  const spikes = findSpikes({ start: series.start, stepMs: series.stepMs, errors: series.errors5xx }).filter((s) => overlaps(s, from, to));
  const grid = { start: series.start, stepMs: series.stepMs };
  const list: Detection[] = [
    ...spikes.map<Detection>((s) => ({
      id: `spike:${s.from}`,
      kind: 'spike',
      metric: '5xx errors',
      from: s.from,
      to: s.to,
      peakAt: s.peakAt,
      peakValue: s.recent,
      detail: `5xx errors ${s.peakRatio.toFixed(1)}× the hourly baseline (${formatCount(s.recent)} in 5 min, baseline ${formatCount(s.baseline)})`,
    })),
    ...findAnomalies({ ...grid, values: series.rate5xx }, RATE_ANOMALY, (i) => (series.errors5xx[i] as number) >= RATE_ANOMALY_MIN_ERRORS)
      .filter((a) => overlaps(a, from, to))
      .map((a) => anomalyDetection('5xx rate', a, formatRate)),
    ...findAnomalies({ ...grid, values: series.p95 }, P95_ANOMALY)
      .filter((a) => overlaps(a, from, to))
      .map((a) => anomalyDetection('p95 latency', a, formatMs)),
  ].sort((a, b) => b.from - a.from || a.id.localeCompare(b.id));
  return { spikes, list, spikeRuleApplied };
}
