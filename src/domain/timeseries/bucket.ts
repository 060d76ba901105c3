// Bucketing: irregular samples (log records, events) onto a regular time grid, and a regular
// series onto a coarser one. Typed arrays in, typed arrays out.

export type Aggregate = 'sum' | 'mean' | 'max' | 'min' | 'count';

export interface Grid {
  start: number;
  stepMs: number;
  count: number;
}

/**
 * Aggregates samples into the grid's buckets [start + i·step, start + (i+1)·step). Samples
 * outside the grid and non-finite values are ignored. An empty bucket is 0 for `sum`/`count`
 * (nothing happened) and NaN otherwise (nothing is known).
 */
export function bucketize(t: ArrayLike<number>, v: ArrayLike<number> | null, grid: Grid, aggregate: Aggregate): Float64Array {
  const empty = aggregate === 'sum' || aggregate === 'count' ? 0 : Number.NaN;
  const out = new Float64Array(grid.count).fill(empty);
  const counts = new Uint32Array(grid.count);
  for (let i = 0; i < t.length; i++) {
    const k = Math.floor(((t[i] as number) - grid.start) / grid.stepMs);
    if (k < 0 || k >= grid.count) continue;
    const value = v ? (v[i] as number) : 1;
    if (!Number.isFinite(value)) continue;
    const c = counts[k] as number;
    const cur = out[k] as number;
    switch (aggregate) {
      case 'sum':
        out[k] = cur + value;
        break;
      case 'count':
        out[k] = cur + 1;
        break;
      case 'mean':
        out[k] = c === 0 ? value : cur + (value - cur) / (c + 1);
        break;
      case 'max':
        out[k] = c === 0 ? value : Math.max(cur, value);
        break;
      case 'min':
        out[k] = c === 0 ? value : Math.min(cur, value);
        break;
    }
    counts[k] = c + 1;
  }
  return out;
}

/** A regular series onto a grid `factor` times coarser (e.g. 1-minute counts into 5-minute sums). */
export function regrid(values: ArrayLike<number>, factor: number, aggregate: Exclude<Aggregate, 'count'>): Float64Array {
  const f = Math.max(1, Math.floor(factor));
  const t = Float64Array.from({ length: values.length }, (_, i) => i);
  return bucketize(t, values, { start: 0, stepMs: f, count: Math.ceil(values.length / f) }, aggregate);
}

/** part / whole as a percentage, NaN where whole is 0 (no traffic: no rate, not a 0 % rate). */
export function ratePct(part: ArrayLike<number>, whole: ArrayLike<number>): Float64Array {
  const out = new Float64Array(whole.length);
  for (let i = 0; i < whole.length; i++) {
    const w = whole[i] as number;
    out[i] = w > 0 ? (100 * (part[i] as number)) / w : Number.NaN;
  }
  return out;
}

/** The times of a regular grid: start, start + step, … */
export function gridTimes(grid: Grid): Float64Array {
  return Float64Array.from({ length: grid.count }, (_, i) => grid.start + i * grid.stepMs);
}

/** Nullable numbers (JSON has no NaN) as a typed array with NaN for null. */
export function toFloat64(values: readonly (number | null)[]): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i] ?? Number.NaN;
  return out;
}
