import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupErrors, markNew } from './error-groups';
import { normaliseLogRecord, type LogRecord } from './log-record';

const T = Date.UTC(2026, 10, 23, 9, 0);

function rec(patch: Record<string, unknown>): LogRecord {
  const r = normaliseLogRecord({
    timestamp: new Date(T).toISOString(),
    level: 'ERROR',
    message: 'm',
    service: 'checkout',
    version: '1.0.0',
    ...patch,
  });
  if (!r) throw new Error('test record did not parse');
  return r;
}

const pool = (ms: number, user: string, at: number, extra: Record<string, unknown> = {}) =>
  rec({
    timestamp: new Date(at).toISOString(),
    error: { type: 'PoolTimeoutError', message: `timed out after ${ms} ms`, stack_trace: '    at placeOrder (/app/src/order.js:42:13)' },
    user: { id: user },
    ...extra,
  });

describe('error grouping', () => {
  it('groups by fingerprint with count, distinct users, first/last seen, services and versions', () => {
    const groups = groupErrors([
      pool(5000, 'u1', T),
      pool(3000, 'u2', T + 60_000, { version: '1.0.1' }),
      pool(4000, 'u1', T + 120_000, { service: 'cart' }),
      rec({ timestamp: new Date(T + 30_000).toISOString(), error: { type: 'NotFoundError', message: 'order 12 not found' }, user: { id: 'u3' } }),
      rec({ level: 'INFO', message: 'all good' }),
    ]);
    expect(groups).toHaveLength(2);
    expect(groups[0]).toMatchObject({
      type: 'PoolTimeoutError',
      message: 'timed out after <n> ms',
      count: 3,
      users: 2,
      firstSeen: T,
      lastSeen: T + 120_000,
      services: ['cart', 'checkout'],
      versions: ['1.0.0', '1.0.1'],
    });
    expect(groups[1]).toMatchObject({ type: 'NotFoundError', message: 'order <n> not found', count: 1, users: 1 });
  });

  it('uses the fingerprint a record already carries', () => {
    const groups = groupErrors([
      rec({ error: { type: 'A', message: 'x', fingerprint: 'same' } }),
      rec({ error: { type: 'B', message: 'y', fingerprint: 'same' } }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ fingerprint: 'same', count: 2 });
  });

  it('an ERROR line without an error object still groups, by its message', () => {
    const groups = groupErrors([rec({ message: 'queue 7 stalled' }), rec({ message: 'queue 9 stalled' })]);
    expect(groups).toEqual([expect.objectContaining({ type: 'ERROR', message: 'queue <n> stalled', count: 2 })]);
  });

  it('counts add up to the number of error records (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ kind: fc.integer({ min: 0, max: 4 }), user: fc.integer({ min: 0, max: 5 }), n: fc.nat() }), { maxLength: 60 }),
        (rows) => {
          const records = rows.map((r) => rec({ error: { type: `E${r.kind}`, message: `failed ${r.n}` }, user: { id: `u${r.user}` } }));
          const groups = groupErrors(records);
          expect(groups.reduce((s, g) => s + g.count, 0)).toBe(records.length);
          expect(groups.length).toBe(new Set(rows.map((r) => r.kind)).size);
          for (const g of groups) expect(g.users).toBeLessThanOrEqual(g.count);
        },
      ),
    );
  });
});

describe('new fingerprint rule', () => {
  it('marks a fingerprint never seen before as new, and known ones as not new', () => {
    const marked = markNew([{ fingerprint: 'a' }, { fingerprint: 'b' }], ['a', 'z']);
    expect(marked).toEqual([
      { fingerprint: 'a', isNew: false },
      { fingerprint: 'b', isNew: true },
    ]);
  });
});
