import { describe, expect, it } from 'vitest';
import type { HealthSnapshot } from '../telemetry/schemas';
import { assessHealth } from './assess';
import { declareHref, draftIncident, type DraftInput } from './incident-draft';
import { DEFAULT_THRESHOLDS } from './thresholds';

const NOW = Date.UTC(2026, 10, 23, 8, 40);
const snapshot: HealthSnapshot = {
  serviceId: 'checkout',
  at: NOW,
  requestsPerMin: 880,
  errorRatePct: 14.234,
  clientErrorRatePct: 0.8,
  p95Ms: 2_350,
  availabilityPct: 100,
  restarts24h: 0,
  upSince: null,
  alerts24h: 2,
  alerts30d: 40,
  http4xx24h: 1,
  http5xx24h: 1,
  currentVersion: '3.12.0',
};

function input(patch: Partial<DraftInput> = {}): DraftInput {
  const s = 'snapshot' in patch ? patch.snapshot : snapshot;
  return {
    serviceId: 'checkout',
    serviceName: 'Checkout',
    snapshot: s,
    assessment: assessHealth(s, DEFAULT_THRESHOLDS, { now: NOW, staleAfterMs: 90_000 }),
    thresholds: DEFAULT_THRESHOLDS,
    spike: { from: NOW - 16 * 60_000, to: NOW, peakAt: NOW - 12 * 60_000, peakRatio: 9.14, recent: 512, baseline: 56, ongoing: true },
    lastDeploy: { serviceId: 'checkout', version: '3.12.0', at: NOW - 20 * 60_000, kind: 'deploy' },
    newErrors: [{ type: 'PoolTimeoutError', message: 'timed out after <n> ms', count: 3_120, users: 1_400 }],
    ...patch,
  };
}

describe('incident draft from the service page', () => {
  it('titles a spike and carries the current 5xx rate as a plain number', () => {
    const d = draftIncident(input());
    expect(d.title).toBe('Checkout: 5xx errors spiking (14.2 %)');
    expect(d.errorRate).toBe('14.23');
  });

  it('describes what the page shows: figures, health reasons, spike, deploy and new errors', () => {
    const lines = draftIncident(input()).description.split('\n');
    expect(lines[0]).toBe(
      'Checkout: 5xx 14.2 % (limit 5 %), 4xx 0.8 %, p95 2,350 ms, availability 100 %, 880 requests/min, as of 2026-11-23 08:40 UTC.',
    );
    expect(lines[1]).toBe('Health: 5xx 14.2 % ≥ 5 %; p95 2,350 ms ≥ 2,000 ms.');
    expect(lines[2]).toBe('Spike: 512 errors in 5 min, 9.1× the hourly baseline, from 2026-11-23 08:24 UTC (ongoing).');
    expect(lines[3]).toBe('Last deploy: 3.12.0 at 2026-11-23 08:20 UTC.');
    expect(lines[4]).toBe('New error: PoolTimeoutError: timed out after <n> ms (3,120 events, 1,400 users).');
  });

  it('falls back to latency, then availability, then a neutral title', () => {
    const slow = { ...snapshot, errorRatePct: 0.1, p95Ms: 900 };
    expect(draftIncident(input({ snapshot: slow, spike: null })).title).toBe('Checkout: slow responses (p95 900 ms)');
    const down = { ...snapshot, errorRatePct: 0.1, p95Ms: 100, availabilityPct: 97 };
    expect(draftIncident(input({ snapshot: down, spike: null })).title).toBe('Checkout: availability down to 97 %');
    const fine = { ...snapshot, errorRatePct: 0.1, p95Ms: 100 };
    expect(draftIncident(input({ snapshot: fine, spike: null, newErrors: [], lastDeploy: null })).title).toBe('Checkout: suspected problem');
    expect(draftIncident(input({ snapshot: null, spike: null })).errorRate).toBe('');
  });

  it('builds the declare address with exactly the parameters the form reads', () => {
    const href = declareHref('checkout', draftIncident(input()));
    const url = new URL(href, 'http://x');
    expect(url.pathname).toBe('/incidents/new');
    expect([...url.searchParams.keys()]).toEqual(['service', 'title', 'errorRate', 'description']);
    expect(url.searchParams.get('service')).toBe('checkout');
    expect(url.searchParams.get('errorRate')).toBe('14.23');
    expect(url.searchParams.get('description')).toContain('New error: PoolTimeoutError');
  });
});
