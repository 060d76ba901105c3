// DOMAIN.md §1/§6: while an incident is unresolved, an update is due every `updateMinutes` of its
// severity, counted from the last published update (or the declaration); publishing resets it.
// A pure function of the events, so the history can judge every past gap and the clock can show
// the next deadline, both the same way.
import type { IncidentEvent } from '../incident/events';
import type { Status } from '../incident/lifecycle';
import type { Severity, SeverityTable } from '../severity/levels';

const MINUTE = 60_000;

const stopsClock = (s: Status) => s === 'resolved' || s === 'monitoring' || s === 'closed';

function cadenceMs(table: SeverityTable, severity: Severity): number | null {
  const minutes = table[severity].updateMinutes;
  return minutes === null ? null : minutes * MINUTE;
}

/** Severity and status in force just after `at` (events at `at` included). */
function stateAt(ordered: readonly IncidentEvent[], at: number): { severity: Severity | null; status: Status | null } {
  let severity: Severity | null = null;
  let status: Status | null = null;
  for (const e of ordered) {
    if (e.at > at) break;
    if (e.kind === 'declared') {
      severity = e.payload.severity;
      status = 'detected';
    } else if (e.kind === 'severity_changed') severity = e.payload.to;
    else if (e.kind === 'acknowledged') status = 'investigating';
    else if (e.kind === 'status_changed') status = e.payload.to;
  }
  return { severity, status };
}

/**
 * When the next update is due after one published (or the declaration) at `since`, taking into
 * account what happened up to `until`: null when none is due (no cadence, or resolved).
 *
 * - Raising the severity can only bring the deadline closer: it becomes the earlier of the old
 *   deadline and the change + the new cadence (never "already late" the moment it is raised).
 * - Lowering it measures the new cadence from `since`, as if it had been the severity all along.
 * - A deadline already missed stays missed, whatever changes afterwards.
 * - Resolution stops the clock; a recurrence (back to investigating) restarts it from then.
 */
export function updateDueAfter(since: number, events: readonly IncidentEvent[], table: SeverityTable, until = Infinity): number | null {
  const ordered = [...events].sort((a, b) => a.at - b.at);
  const start = stateAt(ordered, since);
  if (!start.severity || !start.status) return null;
  let severity = start.severity;
  let running = !stopsClock(start.status);
  let due: number | null = running ? withCadence(since, cadenceMs(table, severity)) : null;

  for (const e of ordered) {
    if (e.at <= since) continue;
    if (e.at >= until) break;
    if (due !== null && e.at > due) return due;
    if (e.kind === 'severity_changed') {
      severity = e.payload.to;
      if (!running) continue;
      const cadence = cadenceMs(table, severity);
      if (cadence === null) due = null;
      else {
        const tightened = due === null ? e.at + cadence : Math.min(due, e.at + cadence);
        due = Math.max(since + cadence, tightened);
      }
    } else if (e.kind === 'status_changed') {
      if (stopsClock(e.payload.to)) {
        running = false;
        due = null;
      } else if (!running) {
        running = true;
        due = withCadence(e.at, cadenceMs(table, severity));
      }
    }
  }
  return due;
}

const withCadence = (at: number, cadence: number | null) => (cadence === null ? null : at + cadence);

export interface UpdateGap {
  /** The published update (its event). */
  eventId: string;
  at: number;
  /** The previous update, or the declaration for the first one. */
  previousAt: number;
  isFirst: boolean;
  /** When this update was due; null if none was due (no cadence, or resolved meanwhile). */
  dueAt: number | null;
  /** How late it came (ms); 0 when on time or none was due. */
  lateByMs: number;
}

/** Every published update with the time since the one before and whether it came late. */
export function updateGaps(events: readonly IncidentEvent[], table: SeverityTable): UpdateGap[] {
  const ordered = [...events].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
  const declared = ordered.find((e) => e.kind === 'declared');
  if (!declared) return [];
  let previousAt = declared.at;
  const gaps: UpdateGap[] = [];
  for (const e of ordered) {
    if (e.kind !== 'update_published') continue;
    const dueAt = updateDueAfter(previousAt, ordered, table, e.at);
    gaps.push({
      eventId: e.id,
      at: e.at,
      previousAt,
      isFirst: gaps.length === 0,
      dueAt,
      lateByMs: dueAt !== null && e.at > dueAt ? e.at - dueAt : 0,
    });
    previousAt = e.at;
  }
  return gaps;
}

/**
 * When the next update is due now: from the last published update, or the declaration. Null
 * once the incident is resolved, even if a deadline was missed before (the history shows that).
 */
export function nextUpdateDue(events: readonly IncidentEvent[], table: SeverityTable): number | null {
  const ordered = [...events].sort((a, b) => a.at - b.at);
  const { status } = stateAt(ordered, Infinity);
  if (!status || stopsClock(status)) return null;
  const starts = ordered.filter((e) => e.kind === 'declared' || e.kind === 'update_published').map((e) => e.at);
  return starts.length ? updateDueAfter(Math.max(...starts), ordered, table) : null;
}
