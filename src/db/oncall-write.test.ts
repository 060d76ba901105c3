import { beforeEach, describe, expect, it } from 'vitest';
import { DAY, HOUR, MONDAY, override, rotation, team } from '@/testing/on-call';
import { db, resetDatabase } from './database';
import { listHandoffs, loadDirectory } from './oncall-read';
import { addHandoff, deleteTeam, saveTeam } from './oncall-write';

const NOW = MONDAY + HOUR;

beforeEach(resetDatabase);

describe('on-call teams in storage', () => {
  it('save a team with its overrides, and read them back', async () => {
    const swap = override({ person: 'Lea Martin', startAt: MONDAY + DAY, endAt: MONDAY + 2 * DAY });
    expect(await saveTeam(team(), [swap], NOW)).toEqual({ ok: true, warnings: [] });
    const dir = await loadDirectory();
    expect(dir.teams).toEqual([{ ...team(), updatedAt: NOW }]);
    expect(dir.overrides).toEqual([swap]);
  });

  it('replace the overrides on every save', async () => {
    const a = override({ person: 'A', startAt: MONDAY, endAt: MONDAY + DAY });
    const b = override({ person: 'B', startAt: MONDAY + 2 * DAY, endAt: MONDAY + 3 * DAY });
    await saveTeam(team(), [a, b], NOW);
    await saveTeam(team(), [b], NOW);
    expect((await loadDirectory()).overrides.map((o) => o.person)).toEqual(['B']);
  });

  it('refuse a zero-length shift and write nothing', async () => {
    const result = await saveTeam(team({ primary: rotation(['A'], { shiftHours: 0 }) }), [], NOW);
    expect(result).toEqual({ ok: false, errors: ['Primary rotation: a shift must last longer than zero hours.'] });
    expect(await db.teams.count()).toBe(0);
  });

  it('refuse a second team of the same name, checked inside the transaction', async () => {
    await saveTeam(team(), [], NOW);
    const result = await saveTeam(team({ id: 'other', name: 'STOREFRONT' }), [], NOW);
    expect(result).toEqual({ ok: false, errors: ['Another team is already called "Storefront".'] });
    expect(await db.teams.count()).toBe(1);
  });

  it('save with a warning when a gap is left', async () => {
    const result = await saveTeam(team({ secondary: null }), [], NOW);
    expect(result).toEqual({ ok: true, warnings: ['No secondary rotation: nobody backs up the primary.'] });
  });

  it('delete a team with its overrides, keeping its handoffs', async () => {
    await saveTeam(team(), [override({ person: 'A', startAt: MONDAY, endAt: MONDAY + DAY })], NOW);
    await addHandoff({
      id: 'h1',
      teamId: 'team-storefront',
      teamName: 'Storefront',
      at: NOW,
      author: 'Sam',
      from: 'Sam',
      to: 'Jon',
      notes: '',
      outstanding: '',
      incidents: [],
    });
    await deleteTeam('team-storefront');
    expect(await loadDirectory()).toEqual({ teams: [], overrides: [] });
    expect(await listHandoffs('team-storefront')).toHaveLength(1);
  });
});

describe('handoffs in storage', () => {
  const handoff = (id: string, at: number, teamId = 'team-storefront') => ({
    id,
    teamId,
    teamName: 'Storefront',
    at,
    author: 'Sam',
    from: 'Sam',
    to: 'Jon',
    notes: 'n',
    outstanding: '',
    incidents: [],
  });

  it('list newest first, per team or all', async () => {
    await addHandoff(handoff('h1', NOW));
    await addHandoff(handoff('h2', NOW + DAY));
    await addHandoff(handoff('h3', NOW + 2 * DAY, 'team-payments'));
    expect((await listHandoffs('team-storefront')).map((h) => h.id)).toEqual(['h2', 'h1']);
    expect((await listHandoffs(null, 2)).map((h) => h.id)).toEqual(['h3', 'h2']);
  });

  it('refuse an invalid handoff', async () => {
    expect(await addHandoff({ ...handoff('h1', NOW), to: '' })).toMatchObject({ ok: false, errors: [expect.stringMatching(/^to:/)] });
    expect(await listHandoffs(null)).toEqual([]);
  });
});

describe('backup of on-call and escalation data', () => {
  it('round-trips teams, overrides, handoffs and policies into an empty browser', async () => {
    const { exportBackup, importBackup } = await import('./backup');
    const { savePolicy, loadPolicies } = await import('./escalation-repo');
    await saveTeam(team(), [override({ person: 'A', startAt: MONDAY, endAt: MONDAY + DAY })], NOW);
    await addHandoff({
      id: 'h1',
      teamId: 'team-storefront',
      teamName: 'Storefront',
      at: NOW,
      author: 'S',
      from: 'S',
      to: 'J',
      notes: '',
      outstanding: '',
      incidents: [],
    });
    await savePolicy({ severity: 'P3', updatedAt: 0, levels: [{ afterMinutes: 60, who: ['team lead'], channels: ['email'] }] }, NOW);
    const before = { dir: await loadDirectory(), policies: await loadPolicies(), handoffs: await listHandoffs(null) };
    const text = JSON.stringify(await exportBackup(NOW));
    await resetDatabase();
    expect(await importBackup(text)).toMatchObject({ ok: true, counts: { teams: 1, overrides: 1, handoffs: 1, escalationPolicies: 1 } });
    expect({ dir: await loadDirectory(), policies: await loadPolicies(), handoffs: await listHandoffs(null) }).toEqual(before);
  });

  it('a malformed team in a backup imports nothing and is named', async () => {
    const { exportBackup, importBackup } = await import('./backup');
    await saveTeam(team(), [], NOW);
    const backup = await exportBackup(NOW);
    (backup.tables.teams![0] as { primary: { members: unknown } }).primary.members = 'everyone';
    await resetDatabase();
    const result = await importBackup(JSON.stringify(backup));
    expect(result).toMatchObject({ ok: false, errors: [expect.stringMatching(/^teams\[0\] \(team Storefront\): primary\.members:/)] });
    expect(await db.teams.count()).toBe(0);
  });
});
