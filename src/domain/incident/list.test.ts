import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countBySeverity, DEFAULT_FILTER, filterAndSort, filterFromParams, filterToParams, type IncidentFilter } from './list';
import type { Incident } from './incident';
import { declareInput, FILLED, incidentHarness } from '@/testing/incident-commands';
import type { Severity } from '../severity/levels';

function make(id: string, over: { severity?: Severity; services?: string[]; title?: string; closeIt?: boolean; createdAt?: number; team?: string }) {
  const h = incidentHarness(id, over.createdAt ?? Date.UTC(2026, 10, 1));
  h.run({
    type: 'declare',
    input: declareInput({
      severity: over.severity ?? 'P2',
      services: over.services ?? ['cart'],
      title: over.title ?? 'Something',
      team: over.team ?? 'Storefront',
    }),
  });
  if (over.closeIt) {
    for (const [from, to] of [
      ['detected', 'investigating'],
      ['investigating', 'identified'],
      ['identified', 'fixing'],
      ['fixing', 'resolved'],
      ['resolved', 'monitoring'],
      ['monitoring', 'closed'],
    ] as const) {
      h.run({ type: 'transition', from, to, fields: FILLED });
    }
  }
  return h.incident as Incident;
}

const incidents = [
  make('INC-00000001', { severity: 'P0', services: ['checkout'], title: 'Checkout down', createdAt: 1_000 }),
  make('INC-00000002', { severity: 'P2', services: ['search'], title: 'Search slow', createdAt: 2_000, team: 'Platform' }),
  make('INC-00000003', { severity: 'P1', services: ['checkout', 'cart'], title: 'Cart errors', createdAt: 3_000, closeIt: true }),
  make('INC-00000004', { severity: 'P0', services: ['auth'], title: 'Sign-in outage', createdAt: 4_000 }),
];

const ids = (list: Incident[]) => list.map((i) => i.id.slice(-1));

describe('incident list', () => {
  it('shows open incidents, newest first, by default', () => {
    expect(ids(filterAndSort(incidents, DEFAULT_FILTER, 'newest'))).toEqual(['4', '2', '1']);
  });

  it('filters closed, by status, severity, service, team and text', () => {
    const f = (patch: Partial<IncidentFilter>) => ids(filterAndSort(incidents, { ...DEFAULT_FILTER, state: 'all', ...patch }, 'oldest'));
    expect(f({ state: 'closed' })).toEqual(['3']);
    expect(f({ status: 'detected' })).toEqual(['1', '2', '4']);
    expect(f({ severity: 'P0' })).toEqual(['1', '4']);
    expect(f({ service: 'checkout' })).toEqual(['1', '3']);
    expect(f({ team: 'Platform' })).toEqual(['2']);
    expect(f({ text: 'CHECKOUT down' })).toEqual(['1']);
    expect(f({ text: 'INC-00000004' })).toEqual(['4']);
  });

  it('sorts by severity, oldest first within a severity', () => {
    expect(ids(filterAndSort(incidents, { ...DEFAULT_FILTER, state: 'all' }, 'severity'))).toEqual(['1', '4', '3', '2']);
  });

  it('counts per severity ignore the severity filter but honour the others', () => {
    expect(countBySeverity(incidents, { ...DEFAULT_FILTER, severity: 'P0' })).toEqual({ P0: 2, P1: 0, P2: 1, P3: 0 });
    expect(countBySeverity(incidents, { ...DEFAULT_FILTER, state: 'all' })).toEqual({ P0: 2, P1: 1, P2: 1, P3: 0 });
  });

  it('a filter survives a round trip through the URL', () => {
    const arb = fc.record({
      state: fc.constantFrom('open', 'closed', 'all'),
      status: fc.constantFrom(null, 'detected', 'closed'),
      severity: fc.constantFrom(null, 'P0', 'P3'),
      service: fc.constantFrom(null, 'cart'),
      team: fc.constantFrom(null, 'Payments'),
      text: fc.string(),
    }) as fc.Arbitrary<IncidentFilter>;
    fc.assert(
      fc.property(arb, fc.constantFrom('newest', 'oldest', 'severity'), (filter, sort) => {
        expect(filterFromParams(filterToParams(filter, sort))).toEqual({ filter, sort });
      }),
    );
  });

  it('unknown URL values fall back to defaults', () => {
    expect(filterFromParams(new URLSearchParams('state=weird&severity=P9&status=nope&sort=x'))).toEqual({ filter: DEFAULT_FILTER, sort: 'newest' });
  });
});
