// The built-in demo data source: the simulator behind the same interface, guard and zod parsing
// as a real source, plus fault-injection knobs (latency, errors, garbage, outage) so the
// resilience layer can be exercised from the UI and from tests.
import * as z from 'zod/mini';
import {
  alertSchema,
  deploySchema,
  errorGroupSchema,
  healthSnapshotSchema,
  restartSchema,
  serviceInfoSchema,
  serviceSeriesSchema,
} from '@/domain/telemetry/schemas';
import type { DataSource } from '../data-source';
import { createSourceGuard, parseWith, SourceFailureError, type GuardClock } from '../resilience/source-guard';
import { alerts, createWorld, deploys, errorGroups, healthSnapshot, restarts, series, type DemoWorld } from './simulator';

export interface DemoFaults {
  /** Extra delay on every call, in ms. */
  latencyMs: number;
  /** Share of calls (0–1) that fail with HTTP 503. */
  errorRate: number;
  /** Share of calls (0–1) that return a payload that fails validation. */
  malformedRate: number;
  /** Every call fails as if the network were down. */
  outage: boolean;
}

export const NO_FAULTS: DemoFaults = { latencyMs: 0, errorRate: 0, malformedRate: 0, outage: false };

export interface DemoSourceOptions {
  id?: string;
  seed: string;
  serviceCount?: number;
  faults?: DemoFaults;
  clock?: GuardClock;
  random?: () => number;
  timeoutMs?: number;
}

export interface DemoSource extends DataSource {
  readonly world: DemoWorld;
  setFaults(faults: DemoFaults): void;
  getFaults(): DemoFaults;
}

const GARBAGE = { status: 'ok', data: '<html>502 Bad Gateway</html>' };

export function createDemoSource(options: DemoSourceOptions): DemoSource {
  const id = options.id ?? 'demo';
  const world = createWorld(options.seed, options.serviceCount);
  const random = options.random ?? Math.random;
  let faults = options.faults ?? NO_FAULTS;
  const guard = createSourceGuard({ sourceId: id, label: 'Demo', clock: options.clock, timeoutMs: options.timeoutMs });

  /** Simulates the network between the app and the source, with the configured faults. */
  function respond<T>(produce: () => T) {
    return async (signal: AbortSignal): Promise<unknown> => {
      if (faults.latencyMs > 0) {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(resolve, faults.latencyMs);
          signal.addEventListener(
            'abort',
            () => {
              clearTimeout(timer);
              reject(new Error('aborted'));
            },
            { once: true },
          );
        });
      }
      if (faults.outage) throw new TypeError('Failed to fetch (demo outage)');
      if (random() < faults.errorRate) throw new SourceFailureError({ kind: 'http', status: 503, message: 'Service Unavailable (demo fault)' });
      if (random() < faults.malformedRate) return GARBAGE;
      // Round-trip through JSON like a real response, so nothing relies on shared references.
      return JSON.parse(JSON.stringify(produce()));
    };
  }

  const parse = {
    services: parseWith(z.array(serviceInfoSchema)),
    health: parseWith(z.array(healthSnapshotSchema)),
    series: parseWith(serviceSeriesSchema),
    seriesAll: parseWith(z.array(serviceSeriesSchema)),
    alerts: parseWith(z.array(alertSchema)),
    deploys: parseWith(z.array(deploySchema)),
    restarts: parseWith(z.array(restartSchema)),
    errorGroups: parseWith(z.array(errorGroupSchema)),
  };

  return {
    id,
    kind: 'demo',
    label: 'Demo',
    guard,
    world,
    setFaults(next) {
      faults = next;
    },
    getFaults: () => faults,
    async testConnection(signal) {
      try {
        const list = await guard.call(
          respond(() => world.services.map(toInfo)),
          parse.services,
          signal,
        );
        return { ok: true, detail: `simulating ${list.length} services` };
      } catch (error) {
        return { ok: false, detail: error instanceof Error ? error.message : String(error) };
      }
    },
    services: (signal) =>
      guard.call(
        respond(() => world.services.map(toInfo)),
        parse.services,
        signal,
      ),
    health: (now, signal) =>
      guard.call(
        respond(() => world.services.map((s) => healthSnapshot(world, s.id, now))),
        parse.health,
        signal,
      ),
    series: (q, signal) =>
      guard.call(
        respond(() => series(world, q.serviceId, q.from, q.to, q.stepMs)),
        parse.series,
        signal,
      ),
    seriesAll: (q, signal) =>
      guard.call(
        respond(() => world.services.map((s) => series(world, s.id, q.from, q.to, q.stepMs))),
        parse.seriesAll,
        signal,
      ),
    alerts: (range, signal) =>
      guard.call(
        respond(() => alerts(world, range.from, range.to)),
        parse.alerts,
        signal,
      ),
    deploys: (q, signal) =>
      guard.call(
        respond(() => deploys(world, q.from, q.to, q.serviceId)),
        parse.deploys,
        signal,
      ),
    restarts: (q, signal) =>
      guard.call(
        respond(() => restarts(world, q.from, q.to, q.serviceId)),
        parse.restarts,
        signal,
      ),
    errorGroups: (q, signal) =>
      guard.call(
        respond(() => errorGroups(world, q.serviceId, q.from, q.to)),
        parse.errorGroups,
        signal,
      ),
  };
}

function toInfo(s: { id: string; name: string; team: string; publicName: string }) {
  return { id: s.id, name: s.name, team: s.team, publicName: s.publicName };
}
