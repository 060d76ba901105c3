// Computes the metrics off the main thread: reads the incident snapshots from IndexedDB (the
// same database, opened in the worker) and summarises them, so a page with 10,000 incidents never
// blocks scrolling or typing.
import { listIncidents } from '@/db/incidents-read';
import { computeMetrics } from '@/domain/metrics/metrics';
import type { Incident } from '@/domain/incident/incident';
import type { MetricsRequest, MetricsResponse } from './metrics-protocol';

// Reading 10,000 snapshots costs more than computing over them, and a range change does not
// change them: keep the last read for as long as the store's change token says it is current.
let cache: { token: string; incidents: Incident[] } | null = null;

async function incidentsAt(token: string): Promise<Incident[]> {
  if (cache?.token !== token) cache = { token, incidents: await listIncidents() };
  return cache.incidents;
}

self.onmessage = async (event: MessageEvent<MetricsRequest>) => {
  const { id, from, to, token } = event.data;
  try {
    const t0 = performance.now();
    const incidents = await incidentsAt(token);
    const t1 = performance.now();
    const report = computeMetrics(incidents, from, to);
    const reply: MetricsResponse = { id, ok: true, report, readMs: t1 - t0, computeMs: performance.now() - t1 };
    self.postMessage(reply);
  } catch (error) {
    self.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies MetricsResponse);
  }
};
