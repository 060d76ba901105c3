// A service's deploys and rollbacks in the shown range: the markers "did a deploy do it".
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { DataSource } from '@/adapters/data-source';
import type { Deploy } from '@/domain/telemetry/schemas';
import { useSettings } from '@/state/settings';
import { sourceKey, useSource } from '@/state/sources';
import { fetchWindow, type RangeDef } from '../ranges';

type DeploySource = DataSource & Required<Pick<DataSource, 'deploys'>>;

export function getDeploys(source: DeploySource, serviceId: string, range: RangeDef, now: number, signal?: AbortSignal): Promise<Deploy[]> {
  const w = fetchWindow(range, now);
  return source.deploys({ serviceId, from: w.from, to: now + 1 }, signal);
}

export function deploysQueryOptions(source: DeploySource | undefined, serviceId: string, range: RangeDef, refreshMs: number) {
  return queryOptions({
    queryKey: ['deploys', sourceKey(source), serviceId, range.id] as const,
    queryFn: source ? ({ signal }) => getDeploys(source, serviceId, range, Date.now(), signal) : skipToken,
    refetchInterval: refreshMs,
    staleTime: refreshMs / 2,
  });
}

export function useDeploys(serviceId: string, range: RangeDef) {
  const { refreshSeconds } = useSettings();
  return useQuery(deploysQueryOptions(useSource('deploys'), serviceId, range, refreshSeconds * 1_000));
}
