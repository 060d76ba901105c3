// The numbers a chart's text alternative reads out: the latest value and the peak of a window.
import { indexWindow } from './service-series';

export interface WindowSummary {
  latest: number | null;
  latestAt: number | null;
  peak: number | null;
  peakAt: number | null;
}

export function summariseWindow(t: ArrayLike<number>, values: ArrayLike<number>, from: number, to: number): WindowSummary {
  const [lo, hi] = indexWindow(t, from, to);
  let peak: number | null = null;
  let peakAt: number | null = null;
  let latest: number | null = null;
  let latestAt: number | null = null;
  for (let i = lo; i < hi; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) continue;
    if (peak === null || v > peak) {
      peak = v;
      peakAt = t[i] as number;
    }
    latest = v;
    latestAt = t[i] as number;
  }
  return { latest, latestAt, peak, peakAt };
}
