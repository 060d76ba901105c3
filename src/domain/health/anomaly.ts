// DOMAIN.md §9 anomaly rule (seed 000): the current value is beyond 3 standard deviations of
// the baseline. Where the domain is silent: the baseline is the trailing 60 samples before the
// point (at least 30 of them known); `minStd` floors the deviation so a flat, noiseless baseline
// does not turn a 0.01 % wobble into an "anomaly"; `minChange` / `minRelativeChange` set the
// smallest move worth a person's attention (a p95 drifting 3 σ up with the morning traffic is
// not one).
export interface AnomalyRule {
  sigmas: number;
  baselinePoints: number;
  minBaselinePoints: number;
  /** Smallest standard deviation used, in the series' unit. */
  minStd: number;
  /** Smallest distance from the mean that counts, in the series' unit. */
  minChange: number;
  /** Smallest distance from the mean that counts, as a share of the mean. */
  minRelativeChange: number;
  direction: 'above' | 'below' | 'both';
}

export const ANOMALY_RULE: AnomalyRule = {
  sigmas: 3,
  baselinePoints: 60,
  minBaselinePoints: 30,
  minStd: 0,
  minChange: 0,
  minRelativeChange: 0,
  direction: 'above',
};

export interface Baseline {
  mean: number;
  std: number;
  count: number;
}

/** Mean and sample standard deviation of the finite values. */
export function baselineOf(values: ArrayLike<number>): Baseline {
  let count = 0;
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) continue;
    count++;
    const d = v - mean;
    mean += d / count;
    m2 += d * (v - mean);
  }
  return { mean: count ? mean : Number.NaN, std: count > 1 ? Math.sqrt(m2 / (count - 1)) : 0, count };
}

export function isAnomalous(value: number, baseline: Baseline, rule: AnomalyRule = ANOMALY_RULE): boolean {
  if (!Number.isFinite(value) || baseline.count < rule.minBaselinePoints) return false;
  const scale = Math.abs(baseline.mean);
  // The 1e-9 floor absorbs float rounding on a perfectly flat baseline.
  const limit = Math.max(
    rule.sigmas * Math.max(baseline.std, rule.minStd),
    rule.minChange,
    rule.minRelativeChange * scale,
    1e-9 * Math.max(1, scale),
  );
  const d = value - baseline.mean;
  if (rule.direction === 'above') return d > limit;
  if (rule.direction === 'below') return -d > limit;
  return Math.abs(d) > limit;
}

export interface RegularSeries {
  start: number;
  stepMs: number;
  values: ArrayLike<number>;
}

export interface Anomaly {
  from: number;
  to: number;
  /** Start of the bucket furthest from its baseline. */
  peakAt: number;
  peakValue: number;
  /** The baseline of the peak. */
  mean: number;
  std: number;
  /** How many (floored) standard deviations the peak is from its baseline. */
  sigmas: number;
}

/**
 * Every run of anomalous points, each point judged against the samples before it. `candidate`
 * can rule points out as anomalies (e.g. too few events to mean anything) while they still
 * count in the baseline.
 */
export function findAnomalies(series: RegularSeries, partial: Partial<AnomalyRule> = {}, candidate?: (index: number) => boolean): Anomaly[] {
  const rule = { ...ANOMALY_RULE, ...partial };
  const v = series.values;
  const out: Anomaly[] = [];
  // A rolling Welford window (add the newest, remove the oldest) keeps this O(n) for 43,200
  // points without the cancellation of raw sums of squares.
  let mean = 0;
  let m2 = 0;
  let count = 0;
  const add = (x: number) => {
    count++;
    const d = x - mean;
    mean += d / count;
    m2 += d * (x - mean);
  };
  const remove = (x: number) => {
    if (count <= 1) {
      count = 0;
      mean = 0;
      m2 = 0;
      return;
    }
    count--;
    const d = x - mean;
    mean -= d / count;
    m2 = Math.max(0, m2 - d * (x - mean));
  };
  let current: Anomaly | null = null;
  for (let i = 0; i < v.length; i++) {
    const baseline = { mean: count ? mean : Number.NaN, std: count > 1 ? Math.sqrt(m2 / (count - 1)) : 0, count };
    const value = v[i] as number;
    if (isAnomalous(value, baseline, rule) && (!candidate || candidate(i))) {
      const sigmas = Math.abs(value - baseline.mean) / Math.max(baseline.std, rule.minStd, Number.MIN_VALUE);
      const at = series.start + i * series.stepMs;
      const peak = { peakAt: at, peakValue: value, mean: baseline.mean, std: baseline.std, sigmas };
      if (!current) {
        current = { from: at, to: at + series.stepMs, ...peak };
        out.push(current);
      } else {
        current.to = at + series.stepMs;
        if (sigmas > current.sigmas) Object.assign(current, peak);
      }
    } else {
      current = null;
    }
    if (Number.isFinite(value)) add(value);
    const leaving = i - rule.baselinePoints;
    if (leaving >= 0 && Number.isFinite(v[leaving] as number)) remove(v[leaving] as number);
  }
  return out;
}
