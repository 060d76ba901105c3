// One service's requests, 4xx, 5xx and p95 over a range, polled every `refreshSeconds`, and
// turned into typed arrays once per fetch (react-query memoises `select`).
import { keepPreviousData, queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { DataSource } from '@/adapters/data-source';
import type { ServiceSeries } from '@/domain/telemetry/schemas';
import { prepareSeries, type PreparedSeries } from '@/domain/timeseries/service-series';
import { useSettings } from '@/state/settings';
import { sourceKey, useSource } from '@/state/sources';
import { fetchWindow, type RangeDef } from '../ranges';

type SeriesSource = DataSource & Required<Pick<DataSource, 'series'>>;

export function getServiceSeries(
  source: SeriesSource,
  serviceId: string,
  range: RangeDef,
  now: number,
  signal?: AbortSignal,
): Promise<ServiceSeries> {
  const w = fetchWindow(range, now);
  return source.series({ serviceId, from: w.fetchFrom, to: w.to, stepMs: w.stepMs }, signal);
}

export interface ServiceSeriesView {
  prepared: PreparedSeries;
  /** What the page shows: the range, without the history fetched for the rules. */
  from: number;
  to: number;
}

export function serviceSeriesQueryOptions(source: SeriesSource | undefined, serviceId: string, range: RangeDef, refreshMs: number) {
  return queryOptions({
    queryKey: ['service-series', sourceKey(source), serviceId, range.id] as const,
    queryFn: source ? ({ signal }) => getServiceSeries(source, serviceId, range, Date.now(), signal) : skipToken,
    select: (s: ServiceSeries): ServiceSeriesView => {
      const to = s.start + s.requests.length * s.stepMs;
      return { prepared: prepareSeries(s), from: to - range.spanMs, to };
    },
    refetchInterval: refreshMs,
    staleTime: refreshMs / 2,
    placeholderData: keepPreviousData,
  });
}

export function useServiceSeries(serviceId: string, range: RangeDef) {
  const { refreshSeconds } = useSettings();
  return useQuery(serviceSeriesQueryOptions(useSource('series'), serviceId, range, refreshSeconds * 1_000));
}
