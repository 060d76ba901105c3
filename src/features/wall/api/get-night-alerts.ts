// The alerts of the night (see domain/wall/night.ts), polled with the rest of the live data. The
// key names the night, never the moment of the fetch: one cache entry per night, not one per poll.
// Fetched up to now, so an alert that ended after the night is known to have ended.
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { DataSource } from '@/adapters/data-source';
import type { NightWindow } from '@/domain/wall/night';
import { useSettings } from '@/state/settings';
import { sourceKey, useSource } from '@/state/sources';

type AlertsSource = DataSource & Required<Pick<DataSource, 'alerts'>>;

export function nightAlertsQueryOptions(source: AlertsSource | undefined, night: NightWindow, refreshMs: number) {
  return queryOptions({
    queryKey: ['wall-night-alerts', sourceKey(source), night.from, night.to] as const,
    queryFn: source ? ({ signal }) => source.alerts({ from: night.from, to: Date.now() }, signal) : skipToken,
    refetchInterval: refreshMs,
    staleTime: refreshMs / 2,
  });
}

export function useNightAlerts(night: NightWindow) {
  const source = useSource('alerts');
  const { refreshSeconds } = useSettings();
  return { source, query: useQuery(nightAlertsQueryOptions(source, night, refreshSeconds * 1_000)) };
}
