import { describe, expect, it } from 'vitest';
import { prepareSeries } from '../timeseries/service-series';
import { detectIssues } from './detections';

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 10, 23, 8, 0);
const noise = (i: number) => (((i * 7919) % 200) - 100) / 100;

/** 3 hours per minute: steady traffic, a burst of 5xx and slow responses from minute 120 to 140. */
function incidentSeries() {
  const n = 180;
  const requests = Array.from({ length: n }, (_, i) => 1_000 + Math.round(20 * noise(i)));
  const errors5xx = requests.map((r, i) => (i >= 120 && i < 140 ? Math.round(r * 0.14) : Math.round(r * 0.002 + (i % 3 === 0 ? 1 : 0))));
  return prepareSeries({
    serviceId: 'checkout',
    start: T0,
    stepMs: MINUTE,
    requests,
    errors4xx: requests.map((r) => Math.round(r * 0.01)),
    errors5xx,
    p95Ms: requests.map((_, i) => (i >= 120 && i < 140 ? 2_300 : 320 + 10 * noise(i))),
  });
}

describe('spikes and anomalies on a service page', () => {
  it('finds the burst as a spike, a 5xx-rate anomaly and a p95 anomaly, newest first', () => {
    const d = detectIssues(incidentSeries(), T0 + 60 * MINUTE, T0 + 180 * MINUTE);
    expect(d.spikeRuleApplied).toBe(true);
    expect(d.list.map((x) => [x.kind, x.metric])).toEqual(
      expect.arrayContaining([
        ['spike', '5xx errors'],
        ['anomaly', '5xx rate'],
        ['anomaly', 'p95 latency'],
      ]),
    );
    expect(d.list).toHaveLength(3);
    const spike = d.list.find((x) => x.kind === 'spike')!;
    expect(spike.from).toBe(T0 + 116 * MINUTE);
    expect(spike.detail).toMatch(/^5xx errors \d+\.\d× the hourly baseline \(\d[\d,]* in 5 min, baseline \d+\)$/);
    const p95 = d.list.find((x) => x.metric === 'p95 latency')!;
    expect(p95.from).toBe(T0 + 120 * MINUTE);
    expect(p95.detail).toMatch(/^p95 latency 2,300 ms, \d+\.\d σ above its baseline \(320 ms ± \d+ ms\)$/);
  });

  it('reports only what overlaps the visible range', () => {
    expect(detectIssues(incidentSeries(), T0 + 150 * MINUTE, T0 + 180 * MINUTE).list.filter((x) => x.metric !== '5xx errors')).toEqual([]);
  });

  it('a steady, quiet service reports nothing', () => {
    const n = 600;
    const requests = Array.from({ length: n }, (_, i) => 100 + Math.round(5 * noise(i)));
    const quiet = prepareSeries({
      serviceId: 'ledger',
      start: T0,
      stepMs: MINUTE,
      requests,
      errors4xx: requests.map(() => 0),
      // One stray error now and then: at 100 requests a minute that is a 1 % minute.
      errors5xx: requests.map((_, i) => (i % 37 === 0 ? 1 : 0)),
      p95Ms: requests.map((_, i) => 95 + 4 * noise(i)),
    });
    expect(detectIssues(quiet, T0, T0 + n * MINUTE).list).toEqual([]);
  });

  it('says when the grid does not allow the spike rule', () => {
    const s = prepareSeries({
      serviceId: 's',
      start: T0,
      stepMs: 15 * MINUTE,
      requests: [1, 2],
      errors4xx: [0, 0],
      errors5xx: [0, 0],
      p95Ms: [1, 1],
    });
    expect(detectIssues(s, T0, T0 + 30 * MINUTE).spikeRuleApplied).toBe(false);
  });
});
