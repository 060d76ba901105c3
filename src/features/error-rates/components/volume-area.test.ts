import { describe, expect, it } from 'vitest';
import { niceCeiling } from './volume-area';

describe('volume axis ceiling', () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect(niceCeiling(340)).toBe(500);
    expect(niceCeiling(500)).toBe(500);
    expect(niceCeiling(501)).toBe(1_000);
    expect(niceCeiling(8_800)).toBe(10_000);
    expect(niceCeiling(0.3)).toBe(0.5);
    expect(niceCeiling(0)).toBe(1);
  });
});
