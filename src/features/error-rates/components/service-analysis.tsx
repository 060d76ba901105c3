// The service page: error rate and traffic, latency, spikes and anomalies, deploys and
// incidents, error groups — over a chosen range, zoomable — and "Declare incident" filled with
// what the page shows. The runbook panel is composed in by app/.
import { useMemo, useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { STALE_WORD, type HealthAssessment } from '@/domain/health/assess';
import { detectIssues } from '@/domain/health/detections';
import { HEALTH_WORD } from '@/domain/health/health-state';
import { declareHref, draftIncident } from '@/domain/health/incident-draft';
import { formatMs, formatRate } from '@/domain/health/metric-format';
import type { HealthThresholds } from '@/domain/health/thresholds';
import type { HealthSnapshot } from '@/domain/telemetry/schemas';
import { formatClock, formatLocal } from '@/domain/time/format';
import { summariseWindow } from '@/domain/timeseries/summary';
import { useNow } from '@/state/clock';
import { Panel } from '@/ui/panel';
import { RelativeTime } from '@/ui/relative-time';
import { StatusBadge } from '@/ui/status-badge';
import { useDeploys } from '../api/get-deploys';
import { useErrorGroups } from '../api/get-error-groups';
import { useServiceSeries, type ServiceSeriesView } from '../api/get-service-series';
import { useElementWidth } from '../hooks/use-element-width';
import { useServiceIncidents } from '../hooks/use-service-incidents';
import { rangeById, type RangeDef } from '../ranges';
import { ChangesPanel } from './changes-panel';
import { ChartLegend, ERROR_LEGEND, LATENCY_LEGEND } from './chart-legend';
import type { Markers } from './chart-parts';
import { DetectionsPanel } from './detections-panel';
import { ErrorGroupsPanel } from './error-groups-panel';
import { ErrorRateChart } from './error-rate-chart';
import { LatencyChart } from './latency-chart';
import { RangePicker } from './range-picker';
import { ZoomNavigator } from './zoom-navigator';
import './error-rates.css';

export interface ServiceAnalysisProps {
  serviceId: string;
  serviceName: string;
  team: string;
  snapshot: HealthSnapshot | null;
  assessment: HealthAssessment;
  thresholds: HealthThresholds;
  /** The runbook and anything else app/ puts under the analysis. */
  children?: ReactNode;
}

export function ServiceAnalysis(props: ServiceAnalysisProps) {
  const [params, setParams] = useSearchParams();
  const range = rangeById(params.get('range'));
  const pick = (r: RangeDef) =>
    setParams(
      (p) => {
        p.set('range', r.id);
        return p;
      },
      { replace: true },
    );
  // A new range starts unzoomed.
  return <AnalysisForRange key={range.id} {...props} range={range} onRange={pick} />;
}

function AnalysisForRange({
  serviceId,
  serviceName,
  team,
  snapshot,
  assessment,
  thresholds,
  children,
  range,
  onRange,
}: ServiceAnalysisProps & { range: RangeDef; onRange(r: RangeDef): void }) {
  const series = useServiceSeries(serviceId, range);
  const deploys = useDeploys(serviceId, range);
  const groups = useErrorGroups(serviceId, range);
  const incidents = useServiceIncidents(serviceId);
  const now = useNow(30_000);
  const [zoom, setZoom] = useState<[number, number] | null>(null);

  const view = series.data;
  const detections = useMemo(() => (view ? detectIssues(view.prepared, view.from, view.to) : null), [view]);
  const markers: Markers = useMemo(
    () => ({
      deploys: deploys.data ?? [],
      incidents: (incidents ?? []).map((i) => ({ id: i.id, title: i.title, from: i.createdAt, to: i.resolvedAt ?? i.closedAt ?? now })),
      detections: detections?.list ?? [],
    }),
    [deploys.data, incidents, detections, now],
  );

  const latestSpike = detections?.spikes.at(-1);
  const draft = draftIncident({
    serviceId,
    serviceName,
    snapshot,
    assessment,
    thresholds,
    spike: latestSpike && view ? { ...latestSpike, ongoing: latestSpike.to >= view.to - view.prepared.stepMs } : null,
    lastDeploy: deploys.data?.at(-1) ?? null,
    newErrors: groups.data?.filter((g) => g.isNew) ?? [],
  });

  return (
    <>
      <div className="page-header service-header">
        <h1>{serviceName}</h1>
        <StatusBadge state={assessment.state} label={assessment.stale ? STALE_WORD : HEALTH_WORD[assessment.state]} solid />
        <span className="muted">
          {team}
          {snapshot?.currentVersion ? ` · version ${snapshot.currentVersion}` : ''}
        </span>
        <div className="actions">
          <Link className="button primary" to={declareHref(serviceId, draft)}>
            Declare incident for {serviceName}
          </Link>
        </div>
      </div>
      <p className="service-now" data-testid="service-now">
        {snapshot ? (
          <>
            Now: 5xx <strong>{formatRate(snapshot.errorRatePct)}</strong>, 4xx {formatRate(snapshot.clientErrorRatePct)}, p95{' '}
            <strong>{formatMs(snapshot.p95Ms)}</strong>
            {assessment.reasons.length > 0 && <> — {assessment.reasons.join('; ')}</>}
          </>
        ) : (
          'No current health data for this service.'
        )}
      </p>
      <div className="range-row">
        <RangePicker value={range} onChange={onRange} />
        {view && (
          <span className="muted">
            {zoom ? `Zoomed to ${formatLocal(zoom[0])} – ${formatLocal(zoom[1])}` : `${formatLocal(view.from)} – ${formatLocal(view.to)}`}
            {series.isPlaceholderData ? ' (loading…)' : ''}
          </span>
        )}
      </div>
      {series.isError && (
        <div className="notice is-warning" role="status">
          The data source failed: {series.error.message}.{' '}
          {view ? (
            <>
              Showing data up to {formatClock(view.to)} (<RelativeTime at={view.to} now={now} />
              ).
            </>
          ) : (
            'No data to show yet.'
          )}
        </div>
      )}
      <Charts
        view={view}
        zoom={zoom}
        onZoom={setZoom}
        markers={markers}
        thresholds={thresholds}
        rangeLabel={range.label}
        spikes={detections?.spikes.length ?? 0}
      />
      <div className="grid grid-2 service-lists">
        <DetectionsPanel detections={detections?.list} spikeRuleApplied={detections?.spikeRuleApplied ?? true} now={now} onShow={setZoom} />
        <ChangesPanel deploys={deploys.data} incidents={incidents} from={view?.from ?? 0} to={view?.to ?? now} now={now} />
      </div>
      <ErrorGroupsPanel groups={groups.data} error={groups.groups.error} historyKnown={groups.known.isSuccess} now={now} />
      {children}
    </>
  );
}

interface ChartsProps {
  view: ServiceSeriesView | undefined;
  zoom: [number, number] | null;
  onZoom(window: [number, number] | null): void;
  markers: Markers;
  thresholds: HealthThresholds;
  rangeLabel: string;
  spikes: number;
}

function Charts({ view, zoom, onZoom, markers, thresholds, rangeLabel, spikes }: ChartsProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const from = zoom?.[0] ?? view?.from ?? 0;
  const to = zoom?.[1] ?? view?.to ?? 0;
  const span = to - from;
  const shift = (factor: number) => view && onZoom(clampWindow([from + span * factor, to + span * factor], view));
  const scale = (factor: number) => {
    if (!view) return;
    const mid = (from + to) / 2;
    const half = Math.max((span * factor) / 2, 5 * view.prepared.stepMs);
    const next = clampWindow([mid - half, mid + half], view);
    onZoom(next[0] <= view.from && next[1] >= view.to ? null : next);
  };
  const rate = view ? summariseWindow(view.prepared.t, view.prepared.rate5xx, from, to) : null;
  const p95 = view ? summariseWindow(view.prepared.t, view.prepared.p95, from, to) : null;
  const deploysShown = markers.deploys.filter((d) => d.at >= from && d.at <= to).length;
  const rateSummary = rate
    ? `5xx error rate over ${zoom ? 'the zoomed window' : `the last ${rangeLabel}`}: latest ${formatRate(rate.latest)}, peak ${formatRate(rate.peak)}${rate.peakAt ? ` at ${formatLocal(rate.peakAt)}` : ''}; ${spikes} spike${spikes === 1 ? '' : 's'}, ${deploysShown} deploy${deploysShown === 1 ? '' : 's'}.`
    : '';
  const p95Summary = p95
    ? `p95 latency: latest ${formatMs(p95.latest)}, peak ${formatMs(p95.peak)}${p95.peakAt ? ` at ${formatLocal(p95.peakAt)}` : ''}.`
    : '';

  const zoomControls = view && (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <button type="button" onClick={() => scale(0.5)}>
        Zoom in
      </button>
      <button type="button" onClick={() => scale(2)} disabled={!zoom}>
        Zoom out
      </button>
      <button type="button" onClick={() => shift(-0.25)} disabled={!zoom || from <= view.from}>
        Earlier
      </button>
      <button type="button" onClick={() => shift(0.25)} disabled={!zoom || to >= view.to}>
        Later
      </button>
      <button type="button" onClick={() => onZoom(null)} disabled={!zoom}>
        Reset zoom
      </button>
    </div>
  );

  return (
    <>
      <Panel id="service-error-rate" title="Error rate and traffic" actions={zoomControls}>
        <div ref={ref} className="chart-box">
          {!view ? (
            <p className="muted chart-placeholder">Loading…</p>
          ) : (
            <figure className="chart-figure" data-testid="error-rate-chart">
              <ErrorRateChart
                series={view.prepared}
                from={from}
                to={to}
                width={width}
                thresholds={thresholds}
                markers={markers}
                summary={rateSummary}
              />
              <ZoomNavigator series={view.prepared} from={view.from} to={view.to} width={width} zoom={zoom} onZoom={onZoom} />
              <figcaption>
                <ChartLegend items={ERROR_LEGEND} />
                <p className="chart-summary">{rateSummary}</p>
              </figcaption>
            </figure>
          )}
        </div>
      </Panel>
      <Panel id="service-latency" title="Latency (p95)">
        {view && (
          <figure className="chart-figure" data-testid="latency-chart">
            <LatencyChart series={view.prepared} from={from} to={to} width={width} thresholds={thresholds} markers={markers} summary={p95Summary} />
            <figcaption>
              <ChartLegend items={LATENCY_LEGEND} />
              <p className="chart-summary">{p95Summary}</p>
            </figcaption>
          </figure>
        )}
      </Panel>
    </>
  );
}

function clampWindow([a, b]: [number, number], view: ServiceSeriesView): [number, number] {
  const span = Math.min(b - a, view.to - view.from);
  const start = Math.min(Math.max(a, view.from), view.to - span);
  return [start, start + span];
}
