// A tiny trend line as plain SVG: what the overview (budget: 170 kB for `/`) can afford where a
// chart library cannot. Gaps in the data (NaN) stay gaps; long series are thinned with LTTB to
// two points per pixel first.
import { useMemo } from 'react';
import { lttbIndices, maxPointsForWidth } from '@/domain/timeseries/lttb';

interface SparklineProps {
  values: ArrayLike<number>;
  width?: number;
  height?: number;
  /** The y axis reaches at least this high, so a flat low line stays low (e.g. the critical limit). */
  minTop?: number;
  /** What the line shows, for screen readers; without it the line is decorative. */
  label?: string;
  className?: string;
}

/** Polyline point lists, one per run of known values. */
export function sparklinePaths(values: ArrayLike<number>, width: number, height: number, minTop = 0): string[] {
  const n = values.length;
  if (n === 0) return [];
  const x = Float64Array.from({ length: n }, (_, i) => i);
  const picked = lttbIndices(x, values, maxPointsForWidth(width));
  let top = minTop;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (Number.isFinite(v) && v > top) top = v;
  }
  const scaleY = (v: number) => (top > 0 ? height - 1 - (Math.max(0, v) / top) * (height - 2) : height - 1);
  const scaleX = (i: number) => (n === 1 ? width / 2 : (i / (n - 1)) * width);
  const runs: string[] = [];
  let run: string[] = [];
  for (const i of picked) {
    const v = i >= 0 ? (values[i] as number) : Number.NaN;
    if (!Number.isFinite(v)) {
      if (run.length) runs.push(run.join(' '));
      run = [];
      continue;
    }
    run.push(`${scaleX(i).toFixed(1)},${scaleY(v).toFixed(1)}`);
  }
  if (run.length) runs.push(run.join(' '));
  return runs;
}

export function Sparkline({ values, width = 120, height = 28, minTop = 0, label, className }: SparklineProps) {
  const paths = useMemo(() => sparklinePaths(values, width, height, minTop), [values, width, height, minTop]);
  return (
    <svg
      className={`sparkline${className ? ` ${className}` : ''}`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="none"
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      focusable="false"
    >
      {paths.map((points, i) => (
        <polyline
          key={i}
          points={points}
          fill="none"
          stroke="currentColor"
          strokeWidth={1.5}
          strokeLinejoin="round"
          strokeLinecap="round"
          vectorEffect="non-scaling-stroke"
        />
      ))}
    </svg>
  );
}
