// DOMAIN.md §9: the colour of a service tile. A snapshot is judged against the service's
// thresholds (error rate = HTTP 5xx share, p95 latency, availability); data older than the stale
// limit is never judged at all — old data shows grey, never green (DOMAIN.md §10, §12).
import type { HealthSnapshot } from '../telemetry/schemas';
import { formatDuration } from '../time/format';
import { HEALTH_RANK, HEALTH_WORD, type HealthState } from './health-state';
import { formatAvailability, formatMs, formatRate } from './metric-format';
import type { HealthThresholds } from './thresholds';

export interface HealthAssessment {
  state: HealthState;
  /** The data is older than the stale limit: the state is `unknown` whatever it showed. */
  stale: boolean;
  /** Why the state is what it is, worst first ("5xx 7.2 % ≥ 5 %"); empty when all is well. */
  reasons: string[];
  /** For stale data: what the last data said, so "was broken, now unknown" is not lost. */
  lastKnown: HealthState | null;
  /** How old the data is, in ms (0 for data stamped in the future). */
  ageMs: number | null;
}

export interface AssessOptions {
  now: number;
  staleAfterMs: number;
}

export const STALE_WORD = 'Stale';

interface Breach {
  level: 'broken' | 'degraded';
  reason: string;
}

function breaches(s: HealthSnapshot, t: HealthThresholds): Breach[] {
  const out: Breach[] = [];
  const rate = formatRate(s.errorRatePct);
  if (s.errorRatePct >= t.errorRateCritPct) out.push({ level: 'broken', reason: `5xx ${rate} ≥ ${formatRate(t.errorRateCritPct)}` });
  else if (s.errorRatePct >= t.errorRateWarnPct) out.push({ level: 'degraded', reason: `5xx ${rate} ≥ ${formatRate(t.errorRateWarnPct)}` });
  if (s.p95Ms !== null) {
    if (s.p95Ms >= t.p95CritMs) out.push({ level: 'broken', reason: `p95 ${formatMs(s.p95Ms)} ≥ ${formatMs(t.p95CritMs)}` });
    else if (s.p95Ms >= t.p95WarnMs) out.push({ level: 'degraded', reason: `p95 ${formatMs(s.p95Ms)} ≥ ${formatMs(t.p95WarnMs)}` });
  }
  if (s.availabilityPct !== null) {
    const a = formatAvailability(s.availabilityPct);
    if (s.availabilityPct < t.availabilityCritPct)
      out.push({ level: 'broken', reason: `availability ${a} < ${formatAvailability(t.availabilityCritPct)}` });
    else if (s.availabilityPct < t.availabilityWarnPct)
      out.push({ level: 'degraded', reason: `availability ${a} < ${formatAvailability(t.availabilityWarnPct)}` });
  }
  return out.sort((a, b) => HEALTH_RANK[a.level] - HEALTH_RANK[b.level]);
}

/** The state of fresh data: the worst threshold it crosses. */
export function judgeSnapshot(s: HealthSnapshot, t: HealthThresholds): { state: HealthState; reasons: string[] } {
  const found = breaches(s, t);
  const state: HealthState = found[0]?.level ?? 'healthy';
  return { state, reasons: found.map((b) => b.reason) };
}

export function assessHealth(snapshot: HealthSnapshot | null | undefined, thresholds: HealthThresholds, options: AssessOptions): HealthAssessment {
  if (!snapshot) return { state: 'unknown', stale: false, reasons: ['no data from the source'], lastKnown: null, ageMs: null };
  const ageMs = Math.max(0, options.now - snapshot.at);
  const judged = judgeSnapshot(snapshot, thresholds);
  if (ageMs > options.staleAfterMs) {
    return {
      state: 'unknown',
      stale: true,
      reasons: [`no fresh data for ${formatDuration(ageMs)} (last known: ${HEALTH_WORD[judged.state]})`],
      lastKnown: judged.state,
      ageMs,
    };
  }
  return { ...judged, stale: false, lastKnown: null, ageMs };
}

/**
 * How far past its critical limits a service is (1 = at a limit), to order services in the same
 * state: the one furthest gone first.
 */
export function severityScore(s: HealthSnapshot | null | undefined, t: HealthThresholds): number {
  if (!s) return 0;
  const parts = [t.errorRateCritPct > 0 ? s.errorRatePct / t.errorRateCritPct : 0];
  if (s.p95Ms !== null && t.p95CritMs > 0) parts.push(s.p95Ms / t.p95CritMs);
  if (s.availabilityPct !== null && t.availabilityCritPct < 100) parts.push((100 - s.availabilityPct) / (100 - t.availabilityCritPct));
  return Math.max(...parts);
}

export interface Rankable {
  name: string;
  state: HealthState;
  score: number;
}

/**
 * Worst first (DOMAIN.md §13): broken, degraded, unknown, healthy. Broken and degraded services
 * are ordered by how far gone they are; the rest by name, so a calm board does not reshuffle on
 * every refresh.
 */
export function compareWorstFirst(a: Rankable, b: Rankable): number {
  const byState = HEALTH_RANK[a.state] - HEALTH_RANK[b.state];
  if (byState) return byState;
  const byScore = a.state === 'broken' || a.state === 'degraded' ? b.score - a.score : 0;
  return byScore || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/** The words a screen reader hears for a tile: "checkout: Broken, 5xx 7.2 %, p95 840 ms, availability 100 %". */
export function describeHealth(name: string, assessment: HealthAssessment, snapshot: HealthSnapshot | null | undefined): string {
  const word = assessment.stale ? STALE_WORD : HEALTH_WORD[assessment.state];
  if (!snapshot) return `${name}: ${word}, no data`;
  const figures = `5xx ${formatRate(snapshot.errorRatePct)}, p95 ${formatMs(snapshot.p95Ms)}, availability ${formatAvailability(snapshot.availabilityPct)}`;
  if (assessment.stale) return `${name}: ${word}, ${assessment.reasons.join('; ')}; last figures ${figures}`;
  const why = assessment.reasons.length ? ` (${assessment.reasons.join('; ')})` : '';
  return `${name}: ${word}, ${figures}${why}`;
}
