// The last hour of every service's 5xx rate, one call for all services, for the tiles' sparklines.
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { DataSource } from '@/adapters/data-source';
import type { ServiceSeries } from '@/domain/telemetry/schemas';
import { ratePct } from '@/domain/timeseries/bucket';
import { useSettings } from '@/state/settings';
import { sourceKey, useSource } from '@/state/sources';

type SeriesAllSource = DataSource & Required<Pick<DataSource, 'seriesAll'>>;

export const SPARKLINE_SPAN_MS = 60 * 60_000;
const STEP_MS = 60_000;

export function getSparklineSeries(source: SeriesAllSource, now: number, signal?: AbortSignal): Promise<ServiceSeries[]> {
  const to = Math.floor(now / STEP_MS) * STEP_MS;
  return source.seriesAll({ from: to - SPARKLINE_SPAN_MS, to, stepMs: STEP_MS }, signal);
}

/** 5xx rate (%) per minute by service; NaN where there was no traffic. */
export type Sparklines = ReadonlyMap<string, Float64Array>;

export function toSparklines(all: ServiceSeries[]): Sparklines {
  return new Map(all.map((s) => [s.serviceId, ratePct(s.errors5xx, s.requests)]));
}

export const sparklinesQueryKey = (source: DataSource | undefined) => ['sparklines', sourceKey(source)] as const;

export function sparklinesQueryOptions(source: SeriesAllSource | undefined, refreshMs: number) {
  return queryOptions({
    queryKey: sparklinesQueryKey(source),
    queryFn: source ? ({ signal }) => getSparklineSeries(source, Date.now(), signal) : skipToken,
    select: toSparklines,
    refetchInterval: refreshMs,
    staleTime: refreshMs / 2,
    // Every poll replaces every snapshot; comparing them deeply first only costs time.
    structuralSharing: false,
  });
}

export function useSparklines() {
  const { refreshSeconds } = useSettings();
  return useQuery(sparklinesQueryOptions(useSource('seriesAll'), refreshSeconds * 1_000));
}
