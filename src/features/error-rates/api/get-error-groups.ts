// Error groups of a service in the shown range, and the fingerprints of the 30 days before it:
// a group whose fingerprint was never seen in those 30 days is new (DOMAIN.md §9).
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { DataSource } from '@/adapters/data-source';
import { markNew } from '@/domain/health/error-groups';
import type { ErrorGroup } from '@/domain/telemetry/schemas';
import { useSettings } from '@/state/settings';
import { sourceKey, useSource } from '@/state/sources';
import { fetchWindow, type RangeDef } from '../ranges';

type GroupSource = DataSource & Required<Pick<DataSource, 'errorGroups'>>;

export const HISTORY_MS = 30 * 24 * 3_600_000;
const HISTORY_REFRESH_MS = 5 * 60_000;

export function getErrorGroups(source: GroupSource, serviceId: string, range: RangeDef, now: number, signal?: AbortSignal): Promise<ErrorGroup[]> {
  // Up to now, not the end of the last complete bucket: "last seen" must never be in the future.
  const w = fetchWindow(range, now);
  return source.errorGroups({ serviceId, from: w.from, to: now }, signal);
}

/** Fingerprints seen in the 30 days before the range. */
export async function getKnownFingerprints(
  source: GroupSource,
  serviceId: string,
  range: RangeDef,
  now: number,
  signal?: AbortSignal,
): Promise<string[]> {
  const w = fetchWindow(range, now);
  const groups = await source.errorGroups({ serviceId, from: w.from - HISTORY_MS, to: w.from }, signal);
  return groups.map((g) => g.fingerprint);
}

export function errorGroupsQueryOptions(source: GroupSource | undefined, serviceId: string, range: RangeDef, refreshMs: number) {
  return queryOptions({
    queryKey: ['error-groups', sourceKey(source), serviceId, range.id] as const,
    queryFn: source ? ({ signal }) => getErrorGroups(source, serviceId, range, Date.now(), signal) : skipToken,
    refetchInterval: refreshMs,
    staleTime: refreshMs / 2,
  });
}

export function knownFingerprintsQueryOptions(source: GroupSource | undefined, serviceId: string, range: RangeDef) {
  return queryOptions({
    queryKey: ['error-fingerprints-before', sourceKey(source), serviceId, range.id] as const,
    queryFn: source ? ({ signal }) => getKnownFingerprints(source, serviceId, range, Date.now(), signal) : skipToken,
    refetchInterval: HISTORY_REFRESH_MS,
    staleTime: HISTORY_REFRESH_MS,
  });
}

/** The range's error groups, each marked new or not once the history has arrived. */
export function useErrorGroups(serviceId: string, range: RangeDef) {
  const source = useSource('errorGroups');
  const { refreshSeconds } = useSettings();
  const groups = useQuery(errorGroupsQueryOptions(source, serviceId, range, refreshSeconds * 1_000));
  const known = useQuery(knownFingerprintsQueryOptions(source, serviceId, range));
  const marked = groups.data && known.data ? markNew(groups.data, known.data) : groups.data?.map((g) => ({ ...g, isNew: false }));
  return { source, groups, known, data: marked };
}
