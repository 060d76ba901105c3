// The service board of the wall: every service as one tile, worst first, sized to fill the panel
// however many services there are (domain/wall/tile-grid.ts), showing as much as the size allows.
import { useLayoutEffect, useRef, useState } from 'react';
import type { TileModel } from '@/domain/health/board';
import { planTiles } from '@/domain/wall/tile-grid';
import { WallTile } from './wall-tile';

interface Box {
  width: number;
  height: number;
  unit: number;
  gap: number;
}

export function WallServices({ tiles, now }: { tiles: readonly TileModel[]; now: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState<Box>({ width: 0, height: 0, unit: 24, gap: 8 });

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const style = getComputedStyle(el);
      const unit = Number.parseFloat(style.fontSize) || 24;
      const gap = Number.parseFloat(style.rowGap) || 0;
      const { width, height } = el.getBoundingClientRect();
      setBox((b) => (b.width === width && b.height === height && b.unit === unit && b.gap === gap ? b : { width, height, unit, gap }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const { fit, layout } = planTiles(tiles.length, { width: box.width, height: box.height, gap: box.gap, unitPx: box.unit });
  return (
    <div ref={ref} className="wall-tiles-box">
      <ul
        className="wall-tiles"
        data-columns={fit.columns}
        data-detail={layout.detail}
        style={{
          gridTemplateColumns: `repeat(${fit.columns}, minmax(0, 1fr))`,
          gridTemplateRows: `repeat(${Math.max(1, fit.rows)}, minmax(0, 1fr))`,
        }}
      >
        {tiles.map((tile) => (
          <WallTile key={tile.id} tile={tile} layout={layout} now={now} />
        ))}
      </ul>
    </div>
  );
}
