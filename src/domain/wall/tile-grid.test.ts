import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitTiles, tileDetail } from './tile-grid';

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
  it('every figure on a large tile, one line on a middling one, name and state on a small one', () => {
    expect(tileDetail({ tileWidth: 280, tileHeight: 200 }, 24)).toBe('full');
    expect(tileDetail({ tileWidth: 280, tileHeight: 150 }, 24)).toBe('compact');
    expect(tileDetail({ tileWidth: 140, tileHeight: 200 }, 24)).toBe('minimal');
    // The same tile at a smaller body size has room for more.
    expect(tileDetail({ tileWidth: 200, tileHeight: 150 }, 18)).toBe('full');
  });
});
