import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { IncidentCommand } from './commands';
import type { IncidentEvent } from './events';
import { foldEvents } from './incident';
import { findTransition, STATUSES, type Status } from './lifecycle';
import { declareInput, FILLED, incidentHarness } from '@/testing/incident-commands';

const status = fc.constantFrom(...STATUSES);
const command: fc.Arbitrary<IncidentCommand> = fc.oneof(
  fc.record({ type: fc.constant('acknowledge' as const), by: fc.constantFrom('Ana', 'Ben') }),
  fc.record({ type: fc.constant('transition' as const), from: status, to: status, fields: fc.constant(FILLED) }),
  fc.record({
    type: fc.constant('change_severity' as const),
    from: fc.constantFrom('P0', 'P1', 'P2', 'P3'),
    to: fc.constantFrom('P0', 'P1', 'P2', 'P3'),
    reason: fc.constant('r'),
  }),
  fc.record({ type: fc.constant('note' as const), text: fc.string({ minLength: 1 }) }),
  fc.record({ type: fc.constant('add_service' as const), serviceId: fc.constantFrom('cart', 'search', 'checkout') }),
  fc.record({ type: fc.constant('remove_service' as const), serviceId: fc.constantFrom('cart', 'search', 'checkout') }),
  fc.record({ type: fc.constant('open_hypothesis' as const), text: fc.constant('maybe the pool') }),
  fc.record({
    type: fc.constant('escalate' as const),
    level: fc.integer({ min: 1, max: 3 }),
    who: fc.constant<string[]>([]),
    channels: fc.constant<string[]>([]),
    reason: fc.constant('t'),
    dueAt: fc.constant(0),
  }),
);

/** Runs random commands (with random pauses) through decide, as the app would. */
function runCommands(commands: [IncidentCommand, number][]) {
  const h = incidentHarness();
  h.run({ type: 'declare', input: declareInput() });
  for (const [c, pause] of commands) {
    h.advance(pause);
    h.run(c);
  }
  return h;
}

const steps = fc.array(fc.tuple(command, fc.integer({ min: 0, max: 10 * 3_600_000 })), { maxLength: 60 });

function isAllowedStep(from: Status, to: Status) {
  return findTransition(from, to) !== undefined;
}

describe('incident fold (property tests)', () => {
  it('the incident kept while commanding equals the fold of its events', () => {
    fc.assert(
      fc.property(steps, (cmds) => {
        const h = runCommands(cmds);
        expect(foldEvents(h.events)).toEqual({ ...h.incident, ignoredEvents: 0 });
      }),
    );
  });

  it('any order of arrival, with duplicates, folds to the same incident', () => {
    fc.assert(
      fc.property(steps, fc.infiniteStream(fc.nat()), fc.array(fc.nat(), { maxLength: 10 }), (cmds, shuffleSeed, dupIdx) => {
        const h = runCommands(cmds);
        const arrived: IncidentEvent[] = [...h.events, ...dupIdx.map((i) => h.events[i % h.events.length]!)];
        const it = shuffleSeed[Symbol.iterator]();
        for (let i = arrived.length - 1; i > 0; i--) {
          const j = (it.next().value as number) % (i + 1);
          [arrived[i], arrived[j]] = [arrived[j]!, arrived[i]!];
        }
        expect(foldEvents(arrived)).toEqual(foldEvents(h.events));
      }),
    );
  });

  it('no sequence of events, even forged ones, reaches a state by a forbidden step', () => {
    const forged = fc.record({
      id: fc.uuid(),
      incidentId: fc.constant('INC-0000000A'),
      at: fc.integer({ min: 0, max: 1e12 }),
      author: fc.constant('x'),
      kind: fc.constant('status_changed' as const),
      payload: fc.record({ from: status, to: status, message: fc.constant(''), fields: fc.constant({}) }),
    });
    fc.assert(
      fc.property(steps, fc.array(forged, { maxLength: 30 }), (cmds, extra) => {
        const h = runCommands(cmds);
        const folded = foldEvents([...h.events, ...extra]);
        expect(folded).not.toBeNull();
        const path = folded!.path.map((p) => p.status);
        expect(path[0]).toBe('detected');
        for (let i = 1; i < path.length; i++) expect(isAllowedStep(path[i - 1]!, path[i]!)).toBe(true);
        expect(folded!.status).toBe(path.at(-1));
      }),
    );
  });
});
