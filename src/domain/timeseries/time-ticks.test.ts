import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tickStep, timeTicks } from './time-ticks';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const T = Date.UTC(2026, 10, 23, 8, 7);

describe('time ticks', () => {
  it('an hour gets 10-minute ticks on round minutes', () => {
    const ticks = timeTicks(T, T + HOUR, 8);
    expect(tickStep(ticks)).toBe(10 * MINUTE);
    expect(new Date(ticks[0]!).getUTCMinutes()).toBe(10);
  });

  it('a month gets daily-or-longer ticks', () => {
    expect(tickStep(timeTicks(T, T + 30 * 24 * HOUR, 8))).toBeGreaterThanOrEqual(24 * HOUR);
  });

  it('aligns to the viewer’s clock', () => {
    const offset = 2 * HOUR + 30 * MINUTE;
    const ticks = timeTicks(T, T + 24 * HOUR, 8, offset);
    for (const t of ticks) expect((t + offset) % (3 * HOUR)).toBe(0);
  });

  it('ticks stay inside the range, evenly spaced, at most maxTicks + 1 (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2e12 }),
        fc.integer({ min: MINUTE, max: 60 * 24 * HOUR }),
        fc.integer({ min: 2, max: 12 }),
        (from, span, max) => {
          const ticks = timeTicks(from, from + span, max);
          expect(ticks.length).toBeLessThanOrEqual(max + 1);
          for (const t of ticks) expect(t >= from && t <= from + span).toBe(true);
          for (let i = 2; i < ticks.length; i++) expect(ticks[i]! - ticks[i - 1]!).toBe(ticks[1]! - ticks[0]!);
        },
      ),
    );
  });
});
