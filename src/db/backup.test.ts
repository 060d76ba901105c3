import { beforeEach, describe, expect, it } from 'vitest';
import { db, resetDatabase } from './database';
import { BACKUP_TABLES, exportBackup, importBackup, NOT_BACKED_UP } from './backup';
import { getIncident } from './incidents-read';
import { declareIncident, runCommand } from './incidents-write';
import { saveSettings } from './settings-repo';
import { registerServices } from './catalogue-repo';
import { declareInput, MONITORING_PERIOD_MS } from '@/testing/incident-commands';

const ctx = { now: Date.UTC(2026, 10, 23, 9), author: 'Ana', monitoringPeriodMs: MONITORING_PERIOD_MS };

async function someData() {
  const { incidentId } = await declareIncident(declareInput({ title: '<img src=x onerror=alert(1)>' }), ctx);
  await runCommand(incidentId, { type: 'acknowledge', by: 'Ana' }, ctx);
  await saveSettings({ userName: 'Ana' });
  await registerServices([{ id: 'checkout', name: 'Checkout', team: 'Storefront', publicName: 'Checkout' }]);
  return incidentId;
}

beforeEach(resetDatabase);

describe('backup', () => {
  it('every table is either backed up or deliberately left out', () => {
    const tables = db.tables.map((t) => t.name).sort();
    expect([...Object.keys(BACKUP_TABLES), ...Object.keys(NOT_BACKED_UP)].sort()).toEqual(tables);
  });

  it('round-trips the whole store into an empty browser', async () => {
    const incidentId = await someData();
    const before = await getIncident(incidentId);
    const text = JSON.stringify(await exportBackup(ctx.now));
    await resetDatabase();
    const result = await importBackup(text);
    expect(result).toMatchObject({ ok: true, incidents: 1, counts: { events: 2, settings: 1, services: 1 } });
    expect(await getIncident(incidentId)).toEqual(before);
    expect((await db.settings.get('app'))?.value).toMatchObject({ userName: 'Ana' });
  });

  it('importing the same backup twice duplicates nothing', async () => {
    await someData();
    const text = JSON.stringify(await exportBackup(ctx.now));
    const again = await importBackup(text);
    expect(again).toMatchObject({ ok: true, counts: { events: 0 } });
    expect(await db.events.count()).toBe(2);
  });

  it('a malformed record writes nothing and names the record and field', async () => {
    const incidentId = await someData();
    const backup = await exportBackup(ctx.now);
    await resetDatabase();
    const events = backup.tables.events as Record<string, unknown>[];
    (events[1]!.payload as Record<string, unknown>).by = 42;
    const result = await importBackup(JSON.stringify(backup));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(new RegExp(`^events\\[1\\] \\(event .* of ${incidentId}\\): payload.by:`));
    expect(await db.events.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
  });

  it.each([
    ['not JSON', '{"format": "watchfloor-backup", ', /not valid JSON/],
    ['foreign JSON', JSON.stringify({ hello: 'world' }), /not a Watchfloor backup/],
    ['newer schema', JSON.stringify({ format: 'watchfloor-backup', schemaVersion: 99, exportedAt: 0, tables: {} }), /newer Watchfloor/],
    [
      'unknown table',
      JSON.stringify({ format: 'watchfloor-backup', schemaVersion: 1, exportedAt: 0, tables: { secrets: [] } }),
      /Unknown table "secrets"/,
    ],
  ])('refuses %s with a clear message and writes nothing', async (_name, text, message) => {
    await someData();
    const before = await db.events.count();
    const result = await importBackup(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join(' ')).toMatch(message);
    expect(await db.events.count()).toBe(before);
  });
});
