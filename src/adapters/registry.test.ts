import { describe, expect, it, vi } from 'vitest';
import { createRegistry } from './registry';
import { createDemoSource } from './demo/demo-source';

const clock = { now: () => 0, random: () => 0.5, sleep: async () => {} };

describe('source registry', () => {
  it('finds a source by capability and reports status changes', async () => {
    const registry = createRegistry();
    const listener = vi.fn();
    registry.subscribe(listener);
    const demo = createDemoSource({ seed: 's', clock });
    registry.replace([demo]);
    expect(registry.withCapability('health')).toBe(demo);
    expect(registry.statuses()[0]?.condition).toBe('unknown');
    await demo.services!();
    expect(registry.statuses()[0]?.condition).toBe('ok');
    expect(listener).toHaveBeenCalled();
  });

  it('stops listening to sources it no longer holds', async () => {
    const registry = createRegistry();
    const old = createDemoSource({ seed: 's', clock });
    registry.replace([old]);
    registry.replace([]);
    const listener = vi.fn();
    registry.subscribe(listener);
    await old.services!();
    expect(listener).not.toHaveBeenCalled();
    expect(registry.withCapability('health')).toBeUndefined();
  });
});
