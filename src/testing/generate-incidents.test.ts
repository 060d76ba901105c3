import { describe, expect, it } from 'vitest';
import { foldEvents } from '@/domain/incident/incident';
import { generateIncidentHistory, generateLongIncident } from './generate-incidents';

describe('incident history generator', () => {
  const now = Date.UTC(2026, 10, 23);
  const { events, incidents } = generateIncidentHistory({ count: 200, now, seed: 7 });

  it('makes the asked number of incidents, about 20 events each, all valid', () => {
    expect(incidents).toHaveLength(200);
    expect(events.length / 200).toBeGreaterThan(15);
    expect(events.length / 200).toBeLessThan(25);
    expect(incidents.every((i) => i.ignoredEvents === 0)).toBe(true);
  });

  it('is deterministic from its seed', () => {
    const again = generateIncidentHistory({ count: 200, now, seed: 7 });
    expect(again.incidents.map((i) => [i.id, i.status, i.createdAt])).toEqual(incidents.map((i) => [i.id, i.status, i.createdAt]));
  });

  it('folds back to the same incidents', () => {
    const first = incidents[3]!;
    expect(foldEvents(events.filter((e) => e.incidentId === first.id))).toEqual(first);
  });

  it('leaves most closed and spreads severities', () => {
    expect(incidents.filter((i) => i.status === 'closed').length).toBeGreaterThan(180);
    expect(new Set(incidents.map((i) => i.severity)).size).toBe(4);
  });

  it('a long incident has exactly the asked number of events', () => {
    expect(generateLongIncident(5_000, now)).toHaveLength(5_000);
  });
});
