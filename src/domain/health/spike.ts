// DOMAIN.md §9 spike rule (seed 003): errors in the last 5 minutes compared with the last 60
// minutes / 12; alert when the ratio is above 3. The 60 minutes include the last 5, as written,
// so a service that had no errors for an hour has a ratio of 0, never a division by zero.
// Where the domain is silent: a ratio made of a handful of errors is noise (2 errors after an
// hour with 3 reads as 8×), so a spike also needs at least `minRecentErrors` in its 5 minutes.
const MINUTE = 60_000;

export interface SpikeRule {
  recentMs: number;
  baselineMs: number;
  ratio: number;
  minRecentErrors: number;
}

export const SPIKE_RULE: SpikeRule = { recentMs: 5 * MINUTE, baselineMs: 60 * MINUTE, ratio: 3, minRecentErrors: 10 };

export interface SpikeCheck {
  /** Errors in the recent window. */
  recent: number;
  /** Errors in the baseline window divided into recent-sized parts (60 min / 12). */
  baseline: number;
  ratio: number;
  spike: boolean;
}

/** The rule can be applied exactly only when buckets tile both windows. */
export function spikeRuleApplies(stepMs: number, rule: SpikeRule = SPIKE_RULE): boolean {
  return stepMs > 0 && rule.recentMs % stepMs === 0 && rule.baselineMs % stepMs === 0;
}

export function judgeSpike(recent: number, baselineTotal: number, rule: SpikeRule = SPIKE_RULE): SpikeCheck {
  const baseline = baselineTotal / (rule.baselineMs / rule.recentMs);
  const ratio = baseline > 0 ? recent / baseline : 0;
  return { recent, baseline, ratio, spike: ratio > rule.ratio && recent >= rule.minRecentErrors };
}

export interface ErrorCounts {
  /** Time of bucket 0; bucket i covers [start + i·step, start + (i+1)·step). */
  start: number;
  stepMs: number;
  /** Errors per bucket (NaN = unknown, counted as none). */
  errors: ArrayLike<number>;
}

export interface Spike {
  /** Start of the 5 minutes in which the spike was first seen. */
  from: number;
  /** End of the last bucket in which the rule still held. */
  to: number;
  /** End of the bucket with the highest ratio. */
  peakAt: number;
  peakRatio: number;
  /** Errors in the 5 minutes ending at the peak, and the baseline they were compared with. */
  recent: number;
  baseline: number;
}

function prefixSums(values: ArrayLike<number>): Float64Array {
  const sums = new Float64Array(values.length + 1);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    sums[i + 1] = (sums[i] as number) + (Number.isFinite(v) ? v : 0);
  }
  return sums;
}

/** The rule evaluated at the end of every bucket that has a full hour behind it. */
export function spikeChecks(counts: ErrorCounts, rule: SpikeRule = SPIKE_RULE): (SpikeCheck | null)[] {
  const n = counts.errors.length;
  if (!spikeRuleApplies(counts.stepMs, rule)) return Array.from({ length: n }, () => null);
  const recentN = rule.recentMs / counts.stepMs;
  const baseN = rule.baselineMs / counts.stepMs;
  const sums = prefixSums(counts.errors);
  return Array.from({ length: n }, (_, i) => {
    if (i + 1 < baseN) return null;
    const end = i + 1;
    return judgeSpike((sums[end] as number) - (sums[end - recentN] as number), (sums[end] as number) - (sums[end - baseN] as number), rule);
  });
}

/** Every spike in the series: runs of buckets where the rule holds, merged. */
export function findSpikes(counts: ErrorCounts, rule: SpikeRule = SPIKE_RULE): Spike[] {
  const checks = spikeChecks(counts, rule);
  const out: Spike[] = [];
  let current: Spike | null = null;
  checks.forEach((check, i) => {
    const end = counts.start + (i + 1) * counts.stepMs;
    if (!check?.spike) {
      current = null;
      return;
    }
    if (!current) {
      current = { from: end - rule.recentMs, to: end, peakAt: end, peakRatio: check.ratio, recent: check.recent, baseline: check.baseline };
      out.push(current);
      return;
    }
    current.to = end;
    if (check.ratio > current.peakRatio)
      Object.assign(current, { peakAt: end, peakRatio: check.ratio, recent: check.recent, baseline: check.baseline });
  });
  return out;
}

/** The rule now: at the end of the last bucket. */
export function latestSpikeCheck(counts: ErrorCounts, rule: SpikeRule = SPIKE_RULE): SpikeCheck | null {
  return spikeChecks(counts, rule).at(-1) ?? null;
}
