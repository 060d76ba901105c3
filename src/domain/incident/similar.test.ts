import { describe, expect, it } from 'vitest';
import { similarIncidents, titleSimilarity } from './similar';
import type { Incident } from './incident';
import { declareInput, incidentHarness } from '@/testing/incident-commands';

function inc(id: string, title: string, services: string[], createdAt: number, fingerprints: string[] = []): Incident {
  const h = incidentHarness(id, createdAt);
  h.run({ type: 'declare', input: declareInput({ title, services, fingerprints }) });
  return h.incident!;
}

describe('similar incidents', () => {
  it('title similarity ignores case, punctuation and small words', () => {
    expect(titleSimilarity('Checkout returning 5xx after deploy', 'checkout: 5xx after the deploy!')).toBe(0.75);
    expect(titleSimilarity('a b c', 'Search slow')).toBe(0);
  });

  const target = inc('INC-0000000F', 'Checkout 5xx after deploy', ['checkout'], 10_000);
  const past = [
    inc('INC-00000001', '[demo] Checkout returning 5xx after deploy', ['checkout'], 1_000),
    inc('INC-00000002', 'Search slow', ['search'], 2_000),
    inc('INC-00000003', 'Cart 5xx after deploy', ['cart'], 3_000),
    inc('INC-00000004', 'Checkout 5xx after deploy', ['checkout'], 20_000),
  ];

  it('finds past incidents by service and title, best first, with reasons', () => {
    const found = similarIncidents(target, past);
    expect(found.map((f) => f.incident.id)).toEqual(['INC-00000001', 'INC-00000003']);
    expect(found[0]!.reasons).toEqual(['same service: checkout', 'similar title (75 %)']);
  });

  it('ignores itself and incidents declared after it', () => {
    const found = similarIncidents(target, [...past, target]);
    expect(found.map((f) => f.incident.id)).not.toContain('INC-00000004');
    expect(found.map((f) => f.incident.id)).not.toContain(target.id);
  });

  it('a shared error fingerprint is the strongest signal', () => {
    const printed = inc('INC-0000000E', 'Checkout 5xx after deploy', ['checkout'], 10_000, ['ab12cd34']);
    const search = inc('INC-00000002', 'Search slow', ['search'], 2_000, ['ab12cd34']);
    const found = similarIncidents(printed, [...past.filter((p) => p.id !== search.id), search]);
    expect(found[0]!.incident.id).toBe('INC-00000002');
    expect(found[0]!.reasons).toEqual(['same error fingerprint: ab12cd34']);
  });
});
