import { useMemo } from 'react';
import { ComposedChart, Line, Tooltip, YAxis, type TooltipContentProps } from 'recharts';
import type { NameType, ValueType } from 'recharts/types/component/DefaultTooltipContent';
import type { Detection } from '@/domain/health/detections';
import { formatCount, formatRate } from '@/domain/health/metric-format';
import type { HealthThresholds } from '@/domain/health/thresholds';
import type { PreparedSeries } from '@/domain/timeseries/service-series';
import { niceCeiling, VolumeArea } from './volume-area';
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
  type Markers,
  type Row,
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

/** Time, both rates and the volume of the row under the pointer (the volume is not a recharts item). */
function ErrorRateTooltip({ active, payload, label }: Pick<TooltipContentProps<ValueType, NameType>, 'active' | 'payload' | 'label'>) {
  const row = payload?.[0]?.payload as Row | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <strong>{formatInstant(Number(label))}</strong>
      <div>5xx {formatRate(row.r5)}</div>
      <div>4xx {formatRate(row.r4)}</div>
      <div>{formatCount(row.rpm)} requests/min</div>
    </div>
  );
}

/** 5xx and 4xx rates (%) over request volume, with deploys, incidents, spikes and anomalies. */
export function ErrorRateChart({ series, from, to, width, height = 260, thresholds, markers, maxPoints, summary }: ErrorRateChartProps) {
  const limit = maxPoints ?? chartPoints(width);
  const rows = useMemo(
    () => toRows(series.t, { r5: series.rate5xx, r4: series.rate4xx, rpm: series.requestsPerMin }, from, to, limit),
    [series, from, to, limit],
  );
  const axis = useMemo(() => timeAxis(from, to, width), [from, to, width]);
  // The volume is drawn by VolumeArea, not a recharts item, so its axis is given its range.
  const rpmTop = useMemo(() => niceCeiling(rows.reduce((m, r) => Math.max(m, r.rpm ?? 0), 0)), [rows]);
  return (
    <ComposedChart width={width} height={height} data={rows} margin={MARGIN} title={summary}>
      {timeFrame(from, to, axis)}
      <YAxis yAxisId="rate" width={AXIS_WIDTH} tickFormatter={(v: number) => `${v} %`} allowDecimals {...AXIS_STYLE} />
      <YAxis
        yAxisId="rpm"
        orientation="right"
        width={AXIS_WIDTH}
        type="number"
        domain={[0, rpmTop]}
        ticks={[0, rpmTop / 4, rpmTop / 2, (3 * rpmTop) / 4, rpmTop]}
        allowDataOverflow
        tickFormatter={(v: number) => formatCount(v)}
        {...AXIS_STYLE}
      />
      <VolumeArea rows={rows} dataKey="rpm" yAxisId="rpm" />
      {limitLine('rate', thresholds.errorRateCritPct, `5xx limit ${formatRate(thresholds.errorRateCritPct)}`, 'broken')}
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
      <Tooltip isAnimationActive={false} content={ErrorRateTooltip} />
    </ComposedChart>
  );
}
