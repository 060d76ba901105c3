import { useMemo } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { Detection } from '@/domain/health/detections';
import { formatCount, formatRate } from '@/domain/health/metric-format';
import type { HealthThresholds } from '@/domain/health/thresholds';
import type { PreparedSeries } from '@/domain/timeseries/service-series';
import {
  AXIS_STYLE,
  AXIS_WIDTH,
  chartPoints,
  formatInstant,
  MarkerLayer,
  MARGIN,
  timeAxis,
  toRows,
  TOOLTIP_STYLE,
  type Markers,
} from './chart-parts';

export interface ErrorRateChartProps {
  series: PreparedSeries;
  from: number;
  to: number;
  width: number;
  height?: number;
  thresholds: HealthThresholds;
  markers: Markers;
  /** Rows handed to recharts at most; two per pixel unless a benchmark says otherwise. */
  maxPoints?: number;
  /** Text alternative of the chart. */
  summary: string;
}

const TOOLTIP_NAMES: Record<string, string> = { r5: '5xx', r4: '4xx', rpm: 'Requests/min' };

/** 5xx and 4xx rates (%) over request volume, with deploys, incidents, spikes and anomalies. */
export function ErrorRateChart({ series, from, to, width, height = 260, thresholds, markers, maxPoints, summary }: ErrorRateChartProps) {
  const limit = maxPoints ?? chartPoints(width);
  const rows = useMemo(
    () => toRows(series.t, { r5: series.rate5xx, r4: series.rate4xx, rpm: series.requestsPerMin }, from, to, limit),
    [series, from, to, limit],
  );
  const axis = useMemo(() => timeAxis(from, to, width), [from, to, width]);
  return (
    <ComposedChart width={width} height={height} data={rows} margin={MARGIN} title={summary}>
      <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" vertical={false} />
      <XAxis
        dataKey="t"
        type="number"
        scale="time"
        domain={[from, to]}
        allowDataOverflow
        ticks={axis.ticks}
        tickFormatter={axis.format}
        {...AXIS_STYLE}
      />
      <YAxis yAxisId="rate" width={AXIS_WIDTH} tickFormatter={(v: number) => `${v} %`} allowDecimals {...AXIS_STYLE} />
      <YAxis yAxisId="rpm" orientation="right" width={AXIS_WIDTH} tickFormatter={(v: number) => formatCount(v)} {...AXIS_STYLE} />
      <Area
        yAxisId="rpm"
        dataKey="rpm"
        name="Requests/min"
        type="linear"
        fill="var(--surface2)"
        fillOpacity={1}
        stroke="var(--border)"
        isAnimationActive={false}
        dot={false}
        activeDot={false}
        className="series-volume"
      />
      <ReferenceLine
        yAxisId="rate"
        y={thresholds.errorRateCritPct}
        stroke="var(--state-broken)"
        strokeDasharray="6 4"
        ifOverflow="extendDomain"
        label={{
          value: `5xx limit ${formatRate(thresholds.errorRateCritPct)}`,
          position: 'insideTopLeft',
          fill: 'var(--state-broken)',
          fontSize: 11,
        }}
      />
      <Line
        yAxisId="rate"
        dataKey="r4"
        name="4xx %"
        type="linear"
        stroke="var(--text-muted)"
        strokeDasharray="5 3"
        strokeWidth={1.5}
        dot={false}
        isAnimationActive={false}
        className="series-4xx"
      />
      <Line
        yAxisId="rate"
        dataKey="r5"
        name="5xx %"
        type="linear"
        stroke="var(--text)"
        strokeWidth={2}
        dot={false}
        isAnimationActive={false}
        className="series-5xx"
      />
      <MarkerLayer
        markers={markers}
        metrics={['5xx errors', '5xx rate']}
        yAxisId="rate"
        dotY={(d: Detection) => (d.metric === '5xx rate' ? d.peakValue : null)}
      />
      <Tooltip
        isAnimationActive={false}
        labelFormatter={(t) => formatInstant(Number(t))}
        formatter={(value, name) => {
          const v = typeof value === 'number' ? value : Number.NaN;
          return [String(name) === 'Requests/min' ? formatCount(v) : formatRate(v), TOOLTIP_NAMES[String(name)] ?? String(name)];
        }}
        {...TOOLTIP_STYLE}
      />
    </ComposedChart>
  );
}
