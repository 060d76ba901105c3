// DOMAIN.md §12 backoff: at most 3 attempts, first delay 1 s, doubling, capped at 30 s,
// ±10 % jitter so many tabs and wall displays never retry in lock-step.
export interface BackoffPolicy {
  maxAttempts: number;
  firstDelayMs: number;
  maxDelayMs: number;
  jitter: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = {
  maxAttempts: 3,
  firstDelayMs: 1_000,
  maxDelayMs: 30_000,
  jitter: 0.1,
};

/**
 * Delay before retry number `retry` (1 = the first retry). `random` is a number in [0, 1);
 * a server's Retry-After, when longer, wins but never beyond the cap.
 */
export function backoffDelay(retry: number, random: number, policy: BackoffPolicy = DEFAULT_BACKOFF, retryAfterMs = 0): number {
  const exponential = policy.firstDelayMs * 2 ** Math.max(0, retry - 1);
  const capped = Math.min(policy.maxDelayMs, Math.max(exponential, retryAfterMs));
  const factor = 1 + policy.jitter * (2 * random - 1);
  return Math.round(Math.min(policy.maxDelayMs * (1 + policy.jitter), capped * factor));
}
