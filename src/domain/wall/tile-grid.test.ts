import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitTiles, MIN_TILE, planTiles, servicesShare, smallTextPx, tileLayout } from './tile-grid';

describe('fitting service tiles to the wall', () => {
  it('12 services on a wide panel: 4 × 3', () => {
    expect(fitTiles(12, 1200, 600, 0)).toEqual({ columns: 4, rows: 3, tileWidth: 300, tileHeight: 200 });
  });

  it('12 services on a tall panel: 2 × 6', () => {
    expect(fitTiles(12, 600, 1200, 0)).toEqual({ columns: 2, rows: 6, tileWidth: 300, tileHeight: 200 });
  });

  it('counts the gaps between tiles', () => {
    expect(fitTiles(4, 410, 130, 10)).toEqual({ columns: 4, rows: 1, tileWidth: 95, tileHeight: 130 });
  });

  it('one service fills the panel', () => {
    expect(fitTiles(1, 800, 400, 8)).toEqual({ columns: 1, rows: 1, tileWidth: 800, tileHeight: 400 });
  });

  it('no services or no room gives no tiles', () => {
    expect(fitTiles(0, 800, 400, 8).rows).toBe(0);
    expect(fitTiles(5, 0, 400, 8).rows).toBe(0);
  });

  it('always has room for every tile, never an empty last row, and never overflows (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 200, max: 4000 }),
        fc.integer({ min: 200, max: 3000 }),
        fc.integer({ min: 0, max: 24 }),
        (n, w, h, gap) => {
          // Room for a square grid of 1 px tiles: otherwise the gaps alone do not fit.
          const side = Math.ceil(Math.sqrt(n));
          fc.pre(side * (gap + 1) <= Math.min(w, h));
          const fit = fitTiles(n, w, h, gap);
          expect(fit.tileWidth).toBeGreaterThan(0);
          expect(fit.columns * fit.rows).toBeGreaterThanOrEqual(n);
          expect((fit.rows - 1) * fit.columns).toBeLessThan(n);
          expect(fit.columns * fit.tileWidth + (fit.columns - 1) * gap).toBeLessThanOrEqual(w + 1e-6);
          expect(fit.rows * fit.tileHeight + (fit.rows - 1) * gap).toBeLessThanOrEqual(h + 1e-6);
        },
      ),
    );
  });

  it('more services never make tiles larger (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 300, max: 3000 }), fc.integer({ min: 300, max: 2000 }), (n, w, h) => {
        const area = (f: ReturnType<typeof fitTiles>) => Math.min(f.tileWidth, f.tileHeight * 1.5);
        expect(area(fitTiles(n + 1, w, h, 8))).toBeLessThanOrEqual(area(fitTiles(n, w, h, 8)) + 1e-6);
      }),
    );
  });
});

describe('how much a tile shows', () => {
  it('small text is 0.8 of the body, never under 18 px', () => {
    expect(smallTextPx(30)).toBe(24);
    expect(smallTextPx(20)).toBe(18);
  });

  it('every figure, in two columns, and the reason on a wide, tall tile', () => {
    expect(tileLayout({ tileWidth: 380, tileHeight: 220 }, 24)).toEqual({ detail: 'full', figureColumns: 2, figures: 6 });
  });

  it('one column of every figure needs a taller tile; short of that, as many as fit', () => {
    expect(tileLayout({ tileWidth: 200, tileHeight: 300 }, 24)).toEqual({ detail: 'full', figureColumns: 1, figures: 6 });
    expect(tileLayout({ tileWidth: 200, tileHeight: 220 }, 24)).toEqual({ detail: 'compact', figureColumns: 1, figures: 5 });
  });

  it('one row of figures on a low tile, name and state on a small one', () => {
    expect(tileLayout({ tileWidth: 380, tileHeight: 115 }, 24)).toEqual({ detail: 'compact', figureColumns: 2, figures: 2 });
    expect(tileLayout({ tileWidth: 380, tileHeight: 80 }, 24).detail).toBe('minimal');
    expect(tileLayout({ tileWidth: 150, tileHeight: 300 }, 24)).toEqual({ detail: 'minimal', figureColumns: 0, figures: 0 });
  });

  it('the same tile at a smaller body size has room for more', () => {
    expect(tileLayout({ tileWidth: 290, tileHeight: 170 }, 24)).toEqual({ detail: 'compact', figureColumns: 1, figures: 3 });
    expect(tileLayout({ tileWidth: 290, tileHeight: 170 }, 20)).toEqual({ detail: 'compact', figureColumns: 1, figures: 4 });
  });

  it('on a small screen the small text stays at 18 px, so fewer figures fit', () => {
    expect(tileLayout({ tileWidth: 236, tileHeight: 140 }, 18)).toEqual({ detail: 'compact', figureColumns: 1, figures: 3 });
  });

  it('a larger tile never shows less (property)', () => {
    const rank = { minimal: 0, compact: 1, full: 2 };
    fc.assert(
      fc.property(
        fc.integer({ min: 40, max: 800 }),
        fc.integer({ min: 40, max: 600 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 200 }),
        (w, h, dw, dh) => {
          const small = tileLayout({ tileWidth: w, tileHeight: h }, 24);
          const large = tileLayout({ tileWidth: w + dw, tileHeight: h + dh }, 24);
          expect(rank[large.detail]).toBeGreaterThanOrEqual(rank[small.detail]);
          if (large.detail === small.detail) expect(large.figures).toBeGreaterThanOrEqual(small.figures);
        },
      ),
    );
  });
});

describe('planning the wall grid', () => {
  it('12 services at 1080p: tiles large enough for every figure', () => {
    const plan = planTiles(12, { width: 1150, height: 900, gap: 8, unitPx: 24 });
    expect(plan.readable).toBe(true);
    expect(plan.layout.detail).toBe('full');
    expect(plan.fit.columns * plan.fit.rows).toBeGreaterThanOrEqual(12);
  });

  it('prefers readable tiles to the largest ones: 50 services never get tiles too narrow for a name', () => {
    const box = { width: 1440, height: 900, gap: 8, unitPx: 24 };
    const plan = planTiles(50, box);
    expect(plan.readable).toBe(true);
    expect(plan.fit.tileWidth).toBeGreaterThanOrEqual(MIN_TILE.width * 24);
    // The shape-only fit would have chosen narrower tiles here.
    expect(fitTiles(50, box.width, box.height, box.gap).tileWidth).toBeLessThan(MIN_TILE.width * 24);
  });

  it('without room for readable tiles, gets as close as it can', () => {
    const plan = planTiles(200, { width: 800, height: 500, gap: 8, unitPx: 24 });
    expect(plan.readable).toBe(false);
    expect(plan.layout.detail).toBe('minimal');
    expect(plan.fit.columns * plan.fit.rows).toBeGreaterThanOrEqual(200);
  });

  it('always holds every tile and never overflows the panel (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 80 }),
        fc.integer({ min: 300, max: 3000 }),
        fc.integer({ min: 300, max: 2000 }),
        fc.integer({ min: 18, max: 40 }),
        (n, w, h, u) => {
          const { fit } = planTiles(n, { width: w, height: h, gap: 8, unitPx: u });
          expect(fit.columns * fit.rows).toBeGreaterThanOrEqual(n);
          expect(fit.columns * fit.tileWidth + (fit.columns - 1) * 8).toBeLessThanOrEqual(w + 1e-6);
          expect(fit.rows * fit.tileHeight + (fit.rows - 1) * 8).toBeLessThanOrEqual(h + 1e-6);
        },
      ),
    );
  });
});

describe("the service board's share of the width", () => {
  it('60 % for a dozen services, growing to 75 % by fifty, no more after', () => {
    expect(servicesShare(12)).toBeCloseTo(0.6);
    expect(servicesShare(24)).toBeCloseTo(0.6);
    expect(servicesShare(37)).toBeCloseTo(0.675);
    expect(servicesShare(50)).toBeCloseTo(0.75);
    expect(servicesShare(500)).toBeCloseTo(0.75);
  });
});
