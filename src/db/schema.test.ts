import { beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { db, DB_NAME, resetDatabase } from './database';
import { SCHEMA_V1, CURRENT_VERSION } from './schema';
import { declareInput, FILLED, incidentHarness } from '@/testing/incident-commands';

beforeEach(async () => {
  db.close();
  await Dexie.delete(DB_NAME);
});

describe('schema migrations', () => {
  it('opens a database created by schema v1 and finds every record, with snapshots rebuilt', async () => {
    // Events as v1 wrote them; snapshots in v1's shape (no `open` field).
    const h = incidentHarness('INC-0000000B');
    h.run({ type: 'declare', input: declareInput() });
    h.run({ type: 'acknowledge', by: 'Ana' });
    h.run({ type: 'transition', from: 'investigating', to: 'identified', fields: FILLED });
    const closed = incidentHarness('INC-0000000C');
    closed.run({ type: 'declare', input: declareInput({ title: 'Old one' }) });

    const v1 = new Dexie(DB_NAME);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    const { open: _o, ...oldSnapshot } = { ...h.incident!, open: 1 };
    await v1.table('incidents').bulkPut([oldSnapshot, closed.incident!]);
    await v1.table('events').bulkPut([...h.events, ...closed.events]);
    await v1.table('settings').put({ key: 'app', value: { userName: 'Ana', refreshSeconds: 30 } });
    await v1.table('services').put({
      id: 'checkout',
      name: 'Checkout',
      publicName: 'Checkout',
      team: 'Storefront',
      thresholds: null,
      runbook: { contacts: [], links: [], failurePatterns: [], mitigations: [], operations: { start: '', stop: '', restart: '' } },
      demo: false,
    });
    v1.close();

    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.events.count()).toBe(h.events.length + closed.events.length);
    expect(await db.settings.get('app')).toEqual({ key: 'app', value: { userName: 'Ana', refreshSeconds: 30 } });
    expect(await db.services.get('checkout')).toMatchObject({ name: 'Checkout' });
    const migrated = await db.incidents.get('INC-0000000B');
    expect(migrated).toMatchObject({ status: 'identified', open: 1, rootCause: FILLED.rootCause });
    expect(await db.incidents.where('open').equals(1).count()).toBe(2);
  });

  it('a fresh database opens at the current version', async () => {
    await resetDatabase();
    expect(db.verno).toBe(CURRENT_VERSION);
  });
});
