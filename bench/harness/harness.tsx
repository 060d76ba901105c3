// Bench-only page, built from the app's sources (bench/vite.config.ts). It mounts one panel with
// data generated in the page and times how long that data takes to reach the screen: from the
// render call to the expected DOM, plus two animation frames (BENCHMARKS.md "Render time").
// Scenarios drive it through `window.watchfloorBench`.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { notifyManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { createDemoSource, type DemoSource } from '@/adapters/demo/demo-source';
import { sourceRegistry } from '@/adapters/registry';
import { BACKUP_FORMAT, importBackup } from '@/db/backup';
import { db } from '@/db/database';
import { listIncidents } from '@/db/incidents-read';
import { CURRENT_VERSION } from '@/db/schema';
import { loadSettings } from '@/db/settings-repo';
import { DEFAULT_THRESHOLDS } from '@/domain/health/thresholds';
import type { IncidentEvent } from '@/domain/incident/events';
import { isResolved } from '@/domain/incident/lifecycle';
import { computeMetrics } from '@/domain/metrics/metrics';
import type { HealthSnapshot, ServiceSeries } from '@/domain/telemetry/schemas';
import { prepareSeries, type PreparedSeries } from '@/domain/timeseries/service-series';
import { ErrorRateChart } from '@/features/error-rates/components/error-rate-chart';
import { healthQueryKey } from '@/state/health';
import { sparklinesQueryKey } from '@/features/service-health/api/get-sparklines';
import { ServiceHealthOverview } from '@/features/service-health/components/service-health-overview';
import { generateIncidentHistory, generateLongIncident, type GenerateOptions } from '@/testing/generate-incidents';
import { generateOpenIncidents } from '@/testing/open-incidents';
import { generateFleet, generateServiceSeries } from '@/testing/series';
import { applyTheme } from '@/ui/theme';
import '@/ui/styles.css';

const container = document.getElementById('bench-root') as HTMLElement;
const root = createRoot(container);
applyTheme('light');

const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });

/** Resolves once `ready()` holds, checking after every DOM change. */
function until(ready: () => boolean, timeoutMs = 300_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (ready()) return resolve();
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('timed out waiting for the DOM'));
    }, timeoutMs);
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    observer.observe(container, { subtree: true, childList: true, attributes: true });
  });
}

async function clear() {
  flushSync(() => root.render(null));
  await frames(2);
}

// ── (a) the error-rate panel's chart ────────────────────────────────────────────────────────

let prepared: PreparedSeries | null = null;
const CHART_WIDTH = 1200;
const SERIES_PATHS = ['.series-5xx path.recharts-curve', '.series-4xx path.recharts-curve', '.series-volume path'];

const chartDrawn = () =>
  SERIES_PATHS.every((selector) => {
    const path = container.querySelector(selector);
    return path !== null && (path.getAttribute('d')?.length ?? 0) > 0;
  });

/**
 * ours: as the app draws it here (one point per device pixel; this page has one device pixel per
 * CSS pixel); ours-2x: two points per CSS pixel, as on a high-density screen; raw: every point.
 */
type Variant = 'ours' | 'ours-2x' | 'raw';
const PLOT_WIDTH = CHART_WIDTH - 2 * 58 - 12;
const MAX_POINTS: Record<Variant, number | undefined> = { ours: undefined, 'ours-2x': 2 * PLOT_WIDTH, raw: Number.POSITIVE_INFINITY };

const errorRate = {
  prepare(spec: { days: number; stepMs?: number }) {
    const raw = generateServiceSeries(spec);
    prepared = prepareSeries(raw);
    return { points: raw.requests.length, series: 3, start: raw.start, stepMs: raw.stepMs };
  },
  /** ms from handing the typed arrays to the chart to its SVG on screen. */
  async render(variant: Variant): Promise<{ ms: number; firstCommitMs: number; drawnMs: number; pathPoints: number }> {
    if (!prepared) throw new Error('prepare first');
    await clear();
    const series = prepared;
    const from = series.t[0] as number;
    const to = (series.t[series.t.length - 1] as number) + series.stepMs;
    const start = performance.now();
    flushSync(() =>
      root.render(
        <ErrorRateChart
          series={series}
          from={from}
          to={to}
          width={CHART_WIDTH}
          thresholds={DEFAULT_THRESHOLDS}
          markers={{ deploys: [], incidents: [], detections: [] }}
          maxPoints={MAX_POINTS[variant]}
          summary="bench"
        />,
      ),
    );
    const firstCommitMs = performance.now() - start;
    await until(chartDrawn);
    const drawnMs = performance.now() - start;
    await frames(2);
    const ms = performance.now() - start;
    const d = container.querySelector(SERIES_PATHS[0] as string)?.getAttribute('d') ?? '';
    return { ms, firstCommitMs, drawnMs, pathPoints: (d.match(/[ML]/g) ?? []).length };
  },
  clear,
};

// ── (b) the overview with many services ─────────────────────────────────────────────────────

let client: QueryClient | null = null;
let source: DemoSource | null = null;
let updates: { snapshots: HealthSnapshot[]; sparklines: ServiceSeries[] }[] = [];

const board = () => container.querySelector<HTMLElement>('.health-board');
const tiles = () => container.querySelectorAll('li.health-tile').length;

const overview = {
  /** Mounts the real overview panel over a demo source sized by the stored settings. */
  async mount(): Promise<{ services: number; tiles: number; firstLoadMs: number }> {
    const { settings } = await loadSettings();
    const count = settings.demo.serviceCount;
    source = createDemoSource({ seed: settings.demo.seed, serviceCount: count });
    sourceRegistry.replace([source]);
    client = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
    const start = performance.now();
    root.render(
      <QueryClientProvider client={client}>
        <MemoryRouter>
          <ServiceHealthOverview />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    await until(() => tiles() === count && Boolean(board()?.dataset.asOf));
    await frames(2);
    return { services: count, tiles: tiles(), firstLoadMs: performance.now() - start };
  },
  /** Generates two full sets of new data (every tile changes), outside any timing. */
  prepareUpdates() {
    const count = source?.world.services.length ?? 0;
    const now = Date.now();
    updates = [generateFleet(count, now + 60_000), generateFleet(count, now + 120_000)];
    return { sets: updates.length, services: count };
  },
  /** ms from new data for every service arriving in the query cache to the board showing it. */
  async update(i: number): Promise<number> {
    if (!client || !source) throw new Error('mount first');
    const next = updates[i % updates.length];
    if (!next) throw new Error('prepareUpdates first');
    // Give every snapshot a fresh time, so each update is visibly new to the board.
    const at = Date.now();
    const snapshots = next.snapshots.map((s) => ({ ...s, at }));
    const [c, s] = [client, source];
    const start = performance.now();
    notifyManager.batch(() => {
      c.setQueryData(healthQueryKey(s), snapshots);
      c.setQueryData(sparklinesQueryKey(s), next.sparklines);
    });
    await until(() => board()?.dataset.asOf === String(at));
    await frames(2);
    return performance.now() - start;
  },
  /** ms for a full refetch through the demo source (simulating every service, parsing) to reach the screen. */
  async refetch(): Promise<number> {
    if (!client || !source) throw new Error('mount first');
    const before = board()?.dataset.asOf;
    const start = performance.now();
    await client.refetchQueries({ queryKey: healthQueryKey(source) });
    await until(() => board()?.dataset.asOf !== before);
    await frames(2);
    return performance.now() - start;
  },
  clear,
};

// ── (c) incident histories for the list, timeline, metrics and clock scenarios ───────────────

/** Writes generated events (and any settings) through the app's own validated backup import. */
async function importEvents(events: IncidentEvent[], settings: unknown[]) {
  const text = JSON.stringify({ format: BACKUP_FORMAT, schemaVersion: CURRENT_VERSION, exportedAt: Date.now(), tables: { events, settings } });
  const start = performance.now();
  const result = await importBackup(text);
  if (!result.ok) throw new Error(`import refused: ${result.errors.join('; ')}`);
  return { incidents: result.incidents, events: result.counts.events ?? 0, importMs: performance.now() - start, megabytes: text.length / 2 ** 20 };
}

const history = {
  /**
   * Generates an incident history in the page (deterministic from the seed) and imports it.
   * `onlyUnresolved` keeps the first `count` incidents whose clocks still run (not resolved,
   * monitoring or closed), for the clock scenario.
   */
  async seed(spec: GenerateOptions & { settings?: unknown[]; onlyUnresolved?: boolean }) {
    const start = performance.now();
    const generated = generateIncidentHistory(spec.onlyUnresolved ? { ...spec, count: spec.count * 3 } : spec);
    let { events } = generated;
    let incidents = generated.incidents;
    if (spec.onlyUnresolved) {
      incidents = incidents.filter((i) => !isResolved(i.status)).slice(0, spec.count);
      const keep = new Set(incidents.map((i) => i.id));
      events = events.filter((e) => keep.has(e.incidentId));
    }
    const generateMs = performance.now() - start;
    const imported = await importEvents(events, spec.settings ?? []);
    const lastEventAt = events.reduce((max, e) => Math.max(max, e.at), 0);
    const bySeverity = incidents.reduce<Record<string, number>>((acc, i) => ({ ...acc, [i.severity]: (acc[i.severity] ?? 0) + 1 }), {});
    return { ...imported, generateMs, lastEventAt, bySeverity, open: incidents.filter((i) => i.status !== 'closed').length };
  },
  /** How many events are stored (to see when the app has stopped writing). */
  eventCount: () => db.events.count(),
  /** One incident with `count` events (the timeline scenario). */
  async seedLong(count: number, now: number, settings: unknown[] = []) {
    const start = performance.now();
    const events = generateLongIncident(count, now);
    const generateMs = performance.now() - start;
    return { ...(await importEvents(events, settings)), generateMs, incidentId: events[0]?.incidentId ?? '' };
  },
  /** `count` open incidents declared up to `maxAgeMin` minutes before `now` (the clock scenario). */
  async seedOpen(spec: { count: number; now: number; maxAgeMin: number; seed: string; settings?: unknown[] }) {
    const { incidents, events } = generateOpenIncidents(spec.count, spec.now, spec.maxAgeMin, spec.seed);
    const bySeverity = incidents.reduce<Record<string, number>>((acc, i) => ({ ...acc, [i.severity]: (acc[i.severity] ?? 0) + 1 }), {});
    const byStatus = incidents.reduce<Record<string, number>>((acc, i) => ({ ...acc, [i.status]: (acc[i.status] ?? 0) + 1 }), {});
    return { ...(await importEvents(events, spec.settings ?? [])), bySeverity, byStatus };
  },
};

// ── (d) the metrics computation alone, on what the worker reads ─────────────────────────────

let snapshots: Awaited<ReturnType<typeof listIncidents>> = [];

const metrics = {
  /** Reads every incident snapshot from IndexedDB on this (main) thread, as the worker does. */
  async read(): Promise<{ incidents: number; readMs: number }> {
    const start = performance.now();
    snapshots = await listIncidents();
    return { incidents: snapshots.length, readMs: performance.now() - start };
  },
  /** ms for `computeMetrics` over the snapshots read, for a range of `days` back from `to` (null: everything). */
  compute(days: number | null, to: number): { ms: number; considered: number } {
    const start = performance.now();
    const report = computeMetrics(snapshots, days === null ? 0 : to - days * 86_400_000, to);
    return { ms: performance.now() - start, considered: report.incidents };
  },
};

declare global {
  interface Window {
    watchfloorBench: typeof api;
  }
}

const api = {
  /** Seeds IndexedDB with generated data, validated and written like an imported backup. */
  importBackup: (json: string) => importBackup(json),
  errorRate,
  overview,
  history,
  metrics,
};

window.watchfloorBench = api;
document.body.dataset.ready = '1';
