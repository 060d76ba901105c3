// DOMAIN.md §7 (from seed 004): each class of failure names the architectural counter-pattern
// that prevents the class, so the analysis ends in a design change rather than a patch.
export const FAILURE_CLASSES = [
  { id: 'cascading_failure', label: 'Cascading failure', counterPatterns: ['bulkheads', 'circuit breakers', 'load shedding'] },
  { id: 'data_loss', label: 'Data loss', counterPatterns: ['write-through', 'event sourcing', 'change data capture (CDC)'] },
  { id: 'race_condition', label: 'Race condition', counterPatterns: ['immutability', 'idempotency keys'] },
  { id: 'performance_cliff', label: 'Performance cliff', counterPatterns: ['pagination', 'streaming', 'queues'] },
  { id: 'partial_failure', label: 'Partial failure', counterPatterns: ['sagas', 'eventual consistency'] },
  { id: 'resource_exhaustion', label: 'Resource exhaustion', counterPatterns: ['bounded pools', 'bounded caches', 'bounded queues'] },
] as const;

export type FailureClassId = (typeof FAILURE_CLASSES)[number]['id'];
export const FAILURE_CLASS_IDS = FAILURE_CLASSES.map((c) => c.id) as [FailureClassId, ...FailureClassId[]];

export function failureClass(id: FailureClassId | null) {
  return FAILURE_CLASSES.find((c) => c.id === id) ?? null;
}

/** "bulkheads, circuit breakers and load shedding" */
export function counterPatternText(id: FailureClassId): string {
  const patterns = [...(failureClass(id)?.counterPatterns ?? [])];
  const last = patterns.pop();
  return patterns.length ? `${patterns.join(', ')} and ${last}` : (last ?? '');
}
