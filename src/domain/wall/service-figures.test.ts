import { describe, expect, it } from 'vitest';
import type { HealthSnapshot } from '../telemetry/schemas';
import { compactCount, coarseDuration, serviceFigures } from './service-figures';

const NOW = Date.UTC(2026, 10, 23, 9, 0);
const MINUTE = 60_000;

describe('per-service figures', () => {
  it('uptime in days and hours, hours and minutes, or minutes', () => {
    expect(coarseDuration((4 * 24 + 2) * 60 * MINUTE + 5 * MINUTE)).toBe('4 d 2 h');
    expect(coarseDuration(3 * 24 * 60 * MINUTE)).toBe('3 d');
    expect(coarseDuration(3 * 60 * MINUTE + 5 * MINUTE + 59_000)).toBe('3 h 05 min');
    expect(coarseDuration(12 * MINUTE + 30_000)).toBe('12 min');
    expect(coarseDuration(17 * 60 * MINUTE + 38 * MINUTE)).toBe('17 h');
    expect(coarseDuration(9 * 60 * MINUTE + 59 * MINUTE)).toBe('9 h 59 min');
    expect(coarseDuration(-5)).toBe('0 min');
  });

  it('counts stay short', () => {
    expect([0, 987, 9_876, 16_512, 99_999, 164_736, 1_234_567].map(compactCount)).toEqual(['0', '987', '9,876', '16.5k', '100k', '165k', '1.2M']);
  });

  it('reads a snapshot, most telling first', () => {
    const s: HealthSnapshot = {
      serviceId: 'search',
      at: NOW,
      requestsPerMin: 2000,
      errorRatePct: 0.2,
      clientErrorRatePct: 0.4,
      p95Ms: 260,
      availabilityPct: 100,
      restarts24h: 4,
      upSince: NOW - 95 * MINUTE,
      alerts24h: 7,
      alerts30d: 212,
      http4xx24h: 14_400,
      http5xx24h: 5_100,
      currentVersion: '3.1.0',
    };
    expect(serviceFigures(s, NOW).map((f) => `${f.label} ${f.value}`)).toEqual([
      'Alerts 24 h 7',
      'Restarts 4',
      '5xx 5,100',
      '4xx 14.4k',
      'Alerts 30 d 212',
      'Up 1 h 35 min',
    ]);
  });

  it('without data every figure is a dash, never a zero', () => {
    expect(serviceFigures(null, NOW).every((f) => f.value === '—')).toBe(true);
  });
});
