import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EMPTY_RUNBOOK, type CatalogueEntry } from '../catalogue/catalogue';
import type { HealthSnapshot } from '../telemetry/schemas';
import { buildBoard, buildTiles, countSummary, NO_TEAM, type BoardInput } from './board';
import { HEALTH_RANK } from './health-state';
import { DEFAULT_THRESHOLDS } from './thresholds';

const NOW = Date.UTC(2026, 10, 23, 9, 0);

function snap(serviceId: string, patch: Partial<HealthSnapshot> = {}): HealthSnapshot {
  return {
    serviceId,
    at: NOW,
    requestsPerMin: 100,
    errorRatePct: 0.1,
    clientErrorRatePct: 0.5,
    p95Ms: 100,
    availabilityPct: 100,
    restarts24h: 0,
    upSince: null,
    alerts24h: 0,
    alerts30d: 0,
    http4xx24h: 0,
    http5xx24h: 0,
    currentVersion: null,
    ...patch,
  };
}

const entry = (id: string, patch: Partial<CatalogueEntry> = {}): CatalogueEntry => ({
  id,
  name: id,
  publicName: id,
  team: '',
  thresholds: null,
  runbook: EMPTY_RUNBOOK,
  demo: false,
  ...patch,
});

function input(patch: Partial<BoardInput> = {}): BoardInput {
  return {
    services: [
      { id: 'checkout', name: 'Checkout', team: 'Storefront' },
      { id: 'cart', name: 'Cart', team: 'Storefront' },
      { id: 'ledger', name: 'Ledger', team: 'Payments' },
      { id: 'auth', name: 'Auth', team: 'Platform' },
    ],
    snapshots: [snap('checkout', { errorRatePct: 7.2 }), snap('cart'), snap('ledger', { p95Ms: 900 }), snap('auth')],
    catalogue: [],
    defaults: DEFAULT_THRESHOLDS,
    openIncidents: [],
    now: NOW,
    staleAfterMs: 90_000,
    ...patch,
  };
}

describe('overview board', () => {
  it('groups by team, teams ordered by their worst tile, tiles worst first', () => {
    const board = buildBoard(input());
    expect(board.map((g) => g.team)).toEqual(['Storefront', 'Payments', 'Platform']);
    expect(board[0]!.tiles.map((t) => [t.id, t.assessment.state])).toEqual([
      ['checkout', 'broken'],
      ['cart', 'healthy'],
    ]);
    expect(board[0]!.counts).toEqual({ broken: 1, degraded: 0, unknown: 0, healthy: 1 });
    expect(board[1]!.tiles[0]!.assessment.state).toBe('degraded');
  });

  it('a catalogue threshold override wins over the defaults; "use defaults" (null) does not', () => {
    const strict = { ...DEFAULT_THRESHOLDS, p95WarnMs: 50, p95CritMs: 90 };
    const tiles = buildTiles(input({ catalogue: [entry('auth', { thresholds: strict }), entry('cart', { thresholds: null })] }));
    expect(tiles.find((t) => t.id === 'auth')!.assessment.state).toBe('broken');
    expect(tiles.find((t) => t.id === 'cart')!.assessment.state).toBe('healthy');
  });

  it('names and teams come from the catalogue when it has them', () => {
    const tiles = buildTiles(input({ catalogue: [entry('cart', { name: 'Shopping cart', team: 'Basket' })] }));
    expect(tiles.find((t) => t.id === 'cart')).toMatchObject({ name: 'Shopping cart', team: 'Basket' });
  });

  it('a catalogued service without data shows, unknown, under "No team" when it has none', () => {
    const tiles = buildTiles(input({ catalogue: [entry('legacy')] }));
    expect(tiles.find((t) => t.id === 'legacy')).toMatchObject({ team: NO_TEAM, snapshot: null, assessment: { state: 'unknown' } });
  });

  it('marks open incidents on the services they affect', () => {
    const incident = { id: 'INC-00000001', severity: 'P1' as const, status: 'investigating' as const, title: 'x', services: ['checkout', 'cart'] };
    const tiles = buildTiles(input({ openIncidents: [incident] }));
    expect(tiles.find((t) => t.id === 'cart')!.incidents).toEqual([incident]);
    expect(tiles.find((t) => t.id === 'auth')!.incidents).toEqual([]);
  });

  it('old data turns every tile unknown, never green', () => {
    const board = buildBoard(input({ now: NOW + 10 * 60_000 }));
    for (const g of board) for (const t of g.tiles) expect(t.assessment).toMatchObject({ state: 'unknown', stale: true });
  });

  it('every service appears exactly once and team order follows the worst tile (property)', () => {
    const states = fc.constantFrom(0.1, 2, 7);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), states), { minLength: 1, maxLength: 30 }), (rows) => {
        const services = rows.map(([team], i) => ({ id: `s${i}`, name: `s${i}`, team: `team${team}` }));
        const snapshots = rows.map(([, rate], i) => snap(`s${i}`, { errorRatePct: rate }));
        const board = buildBoard(input({ services, snapshots }));
        expect(board.flatMap((g) => g.tiles.map((t) => t.id)).sort()).toEqual(services.map((s) => s.id).sort());
        const worst = board.map((g) => HEALTH_RANK[g.tiles[0]!.assessment.state]);
        for (let i = 1; i < worst.length; i++) expect(worst[i]!).toBeGreaterThanOrEqual(worst[i - 1]!);
      }),
    );
  });

  it('summarises counts in words', () => {
    expect(countSummary({ broken: 1, degraded: 0, unknown: 2, healthy: 9 })).toBe('1 broken, 2 without fresh data, 9 healthy');
    expect(countSummary({ broken: 0, degraded: 0, unknown: 0, healthy: 0 })).toBe('no services');
  });
});
