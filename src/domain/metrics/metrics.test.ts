import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  actionItemsOnTime,
  computeMetrics,
  countBy,
  incidentsPerWeek,
  MINUTE,
  percentile,
  repeatIncidents,
  timings,
  trendOf,
  weekStart,
  type IncidentFacts,
} from './metrics';

const T0 = Date.UTC(2026, 9, 5, 9, 0); // Monday 5 October 2026, 09:00 UTC
const DAY = 86_400_000;

function facts(id: string, over: Partial<IncidentFacts> = {}): IncidentFacts {
  return {
    id,
    title: 'Something broke',
    severity: 'P1',
    status: 'closed',
    services: ['checkout'],
    team: 'Storefront',
    createdAt: T0,
    impactStartedAt: null,
    acknowledgedAt: null,
    identifiedAt: null,
    resolvedAt: null,
    rootCause: '',
    fingerprints: [],
    ...over,
  };
}

describe('timings per severity (hand-computed)', () => {
  // Three P1s: acknowledged after 5, 10 and 30 min; identified after 40 and 90 min (one never);
  // resolved after 2 h and 5 h; impact started 3 and 8 min before declaration.
  const incidents = [
    facts('a', { acknowledgedAt: T0 + 5 * MINUTE, identifiedAt: T0 + 40 * MINUTE, resolvedAt: T0 + 120 * MINUTE, impactStartedAt: T0 - 3 * MINUTE }),
    facts('b', { acknowledgedAt: T0 + 10 * MINUTE, identifiedAt: T0 + 90 * MINUTE, resolvedAt: T0 + 300 * MINUTE, impactStartedAt: T0 - 8 * MINUTE }),
    facts('c', { acknowledgedAt: T0 + 30 * MINUTE }),
    facts('d', { severity: 'P3', acknowledgedAt: T0 + 600 * MINUTE }),
  ];
  const t = timings(incidents);

  it('MTTA of P1 is the mean of 5, 10 and 30 min = 15 min; two within the 15-min target', () => {
    expect(t.P1.mtta).toEqual({ count: 3, meanMs: 15 * MINUTE, medianMs: 10 * MINUTE, p90Ms: 30 * MINUTE, targetMs: 15 * MINUTE, withinTarget: 2 });
  });

  it('MTTI counts only identified incidents: (40 + 90) / 2 = 65 min, one within 1 h', () => {
    expect(t.P1.mtti).toMatchObject({ count: 2, meanMs: 65 * MINUTE, withinTarget: 1, targetMs: 60 * MINUTE });
  });

  it('MTTR: (120 + 300) / 2 = 210 min, one within 4 h', () => {
    expect(t.P1.mttr).toMatchObject({ count: 2, meanMs: 210 * MINUTE, withinTarget: 1 });
  });

  it('MTTD: (3 + 8) / 2 = 5.5 min, one under 5 min, for every severity', () => {
    expect(t.P1.mttd).toMatchObject({ count: 2, meanMs: 5.5 * MINUTE, withinTarget: 1, targetMs: 5 * MINUTE });
    expect(t.all.mttd.targetMs).toBe(5 * MINUTE);
  });

  it('P2/P3 have no acknowledgement target', () => {
    expect(t.P3.mtta).toMatchObject({ count: 1, meanMs: 600 * MINUTE, targetMs: null, withinTarget: 0 });
    expect(t.P2.mtta).toMatchObject({ count: 0, meanMs: null });
  });
});

describe('percentile', () => {
  it('nearest rank', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(percentile([], 0.5)).toBeNull();
  });
});

describe('incidents per week', () => {
  it('weeks start on Monday 00:00 UTC', () => {
    expect(new Date(weekStart(Date.UTC(2026, 9, 11, 23))).toISOString()).toBe('2026-10-05T00:00:00.000Z');
    expect(new Date(weekStart(Date.UTC(2026, 9, 12, 0))).toISOString()).toBe('2026-10-12T00:00:00.000Z');
  });

  it('counts per week and severity, with empty weeks present', () => {
    const list = [facts('a'), facts('b', { severity: 'P0', createdAt: T0 + DAY }), facts('c', { createdAt: T0 + 14 * DAY })];
    const monday = Date.UTC(2026, 9, 5);
    const weeks = incidentsPerWeek(list, monday, monday + 21 * DAY);
    expect(weeks.map((w) => w.total)).toEqual([2, 0, 1]);
    expect(weeks[0]!.bySeverity).toEqual({ P0: 1, P1: 1, P2: 0, P3: 0 });
  });

  it('trend: falling weekly counts read as down, steady as flat', () => {
    const w = (totals: number[]) => totals.map((total, k) => ({ weekStart: k, total, bySeverity: { P0: 0, P1: 0, P2: 0, P3: 0 } }));
    expect(trendOf(w([10, 8, 6, 4])).direction).toBe('down');
    expect(trendOf(w([4, 6, 8, 10])).slope).toBeCloseTo(2);
    expect(trendOf(w([5, 5, 5, 5])).direction).toBe('flat');
  });
});

describe('by service and team', () => {
  it('an incident on two services counts for both', () => {
    expect(countBy([facts('a', { services: ['cart', 'checkout'] }), facts('b')], 'service')).toEqual([
      { key: 'checkout', count: 2 },
      { key: 'cart', count: 1 },
    ]);
  });
});

describe('repeat incidents', () => {
  it('same root cause, fingerprint or similar title within 90 days', () => {
    const list = [
      facts('a', { rootCause: 'Connection pool exhausted!', title: 'Checkout 5xx' }),
      facts('b', { createdAt: T0 + 10 * DAY, rootCause: 'connection  pool exhausted', title: 'Payments down', services: ['payments'] }),
      facts('c', { createdAt: T0 + 20 * DAY, fingerprints: ['fp1'], title: 'Search slow', services: ['search'] }),
      facts('d', { createdAt: T0 + 30 * DAY, fingerprints: ['fp1'], title: 'Cart broken', services: ['cart'] }),
      facts('e', { createdAt: T0 + 40 * DAY, title: 'Checkout returning 5xx errors' }),
      facts('f', { createdAt: T0 + 200 * DAY, rootCause: 'connection pool exhausted', title: 'Ledger lag', services: ['ledger'] }),
    ];
    const r = repeatIncidents(list, T0, T0 + 365 * DAY);
    expect(r.repeats).toEqual([
      { incidentId: 'b', earlierId: 'a', reason: 'root cause' },
      { incidentId: 'd', earlierId: 'c', reason: 'fingerprint' },
      // "Checkout returning 5xx errors" and "Checkout 5xx" on the same service: same significant words.
      { incidentId: 'e', earlierId: 'a', reason: 'similar title' },
    ]);
    expect(r.share).toBeCloseTo(3 / 6);
  });

  it('a very similar title on the same service is a repeat', () => {
    const list = [
      facts('a', { title: 'Checkout pods restarting OOM' }),
      facts('b', { createdAt: T0 + DAY, title: 'checkout: pods restarting (OOM)' }),
    ];
    expect(repeatIncidents(list, T0, T0 + 10 * DAY).repeats).toEqual([{ incidentId: 'b', earlierId: 'a', reason: 'similar title' }]);
  });

  it('the share never exceeds 1 and the first incident is never a repeat', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: 0, max: 300 }), cause: fc.constantFrom('', 'x', 'y'), fp: fc.constantFrom('p', 'q') }), {
          maxLength: 40,
        }),
        (rows) => {
          const list = rows.map((r, k) => facts(`i${k}`, { createdAt: T0 + r.day * DAY + k, rootCause: r.cause, fingerprints: [r.fp] }));
          const r = repeatIncidents(list, T0, T0 + 400 * DAY);
          expect(r.share).toBeLessThanOrEqual(1);
          const first = [...list].sort((a, b) => a.createdAt - b.createdAt)[0];
          if (first) expect(r.repeats.map((x) => x.incidentId)).not.toContain(first.id);
        },
      ),
    );
  });
  it('a range finds the same repeats as the whole history does for that range', () => {
    const words = ['checkout', 'payments', 'timeouts', 'pool', 'exhausted', 'latency', 'search', 'pods'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.integer({ min: 0, max: 400 }),
            cause: fc.constantFrom('', 'x', 'y'),
            fp: fc.constantFrom('p', 'q', 'r'),
            title: fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }),
            service: fc.constantFrom('checkout', 'search'),
          }),
          { maxLength: 60 },
        ),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 200 }),
        (rows, startDay, days) => {
          const list = rows.map((r, k) =>
            facts(`i${k}`, {
              createdAt: T0 + r.day * DAY + k,
              rootCause: r.cause,
              fingerprints: [r.fp],
              title: r.title.join(' '),
              services: [r.service],
            }),
          );
          const from = T0 + startDay * DAY;
          const to = from + days * DAY;
          const inRange = (id: string) => {
            const at = list.find((i) => i.id === id)!.createdAt;
            return at >= from && at < to;
          };
          const whole = repeatIncidents(list, T0 - 1000 * DAY, T0 + 1000 * DAY).repeats.filter((x) => inRange(x.incidentId));
          const ranged = repeatIncidents(list, from, to).repeats;
          // Which earlier incident a similar title is matched to may differ (word order is by
          // frequency); which incidents repeat, and why, may not.
          const key = (x: { incidentId: string; reason: string }) => `${x.incidentId}:${x.reason}`;
          expect(ranged.map(key).sort()).toEqual(whole.map(key).sort());
        },
      ),
    );
  });
});

describe('action items done on time', () => {
  it('done by the end of the due day counts as on time', () => {
    const due = Date.UTC(2026, 9, 10);
    const r = actionItemsOnTime(
      [
        { due, status: 'done', doneAt: due + 10 * 3_600_000 },
        { due, status: 'done', doneAt: due + 2 * DAY },
        { due, status: 'pending', doneAt: null },
        { due: null, status: 'in progress', doneAt: null },
      ],
      due + 5 * DAY,
    );
    expect(r).toEqual({ total: 4, done: 2, doneOnTime: 1, overdueOpen: 1, onTimeShare: 0.5 });
  });
});

describe('computeMetrics', () => {
  it('only counts incidents declared in the range', () => {
    const monday = Date.UTC(2026, 9, 5);
    const r = computeMetrics([facts('a'), facts('b', { createdAt: T0 + 40 * DAY })], monday, monday + 7 * DAY);
    expect(r.incidents).toBe(1);
    expect(r.perWeek).toHaveLength(1);
  });
});
