// Summaries of repeated runs: min / median / max, and per-pair ratios for A-vs-B scenarios.
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function summarise(values) {
  return { min: Math.min(...values), median: median(values), max: Math.max(...values), n: values.length };
}

/** A metric's verdict against its goal: "max" (at most) and/or "min" (at least), on the median. */
export function verdict(metric) {
  if (!metric.goal) return '';
  const m = median(metric.runs);
  const okMax = metric.goal.max === undefined || m <= metric.goal.max;
  const okMin = metric.goal.min === undefined || m >= metric.goal.min;
  return okMax && okMin ? 'met' : 'MISSED';
}
