import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_BREAKER,
  initialBreaker,
  recordFailure,
  recordSuccess,
  requestPermission,
  type BreakerState,
  type BreakerTransition,
} from './circuit-breaker';

/** Drives a breaker with a fake clock and keeps every transition it made. */
function driver(start = 0) {
  let state: BreakerState = initialBreaker;
  let now = start;
  const transitions: BreakerTransition[] = [];
  const keep = (t: BreakerTransition | null) => t && transitions.push(t);
  return {
    get state() {
      return state;
    },
    transitions,
    advance(ms: number) {
      now += ms;
    },
    ask() {
      const step = requestPermission(state, now);
      state = step.state;
      keep(step.transition);
      return step.allowed;
    },
    fail() {
      const step = recordFailure(state, now);
      state = step.state;
      keep(step.transition);
    },
    succeed() {
      const step = recordSuccess(state, now);
      state = step.state;
      keep(step.transition);
    },
  };
}

describe('circuit breaker', () => {
  it('stays closed through four consecutive failures and opens on the fifth', () => {
    const b = driver();
    for (let i = 0; i < 4; i++) {
      expect(b.ask()).toBe(true);
      b.fail();
    }
    expect(b.state.phase).toBe('closed');
    b.ask();
    b.fail();
    expect(b.state.phase).toBe('open');
    expect(b.transitions).toEqual([{ from: 'closed', to: 'open', at: 0 }]);
  });

  it('a success in between resets the consecutive count', () => {
    const b = driver();
    for (let i = 0; i < 4; i++) b.fail();
    b.succeed();
    for (let i = 0; i < 4; i++) b.fail();
    expect(b.state.phase).toBe('closed');
    expect(b.state.consecutiveFailures).toBe(4);
  });

  it('open fails fast for 60 s, then turns half-open for a trial', () => {
    const b = driver(1_000);
    for (let i = 0; i < 5; i++) b.fail();
    b.advance(59_999);
    expect(b.ask()).toBe(false);
    expect(b.state.phase).toBe('open');
    b.advance(1);
    expect(b.ask()).toBe(true);
    expect(b.state.phase).toBe('half-open');
    expect(b.transitions.at(-1)).toEqual({ from: 'open', to: 'half-open', at: 61_000 });
  });

  it('half-open admits at most 3 trial calls', () => {
    const b = driver();
    for (let i = 0; i < 5; i++) b.fail();
    b.advance(60_000);
    expect([b.ask(), b.ask(), b.ask(), b.ask()]).toEqual([true, true, true, false]);
  });

  it('two successes in half-open close it', () => {
    const b = driver();
    for (let i = 0; i < 5; i++) b.fail();
    b.advance(60_000);
    b.ask();
    b.succeed();
    expect(b.state.phase).toBe('half-open');
    b.ask();
    b.succeed();
    expect(b.state.phase).toBe('closed');
    expect(b.state.consecutiveFailures).toBe(0);
    expect(b.transitions.map((t) => `${t.from}>${t.to}`)).toEqual(['closed>open', 'open>half-open', 'half-open>closed']);
  });

  it('a failure in half-open opens it again and restarts the 60 s', () => {
    const b = driver();
    for (let i = 0; i < 5; i++) b.fail();
    b.advance(60_000);
    b.ask();
    b.succeed();
    b.ask();
    b.fail();
    expect(b.state.phase).toBe('open');
    expect(b.state.openedAt).toBe(60_000);
    b.advance(59_000);
    expect(b.ask()).toBe(false);
  });

  it('invariant: never more than 3 admitted calls between leaving open and closing or reopening', () => {
    const op = fc.constantFrom('ask', 'fail', 'succeed', 'wait');
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        const b = driver();
        let admittedInHalfOpen = 0;
        for (const o of ops) {
          const before = b.state.phase;
          if (o === 'ask') {
            const allowed = b.ask();
            if (b.state.phase === 'half-open' && allowed) admittedInHalfOpen++;
            if (before === 'open' && b.state.phase === 'open') expect(allowed).toBe(false);
          } else if (o === 'fail') b.fail();
          else if (o === 'succeed') b.succeed();
          else b.advance(30_000);
          if (b.state.phase !== 'half-open') admittedInHalfOpen = 0;
          expect(admittedInHalfOpen).toBeLessThanOrEqual(DEFAULT_BREAKER.halfOpenMaxTrials);
          expect(b.state.consecutiveFailures).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
});
