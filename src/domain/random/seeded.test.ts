import { describe, expect, it } from 'vitest';
import { createRng, gaussFrom, hash32, seedFromString, unitFrom } from './seeded';

describe('seeded randomness', () => {
  it('hash32 is deterministic and sensitive to every part', () => {
    expect(hash32(1, 2, 3)).toBe(hash32(1, 2, 3));
    expect(hash32(1, 2, 3)).not.toBe(hash32(1, 2, 4));
    expect(hash32(1, 2, 3)).not.toBe(hash32(3, 2, 1));
  });

  it('unitFrom is uniform enough: mean near 0.5 over many keys', () => {
    let sum = 0;
    for (let i = 0; i < 20_000; i++) sum += unitFrom(7, i);
    expect(sum / 20_000).toBeGreaterThan(0.49);
    expect(sum / 20_000).toBeLessThan(0.51);
  });

  it('gaussFrom has mean ≈ 0 and sd ≈ 1, bounded', () => {
    const n = 20_000;
    let sum = 0;
    let sq = 0;
    for (let i = 0; i < n; i++) {
      const g = gaussFrom(11, i);
      expect(Math.abs(g)).toBeLessThanOrEqual(Math.sqrt(3) * 2);
      sum += g;
      sq += g * g;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.03);
    expect(Math.sqrt(sq / n)).toBeGreaterThan(0.95);
    expect(Math.sqrt(sq / n)).toBeLessThan(1.05);
  });

  it('createRng repeats for the same seed', () => {
    const a = createRng(seedFromString('watchfloor'));
    const b = createRng(seedFromString('watchfloor'));
    expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
  });
});
