// What the service page's charts share: frame sizes (so plots line up vertically), time-axis
// labels, the thinning of series to two points per pixel, and the markers drawn on every chart
// (deploys, incident bands, spikes, anomalies). Colours come only from palette variables.
import { ReferenceArea, ReferenceDot, ReferenceLine } from 'recharts';
import type { Detection } from '@/domain/health/detections';
import type { Deploy } from '@/domain/telemetry/schemas';
import { downsampleAligned } from '@/domain/timeseries/lttb';
import { indexWindow } from '@/domain/timeseries/service-series';
import { tickStep, timeTicks } from '@/domain/timeseries/time-ticks';

export const MARGIN = { top: 18, right: 8, bottom: 4, left: 4 };
export const AXIS_WIDTH = 58;
const DAY = 86_400_000;

/** The width of the plotting area of a chart `width` wide with axes on both sides. */
export const plotWidth = (width: number) => Math.max(10, width - MARGIN.left - MARGIN.right - 2 * AXIS_WIDTH);

export const AXIS_STYLE = { stroke: 'var(--border)', tick: { fill: 'var(--text-muted)', fontSize: 12 } } as const;
export const TOOLTIP_STYLE = {
  contentStyle: { background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)', borderRadius: 6, fontSize: 13 },
  labelStyle: { color: 'var(--text)', fontWeight: 600 },
  itemStyle: { color: 'var(--text)' },
} as const;

const pad = (n: number) => String(n).padStart(2, '0');
const clock = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;
const day = (d: Date) => d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });

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

/** Full local date and time, for tooltips. */
export const formatInstant = (t: number) => `${new Date(t).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' })} ${clock(new Date(t))}`;

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

const inside = (t: number, from: number, to: number) => t >= from && t <= to;

/**
 * Incident bands and deploy lines, for any chart. Deploy versions are written only where they
 * have room (50 px apart); the deploy list under the charts always names them all.
 */
export function contextMarkers(m: Markers, from: number, to: number, width: number, yAxisId: string) {
  const pxPerMs = plotWidth(width) / Math.max(1, to - from);
  const deploys = m.deploys.filter((d) => inside(d.at, from, to));
  const roomy = deploys.every((d, i) => i === 0 || (d.at - (deploys[i - 1] as Deploy).at) * pxPerMs >= 50);
  return [
    ...m.incidents
      .filter((b) => b.to > from && b.from < to)
      .map((b) => (
        <ReferenceArea
          key={`incident-${b.id}`}
          yAxisId={yAxisId}
          x1={Math.max(b.from, from)}
          x2={Math.min(b.to, to)}
          fill="var(--text-muted)"
          fillOpacity={0.12}
          stroke="none"
          ifOverflow="hidden"
          label={{ value: b.id, position: 'insideTopLeft', fill: 'var(--text)', fontSize: 11 }}
          className="incident-band"
        />
      )),
    ...deploys.map((d) => (
      <ReferenceLine
        key={`deploy-${d.at}-${d.version}`}
        yAxisId={yAxisId}
        x={d.at}
        stroke="var(--accent)"
        strokeDasharray="4 3"
        strokeWidth={1.5}
        className="deploy-marker"
        label={
          roomy
            ? { value: `${d.kind === 'rollback' ? '↩ ' : '▲ '}${d.version}`, position: 'insideTopRight', fill: 'var(--text)', fontSize: 11 }
            : undefined
        }
      />
    )),
  ];
}

/** Spike bands and anomaly dots of one metric. */
export function detectionMarkers(
  list: readonly Detection[],
  metrics: readonly Detection['metric'][],
  from: number,
  to: number,
  yAxisId: string,
  dotY: (d: Detection) => number | null,
) {
  return list
    .filter((d) => metrics.includes(d.metric) && d.to > from && d.from < to)
    .map((d) => {
      if (d.kind === 'spike') {
        return (
          <ReferenceArea
            key={d.id}
            yAxisId={yAxisId}
            x1={Math.max(d.from, from)}
            x2={Math.min(d.to, to)}
            fill="var(--state-broken)"
            fillOpacity={0.16}
            stroke="var(--state-broken)"
            strokeOpacity={0.6}
            ifOverflow="hidden"
            className="spike-marker"
            label={{ value: 'spike', position: 'insideTop', fill: 'var(--state-broken)', fontSize: 11, fontWeight: 600 }}
          />
        );
      }
      const y = dotY(d);
      return y === null ? null : (
        <ReferenceDot
          key={d.id}
          yAxisId={yAxisId}
          x={d.peakAt}
          y={y}
          r={5}
          fill="var(--surface)"
          stroke="var(--state-degraded)"
          strokeWidth={2.5}
          ifOverflow="hidden"
          className="anomaly-marker"
        />
      );
    });
}
