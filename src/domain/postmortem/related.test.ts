import { describe, expect, it } from 'vitest';
import { suggestRelated, titleSimilarity, titleWords } from './related';

const inc = (id: string, title: string, services: string[], createdAt = 0, fingerprints?: string[]) => ({
  id,
  title,
  services,
  createdAt,
  fingerprints,
});

describe('related incident suggestions', () => {
  const target = inc('INC-0000000A', '[demo] Checkout returning 5xx after deploy', ['checkout'], 100, ['PoolTimeoutError']);

  it('compares titles by their significant words', () => {
    expect([...titleWords('[demo] Checkout returning 5xx after deploy')]).toEqual(['checkout', '5xx', 'deploy']);
    expect(titleSimilarity('Checkout 5xx after deploy', 'Checkout 5xx spike')).toBeCloseTo(2 / 4);
    expect(titleSimilarity('', 'anything')).toBe(0);
  });

  it('suggests by fingerprint, service and title, strongest first, with the reasons', () => {
    const list = suggestRelated(target, [
      target,
      inc('INC-0000000B', 'Search slow', ['search'], 50),
      inc('INC-0000000C', 'Checkout 5xx spike', ['payments-api'], 60),
      inc('INC-0000000D', 'Cart page blank', ['checkout'], 70),
      inc('INC-0000000E', 'Orders failing', ['orders'], 80, ['PoolTimeoutError']),
    ]);
    expect(list.map((s) => s.incidentId)).toEqual(['INC-0000000E', 'INC-0000000D', 'INC-0000000C']);
    expect(list[0]!.reasons).toEqual(['same error fingerprint (PoolTimeoutError)']);
    expect(list[1]!.reasons).toEqual(['same service (checkout)']);
    expect(list[2]!.reasons[0]).toMatch(/^similar title \(\d+ % of words shared\)$/);
  });

  it('never suggests the incident itself, nor unrelated ones', () => {
    expect(suggestRelated(target, [target, inc('INC-0000000B', 'Search slow', ['search'])])).toEqual([]);
  });
});
