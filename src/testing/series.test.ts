import { describe, expect, it } from 'vitest';
import { generateFleet, generateServiceSeries } from './series';

describe('benchmark data generators', () => {
  it('30 days at one minute is 43,200 points per metric, the same on every call', () => {
    const a = generateServiceSeries({ days: 30 });
    expect(a.requests).toHaveLength(43_200);
    expect(a.errors5xx).toHaveLength(43_200);
    expect(generateServiceSeries({ days: 1 }).requests).toEqual(generateServiceSeries({ days: 1 }).requests);
  });

  it('a fleet has one snapshot and one hour of series per service', () => {
    const fleet = generateFleet(30, Date.UTC(2026, 10, 23, 9, 0));
    expect(fleet.snapshots).toHaveLength(30);
    expect(new Set(fleet.snapshots.map((s) => s.serviceId)).size).toBe(30);
    expect(fleet.sparklines[0]!.requests).toHaveLength(60);
  });
});
