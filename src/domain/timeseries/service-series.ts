// A service's series from a source (JSON arrays, nullable) as typed arrays the charts and the
// rules work on: times, rates in %, requests per minute and p95. Computed once per fetch.
import type { ServiceSeries } from '../telemetry/schemas';
import { ratePct, toFloat64 } from './bucket';

export interface PreparedSeries {
  start: number;
  stepMs: number;
  /** Start time of each bucket. */
  t: Float64Array;
  requestsPerMin: Float64Array;
  errors5xx: Float64Array;
  rate5xx: Float64Array;
  rate4xx: Float64Array;
  p95: Float64Array;
}

export function prepareSeries(s: ServiceSeries): PreparedSeries {
  const n = s.requests.length;
  const perMinute = 60_000 / s.stepMs;
  const requests = Float64Array.from(s.requests);
  const errors4xx = Float64Array.from(s.errors4xx);
  const errors5xx = Float64Array.from(s.errors5xx);
  return {
    start: s.start,
    stepMs: s.stepMs,
    t: Float64Array.from({ length: n }, (_, i) => s.start + i * s.stepMs),
    requestsPerMin: requests.map((r) => r * perMinute),
    errors5xx,
    rate5xx: ratePct(errors5xx, requests),
    rate4xx: ratePct(errors4xx, requests),
    p95: toFloat64(s.p95Ms),
  };
}

/** The index range [lo, hi) of the points with lo ≤ t < hi (t sorted ascending). */
export function indexWindow(t: ArrayLike<number>, from: number, to: number): [number, number] {
  const lowerBound = (x: number) => {
    let lo = 0;
    let hi = t.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((t[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return [lowerBound(from), lowerBound(to)];
}
