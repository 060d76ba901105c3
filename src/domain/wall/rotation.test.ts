import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nextTurnAt, rotationIndex, wallPages } from './rotation';

const ALL = { services: true, incidents: true, alerts: true };

describe('wall pages', () => {
  it('together: one page with every panel', () => {
    expect(wallPages(ALL, false)).toEqual([['services', 'incidents', 'alerts']]);
  });

  it('rotating: the services, then incidents with the alerts', () => {
    expect(wallPages(ALL, true)).toEqual([['services'], ['incidents', 'alerts']]);
  });

  it('hidden panels drop out, and so does a page left empty', () => {
    expect(wallPages({ ...ALL, incidents: false, alerts: false }, true)).toEqual([['services']]);
    expect(wallPages({ ...ALL, alerts: false }, false)).toEqual([['services', 'incidents']]);
    expect(wallPages({ services: false, incidents: false, alerts: false }, false)).toEqual([]);
  });
});

describe('rotation', () => {
  const T = Date.UTC(2026, 10, 23, 9, 0);

  it('turns every interval and wraps around', () => {
    expect([0, 29_999, 30_000, 59_999, 60_000, 90_000].map((d) => rotationIndex(T + d, T, 30_000, 2))).toEqual([0, 0, 1, 1, 0, 1]);
  });

  it('stays on the first page without rotation or with one page', () => {
    expect(rotationIndex(T + 95_000, T, 0, 2)).toBe(0);
    expect(rotationIndex(T + 95_000, T, 30_000, 1)).toBe(0);
  });

  it('a clock set back before the start shows the first page', () => {
    expect(rotationIndex(T - 95_000, T, 30_000, 2)).toBe(0);
  });

  it('the same moment gives the same page, however the time got there (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1_000, max: 600_000 }),
        fc.integer({ min: 1, max: 5 }),
        (d, interval, pages) => {
          const i = rotationIndex(T + d, T, interval, pages);
          expect(i).toBeGreaterThanOrEqual(0);
          expect(i).toBeLessThan(pages);
          const turn = nextTurnAt(T + d, T, interval);
          expect(turn).toBeGreaterThan(T + d);
          expect(turn - (T + d)).toBeLessThanOrEqual(interval);
          if (pages > 1) expect(rotationIndex(turn, T, interval, pages)).toBe((i + 1) % pages);
        },
      ),
    );
  });
});
