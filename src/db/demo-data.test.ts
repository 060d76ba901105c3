import { beforeEach, describe, expect, it } from 'vitest';
import { db, resetDatabase } from './database';
import { countDemoData, removeDemoData, seedDemoOnce } from './demo-data';
import { declareIncident, listIncidents } from './incidents-repo';
import { DEMO_RUNBOOKS, DEMO_STORIES } from '@/adapters/demo/history';
import { DEMO_SERVICES } from '@/adapters/demo/catalogue';
import { declareInput, MONITORING_PERIOD_MS } from '@/testing/incident-commands';

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
    expect(await countDemoData()).toEqual({ incidents: 0, events: 0, services: 0 });
  });
});
