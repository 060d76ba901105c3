import { memo, useState } from 'react';
import { STALE_WORD } from '@/domain/health/assess';
import type { TileModel } from '@/domain/health/board';
import { HEALTH_WORD } from '@/domain/health/health-state';
import { serviceFigures } from '@/domain/wall/service-figures';
import type { TileLayout } from '@/domain/wall/tile-grid';
import { StatusIcon } from '@/ui/status-icon';

interface Props {
  tile: TileModel;
  layout: TileLayout;
  /** Coarse time for the uptime figure (a minute is plenty). */
  now: number;
}

function WallTileView({ tile, layout, now }: Props) {
  const { detail } = layout;
  const { assessment: a } = tile;
  const word = a.stale ? STALE_WORD : HEALTH_WORD[a.state];
  // Animation only to draw the eye to a change of state: the tile flashes when its state changes,
  // not when it first appears.
  const [firstState] = useState(a.state);
  const [changed, setChanged] = useState(false);
  if (!changed && a.state !== firstState) setChanged(true);
  const figures = serviceFigures(tile.snapshot, now).slice(0, layout.figures);
  return (
    <li className={`wall-tile${a.stale ? ' is-stale' : ''}`} data-state={a.state} data-service={tile.id} data-detail={detail} title={tile.summary}>
      {changed && <span key={a.state} className="wall-tile-flash" aria-hidden="true" />}
      <span className="wall-tile-name">{tile.name}</span>
      <span className={`wall-tile-state state-${a.state}`}>
        <StatusIcon state={a.state} />
        {word}
      </span>
      {detail === 'full' && a.reasons[0] && <span className="wall-tile-reason">{a.reasons[0]}</span>}
      {figures.length > 0 && (
        <dl className="wall-tile-figures" style={{ gridTemplateColumns: `repeat(${layout.figureColumns}, minmax(0, 1fr))` }}>
          {figures.map((f) => (
            <div key={f.key}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}

/** Redrawn only when what it shows changes: the board is rebuilt on every clock tick. */
export const WallTile = memo(
  WallTileView,
  (a, b) =>
    a.layout.detail === b.layout.detail &&
    a.layout.figures === b.layout.figures &&
    a.layout.figureColumns === b.layout.figureColumns &&
    a.tile.snapshot === b.tile.snapshot &&
    a.tile.summary === b.tile.summary &&
    a.tile.name === b.tile.name &&
    Math.floor(a.now / 60_000) === Math.floor(b.now / 60_000),
);
