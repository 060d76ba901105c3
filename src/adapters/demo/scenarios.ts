// Scripted failure scenarios that run over time, so every screen has something true-looking to
// show. They repeat on a 4-hour cycle aligned to UTC midnight, so any tab, wall display or test
// can tell where in the story a given moment is.
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const CYCLE_MS = 4 * HOUR;

export type ScenarioId = 'pool-exhaustion' | 'slow-dependency' | 'memory-leak';

export interface ScenarioDef {
  id: ScenarioId;
  serviceId: string;
  title: string;
  /** Offsets from the start of the cycle. */
  startMs: number;
  endMs: number;
  rampMs: number;
}

export const SCENARIOS: readonly ScenarioDef[] = [
  {
    id: 'pool-exhaustion',
    serviceId: 'checkout',
    title: 'Connection-pool exhaustion after a deploy',
    startMs: 24 * MINUTE,
    endMs: 70 * MINUTE,
    rampMs: 4 * MINUTE,
  },
  {
    id: 'slow-dependency',
    serviceId: 'payments-api',
    title: 'Slow external dependency (card network)',
    startMs: 100 * MINUTE,
    endMs: 160 * MINUTE,
    rampMs: 10 * MINUTE,
  },
  {
    id: 'memory-leak',
    serviceId: 'search',
    title: 'Memory leak with restarts',
    startMs: 170 * MINUTE,
    endMs: 235 * MINUTE,
    rampMs: 0,
  },
];

/** Checkout's deploys around the pool-exhaustion scenario (offsets in the cycle). */
export const CHECKOUT_BAD_DEPLOY_MS = 20 * MINUTE;
export const CHECKOUT_ROLLBACK_MS = 66 * MINUTE;
export const CHECKOUT_FIX_DEPLOY_MS = 180 * MINUTE;
/** The memory leak kills the search pods every 15 minutes. */
export const LEAK_PERIOD_MS = 15 * MINUTE;

export interface Effect {
  add4xxPct: number;
  add5xxPct: number;
  latencyFactor: number;
  latencyAddMs: number;
  availability: number;
}

export const NO_EFFECT: Effect = { add4xxPct: 0, add5xxPct: 0, latencyFactor: 1, latencyAddMs: 0, availability: 1 };

export const cycleIndex = (t: number) => Math.floor(t / CYCLE_MS);
export const cycleOffset = (t: number) => t - cycleIndex(t) * CYCLE_MS;

/** 0 outside [start, end], rising linearly over `ramp` after start and falling over `ramp` before end. */
export function ramp(t: number, start: number, end: number, rampMs: number): number {
  if (t < start || t >= end) return 0;
  if (rampMs <= 0) return 1;
  return Math.min(1, (t - start) / rampMs, (end - t) / rampMs);
}

/** Restart moments of the leaking search pods, as offsets in the cycle. */
export function leakRestartOffsets(): number[] {
  const def = SCENARIOS.find((s) => s.id === 'memory-leak') as ScenarioDef;
  const out: number[] = [];
  for (let at = def.startMs + LEAK_PERIOD_MS; at < def.endMs; at += LEAK_PERIOD_MS) out.push(at);
  return out;
}

export function scenarioEffect(serviceId: string, t: number): Effect {
  const offset = cycleOffset(t);
  for (const def of SCENARIOS) {
    if (def.serviceId !== serviceId) continue;
    const r = ramp(offset, def.startMs, def.endMs, def.rampMs);
    if (r === 0) continue;
    switch (def.id) {
      case 'pool-exhaustion':
        return { ...NO_EFFECT, add5xxPct: 14 * r, latencyAddMs: 1_900 * r, latencyFactor: 1 + 0.5 * r };
      case 'slow-dependency':
        return { ...NO_EFFECT, add5xxPct: 3.2 * r, latencyAddMs: 2_600 * r };
      case 'memory-leak': {
        const sinceStart = offset - def.startMs;
        const leak = (sinceStart % LEAK_PERIOD_MS) / LEAK_PERIOD_MS;
        const justRestarted = sinceStart >= LEAK_PERIOD_MS && sinceStart % LEAK_PERIOD_MS < MINUTE;
        return {
          ...NO_EFFECT,
          latencyFactor: 1 + 3 * leak,
          add5xxPct: justRestarted ? 6 : 0.8 * leak,
          availability: justRestarted ? 0.4 : 1,
        };
      }
    }
  }
  return NO_EFFECT;
}

export interface ScenarioOccurrence {
  def: ScenarioDef;
  cycle: number;
  start: number;
  end: number;
}

/** Every occurrence of every scenario that overlaps [from, to). */
export function scenarioOccurrences(from: number, to: number): ScenarioOccurrence[] {
  const out: ScenarioOccurrence[] = [];
  for (let cycle = cycleIndex(from) - 1; cycle <= cycleIndex(to); cycle++) {
    const base = cycle * CYCLE_MS;
    for (const def of SCENARIOS) {
      const start = base + def.startMs;
      const end = base + def.endMs;
      if (end > from && start < to) out.push({ def, cycle, start, end });
    }
  }
  return out;
}
