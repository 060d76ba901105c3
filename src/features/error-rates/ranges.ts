// The service page's time ranges. Each fetches at a step that keeps a series under ~11,000
// points (Prometheus refuses more per series), plus an hour (or 60 steps) before the range so
// the spike and anomaly rules have history at its very start.
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface RangeDef {
  id: '1h' | '6h' | '24h' | '7d' | '30d';
  label: string;
  spanMs: number;
  stepMs: number;
}

export const RANGES: readonly RangeDef[] = [
  { id: '1h', label: '1 h', spanMs: HOUR, stepMs: MINUTE },
  { id: '6h', label: '6 h', spanMs: 6 * HOUR, stepMs: MINUTE },
  { id: '24h', label: '24 h', spanMs: DAY, stepMs: MINUTE },
  { id: '7d', label: '7 d', spanMs: 7 * DAY, stepMs: MINUTE },
  { id: '30d', label: '30 d', spanMs: 30 * DAY, stepMs: 5 * MINUTE },
];

export const DEFAULT_RANGE: RangeDef = RANGES[2] as RangeDef;

export function rangeById(id: string | null): RangeDef {
  return RANGES.find((r) => r.id === id) ?? DEFAULT_RANGE;
}

export interface FetchWindow {
  /** First bucket fetched (history for the rules). */
  fetchFrom: number;
  /** Start of what is shown. */
  from: number;
  /** End of the last complete bucket. */
  to: number;
  stepMs: number;
}

export function fetchWindow(range: RangeDef, now: number): FetchWindow {
  const to = Math.floor(now / range.stepMs) * range.stepMs;
  const from = to - range.spanMs;
  return { fetchFrom: from - Math.max(HOUR, 60 * range.stepMs), from, to, stepMs: range.stepMs };
}
