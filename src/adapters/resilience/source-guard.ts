// The one resilience wrapper every data-source call goes through (DOMAIN.md §12): a timeout
// per attempt, retries with backoff and jitter for retryable failures only, and a circuit
// breaker per source. It also keeps the status the header and Settings show.
import type { ZodMiniType } from 'zod/mini';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from '@/domain/resilience/backoff';
import {
  DEFAULT_BREAKER,
  initialBreaker,
  recordFailure,
  recordSuccess,
  reopensAt,
  requestPermission,
  type BreakerConfig,
  type BreakerPhase,
  type BreakerState,
  type BreakerStep,
  type BreakerTransition,
} from '@/domain/resilience/circuit-breaker';
import { countsAgainstSource, describeFailure, isRetryable, type SourceFailure } from '@/domain/resilience/failure';
import { sourceCondition, type SourceCondition } from '@/domain/resilience/source-health';
import { describeIssues } from '@/domain/schema-kit';

export class SourceFailureError extends Error {
  readonly failure: SourceFailure;
  constructor(failure: SourceFailure) {
    super(describeFailure(failure));
    this.name = 'SourceFailureError';
    this.failure = failure;
  }
}

export interface GuardClock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  random(): number;
}

export const realClock: GuardClock = {
  now: () => Date.now(),
  random: () => Math.random(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

export interface SourceStatus {
  sourceId: string;
  label: string;
  phase: BreakerPhase;
  condition: SourceCondition;
  lastSuccessAt: number | null;
  lastFailureAt: number | null;
  lastError: string | null;
  reopensAt: number | null;
  transitions: readonly BreakerTransition[];
  counts: { calls: number; attempts: number; failures: number; retries: number; fastFails: number };
}

export interface GuardOptions {
  sourceId: string;
  label: string;
  timeoutMs?: number;
  backoff?: BackoffPolicy;
  breaker?: BreakerConfig;
  clock?: GuardClock;
}

export interface SourceGuard {
  call<T>(attempt: (signal: AbortSignal) => Promise<unknown>, parse: (raw: unknown) => T, signal?: AbortSignal): Promise<T>;
  getStatus(): SourceStatus;
  subscribe(listener: () => void): () => void;
}

const KEPT_TRANSITIONS = 50;

/** Turns whatever an attempt threw into a SourceFailure the rules can judge. */
export function toFailure(error: unknown): SourceFailure {
  if (error instanceof SourceFailureError) return error.failure;
  if (error instanceof Error && error.name === 'ZodError') return { kind: 'invalid-data', issues: [error.message] };
  return { kind: 'network', message: error instanceof Error ? error.message : String(error) };
}

/** A parse function for `guard.call` that reports where the data is wrong. */
export function parseWith<T>(schema: ZodMiniType<T>): (raw: unknown) => T {
  return (raw) => {
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    throw new SourceFailureError({ kind: 'invalid-data', issues: describeIssues(result.error) });
  };
}

export function createSourceGuard(options: GuardOptions): SourceGuard {
  const clock = options.clock ?? realClock;
  const timeoutMs = options.timeoutMs ?? 8_000;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const breakerConfig = options.breaker ?? DEFAULT_BREAKER;
  const listeners = new Set<() => void>();

  let breaker: BreakerState = initialBreaker;
  let status: SourceStatus = {
    sourceId: options.sourceId,
    label: options.label,
    phase: 'closed',
    condition: 'unknown',
    lastSuccessAt: null,
    lastFailureAt: null,
    lastError: null,
    reopensAt: null,
    transitions: [],
    counts: { calls: 0, attempts: 0, failures: 0, retries: 0, fastFails: 0 },
  };

  function update(patch: Partial<SourceStatus>, step?: BreakerStep) {
    if (step) breaker = step.state;
    const transitions = step?.transition ? [...status.transitions, step.transition].slice(-KEPT_TRANSITIONS) : status.transitions;
    const next = { ...status, ...patch, transitions, phase: breaker.phase, reopensAt: reopensAt(breaker, breakerConfig) };
    status = { ...next, condition: sourceCondition(next) };
    for (const listener of listeners) listener();
  }

  const bump = (key: keyof SourceStatus['counts']) => ({ ...status.counts, [key]: status.counts[key] + 1 });

  async function attemptOnce<T>(attempt: (signal: AbortSignal) => Promise<unknown>, parse: (raw: unknown) => T, outer?: AbortSignal): Promise<T> {
    const controller = new AbortController();
    const onOuterAbort = () => controller.abort(outer?.reason);
    outer?.addEventListener('abort', onOuterAbort, { once: true });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new SourceFailureError({ kind: 'timeout', afterMs: timeoutMs }));
      }, timeoutMs);
    });
    try {
      const raw = await Promise.race([attempt(controller.signal), timeout]);
      return parse(raw);
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    }
  }

  return {
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async call(attempt, parse, signal) {
      update({ counts: bump('calls') });
      for (let n = 1; ; n++) {
        const permission = requestPermission(breaker, clock.now(), breakerConfig);
        if (!permission.allowed) {
          update({ counts: bump('fastFails') }, permission);
          throw new SourceFailureError({ kind: 'circuit-open', retryAtMs: reopensAt(breaker, breakerConfig) ?? clock.now() });
        }
        update({ counts: bump('attempts') }, permission);
        try {
          const value = await attemptOnce(attempt, parse, signal);
          update({ lastSuccessAt: clock.now(), lastError: null }, recordSuccess(breaker, clock.now(), breakerConfig));
          return value;
        } catch (error) {
          if (signal?.aborted) throw error;
          const failure = toFailure(error);
          const againstSource = countsAgainstSource(failure);
          update(
            { lastFailureAt: clock.now(), lastError: describeFailure(failure), counts: bump('failures') },
            againstSource ? recordFailure(breaker, clock.now(), breakerConfig) : recordSuccess(breaker, clock.now(), breakerConfig),
          );
          if (!isRetryable(failure) || n >= backoff.maxAttempts) throw new SourceFailureError(failure);
          const retryAfter = failure.kind === 'http' ? (failure.retryAfterMs ?? 0) : 0;
          update({ counts: bump('retries') });
          await clock.sleep(backoffDelay(n, clock.random(), backoff, retryAfter), signal);
        }
      }
    },
  };
}
