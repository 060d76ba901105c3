// The metrics for a time range, recomputed in the worker whenever incidents change (a cheap
// live query on the newest change wakes it). Falls back to the main thread where workers are
// unavailable (unit tests).
import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { incidentsChangeToken, listIncidents } from '@/db/incidents-read';
import { computeMetrics, type MetricsReport } from '@/domain/metrics/metrics';
import type { MetricsRequest, MetricsResponse } from '../worker/metrics-protocol';

export interface MetricsState {
  report: MetricsReport | null;
  error: string | null;
  computing: boolean;
  timing: { readMs: number; computeMs: number } | null;
}

function createWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('../worker/metrics.worker.ts', import.meta.url), { type: 'module' });
}

export function useMetrics(from: number, to: number): MetricsState {
  const token = useLiveQuery(incidentsChangeToken, []);
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const key = `${token}|${from}|${to}`;
  const [result, setResult] = useState<Omit<MetricsState, 'computing'> & { key: string }>({ report: null, error: null, timing: null, key: '' });

  useEffect(() => {
    worker.current = createWorker();
    return () => worker.current?.terminate();
  }, []);

  useEffect(() => {
    if (token === undefined) return;
    const id = ++latest.current;
    const done = (patch: Omit<MetricsState, 'computing'>) => id === latest.current && setResult({ ...patch, key });
    const w = worker.current;
    if (!w) {
      listIncidents().then(
        (incidents) => done({ report: computeMetrics(incidents, from, to), error: null, timing: null }),
        (e: Error) => done({ report: null, error: e.message, timing: null }),
      );
      return;
    }
    const onMessage = (event: MessageEvent<MetricsResponse>) => {
      const reply = event.data;
      if (reply.id !== id) return;
      if (reply.ok) done({ report: reply.report, error: null, timing: { readMs: reply.readMs, computeMs: reply.computeMs } });
      else done({ report: null, error: reply.error, timing: null });
    };
    w.addEventListener('message', onMessage);
    w.postMessage({ id, from, to, token } satisfies MetricsRequest);
    return () => w.removeEventListener('message', onMessage);
  }, [token, from, to, key]);

  // The last report stays on screen while the next one is computed.
  return { report: result.report, error: result.error, timing: result.timing, computing: result.key !== key };
}
