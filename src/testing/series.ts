// Deterministic service series for benchmarks and tests: the demo simulator's numbers (same
// seed, same points on every machine), at any length — e.g. 30 days at one minute, 43,200
// points per metric.
import { createWorld, healthSnapshot, series } from '@/adapters/demo/simulator';
import type { HealthSnapshot, ServiceSeries } from '@/domain/telemetry/schemas';

/** A fixed end (a demo cycle start), so runs on different days measure the same data. */
export const FIXED_END = Date.UTC(2026, 10, 23, 8, 0);
const DAY = 86_400_000;

export interface SeriesSpec {
  seed?: string;
  serviceId?: string;
  days: number;
  stepMs?: number;
  end?: number;
}

export function generateServiceSeries({
  seed = 'watchfloor',
  serviceId = 'checkout',
  days,
  stepMs = 60_000,
  end = FIXED_END,
}: SeriesSpec): ServiceSeries {
  return series(createWorld(seed), serviceId, end - days * DAY, end, stepMs);
}

/** Health of `count` demo services at `at`, and each one's last hour at one minute. */
export function generateFleet(count: number, at: number, seed = 'watchfloor'): { snapshots: HealthSnapshot[]; sparklines: ServiceSeries[] } {
  const world = createWorld(seed, count);
  const to = Math.floor(at / 60_000) * 60_000;
  return {
    snapshots: world.services.map((s) => healthSnapshot(world, s.id, at)),
    sparklines: world.services.map((s) => series(world, s.id, to - 3_600_000, to, 60_000)),
  };
}
