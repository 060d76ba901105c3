import { describe, expect, it } from 'vitest';
import { formatDuration, formatRelative, formatUtc } from './format';

describe('time formatting', () => {
  it('formats durations at every scale', () => {
    expect(formatDuration(45_000)).toBe('45 s');
    expect(formatDuration(5 * 60_000 + 7_000)).toBe('5 min 07 s');
    expect(formatDuration(42 * 60_000)).toBe('42 min');
    expect(formatDuration(2 * 3_600_000 + 5 * 60_000)).toBe('2 h 05 min');
    expect(formatDuration(3 * 86_400_000 + 4 * 3_600_000)).toBe('3 d 4 h');
  });

  it('formats relative times both ways', () => {
    const now = 10_000_000;
    expect(formatRelative(now - 10_000, now)).toBe('just now');
    expect(formatRelative(now - 12 * 60_000, now)).toBe('12 min ago');
    expect(formatRelative(now + 5 * 60_000, now)).toBe('in 5 min');
  });

  it('formats UTC times', () => {
    expect(formatUtc(Date.UTC(2026, 10, 23, 14, 5))).toBe('2026-11-23 14:05 UTC');
  });
});
