// DOMAIN.md §8: how fast incidents are detected, acknowledged, understood and resolved, how often
// they happen, and how often the same one comes back. Pure functions over folded incidents: the
// snapshot of each incident is the incremental aggregate of its events, so 10,000 incidents are
// summarised without replaying 200,000 events.
import { titleWords } from '../incident/similar';
import { SEVERITIES, type Severity } from '../severity/levels';

export const MINUTE = 60_000;
const DAY = 86_400_000;
const WEEK = 7 * DAY;

export type MetricId = 'mttd' | 'mtta' | 'mtti' | 'mttr';

export const METRICS: Record<MetricId, { label: string; meaning: string; targetMs: number; appliesTo: readonly Severity[] }> = {
  mttd: { label: 'MTTD', meaning: 'detection − start of impact', targetMs: 5 * MINUTE, appliesTo: SEVERITIES },
  mtta: { label: 'MTTA', meaning: 'acknowledged − declared', targetMs: 15 * MINUTE, appliesTo: ['P0', 'P1'] },
  mtti: { label: 'MTTI', meaning: 'identified − declared', targetMs: 60 * MINUTE, appliesTo: ['P0', 'P1'] },
  mttr: { label: 'MTTR', meaning: 'resolved − declared', targetMs: 240 * MINUTE, appliesTo: ['P0', 'P1'] },
};

export const REPEAT_TARGET_SHARE = 0.05;

/** What the metrics need of an incident (a subset of the snapshot). */
export interface IncidentFacts {
  id: string;
  title: string;
  severity: Severity;
  status: string;
  services: string[];
  team: string;
  createdAt: number;
  impactStartedAt: number | null;
  acknowledgedAt: number | null;
  identifiedAt: number | null;
  resolvedAt: number | null;
  rootCause: string;
  fingerprints: string[];
}

export function durationOf(metric: MetricId, i: IncidentFacts): number | null {
  switch (metric) {
    case 'mttd':
      return i.impactStartedAt === null ? null : i.createdAt - i.impactStartedAt;
    case 'mtta':
      return i.acknowledgedAt === null ? null : i.acknowledgedAt - i.createdAt;
    case 'mtti':
      return i.identifiedAt === null ? null : i.identifiedAt - i.createdAt;
    case 'mttr':
      return i.resolvedAt === null ? null : i.resolvedAt - i.createdAt;
  }
}

export interface Summary {
  count: number;
  meanMs: number | null;
  medianMs: number | null;
  p90Ms: number | null;
  /** null when the metric has no target for this severity. */
  targetMs: number | null;
  withinTarget: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] as number;
}

export function summarise(values: readonly number[] | Float64Array, targetMs: number | null): Summary {
  // Typed-array sort is numeric and fast (10,000 incidents × 20 summaries).
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  let within = 0;
  for (const v of sorted) {
    sum += v;
    if (targetMs !== null && v < targetMs) within++;
  }
  const rank = (p: number) => (sorted.length ? (sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] as number) : null);
  return {
    count: sorted.length,
    meanMs: sorted.length ? sum / sorted.length : null,
    medianMs: rank(0.5),
    p90Ms: rank(0.9),
    targetMs,
    withinTarget: within,
  };
}

export type TimingTable = Record<Severity | 'all', Record<MetricId, Summary>>;

const METRIC_IDS = Object.keys(METRICS) as MetricId[];
const LEVELS = [...SEVERITIES, 'all'] as const;

function targetFor(metric: MetricId, level: Severity | 'all'): number | null {
  const def = METRICS[metric];
  if (level === 'all') return def.appliesTo.length === SEVERITIES.length ? def.targetMs : null;
  return def.appliesTo.includes(level) ? def.targetMs : null;
}

/** One pass over the incidents, then one summary per severity and metric. */
export function timings(incidents: readonly IncidentFacts[]): TimingTable {
  const values = Object.fromEntries(LEVELS.map((l) => [l, Object.fromEntries(METRIC_IDS.map((m) => [m, [] as number[]]))])) as Record<
    Severity | 'all',
    Record<MetricId, number[]>
  >;
  for (const i of incidents) {
    for (const metric of METRIC_IDS) {
      const d = durationOf(metric, i);
      if (d === null || d < 0) continue;
      values[i.severity][metric].push(d);
      values.all[metric].push(d);
    }
  }
  const table = {} as TimingTable;
  for (const level of LEVELS) {
    table[level] = {} as Record<MetricId, Summary>;
    for (const metric of METRIC_IDS) table[level][metric] = summarise(values[level][metric], targetFor(metric, level));
  }
  return table;
}

/** Monday 00:00 UTC of the week containing t. */
export function weekStart(t: number): number {
  const day = Math.floor(t / DAY);
  const weekday = (day + 3) % 7; // 1970-01-01 was a Thursday; Monday = 0
  return (day - weekday) * DAY;
}

export interface WeekCount {
  weekStart: number;
  total: number;
  bySeverity: Record<Severity, number>;
}

export function incidentsPerWeek(incidents: readonly IncidentFacts[], from: number, to: number): WeekCount[] {
  const weeks = new Map<number, WeekCount>();
  for (let w = weekStart(from); w < to; w += WEEK) weeks.set(w, { weekStart: w, total: 0, bySeverity: { P0: 0, P1: 0, P2: 0, P3: 0 } });
  for (const i of incidents) {
    const w = weeks.get(weekStart(i.createdAt));
    if (!w) continue;
    w.total++;
    w.bySeverity[i.severity]++;
  }
  return [...weeks.values()];
}

/** Least-squares slope of weekly totals, in incidents per week per week; "down" is what we want. */
export function trendOf(weeks: readonly WeekCount[]): { slope: number; direction: 'down' | 'up' | 'flat' } {
  const n = weeks.length;
  if (n < 2) return { slope: 0, direction: 'flat' };
  const meanX = (n - 1) / 2;
  const meanY = weeks.reduce((s, w) => s + w.total, 0) / n;
  let num = 0;
  let den = 0;
  weeks.forEach((w, x) => {
    num += (x - meanX) * (w.total - meanY);
    den += (x - meanX) ** 2;
  });
  const slope = num / den;
  // Less than a tenth of an incident per week per week, relative to volume, reads as flat.
  const flat = Math.abs(slope) < Math.max(0.1, 0.02 * meanY);
  return { slope, direction: flat ? 'flat' : slope < 0 ? 'down' : 'up' };
}

export function countBy(incidents: readonly IncidentFacts[], key: 'service' | 'team'): { key: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const i of incidents) {
    const keys = key === 'team' ? [i.team || 'no team'] : i.services.length ? i.services : ['no service'];
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].map(([k, count]) => ({ key: k, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

export interface Repeat {
  incidentId: string;
  earlierId: string;
  reason: 'root cause' | 'fingerprint' | 'similar title';
}

const normaliseCause = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Incidents that repeat an earlier one within `windowDays` (DOMAIN.md §8): same root cause, a
 * shared error fingerprint, or a similar title (Jaccard of significant words ≥ titleThreshold) on a
 * shared service. Earlier incidents outside the range still count as the originals.
 *
 * Titles use the prefix filter of set-similarity joins: with words ordered rarest first, two sets
 * with Jaccard ≥ t share a word among the first |A| − ⌈t·|A|⌉ + 1 of each, so only incidents that
 * share one of those rare words are compared. Near-linear for 10,000 incidents.
 */
export function repeatIncidents(
  all: readonly IncidentFacts[],
  from: number,
  to: number,
  windowDays = 90,
  titleThreshold = 0.7,
): { repeats: Repeat[]; share: number; considered: number } {
  const window = windowDays * DAY;
  // Only what the range can repeat matters: its incidents and the window before it.
  const sorted = all.filter((i) => i.createdAt >= from - window && i.createdAt < to).sort((a, b) => a.createdAt - b.createdAt);
  const tokens = rarestFirstTokens(sorted.map((i) => [...titleWords(i.title)]));
  const serviceIds = new Map<string, number>();
  const lastByCause = new Map<string, IncidentFacts>();
  const lastByPrint = new Map<string, IncidentFacts>();
  // Keyed by service id × 2^20 + token: numbers, not strings, so the hot loop allocates nothing.
  const prefixIndex = new Map<number, number[]>();
  const seen = new Int32Array(sorted.length).fill(-1);
  const repeats: Repeat[] = [];
  let considered = 0;
  for (let n = 0; n < sorted.length; n++) {
    const i = sorted[n] as IncidentFacts;
    const since = i.createdAt - window;
    const mine = tokens[n] as Int32Array;
    const prefixEnd = prefixLength(mine.length, titleThreshold);
    const services = i.services.map((s) => serviceIds.get(s) ?? (serviceIds.set(s, serviceIds.size), serviceIds.size - 1));
    const cause = normaliseCause(i.rootCause);
    if (i.createdAt >= from && i.createdAt < to) {
      considered++;
      let found: Repeat | null = null;
      const byCause = cause ? lastByCause.get(cause) : undefined;
      if (byCause && byCause.createdAt >= since) found = { incidentId: i.id, earlierId: byCause.id, reason: 'root cause' };
      for (let f = 0; !found && f < i.fingerprints.length; f++) {
        const e = lastByPrint.get(i.fingerprints[f] as string);
        if (e && e.createdAt >= since) found = { incidentId: i.id, earlierId: e.id, reason: 'fingerprint' };
      }
      search: for (let s = 0; !found && s < services.length; s++) {
        for (let p = 0; p < prefixEnd; p++) {
          const list = prefixIndex.get((services[s] as number) * 1_048_576 + (mine[p] as number));
          if (!list) continue;
          for (let k = list.length - 1; k >= 0; k--) {
            const m = list[k] as number;
            if ((sorted[m] as IncidentFacts).createdAt < since) break;
            if (seen[m] === n) continue;
            seen[m] = n;
            if (jaccard(mine, tokens[m] as Int32Array) >= titleThreshold) {
              found = { incidentId: i.id, earlierId: (sorted[m] as IncidentFacts).id, reason: 'similar title' };
              break search;
            }
          }
        }
      }
      if (found) repeats.push(found);
    }
    if (cause) lastByCause.set(cause, i);
    for (const f of i.fingerprints) lastByPrint.set(f, i);
    for (const service of services) {
      for (let p = 0; p < prefixEnd; p++) {
        const key = service * 1_048_576 + (mine[p] as number);
        const list = prefixIndex.get(key);
        if (list) list.push(n);
        else prefixIndex.set(key, [n]);
      }
    }
  }
  return { repeats, share: considered ? repeats.length / considered : 0, considered };
}

/** Words as integer ids ordered by global frequency (rarest = smallest id), each set sorted. */
function rarestFirstTokens(sets: string[][]): Int32Array[] {
  const freq = new Map<string, number>();
  for (const set of sets) for (const w of set) freq.set(w, (freq.get(w) ?? 0) + 1);
  const rank = new Map([...freq].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([w], k) => [w, k]));
  return sets.map((set) => Int32Array.from(set.map((w) => rank.get(w) as number)).sort());
}

function prefixLength(size: number, threshold: number): number {
  return size === 0 ? 0 : size - Math.ceil(threshold * size) + 1;
}

/** Jaccard similarity of two sorted token arrays (a merge, no allocation). */
function jaccard(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  let x = 0;
  let y = 0;
  while (x < a.length && y < b.length) {
    const d = (a[x] as number) - (b[y] as number);
    if (d === 0) {
      shared++;
      x++;
      y++;
    } else if (d < 0) x++;
    else y++;
  }
  return shared / (a.length + b.length - shared);
}

export interface ActionItemFacts {
  due: number | null;
  status: 'pending' | 'in progress' | 'done';
  doneAt: number | null;
}

export function actionItemsOnTime(items: readonly ActionItemFacts[], now: number) {
  const done = items.filter((i) => i.status === 'done');
  const onTime = done.filter((i) => i.due === null || (i.doneAt !== null && i.doneAt <= i.due + DAY - 1));
  const overdue = items.filter((i) => i.status !== 'done' && i.due !== null && now > i.due + DAY - 1);
  return {
    total: items.length,
    done: done.length,
    doneOnTime: onTime.length,
    overdueOpen: overdue.length,
    onTimeShare: done.length ? onTime.length / done.length : null,
  };
}

export interface MetricsReport {
  range: { from: number; to: number };
  incidents: number;
  timings: TimingTable;
  perWeek: WeekCount[];
  trend: ReturnType<typeof trendOf>;
  byService: { key: string; count: number }[];
  byTeam: { key: string; count: number }[];
  repeats: ReturnType<typeof repeatIncidents>;
}

export function computeMetrics(all: readonly IncidentFacts[], from: number, to: number): MetricsReport {
  const inRange = all.filter((i) => i.createdAt >= from && i.createdAt < to);
  // An open-ended range ("everything") starts its weeks at the first incident, not in 1970.
  const firstWeekFrom = inRange.reduce((min, i) => Math.min(min, i.createdAt), to);
  const perWeek = incidentsPerWeek(inRange, Math.max(from, firstWeekFrom), to);
  return {
    range: { from, to },
    incidents: inRange.length,
    timings: timings(inRange),
    perWeek,
    trend: trendOf(perWeek),
    byService: countBy(inRange, 'service'),
    byTeam: countBy(inRange, 'team'),
    repeats: repeatIncidents(all, from, to),
  };
}
