import { useMemo } from 'react';
import { ComposedChart, Line, Tooltip, YAxis } from 'recharts';
import type { Detection } from '@/domain/health/detections';
import { formatMs } from '@/domain/health/metric-format';
import type { HealthThresholds } from '@/domain/health/thresholds';
import type { PreparedSeries } from '@/domain/timeseries/service-series';
import {
  AXIS_STYLE,
  AXIS_WIDTH,
  chartPoints,
  formatInstant,
  limitLine,
  MarkerLayer,
  MARGIN,
  timeAxis,
  timeFrame,
  toRows,
  TOOLTIP_STYLE,
  type Markers,
} from './chart-parts';

interface Props {
  series: PreparedSeries;
  from: number;
  to: number;
  width: number;
  height?: number;
  thresholds: HealthThresholds;
  markers: Markers;
  summary: string;
}

const msTick = (v: number) => (v >= 1_000 ? `${Number((v / 1_000).toFixed(2))} s` : `${v} ms`);

/** p95 latency with its warning and critical limits; the right margin matches the error chart's axis. */
export function LatencyChart({ series, from, to, width, height = 200, thresholds, markers, summary }: Props) {
  const limit = chartPoints(width);
  const rows = useMemo(() => toRows(series.t, { p95: series.p95 }, from, to, limit), [series, from, to, limit]);
  const axis = useMemo(() => timeAxis(from, to, width), [from, to, width]);
  return (
    <ComposedChart width={width} height={height} data={rows} margin={{ ...MARGIN, right: MARGIN.right + AXIS_WIDTH }} title={summary}>
      {timeFrame(from, to, axis)}
      <YAxis yAxisId="ms" width={AXIS_WIDTH} tickFormatter={msTick} {...AXIS_STYLE} />
      {limitLine('ms', thresholds.p95WarnMs, `warn ${formatMs(thresholds.p95WarnMs)}`, 'degraded')}
      {limitLine('ms', thresholds.p95CritMs, `limit ${formatMs(thresholds.p95CritMs)}`, 'broken')}
      <Line
        yAxisId="ms"
        dataKey="p95"
        name="p95"
        type="linear"
        stroke="var(--text)"
        strokeWidth={2}
        dot={false}
        isAnimationActive={false}
        className="series-p95"
      />
      <MarkerLayer markers={markers} metrics={['p95 latency']} yAxisId="ms" dotY={(d: Detection) => d.peakValue} />
      <Tooltip
        isAnimationActive={false}
        labelFormatter={(t) => formatInstant(Number(t))}
        formatter={(v) => [formatMs(typeof v === 'number' ? v : Number.NaN), 'p95']}
        {...TOOLTIP_STYLE}
      />
    </ComposedChart>
  );
}
