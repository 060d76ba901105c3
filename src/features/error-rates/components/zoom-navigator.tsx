// The brush under the charts: the whole range as a thin 5xx line, with a window that zooms both
// charts. The charts then re-thin the raw points of the window, so zooming shows more detail
// rather than stretching the same points.
import { useMemo } from 'react';
import { Brush, ComposedChart, Line } from 'recharts';
import type { PreparedSeries } from '@/domain/timeseries/service-series';
import { indexWindow } from '@/domain/timeseries/service-series';
import { AXIS_WIDTH, formatInstant, MARGIN, plotWidth, toRows } from './chart-parts';

interface Props {
  series: PreparedSeries;
  from: number;
  to: number;
  width: number;
  zoom: [number, number] | null;
  onZoom(window: [number, number] | null): void;
}

export function ZoomNavigator({ series, from, to, width, zoom, onZoom }: Props) {
  // One row per pixel is plenty for a 40 px high overview.
  const rows = useMemo(() => toRows(series.t, { r5: series.rate5xx }, from, to, plotWidth(width)), [series, from, to, width]);
  const t = useMemo(() => Float64Array.from(rows, (r) => r.t), [rows]);
  const last = Math.max(0, rows.length - 1);
  const [startIndex, endIndex] = zoom ? indexWindow(t, zoom[0], zoom[1] + 1) : [0, rows.length];
  const start = Math.min(startIndex, last);
  const end = Math.max(start, Math.min(endIndex - 1, last));
  return (
    <ComposedChart
      width={width}
      height={56}
      data={rows}
      margin={{ top: 0, bottom: 0, left: MARGIN.left + AXIS_WIDTH, right: MARGIN.right + AXIS_WIDTH }}
    >
      <Brush
        dataKey="t"
        height={48}
        y={4}
        travellerWidth={12}
        startIndex={start}
        endIndex={end}
        stroke="var(--text-muted)"
        fill="var(--surface)"
        tickFormatter={(v) => formatInstant(Number(v))}
        ariaLabel="Zoom window: drag the handles, or focus one and use the arrow keys"
        onChange={({ startIndex: s, endIndex: e }) => {
          if (s === undefined || e === undefined) return;
          const a = rows[s]?.t;
          const b = rows[e]?.t;
          if (a === undefined || b === undefined) return;
          onZoom(s === 0 && e === last ? null : [a, b]);
        }}
      >
        <ComposedChart>
          <Line dataKey="r5" stroke="var(--text-muted)" strokeWidth={1} dot={false} isAnimationActive={false} />
        </ComposedChart>
      </Brush>
    </ComposedChart>
  );
}
