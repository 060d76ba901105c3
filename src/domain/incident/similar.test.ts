import { describe, expect, it } from 'vitest';
import { similarIncidents, titleSimilarity, titleWords } from './similar';

const inc = (id: string, title: string, services: string[], createdAt = 0, fingerprints?: string[]) => ({
  id,
  title,
  services,
  createdAt,
  fingerprints,
});

describe('title words and similarity', () => {
  it('keeps significant words: lower case, any script, no [demo] tag, no filler', () => {
    expect([...titleWords('[demo] Checkout returning 5xx after deploy')]).toEqual(['checkout', '5xx', 'deploy']);
    expect([...titleWords('Zahlungen fehlgeschlagen: Überlast')]).toEqual(['zahlungen', 'fehlgeschlagen', 'überlast']);
  });

  it('is the Jaccard similarity of those words', () => {
    expect(titleSimilarity('Checkout 5xx after deploy', 'Checkout 5xx spike')).toBeCloseTo(2 / 4);
    expect(titleSimilarity('', 'anything')).toBe(0);
  });
});

describe('similar incidents', () => {
  const target = inc('INC-0000000A', '[demo] Checkout returning 5xx after deploy', ['checkout'], 100, ['PoolTimeoutError']);
  const candidates = [
    target,
    inc('INC-0000000B', 'Search slow', ['search'], 50),
    inc('INC-0000000C', 'Checkout 5xx spike', ['payments-api'], 60),
    inc('INC-0000000D', 'Cart page blank', ['checkout'], 70),
    inc('INC-0000000E', 'Orders failing', ['orders'], 80, ['PoolTimeoutError']),
    inc('INC-0000000F', 'Checkout 5xx after deploy', ['checkout'], 200),
  ];

  it('ranks by fingerprint, then service, then title, with the reasons', () => {
    const found = similarIncidents(target, candidates);
    expect(found.map((s) => s.incident.id)).toEqual(['INC-0000000E', 'INC-0000000D', 'INC-0000000C']);
    expect(found[0]!.reasons).toEqual(['same error fingerprint (PoolTimeoutError)']);
    expect(found[1]!.reasons).toEqual(['same service (checkout)']);
    expect(found[2]!.reasons[0]).toMatch(/^similar title \(50 % of words shared\)$/);
  });

  it('looks back only, unless asked otherwise (a postmortem may link later incidents too)', () => {
    expect(similarIncidents(target, candidates).map((s) => s.incident.id)).not.toContain('INC-0000000F');
    expect(similarIncidents(target, candidates, { onlyEarlier: false })[0]!.incident.id).toBe('INC-0000000F');
  });

  it('never suggests the incident itself, nor unrelated ones', () => {
    expect(similarIncidents(target, [target, inc('INC-0000000B', 'Search slow', ['search'])])).toEqual([]);
  });
});
