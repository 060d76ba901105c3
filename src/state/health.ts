// The health of every service, polled every `refreshSeconds`, shared by the overview, the service
// page and the wall display (one query key, one cache entry, one poll however many read it). On a
// failed refetch react-query keeps the last good snapshots; boards judge their age (never green on
// old data).
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { DataSource } from '@/adapters/data-source';
import type { HealthSnapshot } from '@/domain/telemetry/schemas';
import { useSettings } from './settings';
import { sourceKey, useSource } from './sources';

type HealthSource = DataSource & Required<Pick<DataSource, 'health'>>;

export function getHealth(source: HealthSource, signal?: AbortSignal): Promise<HealthSnapshot[]> {
  return source.health(Date.now(), signal);
}

export const healthQueryKey = (source: DataSource | undefined) => ['health', sourceKey(source)] as const;

export function healthQueryOptions(source: HealthSource | undefined, refreshMs: number) {
  return queryOptions({
    queryKey: healthQueryKey(source),
    queryFn: source ? ({ signal }) => getHealth(source, signal) : skipToken,
    refetchInterval: refreshMs,
    staleTime: refreshMs / 2,
    // Every poll replaces every snapshot; comparing them deeply first only costs time.
    structuralSharing: false,
  });
}

/** The health query and the source it asks (undefined: no source reports health). */
export function useHealth() {
  const source = useSource('health');
  const { refreshSeconds } = useSettings();
  // Not spread into one object: react-query re-renders only for the fields a component reads.
  return { source, query: useQuery(healthQueryOptions(source, refreshSeconds * 1_000)) };
}
