// DOMAIN.md §10/§12: the wall never shows stale data as fresh. Each panel fed by a data source
// says how old its data is, and is marked the moment a refresh fails or the network is gone —
// not only once the data is past the stale limit — so a failing source shows within one refresh.
import { formatClock, formatRelative } from '../time/format';

export interface FreshnessInput {
  /** When the data shown was true (null: nothing has arrived yet). */
  dataAt: number | null;
  /** The last refresh failed. */
  failing: boolean;
  /** Refreshing waits for the network to come back. */
  offline: boolean;
  now: number;
  staleAfterMs: number;
}

export type FreshnessState = 'fresh' | 'waiting' | 'failing' | 'offline' | 'stale';

export interface Freshness {
  state: FreshnessState;
  /** Show the stale style: anything but fresh data or a first load in progress. */
  marked: boolean;
  ageMs: number | null;
}

export function panelFreshness({ dataAt, failing, offline, now, staleAfterMs }: FreshnessInput): Freshness {
  const ageMs = dataAt === null ? null : Math.max(0, now - dataAt);
  const state: FreshnessState =
    ageMs !== null && ageMs > staleAfterMs ? 'stale' : failing ? 'failing' : offline ? 'offline' : ageMs === null ? 'waiting' : 'fresh';
  return { state, marked: state !== 'fresh' && state !== 'waiting', ageMs };
}

const CAUSE: Record<FreshnessState, string> = {
  fresh: '',
  waiting: '',
  failing: ' — source failing',
  offline: ' — offline',
  stale: ' — stale',
};

/** "Data as of 14:05 (3 min ago) — source failing", or why there is none yet. */
export function freshnessText(f: Freshness, dataAt: number | null, now: number): string {
  if (dataAt === null) {
    if (f.state === 'failing') return 'No data yet — source failing';
    if (f.state === 'offline') return 'No data yet — offline';
    return 'Waiting for data…';
  }
  return `Data as of ${formatClock(dataAt)} (${formatRelative(dataAt, now)})${CAUSE[f.state]}`;
}

/** The oldest of the panels' data times: what the whole wall can vouch for. */
export function oldestDataAt(times: readonly (number | null)[]): number | null {
  const known = times.filter((t): t is number => t !== null);
  return known.length ? Math.min(...known) : null;
}

/**
 * A timer that should have fired every `intervalMs` but last ran long before: the machine slept
 * (a screen switched off, a laptop lid). The wall then refreshes at once instead of waiting.
 */
export function isTimerGap(lastRanAt: number, now: number, intervalMs: number): boolean {
  return now - lastRanAt > 3 * intervalMs;
}
