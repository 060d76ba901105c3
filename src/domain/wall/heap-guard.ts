// The wall's last line of defence against a slow leak (its own, a browser's, an extension's): it
// watches its JS heap and reloads itself past a budget, at a quiet moment. A long-open dashboard
// that crashes its tab shows nothing until someone walks up to it; a reload is back in seconds,
// in the same place (the URL keeps the kiosk flag; the rotation is a function of stored time).
//
// Quiet moment: not while a clock alarm is showing (the room must not lose it even for seconds),
// not while offline or while the data is failing (the last good data lives only in memory and a
// reload would blank it), and not more often than every N hours (a heap that starts above the
// budget must not reload in a loop). One exception: a heap near the browser's own limit is about to
// crash the tab, which would lose the alarm for good, so that reloads even during an alarm.
const MB = 1024 * 1024;
const HOUR = 3_600_000;

/** A reading counts only if the heap stayed over budget this many times in a row (GC is lazy). */
export const SUSTAINED_READINGS = 3;
/** Share of the browser's heap limit past which a crash is near. */
export const CRITICAL_SHARE = 0.9;

export interface HeapReading {
  at: number;
  usedBytes: number;
  /** The browser's heap limit (Chromium's jsHeapSizeLimit), when known. */
  limitBytes: number | null;
}

export interface HeapGuardSettings {
  budgetMb: number;
  minHoursBetweenReloads: number;
}

export interface HeapGuardInput {
  now: number;
  /** Recent readings, oldest first. */
  readings: readonly HeapReading[];
  /** When this tab last reloaded itself (null: never). */
  lastReloadAt: number | null;
  alarmShowing: boolean;
  online: boolean;
  /** Every panel's data is fresh (a reload would lose nothing that cannot be fetched again). */
  dataFresh: boolean;
}

export type HeapReason = 'no-readings' | 'under-budget' | 'too-soon' | 'alarm' | 'offline' | 'data-not-fresh' | 'over-budget' | 'near-crash';

export interface HeapDecision {
  reload: boolean;
  reason: HeapReason;
}

const isCritical = (r: HeapReading) => r.limitBytes !== null && r.usedBytes >= CRITICAL_SHARE * r.limitBytes;

export function decideHeapReload(input: HeapGuardInput, settings: HeapGuardSettings): HeapDecision {
  const recent = input.readings.slice(-SUSTAINED_READINGS);
  if (recent.length === 0) return { reload: false, reason: 'no-readings' };
  const budget = settings.budgetMb * MB;
  const sustained = recent.length === SUSTAINED_READINGS && recent.every((r) => r.usedBytes > budget || isCritical(r));
  if (!sustained) return { reload: false, reason: 'under-budget' };
  if (input.lastReloadAt !== null && input.now - input.lastReloadAt < settings.minHoursBetweenReloads * HOUR) {
    return { reload: false, reason: 'too-soon' };
  }
  if (recent.every(isCritical)) return { reload: true, reason: 'near-crash' };
  if (input.alarmShowing) return { reload: false, reason: 'alarm' };
  if (!input.online) return { reload: false, reason: 'offline' };
  if (!input.dataFresh) return { reload: false, reason: 'data-not-fresh' };
  return { reload: true, reason: 'over-budget' };
}

/** The readings to keep: only the last few are ever judged, so the list never grows. */
export function keepReadings(readings: readonly HeapReading[], next: HeapReading): HeapReading[] {
  return [...readings, next].slice(-SUSTAINED_READINGS);
}

/** "312 MB" */
export function formatMb(bytes: number): string {
  return `${Math.round(bytes / MB)} MB`;
}

export const HEAP_REASON_TEXT: Record<HeapReason, string> = {
  'no-readings': 'no heap readings (this browser does not report its memory)',
  'under-budget': 'under budget',
  'too-soon': 'over budget, but it reloaded itself recently',
  alarm: 'over budget, waiting: a clock alarm is showing',
  offline: 'over budget, waiting: offline',
  'data-not-fresh': 'over budget, waiting: the data is not fresh',
  'over-budget': 'over budget',
  'near-crash': 'near the browser’s heap limit',
};
