// The wall sizes its service tiles to the number of services (DOMAIN.md §13): as large as the
// panel allows, close to a target shape, and with as much detail as the size leaves room for.
export interface GridFit {
  columns: number;
  rows: number;
  tileWidth: number;
  tileHeight: number;
}

/** Width / height of the tile shape the grid aims for. */
export const TILE_ASPECT = 1.5;

/**
 * The grid that gives `count` tiles the largest tile of the target shape inside `width` × `height`
 * (gaps between tiles included). With no room or no tiles, one empty column.
 */
export function fitTiles(count: number, width: number, height: number, gap: number, aspect = TILE_ASPECT): GridFit {
  if (count <= 0 || width <= 0 || height <= 0) return { columns: 1, rows: 0, tileWidth: Math.max(0, width), tileHeight: 0 };
  let best: GridFit & { score: number } = { columns: 1, rows: count, tileWidth: 0, tileHeight: 0, score: -1 };
  for (let columns = 1; columns <= count; columns++) {
    const rows = Math.ceil(count / columns);
    // Fewer rows are possible with the same columns only if the last row is empty: skip those.
    if ((rows - 1) * columns >= count) continue;
    const tileWidth = (width - gap * (columns - 1)) / columns;
    const tileHeight = (height - gap * (rows - 1)) / rows;
    if (tileWidth <= 0 || tileHeight <= 0) continue;
    // The largest tile of the target shape that fits in the cell.
    const score = Math.min(tileWidth, tileHeight * aspect);
    if (score > best.score) best = { columns, rows, tileWidth, tileHeight, score };
  }
  const { columns, rows, tileWidth, tileHeight } = best;
  return { columns, rows, tileWidth: Math.max(0, tileWidth), tileHeight: Math.max(0, tileHeight) };
}

/**
 * How much a tile shows, in units of the wall's body text size: every figure (alerts 24 h / 30 d,
 * restarts, uptime, 4xx / 5xx), one line of them, or only the name and the state.
 */
export type TileDetail = 'full' | 'compact' | 'minimal';

export function tileDetail(fit: Pick<GridFit, 'tileWidth' | 'tileHeight'>, unitPx: number): TileDetail {
  const w = fit.tileWidth / unitPx;
  const h = fit.tileHeight / unitPx;
  if (w >= 10 && h >= 7.6) return 'full';
  if (w >= 7 && h >= 4.6) return 'compact';
  return 'minimal';
}
