// How a data source looks to the user: one word and, when it is failing, the age of the last
// good data ("Prometheus: degraded — data from 4 min ago").
import type { BreakerPhase } from './circuit-breaker';

export type SourceCondition = 'ok' | 'degraded' | 'down' | 'unknown';

export interface SourceHealthInput {
  phase: BreakerPhase;
  lastSuccessAt: number | null;
  lastFailureAt: number | null;
}

export function sourceCondition(input: SourceHealthInput): SourceCondition {
  if (input.phase === 'open') return 'down';
  if (input.phase === 'half-open') return 'degraded';
  if (input.lastSuccessAt === null && input.lastFailureAt === null) return 'unknown';
  if (input.lastFailureAt !== null && (input.lastSuccessAt === null || input.lastFailureAt > input.lastSuccessAt)) {
    return 'degraded';
  }
  return 'ok';
}
