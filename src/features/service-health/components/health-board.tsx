import { useCallback, useId, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { countSummary, type TeamGroup } from '@/domain/health/board';
import type { Sparklines } from '../api/get-sparklines';
import { ServiceTile } from './service-tile';

type Navigate = (event: MouseEvent<HTMLAnchorElement>) => void;

function TeamSection({ group, sparklines, onNavigate }: { group: TeamGroup; sparklines: Sparklines | undefined; onNavigate: Navigate }) {
  const headingId = useId();
  return (
    <section className="team-group" aria-labelledby={headingId} data-team={group.team}>
      <header className="team-group-header">
        <h3 id={headingId}>{group.team}</h3>
        <span className="muted">{countSummary(group.counts)}</span>
      </header>
      <ul className="health-tiles">
        {group.tiles.map((tile) => (
          <ServiceTile key={tile.id} tile={tile} sparkline={sparklines?.get(tile.id)} onNavigate={onNavigate} />
        ))}
      </ul>
    </section>
  );
}

interface BoardProps {
  groups: TeamGroup[];
  sparklines: Sparklines | undefined;
  /** Time of the data shown; also lets a benchmark see when an update reached the screen. */
  asOf: number | null;
}

/** Every service as a tile, grouped by team; worst teams and worst tiles first. */
export function HealthBoard({ groups, sparklines, asOf }: BoardProps) {
  const navigate = useNavigate();
  // What a router Link does on a plain left click; modified clicks open tabs as usual.
  const onNavigate = useCallback(
    (event: MouseEvent<HTMLAnchorElement>) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      navigate(event.currentTarget.getAttribute('href') ?? '/');
    },
    [navigate],
  );
  return (
    <div className="health-board" data-as-of={asOf ?? undefined}>
      {groups.map((g) => (
        <TeamSection key={g.team} group={g} sparklines={sparklines} onNavigate={onNavigate} />
      ))}
    </div>
  );
}
