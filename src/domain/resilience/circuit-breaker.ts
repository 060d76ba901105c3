// DOMAIN.md §12 circuit breaker, as a pure state machine: every function takes the state and
// `now` and returns the next state. The adapter layer holds one per data source.
export type BreakerPhase = 'closed' | 'open' | 'half-open';

export interface BreakerConfig {
  failureThreshold: number;
  openMs: number;
  halfOpenMaxTrials: number;
  halfOpenSuccessesToClose: number;
}

export const DEFAULT_BREAKER: BreakerConfig = {
  failureThreshold: 5,
  openMs: 60_000,
  halfOpenMaxTrials: 3,
  halfOpenSuccessesToClose: 2,
};

export interface BreakerState {
  phase: BreakerPhase;
  consecutiveFailures: number;
  openedAt: number | null;
  trialsAdmitted: number;
  trialSuccesses: number;
}

export interface BreakerTransition {
  from: BreakerPhase;
  to: BreakerPhase;
  at: number;
}

export interface BreakerStep {
  state: BreakerState;
  transition: BreakerTransition | null;
}

export const initialBreaker: BreakerState = {
  phase: 'closed',
  consecutiveFailures: 0,
  openedAt: null,
  trialsAdmitted: 0,
  trialSuccesses: 0,
};

function moveTo(state: BreakerState, phase: BreakerPhase, now: number): BreakerStep {
  const next: BreakerState = {
    phase,
    consecutiveFailures: phase === 'closed' ? 0 : state.consecutiveFailures,
    openedAt: phase === 'open' ? now : null,
    trialsAdmitted: 0,
    trialSuccesses: 0,
  };
  return { state: next, transition: { from: state.phase, to: phase, at: now } };
}

/** When an open breaker will let a trial call through. */
export function reopensAt(state: BreakerState, config: BreakerConfig = DEFAULT_BREAKER): number | null {
  return state.phase === 'open' && state.openedAt !== null ? state.openedAt + config.openMs : null;
}

/**
 * Asks to make a call. Open fails fast until `openMs` has passed, then turns half-open;
 * half-open admits at most `halfOpenMaxTrials` calls until it closes or opens again.
 */
export function requestPermission(state: BreakerState, now: number, config: BreakerConfig = DEFAULT_BREAKER): BreakerStep & { allowed: boolean } {
  let current: BreakerStep = { state, transition: null };
  if (state.phase === 'open') {
    const reopen = reopensAt(state, config) ?? now;
    if (now < reopen) return { ...current, allowed: false };
    current = moveTo(state, 'half-open', now);
  }
  if (current.state.phase === 'half-open') {
    if (current.state.trialsAdmitted >= config.halfOpenMaxTrials) return { ...current, allowed: false };
    return {
      state: { ...current.state, trialsAdmitted: current.state.trialsAdmitted + 1 },
      transition: current.transition,
      allowed: true,
    };
  }
  return { ...current, allowed: true };
}

export function recordSuccess(state: BreakerState, now: number, config: BreakerConfig = DEFAULT_BREAKER): BreakerStep {
  if (state.phase === 'half-open') {
    const successes = state.trialSuccesses + 1;
    if (successes >= config.halfOpenSuccessesToClose) return moveTo(state, 'closed', now);
    return { state: { ...state, trialSuccesses: successes }, transition: null };
  }
  if (state.phase === 'closed' && state.consecutiveFailures > 0) {
    return { state: { ...state, consecutiveFailures: 0 }, transition: null };
  }
  // A success that lands while open came from a call admitted before it opened: no change.
  return { state, transition: null };
}

export function recordFailure(state: BreakerState, now: number, config: BreakerConfig = DEFAULT_BREAKER): BreakerStep {
  if (state.phase === 'half-open') return moveTo({ ...state, consecutiveFailures: state.consecutiveFailures + 1 }, 'open', now);
  if (state.phase === 'open') return { state, transition: null };
  const failures = state.consecutiveFailures + 1;
  if (failures >= config.failureThreshold) return moveTo({ ...state, consecutiveFailures: failures }, 'open', now);
  return { state: { ...state, consecutiveFailures: failures }, transition: null };
}
