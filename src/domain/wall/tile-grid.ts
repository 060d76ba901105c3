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

/** Every grid that holds `count` tiles without an empty last row, one per column count. */
export function gridCandidates(count: number, width: number, height: number, gap: number): GridFit[] {
  const out: GridFit[] = [];
  if (count <= 0 || width <= 0 || height <= 0) return out;
  for (let columns = 1; columns <= count; columns++) {
    const rows = Math.ceil(count / columns);
    // Fewer rows are possible with the same columns only if the last row is empty: skip those.
    if ((rows - 1) * columns >= count) continue;
    const tileWidth = (width - gap * (columns - 1)) / columns;
    const tileHeight = (height - gap * (rows - 1)) / rows;
    if (tileWidth > 0 && tileHeight > 0) out.push({ columns, rows, tileWidth, tileHeight });
  }
  return out;
}

/** The largest tile of the target shape that fits in a grid's cell. */
const shapeScore = (f: GridFit, aspect: number) => Math.min(f.tileWidth, f.tileHeight * aspect);

/**
 * The grid that gives `count` tiles the largest tile of the target shape inside `width` × `height`
 * (gaps between tiles included). With no room or no tiles, one empty column.
 */
export function fitTiles(count: number, width: number, height: number, gap: number, aspect = TILE_ASPECT): GridFit {
  const best = gridCandidates(count, width, height, gap).reduce<GridFit | null>(
    (b, f) => (!b || shapeScore(f, aspect) > shapeScore(b, aspect) ? f : b),
    null,
  );
  return best ?? { columns: 1, rows: 0, tileWidth: Math.max(0, width), tileHeight: 0 };
}

/**
 * How much a tile shows: every figure (alerts 24 h / 30 d, restarts, uptime, 4xx / 5xx) with the
 * reason for its state, as many figures as fit, or only the name and the state. Sizes are in
 * units of the wall's body text (`unitPx`); figures are set at 0.8 units.
 */
export type TileDetail = 'full' | 'compact' | 'minimal';

export interface TileLayout {
  detail: TileDetail;
  /** Columns of figures the tile's width holds. */
  figureColumns: number;
  /** How many figures it shows (the most telling first). */
  figures: number;
}

/** DOMAIN.md §13: no text under 18 px on the wall. */
export const MIN_TEXT_PX = 18;

/** The wall's small text for a body size: 0.8 of it, never under 18 px (as wall.css sets it). */
export const smallTextPx = (unitPx: number) => Math.max(MIN_TEXT_PX, 0.8 * unitPx);

// Measured from the wall's CSS, in units of the body text (u) or of the small text the figures
// and the reason use (s: 0.8 u, but never under 18 px, so on small screens s is close to u).
const FRAME = { width: 1.1, height: 0.95 }; // u: padding, borders, gaps
const NAME = 1.35; // u
const STATE = 1.3; // u
const LINE = 1.32; // s: one reason line or one row of figures
const FIGURE_COLUMN = 7.75; // s: "Alerts 30 d  944" and the gap to the next column

export function tileLayout(
  fit: Pick<GridFit, 'tileWidth' | 'tileHeight'>,
  unitPx: number,
  smallPx = smallTextPx(unitPx),
  figureCount = 6,
): TileLayout {
  const width = fit.tileWidth - FRAME.width * unitPx;
  const height = fit.tileHeight - (FRAME.height + NAME + STATE) * unitPx;
  const line = LINE * smallPx;
  const column = FIGURE_COLUMN * smallPx;
  const minimal: TileLayout = { detail: 'minimal', figureColumns: 0, figures: 0 };
  if (width < column) return minimal;
  const figureColumns = Math.max(1, Math.min(figureCount, Math.floor(width / column)));
  const rowsForAll = Math.ceil(figureCount / figureColumns);
  if (height >= (1 + rowsForAll) * line) return { detail: 'full', figureColumns, figures: figureCount };
  const rows = Math.floor(height / line);
  if (rows < 1) return minimal;
  return { detail: 'compact', figureColumns, figures: Math.min(figureCount, rows * figureColumns) };
}

/** The smallest tile that still reads: a name of about ten characters, and the state's icon and word. */
export const MIN_TILE = { width: 8, height: NAME + STATE + FRAME.height };

/**
 * The service board's share of the wall's width beside the lists: 60 % up to two dozen services,
 * growing to 75 % by fifty, so that many tiles stay readable (the lists keep a quarter).
 */
export function servicesShare(count: number): number {
  return Math.min(0.75, 0.6 + Math.max(0, count - 24) * (0.15 / 26));
}

const DETAIL_RANK: Record<TileDetail, number> = { minimal: 0, compact: 1, full: 2 };

export interface TilePlan {
  fit: GridFit;
  layout: TileLayout;
  /** Every tile is at least the smallest readable size. */
  readable: boolean;
}

/**
 * The wall's grid for `count` services: readable tiles first, then the one that shows the most
 * (full detail, then the most figures), then the largest tiles of the target shape.
 */
export function planTiles(count: number, box: { width: number; height: number; gap: number; unitPx: number }): TilePlan {
  const smallPx = smallTextPx(box.unitPx);
  const plans = gridCandidates(count, box.width, box.height, box.gap).map((fit) => ({
    fit,
    layout: tileLayout(fit, box.unitPx, smallPx),
    readable: fit.tileWidth >= MIN_TILE.width * box.unitPx && fit.tileHeight >= MIN_TILE.height * box.unitPx,
  }));
  const better = (a: TilePlan, b: TilePlan) =>
    Number(a.readable) - Number(b.readable) ||
    DETAIL_RANK[a.layout.detail] - DETAIL_RANK[b.layout.detail] ||
    a.layout.figures - b.layout.figures ||
    // Short of readable, the grid closest to it; otherwise the largest tiles.
    (a.readable ? shapeScore(a.fit, TILE_ASPECT) - shapeScore(b.fit, TILE_ASPECT) : readability(a.fit, box.unitPx) - readability(b.fit, box.unitPx));
  const best = plans.reduce<TilePlan | null>((b, p) => (!b || better(p, b) > 0 ? p : b), null);
  return (
    best ?? { fit: fitTiles(count, box.width, box.height, box.gap), layout: { detail: 'minimal', figureColumns: 0, figures: 0 }, readable: false }
  );
}

const readability = (f: GridFit, unitPx: number) => Math.min(f.tileWidth / (MIN_TILE.width * unitPx), f.tileHeight / (MIN_TILE.height * unitPx));
