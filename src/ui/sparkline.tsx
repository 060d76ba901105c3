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
  const max = maxPointsForWidth(width);
  const picked =
    n <= max
      ? null
      : lttbIndices(
          Float64Array.from({ length: n }, (_, i) => i),
          values,
          max,
        );
  const count = picked ? picked.length : n;
  let top = minTop;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (Number.isFinite(v) && v > top) top = v;
  }
  // Plain arithmetic and string building: 500 tiles redraw this on every refresh.
  const k = top > 0 ? (height - 2) / top : 0;
  const stepX = n === 1 ? 0 : width / (n - 1);
  const round1 = (v: number) => Math.round(v * 10) / 10;
  const runs: string[] = [];
  let run = '';
  for (let j = 0; j < count; j++) {
    const i = picked ? (picked[j] as number) : j;
    const v = i >= 0 ? (values[i] as number) : Number.NaN;
    if (!Number.isFinite(v)) {
      if (run) runs.push(run);
      run = '';
      continue;
    }
    const point = `${round1(n === 1 ? width / 2 : i * stepX)},${round1(height - 1 - Math.max(0, v) * k)}`;
    run = run ? `${run} ${point}` : point;
  }
  if (run) runs.push(run);
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
