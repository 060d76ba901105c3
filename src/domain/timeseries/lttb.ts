// Largest-Triangle-Three-Buckets downsampling (Steinarsson 2013) on typed arrays: a chart never
// needs more than 2 points per horizontal pixel, and handing a chart library 43,200 points per
// series costs seconds. Kept beyond plain LTTB: the first and last point, the series' global
// maximum (and its minimum unless it shares a bucket with the maximum), and gaps — a bucket with
// no finite value stays a gap (NaN) so a hole in the data is not drawn as a line across it.

/** The most points a chart of `widthPx` pixels should ever get: two per pixel. */
export function maxPointsForWidth(widthPx: number): number {
  return Math.max(3, Math.floor(2 * Math.max(0, widthPx)));
}

/**
 * Points for a chart `widthPx` CSS pixels wide on a screen with `pixelRatio` device pixels per
 * CSS pixel: one per device pixel (more cannot be told apart), never more than two per CSS pixel.
 */
export function pointsForWidth(widthPx: number, pixelRatio = 1): number {
  const ratio = Math.min(2, Math.max(1, Number.isFinite(pixelRatio) ? pixelRatio : 1));
  return Math.min(maxPointsForWidth(widthPx), Math.max(3, Math.floor(ratio * Math.max(0, widthPx))));
}

/** LTTB's bucket boundaries: bucket k (1 ≤ k ≤ threshold−2) covers [start(k), start(k+1)). */
function bucketStart(k: number, n: number, threshold: number): number {
  if (k <= 0) return 0;
  if (k >= threshold - 1) return n - 1;
  return Math.floor(((k - 1) * (n - 2)) / (threshold - 2)) + 1;
}

function extremes(y: ArrayLike<number>): { max: number; min: number } {
  let max = -1;
  let min = -1;
  for (let i = 0; i < y.length; i++) {
    const v = y[i] as number;
    if (!Number.isFinite(v)) continue;
    if (max < 0 || v > (y[max] as number)) max = i;
    if (min < 0 || v < (y[min] as number)) min = i;
  }
  return { max, min };
}

/**
 * Indices of the points LTTB keeps: exactly `threshold` entries when the series is longer than
 * that (else every index). An entry of −1 marks a bucket with no finite value: a gap.
 */
export function lttbIndices(x: ArrayLike<number>, y: ArrayLike<number>, threshold: number): Int32Array {
  const n = Math.min(x.length, y.length);
  const target = Math.max(0, Math.floor(threshold));
  if (n <= target || n <= 2) return Int32Array.from({ length: n }, (_, i) => i);
  if (target <= 2) return target === 2 ? Int32Array.of(0, n - 1) : target === 1 ? Int32Array.of(0) : new Int32Array(0);

  const out = new Int32Array(target);
  const { max: argMax, min: argMin } = extremes(y);
  out[0] = 0;
  out[target - 1] = n - 1;
  let a = Number.isFinite(y[0] as number) ? 0 : -1;

  for (let k = 1; k < target - 1; k++) {
    const from = bucketStart(k, n, target);
    const to = bucketStart(k + 1, n, target);
    // The average of the next bucket is the triangle's third corner.
    const nextFrom = to;
    const nextTo = k + 1 < target - 1 ? bucketStart(k + 2, n, target) : n;
    let sumX = 0;
    let sumY = 0;
    let count = 0;
    for (let j = nextFrom; j < nextTo; j++) {
      const v = y[j] as number;
      if (!Number.isFinite(v)) continue;
      sumX += x[j] as number;
      sumY += v;
      count++;
    }
    const avgX = count ? sumX / count : (x[nextFrom] as number);
    const ax = a >= 0 ? (x[a] as number) : (x[from] as number);
    const ay = a >= 0 ? (y[a] as number) : count ? sumY / count : 0;
    const avgY = count ? sumY / count : ay;

    let best = -1;
    let bestArea = -1;
    let forced = -1;
    for (let j = from; j < to; j++) {
      const v = y[j] as number;
      if (!Number.isFinite(v)) continue;
      if (j === argMax) forced = j;
      else if (j === argMin && forced !== argMax) forced = j;
      const area = Math.abs((ax - avgX) * (v - ay) - (ax - (x[j] as number)) * (avgY - ay));
      if (area > bestArea) {
        bestArea = area;
        best = j;
      }
    }
    const chosen = forced >= 0 ? forced : best;
    out[k] = chosen;
    if (chosen >= 0) a = chosen;
  }
  return out;
}

export interface Downsampled {
  x: Float64Array;
  /** One array per input series, each as long as `x`; NaN where a series has a gap. */
  series: Float64Array[];
}

/** Middle x of LTTB bucket k, for a gap row. */
function bucketMiddle(x: ArrayLike<number>, k: number, n: number, target: number): number {
  const from = bucketStart(k, n, target);
  const to = Math.max(from, bucketStart(k + 1, n, target) - 1);
  return ((x[from] as number) + (x[to] as number)) / 2;
}

/**
 * Several series on one x axis, downsampled to at most `maxPoints` shared rows (what a chart
 * with a shared x axis needs). Each series picks its own LTTB point per bucket, so its peaks
 * survive; the row's x is where the primary series' point is. A bucket spans at most half a
 * pixel, so the other series move by less than that.
 */
export function downsampleAligned(x: ArrayLike<number>, series: readonly ArrayLike<number>[], maxPoints: number, primary = 0): Downsampled {
  const n = x.length;
  if (n <= maxPoints) {
    return { x: Float64Array.from(x), series: series.map((s) => Float64Array.from({ length: n }, (_, i) => toNumber(s[i]))) };
  }
  const picks = series.map((s) => lttbIndices(x, s, maxPoints));
  const rows = picks[0]?.length ?? Math.min(n, maxPoints);
  const outX = new Float64Array(rows);
  for (let k = 0; k < rows; k++) {
    const own = picks[primary]?.[k] ?? -1;
    const any = own >= 0 ? own : (picks.find((p) => (p[k] ?? -1) >= 0)?.[k] ?? -1);
    outX[k] = any >= 0 ? (x[any] as number) : bucketMiddle(x, k, n, rows);
  }
  const outSeries = series.map((s, i) => {
    const pick = picks[i] as Int32Array;
    return Float64Array.from({ length: rows }, (_, k) => ((pick[k] as number) >= 0 ? toNumber(s[pick[k] as number]) : Number.NaN));
  });
  return { x: outX, series: outSeries };
}

const toNumber = (v: number | null | undefined) => (v === null || v === undefined ? Number.NaN : v);
