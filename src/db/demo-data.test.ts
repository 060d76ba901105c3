import { beforeEach, describe, expect, it } from 'vitest';
import { db, resetDatabase } from './database';
import { countDemoData, removeDemoData, seedDemoOnce } from './demo-data';
import { listIncidents } from './incidents-read';
import { declareIncident, runCommand } from './incidents-write';
import { DEMO_RUNBOOKS, DEMO_STORIES } from '@/adapters/demo/history';
import { DEMO_SERVICES } from '@/adapters/demo/catalogue';
import { declareInput, FILLED, MONITORING_PERIOD_MS } from '@/testing/incident-commands';
import { createPostmortem, listPostmortems } from './postmortems-repo';
import { demoOnCall } from '@/adapters/demo/on-call';
import { onCallAt } from '@/domain/oncall/schedule';
import { listHandoffs, loadDirectory } from './oncall-read';
import { saveTeam } from './oncall-write';

const now = Date.UTC(2026, 10, 23, 9);
const seed = {
  services: DEMO_SERVICES.map(({ id, name, team, publicName }) => ({ id, name, team, publicName })),
  runbooks: DEMO_RUNBOOKS,
  stories: DEMO_STORIES,
  monitoringPeriodMs: MONITORING_PERIOD_MS,
};

beforeEach(resetDatabase);

describe('demo data', () => {
  it('seeds a short, labelled history once per browser', async () => {
    expect(await seedDemoOnce(seed, now)).toBe(true);
    expect(await seedDemoOnce(seed, now)).toBe(false);
    const incidents = await listIncidents();
    expect(incidents).toHaveLength(DEMO_STORIES.length);
    expect(incidents.every((i) => i.demo && i.title.startsWith('[demo]'))).toBe(true);
    expect(incidents.map((i) => i.status).sort()).toEqual(['closed', 'closed', 'monitoring']);
    expect(incidents.every((i) => i.ignoredEvents === 0)).toBe(true);
  });

  it('two tabs starting together seed once', async () => {
    const results = await Promise.all([seedDemoOnce(seed, now), seedDemoOnce(seed, now)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await db.incidents.count()).toBe(DEMO_STORIES.length);
  });

  it('removing demo data keeps real incidents', async () => {
    await seedDemoOnce(seed, now);
    const real = await declareIncident(declareInput({ title: 'Real one' }), { now, author: 'Ana', monitoringPeriodMs: MONITORING_PERIOD_MS });
    const removed = await removeDemoData();
    expect(removed.incidents).toBe(DEMO_STORIES.length);
    expect(removed.services).toBe(DEMO_SERVICES.length);
    expect((await listIncidents()).map((i) => i.id)).toEqual([real.incidentId]);
    expect(await countDemoData()).toEqual({ incidents: 0, events: 0, services: 0, teams: 0, postmortems: 0 });
  });

  it('a postmortem of a demo incident goes with it; one of a real incident stays', async () => {
    await seedDemoOnce(seed, now);
    const ctx = { now, author: 'Ana', monitoringPeriodMs: MONITORING_PERIOD_MS };
    expect((await createPostmortem('INC-DE000001', ctx)).ok).toBe(true);
    const real = await declareIncident(declareInput({ title: 'Real one' }), ctx);
    for (const [from, to] of [
      ['detected', 'investigating'],
      ['investigating', 'identified'],
      ['identified', 'fixing'],
      ['fixing', 'resolved'],
    ] as const) {
      await runCommand(real.incidentId, { type: 'transition', from, to, fields: FILLED }, ctx);
    }
    expect((await createPostmortem(real.incidentId, ctx)).ok).toBe(true);
    expect((await countDemoData()).postmortems).toBe(1);
    expect((await removeDemoData()).postmortems).toBe(1);
    expect((await listPostmortems()).map((p) => p.incidentId)).toEqual([real.incidentId]);
  });
});

describe('demo on-call data', () => {
  const withOnCall = { ...seed, onCall: demoOnCall(now) };

  it('seeds the three demo teams, their override and a handoff, marked demo', async () => {
    await seedDemoOnce(withOnCall, now);
    const dir = await loadDirectory();
    expect(dir.teams.map((t) => t.name)).toEqual(['Payments', 'Platform', 'Storefront']);
    expect(dir.teams.every((t) => t.demo)).toBe(true);
    expect(dir.overrides).toHaveLength(1);
    expect(await countDemoData()).toMatchObject({ teams: 3 });
  });

  it('names this week’s people as the demo history does', async () => {
    await seedDemoOnce(withOnCall, now);
    const { teams, overrides } = await loadDirectory();
    const payments = teams.find((t) => t.name === 'Payments')!;
    expect(onCallAt(payments, overrides, now).primary?.person).toBe('Ravi Shah');
  });

  it('never replaces a team the user made with the same name', async () => {
    await saveTeam({ ...demoOnCall(now).teams[0]!, id: 'mine', demo: undefined, contacts: [] }, [], now);
    await seedDemoOnce(withOnCall, now);
    const { teams } = await loadDirectory();
    expect(teams.filter((t) => t.name === 'Storefront').map((t) => t.id)).toEqual(['mine']);
    expect(teams).toHaveLength(3);
  });

  it('removing demo data removes the demo teams, overrides and handoffs, and keeps the user’s', async () => {
    await seedDemoOnce(withOnCall, now);
    await saveTeam({ ...demoOnCall(now).teams[0]!, id: 'mine', name: 'Search', demo: undefined }, [], now);
    const removed = await removeDemoData();
    expect(removed.teams).toBe(3);
    const dir = await loadDirectory();
    expect(dir.teams.map((t) => t.id)).toEqual(['mine']);
    expect(dir.overrides).toEqual([]);
    expect(await listHandoffs(null)).toEqual([]);
  });
});
