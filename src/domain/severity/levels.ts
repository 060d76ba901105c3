// DOMAIN.md §1: the four severities, what they mean, and their clocks (defaults; Settings may
// change the minutes, which is why the clocks take a table rather than reading these directly).
export const SEVERITIES = ['P0', 'P1', 'P2', 'P3'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface SeverityInfo {
  level: Severity;
  label: string;
  impact: string;
}

export const SEVERITY_INFO: Record<Severity, SeverityInfo> = {
  P0: { level: 'P0', label: 'Critical', impact: 'Full outage, data loss or corruption, security breach' },
  P1: { level: 'P1', label: 'High', impact: 'Major feature down, significant degradation, revenue impact' },
  P2: { level: 'P2', label: 'Medium', impact: 'Non-critical feature down, small subset of users, minor performance issue' },
  P3: { level: 'P3', label: 'Low', impact: 'Cosmetic, no user impact' },
};

export interface SeverityClocks {
  /** Acknowledge (respond) within, in minutes. */
  ackMinutes: number;
  /** Publish an update every, in minutes; null = no cadence. */
  updateMinutes: number | null;
}

export type SeverityTable = Record<Severity, SeverityClocks>;

export const DEFAULT_SEVERITY_TABLE: SeverityTable = {
  P0: { ackMinutes: 15, updateMinutes: 30 },
  P1: { ackMinutes: 30, updateMinutes: 30 },
  P2: { ackMinutes: 120, updateMinutes: 120 },
  P3: { ackMinutes: 24 * 60, updateMinutes: null },
};

/** Lower rank = more severe; for sorting. */
export const severityRank = (s: Severity) => SEVERITIES.indexOf(s);

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

/**
 * DOMAIN.md §1 escalation trigger: overdue when older than its severity's response time and
 * not resolved.
 */
export function shouldEscalate(args: { severity: Severity; declaredAt: number; resolved: boolean; now: number; table?: SeverityTable }): boolean {
  const table = args.table ?? DEFAULT_SEVERITY_TABLE;
  return !args.resolved && args.now - args.declaredAt > table[args.severity].ackMinutes * 60_000;
}
