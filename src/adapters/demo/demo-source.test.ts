import { describe, expect, it } from 'vitest';
import { createDemoSource, NO_FAULTS } from './demo-source';

const instantClock = { now: () => Date.now(), random: () => 0.5, sleep: async () => {} };
const now = Date.UTC(2026, 10, 23, 9, 0);

describe('demo source', () => {
  it('serves parsed health for every service', async () => {
    const source = createDemoSource({ seed: 'watchfloor', clock: instantClock });
    const health = await source.health!(now);
    expect(health).toHaveLength(12);
    expect(source.guard.getStatus().condition).toBe('ok');
  });

  it('serves every service’s series in one call, each equal to its own series', async () => {
    const source = createDemoSource({ seed: 'watchfloor', clock: instantClock, serviceCount: 20 });
    const range = { from: now - 3_600_000, to: now, stepMs: 60_000 };
    const all = await source.seriesAll!(range);
    expect(all).toHaveLength(20);
    expect(all[1]).toEqual(await source.series!({ ...range, serviceId: all[1]!.serviceId }));
    expect(all[0]!.requests).toHaveLength(60);
  });

  it('a malformed payload is refused at the boundary and not retried', async () => {
    const source = createDemoSource({ seed: 'watchfloor', clock: instantClock, faults: { ...NO_FAULTS, malformedRate: 1 } });
    await expect(source.health!(now)).rejects.toThrow(/unexpected data/);
    expect(source.guard.getStatus().counts.attempts).toBe(1);
  });

  it('injected 503s are retried, then reported', async () => {
    const source = createDemoSource({ seed: 'watchfloor', clock: instantClock, faults: { ...NO_FAULTS, errorRate: 1 } });
    await expect(source.services!()).rejects.toThrow(/HTTP 503/);
    expect(source.guard.getStatus().counts.attempts).toBe(3);
  });

  it('an outage opens the breaker and recovery closes it again', async () => {
    let t = now;
    const clock = { now: () => t, random: () => 0.5, sleep: async (ms: number) => void (t += ms) };
    const source = createDemoSource({ seed: 'watchfloor', clock, faults: { ...NO_FAULTS, outage: true } });
    await source.services!().catch(() => {});
    await source.services!().catch(() => {});
    expect(source.guard.getStatus().condition).toBe('down');
    source.setFaults(NO_FAULTS);
    t += 60_000;
    await source.services!();
    await source.services!();
    expect(source.guard.getStatus().condition).toBe('ok');
  });

  it('testConnection says what it simulates', async () => {
    const source = createDemoSource({ seed: 'watchfloor', clock: instantClock, serviceCount: 40 });
    await expect(source.testConnection()).resolves.toEqual({ ok: true, detail: 'simulating 40 services' });
  });
});
