import { describe, expect, it } from 'vitest';
import { formatAvailability, formatCount, formatMs, formatRate } from './metric-format';

describe('metric formatting', () => {
  it('rates: one decimal from 1 %, two below, trailing zeros dropped', () => {
    expect(formatRate(7.234)).toBe('7.2 %');
    expect(formatRate(5)).toBe('5 %');
    expect(formatRate(0.234)).toBe('0.23 %');
    expect(formatRate(0)).toBe('0 %');
    expect(formatRate(14.25)).toBe('14.3 %');
  });

  it('availability keeps two decimals', () => {
    expect(formatAvailability(99.954)).toBe('99.95 %');
    expect(formatAvailability(100)).toBe('100 %');
    expect(formatAvailability(97.5)).toBe('97.5 %');
  });

  it('latency and counts get separators', () => {
    expect(formatMs(840.4)).toBe('840 ms');
    expect(formatMs(2350)).toBe('2,350 ms');
    expect(formatCount(12400)).toBe('12,400');
  });

  it('missing values show a dash, never "NaN"', () => {
    for (const f of [formatRate, formatAvailability, formatMs, formatCount]) {
      expect(f(null)).toBe('—');
      expect(f(Number.NaN)).toBe('—');
      expect(f(undefined)).toBe('—');
    }
  });
});
