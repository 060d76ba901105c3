// DOMAIN.md §9 error grouping: error records grouped by fingerprint, with how often, how many
// distinct users, first and last seen, and which services and versions — and the "new error
// type" rule: a fingerprint never seen before.
import { fingerprintOf, normaliseMessage } from './fingerprint';
import { isErrorRecord, type LogRecord } from './log-record';

export interface ErrorGroupSummary {
  fingerprint: string;
  type: string;
  /** The message with its variable parts taken out (also keeps user data out of the table). */
  message: string;
  count: number;
  users: number;
  firstSeen: number;
  lastSeen: number;
  services: string[];
  versions: string[];
}

export function groupErrors(records: readonly LogRecord[]): ErrorGroupSummary[] {
  const groups = new Map<string, { summary: ErrorGroupSummary; users: Set<string>; services: Set<string>; versions: Set<string> }>();
  for (const r of records) {
    if (!isErrorRecord(r)) continue;
    const error = r.error ?? { type: r.level, message: r.message, stackTrace: null, fingerprint: null };
    const fingerprint = fingerprintOf(error);
    let g = groups.get(fingerprint);
    if (!g) {
      g = {
        summary: {
          fingerprint,
          type: error.type,
          message: normaliseMessage(error.message),
          count: 0,
          users: 0,
          firstSeen: r.timestamp,
          lastSeen: r.timestamp,
          services: [],
          versions: [],
        },
        users: new Set(),
        services: new Set(),
        versions: new Set(),
      };
      groups.set(fingerprint, g);
    }
    g.summary.count++;
    g.summary.firstSeen = Math.min(g.summary.firstSeen, r.timestamp);
    g.summary.lastSeen = Math.max(g.summary.lastSeen, r.timestamp);
    if (r.userId) g.users.add(r.userId);
    if (r.service) g.services.add(r.service);
    if (r.version) g.versions.add(r.version);
  }
  return [...groups.values()]
    .map(({ summary, users, services, versions }) => ({
      ...summary,
      users: users.size,
      services: [...services].sort(),
      versions: [...versions].sort(),
    }))
    .sort((a, b) => b.count - a.count || b.lastSeen - a.lastSeen);
}

/** DOMAIN.md §9 "new error type": marks the groups whose fingerprint is not among those seen before. */
export function markNew<T extends { fingerprint: string }>(groups: readonly T[], seenBefore: Iterable<string>): (T & { isNew: boolean })[] {
  const known = new Set(seenBefore);
  return groups.map((g) => ({ ...g, isNew: !known.has(g.fingerprint) }));
}
