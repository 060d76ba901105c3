// Request volume as a shaded area behind the error lines, drawn on the chart's own scales. A
// recharts <Area> over ~1,000 rows costs about a third of the whole chart's first render (it
// builds label, animation and tooltip records per point); this is one path.
import { useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import type { Row } from './chart-parts';

interface Props {
  rows: readonly Row[];
  dataKey: string;
  yAxisId: string;
}

export function VolumeArea({ rows, dataKey, yAxisId }: Props) {
  const x = useXAxisScale();
  const y = useYAxisScale(yAxisId);
  if (!x || !y) return null;
  const base = y(0) as number;
  let fill = '';
  let line = '';
  let runStart: number | null = null;
  let lastX = 0;
  const close = () => {
    if (runStart !== null) fill += `L${lastX.toFixed(1)},${base.toFixed(1)}L${runStart.toFixed(1)},${base.toFixed(1)}Z`;
    runStart = null;
  };
  for (const row of rows) {
    const v = row[dataKey];
    if (v === null || v === undefined) {
      close();
      continue;
    }
    const px = x(row.t) as number;
    const py = y(v) as number;
    const point = `${px.toFixed(1)},${py.toFixed(1)}`;
    if (runStart === null) {
      runStart = px;
      fill += `M${point}`;
      line += `M${point}`;
    } else {
      fill += `L${point}`;
      line += `L${point}`;
    }
    lastX = px;
  }
  close();
  return (
    <ZIndexLayer zIndex={100}>
      <g className="series-volume">
        <path d={fill} fill="var(--surface2)" stroke="none" />
        <path d={line} fill="none" stroke="var(--border)" strokeWidth={1} />
      </g>
    </ZIndexLayer>
  );
}

/** A round top for the volume axis: 1, 2 or 5 times a power of ten, above the highest value. */
export function niceCeiling(max: number): number {
  if (!(max > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  return ([1, 2, 5, 10].find((m) => m * p >= max) ?? 10) * p;
}
