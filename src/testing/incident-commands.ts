// Drives the incident domain the way the app does (decide → event → fold), with a fake clock.
// Shared by unit tests, the demo history and benchmarks.
import { createUlidFactory } from '@/domain/ids';
import { decide, type DeclareInput, type IncidentCommand } from '@/domain/incident/commands';
import type { IncidentEvent } from '@/domain/incident/events';
import { applyEvent, type Incident } from '@/domain/incident/incident';

export const MONITORING_PERIOD_MS = 24 * 3_600_000;

export function declareInput(overrides: Partial<DeclareInput> = {}): DeclareInput {
  return {
    title: 'Checkout returns 500s',
    description: 'Customers cannot pay.',
    severity: 'P1',
    services: ['checkout'],
    team: 'Storefront',
    customerFacing: true,
    commander: 'Ana',
    commsLead: 'Ben',
    classification: null,
    ...overrides,
  };
}

/** An in-memory incident: run commands against it, keep every accepted event. */
export function incidentHarness(incidentId = 'INC-0000000A', start = Date.UTC(2026, 10, 23, 9, 0), author = 'Ana') {
  let now = start;
  let incident: Incident | null = null;
  const events: IncidentEvent[] = [];
  const newId = createUlidFactory();
  return {
    get incident() {
      return incident;
    },
    events,
    advance(ms: number) {
      now += ms;
    },
    get now() {
      return now;
    },
    run(command: IncidentCommand) {
      const decision = decide(incident, command, { now, author, incidentId, newId: () => newId(now), monitoringPeriodMs: MONITORING_PERIOD_MS });
      if (decision.ok) {
        const next = applyEvent(incident, decision.event);
        if (!next) throw new Error(`decide accepted an event the fold refuses: ${decision.event.kind}`);
        incident = next;
        events.push(decision.event);
      }
      return decision;
    },
  };
}

/** The fields each transition requires, filled in. */
export const FILLED: Record<string, string> = {
  responder: 'Ana',
  rootCause: 'Pool size too small after deploy',
  fix: 'Roll back to the previous version',
  resolution: 'Rolled back; 5xx back to 0.1 %',
  verification: 'Watching 5xx and pool saturation',
  closingNote: 'Stable for 24 h',
  recurrence: '5xx spiked again',
  earlyCloseReason: 'Verified by load test',
};
