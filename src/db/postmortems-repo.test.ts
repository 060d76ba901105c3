import { beforeEach, describe, expect, it } from 'vitest';
import { CHECKLIST_IDS } from '@/domain/postmortem/review-checklist';
import { newActionItem } from '@/domain/postmortem/action-items';
import { declareInput, FILLED, MONITORING_PERIOD_MS } from '@/testing/incident-commands';
import { db, resetDatabase } from './database';
import { getIncident, incidentEvents } from './incidents-read';
import { declareIncident, runCommand } from './incidents-write';
import {
  changePostmortemStatus,
  createPostmortem,
  exportPostmortemBundle,
  importPostmortemBundle,
  postmortemForIncident,
  resolvePostmortemConflict,
  savePostmortemEdits,
} from './postmortems-repo';
import { exportBackup, importBackup } from './backup';

const T0 = Date.UTC(2026, 10, 23, 9);
const ctx = { now: T0, author: 'Ana', monitoringPeriodMs: MONITORING_PERIOD_MS };
const later = (minutes: number) => ({ ...ctx, now: T0 + minutes * 60_000 });

async function resolvedIncident(title = 'Checkout returns 500s') {
  const { incidentId } = await declareIncident(declareInput({ title }), ctx);
  await runCommand(incidentId, { type: 'acknowledge', by: 'Ana' }, later(2));
  for (const [from, to] of [
    ['investigating', 'identified'],
    ['identified', 'fixing'],
    ['fixing', 'resolved'],
  ] as const) {
    await runCommand(incidentId, { type: 'transition', from, to, fields: FILLED }, later(10));
  }
  return incidentId;
}

beforeEach(resetDatabase);

describe('creating a postmortem', () => {
  it('writes the document and the incident’s postmortem_created event together', async () => {
    const incidentId = await resolvedIncident();
    const result = await createPostmortem(incidentId, later(30), 'PM-0000ABCD');
    expect(result.ok).toBe(true);
    expect(await postmortemForIncident(incidentId)).toMatchObject({ id: 'PM-0000ABCD', status: 'draft', createdBy: 'Ana' });
    expect((await getIncident(incidentId))?.postmortemId).toBe('PM-0000ABCD');
    expect((await incidentEvents(incidentId)).at(-1)).toMatchObject({ kind: 'postmortem_created', payload: { postmortemId: 'PM-0000ABCD' } });
  });

  it('refuses before the incident is resolved, and a second one; writes nothing either time', async () => {
    const { incidentId } = await declareIncident(declareInput(), ctx);
    expect(await createPostmortem(incidentId, later(1))).toEqual({ ok: false, error: 'A postmortem starts once the incident is resolved.' });
    expect(await db.postmortems.count()).toBe(0);
    const resolved = await resolvedIncident('Second');
    await createPostmortem(resolved, later(30), 'PM-0000000A');
    const events = (await incidentEvents(resolved)).length;
    expect(await createPostmortem(resolved, later(31), 'PM-0000000B')).toMatchObject({
      ok: false,
      error: expect.stringContaining('PM-0000000A already exists'),
    });
    expect((await incidentEvents(resolved)).length).toBe(events);
    expect(await db.postmortems.count()).toBe(1);
  });

  it('refuses without an author and writes nothing', async () => {
    const incidentId = await resolvedIncident();
    expect(await createPostmortem(incidentId, { ...later(30), author: '' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('Set your name'),
    });
    expect(await db.postmortems.count()).toBe(0);
    expect((await getIncident(incidentId))?.postmortemId).toBeNull();
  });

  it('if the document cannot be stored, the event is not stored either', async () => {
    const incidentId = await resolvedIncident('x'.repeat(200));
    const before = (await incidentEvents(incidentId)).length;
    // An invalid id makes the document fail validation after the event was appended in the same transaction.
    await expect(createPostmortem(incidentId, later(30), 'PM-bad')).rejects.toThrow(/Not saved: id: must look like PM-1A2B3C4D/);
    expect((await incidentEvents(incidentId)).length).toBe(before);
    expect((await getIncident(incidentId))?.postmortemId).toBeNull();
    expect(await db.postmortems.count()).toBe(0);
  });
});

describe('saving edits from two tabs', () => {
  async function started() {
    const incidentId = await resolvedIncident();
    const result = await createPostmortem(incidentId, later(30), 'PM-0000ABCD');
    if (!result.ok) throw new Error(result.error);
    return result.postmortem;
  }

  it('keeps edits to different sections from both tabs', async () => {
    const pm = await started();
    const base = pm.content;
    await savePostmortemEdits(pm.id, { summary: base.summary }, { summary: 'From tab A' }, { now: T0, author: 'Ana' });
    const b = await savePostmortemEdits(pm.id, { wentWell: base.wentWell }, { wentWell: 'From tab B' }, { now: T0, author: 'Ben' });
    expect(b.ok && b.conflicts).toEqual([]);
    const stored = await postmortemForIncident(pm.incidentId);
    expect(stored?.content).toMatchObject({ summary: 'From tab A', wentWell: 'From tab B' });
  });

  it('records a conflict for the same section, keeps it once, and resolves it either way', async () => {
    const pm = await started();
    const base = { summary: pm.content.summary };
    await savePostmortemEdits(pm.id, base, { summary: 'A' }, { now: T0, author: 'Ana' });
    const b = await savePostmortemEdits(pm.id, base, { summary: 'B' }, { now: T0 + 1, author: 'Ben' });
    expect(b.ok && b.conflicts).toMatchObject([{ unit: 'summary', mine: 'B', theirs: 'A', author: 'Ben' }]);
    await savePostmortemEdits(pm.id, base, { summary: 'B' }, { now: T0 + 2, author: 'Ben' });
    let stored = (await postmortemForIncident(pm.incidentId))!;
    expect(stored.content.summary).toBe('A');
    expect(stored.conflicts).toHaveLength(1);
    await resolvePostmortemConflict(pm.id, stored.conflicts[0]!.id, 'mine', { now: T0 + 3, author: 'Ben' });
    stored = (await postmortemForIncident(pm.incidentId))!;
    expect(stored.content.summary).toBe('B');
    expect(stored.conflicts).toEqual([]);
  });

  it('refuses an invalid document and writes nothing', async () => {
    const pm = await started();
    const result = await savePostmortemEdits(pm.id, { summary: pm.content.summary }, { summary: 'x'.repeat(20_001) }, { now: T0, author: 'Ana' });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('content.summary') });
    expect((await postmortemForIncident(pm.incidentId))?.content.summary).toBe(pm.content.summary);
  });

  it('a published postmortem still tracks its action items, and keeps a late text edit as a conflict', async () => {
    const pm = await started();
    const item = { ...newActionItem('AI-00000A', T0), title: 'Alert on pool saturation', owner: 'Sam' };
    await savePostmortemEdits(
      pm.id,
      { summary: pm.content.summary, actionItems: [], checklist: {}, impactUsers: pm.content.impactUsers, impactBusiness: pm.content.impactBusiness },
      {
        summary: 'Checkout failed for 20 min.',
        impactUsers: 'Most buyers',
        impactBusiness: 'Lost orders',
        actionItems: [item],
        checklist: Object.fromEntries(CHECKLIST_IDS.map((id) => [id, true])),
      },
      { now: T0, author: 'Ana' },
    );
    expect(await changePostmortemStatus(pm.id, 'draft', 'in_review', { now: T0, author: 'Ana' })).toMatchObject({ ok: true });
    expect(await changePostmortemStatus(pm.id, 'in_review', 'published', { now: T0, author: 'Lea' })).toMatchObject({ ok: true });
    const late = await savePostmortemEdits(
      pm.id,
      { summary: 'Checkout failed for 20 min.', actionItems: [item] },
      { summary: 'Late words', actionItems: [{ ...item, status: 'done' }] },
      { now: T0 + 5, author: 'Ben' },
    );
    expect(late.ok && late.conflicts.map((c) => c.unit)).toEqual(['summary']);
    const stored = (await postmortemForIncident(pm.incidentId))!;
    expect(stored.content.summary).toBe('Checkout failed for 20 min.');
    expect(stored.content.actionItems[0]!.status).toBe('done');
    expect(await resolvePostmortemConflict(pm.id, stored.conflicts[0]!.id, 'mine', { now: T0, author: 'Ben' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('published'),
    });
  });
});

describe('bundles and backups', () => {
  it('a bundle imports into an empty browser: the incident (rebuilt from its events) and the same postmortem', async () => {
    const incidentId = await resolvedIncident();
    await createPostmortem(incidentId, later(30), 'PM-0000ABCD');
    await savePostmortemEdits('PM-0000ABCD', { wentWell: '' }, { wentWell: 'Fast rollback' }, { now: T0, author: 'Ana' });
    const bundle = await exportPostmortemBundle('PM-0000ABCD', T0);
    const before = { incident: await getIncident(incidentId), pm: await postmortemForIncident(incidentId) };
    await resetDatabase();
    const result = await importPostmortemBundle(JSON.stringify(bundle), { now: T0, author: 'Lea' });
    expect(result).toMatchObject({ ok: true, postmortemId: 'PM-0000ABCD', created: true, conflicts: 0 });
    expect(await getIncident(incidentId)).toEqual(before.incident);
    expect(await postmortemForIncident(incidentId)).toEqual(before.pm);
    const again = await importPostmortemBundle(JSON.stringify(bundle), { now: T0, author: 'Lea' });
    expect(again).toMatchObject({ ok: true, eventsAdded: 0, created: false, conflicts: 0 });
  });

  it('importing a changed copy keeps the local text and the other as a conflict', async () => {
    const incidentId = await resolvedIncident();
    await createPostmortem(incidentId, later(30), 'PM-0000ABCD');
    const bundle = (await exportPostmortemBundle('PM-0000ABCD', T0))!;
    await savePostmortemEdits('PM-0000ABCD', { wentWell: '' }, { wentWell: 'Local' }, { now: T0, author: 'Ana' });
    bundle.postmortem.content.wentWell = 'From the other browser';
    const result = await importPostmortemBundle(JSON.stringify(bundle), { now: T0, author: 'Ana' });
    expect(result).toMatchObject({ ok: true, created: false, conflicts: 1 });
    const stored = (await postmortemForIncident(incidentId))!;
    expect(stored.content.wentWell).toBe('Local');
    expect(stored.conflicts[0]).toMatchObject({ unit: 'wentWell', mine: 'From the other browser', theirs: 'Local' });
  });

  it('a bundle for an incident that already has another postmortem imports nothing', async () => {
    const incidentId = await resolvedIncident();
    await createPostmortem(incidentId, later(30), 'PM-0000ABCD');
    const bundle = (await exportPostmortemBundle('PM-0000ABCD', T0))!;
    await resetDatabase();
    const local = await resolvedIncident();
    expect(local).not.toBe(incidentId);
    const forged = JSON.parse(JSON.stringify(bundle).replaceAll(incidentId, local));
    await createPostmortem(local, later(30), 'PM-0000EEEE');
    const eventsBefore = await db.events.count();
    const result = await importPostmortemBundle(JSON.stringify(forged), { now: T0, author: 'Ana' });
    expect(result).toMatchObject({ ok: false, errors: [expect.stringContaining('already has postmortem PM-0000EEEE')] });
    expect(await db.events.count()).toBe(eventsBefore);
  });

  it('backs postmortems up and restores them', async () => {
    const incidentId = await resolvedIncident();
    await createPostmortem(incidentId, later(30), 'PM-0000ABCD');
    const pm = await postmortemForIncident(incidentId);
    const text = JSON.stringify(await exportBackup(T0));
    await resetDatabase();
    expect(await importBackup(text)).toMatchObject({ ok: true, counts: { postmortems: 1 } });
    expect(await postmortemForIncident(incidentId)).toEqual(pm);
  });
});
