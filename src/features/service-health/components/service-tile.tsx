import { memo, type MouseEvent } from 'react';
import { STALE_WORD } from '@/domain/health/assess';
import type { TileModel } from '@/domain/health/board';
import { HEALTH_WORD } from '@/domain/health/health-state';
import { formatAvailability, formatMs, formatRate } from '@/domain/health/metric-format';
import { STATUS_LABEL } from '@/domain/incident/lifecycle';
import { Sparkline } from '@/ui/sparkline';
import { StatusBadge } from '@/ui/status-badge';

interface Props {
  tile: TileModel;
  /** 5xx rate per minute over the last hour. */
  sparkline: Float64Array | undefined;
  /**
   * In-app navigation for the tile's links. Plain anchors with one shared handler: a router
   * Link per tile costs several hooks each, and a board can have hundreds of tiles.
   */
  onNavigate(event: MouseEvent<HTMLAnchorElement>): void;
}

function sparklineLabel(values: Float64Array | undefined): string | undefined {
  if (!values?.length) return undefined;
  let peak = Number.NaN;
  let latest = Number.NaN;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) continue;
    if (!(v <= peak)) peak = v;
    latest = v;
  }
  return `5xx rate over the last hour: latest ${formatRate(latest)}, peak ${formatRate(peak)}`;
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="tile-figure">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function ServiceTileView({ tile, sparkline, onNavigate }: Props) {
  const { assessment: a, snapshot: s } = tile;
  return (
    <li className={`health-tile${a.stale ? ' is-stale' : ''}`} data-state={a.state} data-service={tile.id}>
      <a href={`/services/${encodeURIComponent(tile.id)}`} onClick={onNavigate} className="health-tile-link" aria-label={tile.summary}>
        <div className="health-tile-head">
          <span className="health-tile-name">{tile.name}</span>
          <StatusBadge state={a.state} label={a.stale ? STALE_WORD : HEALTH_WORD[a.state]} />
        </div>
        <dl className="tile-figures">
          <Figure label="5xx" value={formatRate(s?.errorRatePct)} />
          <Figure label="p95" value={formatMs(s?.p95Ms)} />
          <Figure label="Avail." value={formatAvailability(s?.availabilityPct)} />
        </dl>
        <p className="tile-alerts">{s ? `Alerts: ${s.alerts24h} in 24 h · ${s.alerts30d} in 30 d` : 'Alerts: —'}</p>
        <Sparkline
          values={sparkline ?? []}
          width={180}
          height={26}
          minTop={tile.thresholds.errorRateCritPct}
          label={sparklineLabel(sparkline)}
          className="tile-sparkline"
        />
        <p className="health-tile-reason">{a.reasons[0] ?? 'within every threshold'}</p>
      </a>
      {tile.incidents.length > 0 && (
        <ul className="tile-incidents" aria-label={`Open incidents on ${tile.name}`}>
          {tile.incidents.map((i) => (
            <li key={i.id}>
              <a href={`/incidents/${encodeURIComponent(i.id)}`} onClick={onNavigate} className="incident-chip" title={i.title}>
                {i.id} · {i.severity} · {STATUS_LABEL[i.status]}
              </a>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

const incidentsKey = (t: TileModel) => t.incidents.map((i) => `${i.id}:${i.severity}:${i.status}:${i.title}`).join('|');

/** Redrawn only when what it shows changes: the board is rebuilt on every clock tick. */
export const ServiceTile = memo(
  ServiceTileView,
  (a, b) =>
    a.sparkline === b.sparkline &&
    a.onNavigate === b.onNavigate &&
    a.tile.snapshot === b.tile.snapshot &&
    a.tile.summary === b.tile.summary &&
    a.tile.name === b.tile.name &&
    a.tile.thresholds === b.tile.thresholds &&
    incidentsKey(a.tile) === incidentsKey(b.tile),
);
