// DOMAIN.md §9 colours as states. Colour is never the only signal: every state has a word and
// an icon as well (the icon lives in ui/, the word here).
export type HealthState = 'healthy' | 'degraded' | 'broken' | 'unknown';

export const HEALTH_WORD: Record<HealthState, string> = {
  healthy: 'Healthy',
  degraded: 'Degraded',
  broken: 'Broken',
  unknown: 'No data',
};

/** Worst first: what is broken now, then degrading, then unknown, then fine (DOMAIN.md §13). */
export const HEALTH_RANK: Record<HealthState, number> = { broken: 0, degraded: 1, unknown: 2, healthy: 3 };
