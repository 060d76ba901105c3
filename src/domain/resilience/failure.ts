// What went wrong when a data source was called, in terms the retry and breaker rules can judge.
export type SourceFailure =
  | { kind: 'network'; message: string }
  | { kind: 'timeout'; afterMs: number }
  | { kind: 'http'; status: number; retryAfterMs?: number; message?: string }
  | { kind: 'invalid-data'; issues: string[] }
  | { kind: 'circuit-open'; retryAtMs: number };

/** DOMAIN.md §12: retry only what can change — network, timeout, 429 and 5xx. */
export function isRetryable(failure: SourceFailure): boolean {
  switch (failure.kind) {
    case 'network':
    case 'timeout':
      return true;
    case 'http':
      return failure.status === 429 || failure.status >= 500;
    case 'invalid-data':
    case 'circuit-open':
      return false;
  }
}

/**
 * Whether a failure says the source itself is unhealthy (and so counts toward opening its
 * breaker). A 400/401/403/404 means the source answered and the request was wrong: opening
 * the breaker would not help, so it counts as an answer. Garbage data does count: the
 * source is up but not usable.
 */
export function countsAgainstSource(failure: SourceFailure): boolean {
  if (failure.kind === 'circuit-open') return false;
  if (failure.kind === 'http') return failure.status === 429 || failure.status >= 500;
  return true;
}

export function describeFailure(failure: SourceFailure): string {
  switch (failure.kind) {
    case 'network':
      return `network error: ${failure.message}`;
    case 'timeout':
      return `no answer within ${Math.round(failure.afterMs / 1000)} s`;
    case 'http':
      return `HTTP ${failure.status}${failure.message ? ` ${failure.message}` : ''}`;
    case 'invalid-data':
      return `unexpected data: ${failure.issues.slice(0, 3).join('; ')}${failure.issues.length > 3 ? ` (+${failure.issues.length - 3} more)` : ''}`;
    case 'circuit-open':
      return 'paused after repeated failures (circuit open)';
  }
}
