// One interface for every data source. Capabilities are optional: Alertmanager only knows
// alerts, Prometheus knows series; the demo knows everything. Every method goes through the
// source's resilience guard and returns parsed domain types.
import type { Alert, Deploy, ErrorGroup, HealthSnapshot, Restart, ServiceInfo, ServiceSeries, TimeRange } from '@/domain/telemetry/schemas';
import type { SourceGuard } from './resilience/source-guard';

export type SourceKind = 'demo' | 'prometheus' | 'alertmanager' | 'http-health' | 'logs';

export interface SeriesQuery extends TimeRange {
  serviceId: string;
  stepMs: number;
}

export interface ConnectionCheck {
  ok: boolean;
  detail: string;
}

export interface DataSource {
  readonly id: string;
  readonly kind: SourceKind;
  readonly label: string;
  readonly guard: SourceGuard;
  testConnection(signal?: AbortSignal): Promise<ConnectionCheck>;
  services?(signal?: AbortSignal): Promise<ServiceInfo[]>;
  health?(now: number, signal?: AbortSignal): Promise<HealthSnapshot[]>;
  series?(query: SeriesQuery, signal?: AbortSignal): Promise<ServiceSeries>;
  /** Every service's series over one range in one call (overview sparklines; one query, not one per service). */
  seriesAll?(query: TimeRange & { stepMs: number }, signal?: AbortSignal): Promise<ServiceSeries[]>;
  alerts?(range: TimeRange, signal?: AbortSignal): Promise<Alert[]>;
  deploys?(range: TimeRange & { serviceId?: string }, signal?: AbortSignal): Promise<Deploy[]>;
  restarts?(range: TimeRange & { serviceId?: string }, signal?: AbortSignal): Promise<Restart[]>;
  errorGroups?(range: TimeRange & { serviceId: string }, signal?: AbortSignal): Promise<ErrorGroup[]>;
}

export type Capability = 'services' | 'health' | 'series' | 'seriesAll' | 'alerts' | 'deploys' | 'restarts' | 'errorGroups';

export function hasCapability<C extends Capability>(source: DataSource, capability: C): source is DataSource & Required<Pick<DataSource, C>> {
  return typeof source[capability] === 'function';
}
