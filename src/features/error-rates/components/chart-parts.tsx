// What the service page's charts share: frame sizes (so plots line up vertically), time-axis
// labels, the thinning of series to two points per pixel, and the markers drawn on every chart
// (deploys, incident bands, spikes, anomalies). Colours come only from palette variables.
import { CartesianGrid, ReferenceLine, usePlotArea, useXAxisScale, useYAxisScale, XAxis, ZIndexLayer } from 'recharts';
import type { Detection } from '@/domain/health/detections';
import type { Deploy } from '@/domain/telemetry/schemas';
import { downsampleAligned, pointsForWidth } from '@/domain/timeseries/lttb';
import { indexWindow } from '@/domain/timeseries/service-series';
import { tickStep, timeTicks } from '@/domain/timeseries/time-ticks';

export const MARGIN = { top: 18, right: 8, bottom: 4, left: 4 };
export const AXIS_WIDTH = 58;
const DAY = 86_400_000;

/** The width of the plotting area of a chart `width` wide with axes on both sides. */
export const plotWidth = (width: number) => Math.max(10, width - MARGIN.left - MARGIN.right - 2 * AXIS_WIDTH);

/** How many points a chart of this width gets: one per device pixel, at most two per CSS pixel. */
export const chartPoints = (width: number) => pointsForWidth(plotWidth(width), typeof window === 'undefined' ? 1 : window.devicePixelRatio);

export const AXIS_STYLE = { stroke: 'var(--border)', tick: { fill: 'var(--text-muted)', fontSize: 12 } } as const;
export const TOOLTIP_STYLE = {
  contentStyle: { background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)', borderRadius: 6, fontSize: 13 },
  labelStyle: { color: 'var(--text)', fontWeight: 600 },
  itemStyle: { color: 'var(--text)' },
} as const;

const pad = (n: number) => String(n).padStart(2, '0');
const clock = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;
// Made once: toLocaleDateString builds a formatter per call.
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });
const day = (d: Date) => dayFormat.format(d);

/** Local-time ticks for [from, to] and a formatter that fits their spacing. */
export function timeAxis(from: number, to: number, width: number) {
  const offset = -new Date(from).getTimezoneOffset() * 60_000;
  const ticks = timeTicks(from, to, Math.max(2, Math.floor(plotWidth(width) / 100)), offset);
  const step = tickStep(ticks);
  const format = (t: number) => {
    const d = new Date(t);
    if (step >= DAY) return day(d);
    return to - from > 1.5 * DAY ? `${day(d)} ${clock(d)}` : clock(d);
  };
  return { ticks, format };
}

/**
 * The grid and the local-time x axis, drawn the same on every chart so they line up. Elements,
 * not a component: recharts reads its axes from the chart's direct children.
 */
export function timeFrame(from: number, to: number, axis: ReturnType<typeof timeAxis>) {
  return [
    <CartesianGrid key="grid" stroke="var(--border)" strokeDasharray="2 4" vertical={false} />,
    <XAxis
      key="time"
      dataKey="t"
      type="number"
      scale="time"
      domain={[from, to]}
      allowDataOverflow
      ticks={axis.ticks}
      tickFormatter={axis.format}
      {...AXIS_STYLE}
    />,
  ];
}

/** A dashed threshold line labelled with its value, in the colour of the state it marks. */
export function limitLine(yAxisId: string, y: number, text: string, state: 'degraded' | 'broken') {
  return (
    <ReferenceLine
      key={`${yAxisId}-${state}`}
      yAxisId={yAxisId}
      y={y}
      stroke={`var(--state-${state})`}
      strokeDasharray="6 4"
      // The critical limit stays in view even when the series is far below it.
      ifOverflow={state === 'broken' ? 'extendDomain' : 'discard'}
      label={{ value: text, position: 'insideTopLeft', fill: `var(--state-${state})`, fontSize: 11 }}
    />
  );
}

/** Full local date and time, for tooltips. */
export const formatInstant = (t: number) => `${day(new Date(t))} ${clock(new Date(t))}`;

export type Row = { t: number } & Record<string, number | null>;

/**
 * Rows for recharts: the points of [from, to) of each series, thinned to `maxPoints` rows
 * (LTTB per series on shared rows), with null where a series has no value (a gap, not a zero).
 */
export function toRows(t: Float64Array, series: Record<string, Float64Array>, from: number, to: number, maxPoints: number): Row[] {
  const [lo, hi] = indexWindow(t, from, to);
  const keys = Object.keys(series);
  const x = t.subarray(lo, hi);
  const ys = keys.map((k) => (series[k] as Float64Array).subarray(lo, hi));
  const thinned = Number.isFinite(maxPoints) ? downsampleAligned(x, ys, Math.max(3, Math.floor(maxPoints))) : { x, series: ys };
  const rows: Row[] = new Array(thinned.x.length);
  for (let i = 0; i < thinned.x.length; i++) {
    const row: Row = { t: thinned.x[i] as number };
    keys.forEach((k, s) => {
      const v = (thinned.series[s] as Float64Array)[i] as number;
      row[k] = Number.isFinite(v) ? v : null;
    });
    rows[i] = row;
  }
  return rows;
}

export interface IncidentBand {
  id: string;
  title: string;
  from: number;
  /** Resolution, or now for an unresolved incident. */
  to: number;
}

export interface Markers {
  deploys: readonly Deploy[];
  incidents: readonly IncidentBand[];
  detections: readonly Detection[];
}

interface MarkerLayerProps {
  markers: Markers;
  /** Which detections belong on this chart. */
  metrics: readonly Detection['metric'][];
  yAxisId: string;
  /** Where an anomaly's dot sits on this chart's y axis (null: not drawn). */
  dotY(d: Detection): number | null;
}

/**
 * Every marker of a chart as plain SVG in one component, placed with the chart's own scales.
 * A month of checkout has ~540 deploys and ~180 spikes; as one recharts Reference* element each
 * that took over a minute to mount (each registers in recharts' store), drawn here it takes
 * milliseconds. Deploy versions are written only where they have room (60 px apart); the deploy
 * list under the charts names them all.
 */
export function MarkerLayer({ markers, metrics, yAxisId, dotY }: MarkerLayerProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale(yAxisId);
  const area = usePlotArea();
  if (!xScale || !yScale || !area) return null;
  const left = area.x;
  const right = area.x + area.width;
  const top = area.y;
  const bottom = area.y + area.height;
  const px = (t: number) => xScale(t) as number;
  const span = (a: number, b: number) => {
    const x1 = Math.max(left, px(a));
    const x2 = Math.min(right, px(b));
    return x2 > x1 - 1 ? { x: x1, width: Math.max(1, x2 - x1) } : null;
  };
  const bands = markers.incidents.flatMap((b) => {
    const s = span(b.from, b.to);
    return s ? [{ ...s, id: b.id, title: b.title }] : [];
  });
  const detections = markers.detections.filter((d) => metrics.includes(d.metric));
  const spikes = detections
    .filter((d) => d.kind === 'spike')
    .flatMap((d) => {
      const s = span(d.from, d.to);
      return s ? [{ ...s, d }] : [];
    });
  const dots = detections
    .filter((d) => d.kind === 'anomaly')
    .flatMap((d) => {
      const value = dotY(d);
      const cx = px(d.peakAt);
      const cy = value === null ? Number.NaN : (yScale(value) as number);
      return Number.isFinite(cx) && Number.isFinite(cy) && cx >= left && cx <= right ? [{ cx, cy: Math.max(top, Math.min(bottom, cy)), d }] : [];
    });
  const deploys = markers.deploys.map((d) => ({ d, x: px(d.at) })).filter((m) => m.x >= left && m.x <= right);
  const roomy = deploys.every((m, i) => i === 0 || m.x - (deploys[i - 1] as { x: number }).x >= 60);
  return (
    <>
      {/* Bands above the traffic area and below the lines; marks and dots above everything. */}
      <ZIndexLayer zIndex={150}>
        <g className="chart-markers chart-bands">
          {bands.map((b) => (
            <g key={`incident-${b.id}`} className="incident-band">
              <rect x={b.x} y={top} width={b.width} height={bottom - top} fill="var(--text-muted)" fillOpacity={0.12}>
                <title>{`${b.id}: ${b.title}`}</title>
              </rect>
              <text x={b.x + 3} y={top + 11} fill="var(--text)" fontSize={11}>
                {b.id}
              </text>
            </g>
          ))}
          {spikes.map(({ x, width, d }) => (
            <g key={d.id} className="spike-marker">
              <rect
                x={x}
                y={top}
                width={width}
                height={bottom - top}
                fill="var(--state-broken)"
                fillOpacity={0.16}
                stroke="var(--state-broken)"
                strokeOpacity={0.6}
              >
                <title>{d.detail}</title>
              </rect>
              {width >= 24 && (
                <text x={x + width / 2} y={top + 11} textAnchor="middle" fill="var(--state-broken)" fontSize={11} fontWeight={600}>
                  spike
                </text>
              )}
            </g>
          ))}
        </g>
      </ZIndexLayer>
      <ZIndexLayer zIndex={650}>
        <g className="chart-markers chart-marks">
          {deploys.map(({ d, x }) => (
            <g key={`deploy-${d.at}-${d.version}`} className="deploy-marker">
              <line x1={x} x2={x} y1={top} y2={bottom} stroke="var(--accent)" strokeDasharray="4 3" strokeWidth={1.5}>
                <title>{`${d.kind === 'rollback' ? 'Rollback to' : 'Deploy of'} ${d.version}`}</title>
              </line>
              {roomy && (
                <text x={x - 3} y={top + 11} textAnchor="end" fill="var(--text)" fontSize={11}>
                  {`${d.kind === 'rollback' ? '↩ ' : '▲ '}${d.version}`}
                </text>
              )}
            </g>
          ))}
          {dots.map(({ cx, cy, d }) => (
            <circle
              key={d.id}
              className="anomaly-marker"
              cx={cx}
              cy={cy}
              r={5}
              fill="var(--surface)"
              stroke="var(--state-degraded)"
              strokeWidth={2.5}
            >
              <title>{d.detail}</title>
            </circle>
          ))}
        </g>
      </ZIndexLayer>
    </>
  );
}
