// The services a source reports (names and teams for services the catalogue does not know yet).
// They change rarely: fetched every few minutes. Shared by the overview, Settings and the wall.
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { DataSource } from '@/adapters/data-source';
import type { ServiceInfo } from '@/domain/telemetry/schemas';
import { sourceKey, useSource } from './sources';

type ServicesSource = DataSource & Required<Pick<DataSource, 'services'>>;

const EVERY_MS = 5 * 60_000;

export function getServices(source: ServicesSource, signal?: AbortSignal): Promise<ServiceInfo[]> {
  return source.services(signal);
}

export function servicesQueryOptions(source: ServicesSource | undefined) {
  return queryOptions({
    queryKey: ['services', sourceKey(source)] as const,
    queryFn: source ? ({ signal }) => getServices(source, signal) : skipToken,
    refetchInterval: EVERY_MS,
    staleTime: EVERY_MS,
  });
}

export function useServices() {
  return useQuery(servicesQueryOptions(useSource('services')));
}
