import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { db, resetDatabase } from './database';
import { getIncident, incidentEvents } from './incidents-read';
import { declareIncident, mergeEvents, rebuildSnapshot, runCommand } from './incidents-write';
import { foldEvents } from '@/domain/incident/incident';
import { STATUSES } from '@/domain/incident/lifecycle';
import type { IncidentCommand } from '@/domain/incident/commands';
import { declareInput, FILLED, MONITORING_PERIOD_MS } from '@/testing/incident-commands';
import { StorageError } from './storage-errors';

const ctx = (now = Date.UTC(2026, 10, 23, 9)) => ({ now, author: 'Ana', monitoringPeriodMs: MONITORING_PERIOD_MS });

beforeEach(resetDatabase);

describe('incident repository', () => {
  it('declares an INC- incident in detected and stores event and snapshot together', async () => {
    const result = await declareIncident(declareInput(), ctx());
    expect(result.ok).toBe(true);
    expect(result.incidentId).toMatch(/^INC-[0-9A-F]{8}$/);
    expect(await getIncident(result.incidentId)).toMatchObject({ status: 'detected', title: 'Checkout returns 500s' });
    expect(await incidentEvents(result.incidentId)).toHaveLength(1);
  });

  it('a refused command writes nothing', async () => {
    const { incidentId } = await declareIncident(declareInput(), ctx());
    const before = await db.events.count();
    const refused = await runCommand(incidentId, { type: 'transition', from: 'detected', to: 'closed', fields: FILLED }, ctx());
    expect(refused.ok).toBe(false);
    expect(await db.events.count()).toBe(before);
    expect((await getIncident(incidentId))?.status).toBe('detected');
  });

  it('two tabs racing the same transition: one applies, the other is refused as stale', async () => {
    const { incidentId } = await declareIncident(declareInput(), ctx());
    await runCommand(incidentId, { type: 'acknowledge', by: 'Ana' }, ctx());
    const command: IncidentCommand = { type: 'transition', from: 'investigating', to: 'identified', fields: FILLED };
    const [a, b] = await Promise.all([runCommand(incidentId, command, ctx()), runCommand(incidentId, command, ctx())]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect(a.ok ? b : a).toMatchObject({ error: expect.stringContaining('changed elsewhere') });
    expect((await incidentEvents(incidentId)).filter((e) => e.kind === 'status_changed')).toHaveLength(1);
  });

  it('an escalation written by two tabs is stored once (deterministic id)', async () => {
    const { incidentId } = await declareIncident(declareInput(), ctx());
    const escalate: IncidentCommand = { type: 'escalate', level: 1, who: ['on-call'], channels: ['pager'], reason: 'not acknowledged', dueAt: 1 };
    await Promise.all([runCommand(incidentId, escalate, ctx()), runCommand(incidentId, escalate, ctx())]);
    expect((await incidentEvents(incidentId)).filter((e) => e.kind === 'escalated')).toHaveLength(1);
  });

  it('an event never sorts before the last one, even from a tab whose clock is behind', async () => {
    const { incidentId } = await declareIncident(declareInput(), ctx(10_000_000));
    await runCommand(incidentId, { type: 'note', text: 'from the past' }, ctx(5_000_000));
    const events = await incidentEvents(incidentId);
    expect(events.map((e) => e.kind)).toEqual(['declared', 'note']);
    expect(events[1]!.at).toBe(10_000_000);
  });

  it('merging the same events twice changes nothing', async () => {
    const { incidentId } = await declareIncident(declareInput(), ctx());
    await runCommand(incidentId, { type: 'note', text: 'n' }, ctx());
    const events = await incidentEvents(incidentId);
    const again = await mergeEvents(events);
    expect(again.added).toBe(0);
    expect(await db.events.count()).toBe(2);
  });

  it('a snapshot can be rebuilt from the events', async () => {
    const { incidentId } = await declareIncident(declareInput(), ctx());
    await runCommand(incidentId, { type: 'acknowledge', by: 'Ana' }, ctx());
    const stored = await getIncident(incidentId);
    await db.incidents.delete(incidentId);
    expect(await rebuildSnapshot(incidentId)).toEqual(stored);
  });

  it('a full disk is reported clearly and nothing is written', async () => {
    const { incidentId } = await declareIncident(declareInput(), ctx());
    const before = await db.events.count();
    const diskFull = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.events.hook('creating', diskFull);
    try {
      const error = await runCommand(incidentId, { type: 'note', text: 'will not fit' }, ctx()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageError);
      expect((error as Error).message).toMatch(/no more storage.*nothing was saved/);
    } finally {
      db.events.hook('creating').unsubscribe(diskFull);
    }
    expect(await db.events.count()).toBe(before);
    expect((await getIncident(incidentId))?.eventCount).toBe(1);
  });
});

describe('stored snapshot = fold of stored events (property)', () => {
  const status = fc.constantFrom(...STATUSES);
  const command: fc.Arbitrary<IncidentCommand> = fc.oneof(
    fc.constant<IncidentCommand>({ type: 'acknowledge', by: 'Ben' }),
    fc.record({ type: fc.constant('transition' as const), from: status, to: status, fields: fc.constant(FILLED) }),
    fc.record({ type: fc.constant('note' as const), text: fc.string({ minLength: 1, maxLength: 20 }) }),
    fc.record({
      type: fc.constant('change_severity' as const),
      from: fc.constantFrom('P0', 'P1', 'P2', 'P3'),
      to: fc.constantFrom('P0', 'P1', 'P2', 'P3'),
      reason: fc.constant('r'),
    }),
    fc.record({ type: fc.constant('add_service' as const), serviceId: fc.constantFrom('cart', 'search') }),
  );

  it('holds for random command sequences written through the repository', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(command, fc.integer({ min: 0, max: 30 * 3_600_000 })), { maxLength: 25 }), async (steps) => {
        await resetDatabase();
        let now = Date.UTC(2026, 10, 1);
        const { incidentId } = await declareIncident(declareInput(), ctx(now));
        for (const [c, pause] of steps) {
          now += pause;
          await runCommand(incidentId, c, ctx(now));
        }
        const stored = await getIncident(incidentId);
        expect(stored).toEqual(foldEvents(await incidentEvents(incidentId)));
      }),
      { numRuns: 40 },
    );
  });
});
