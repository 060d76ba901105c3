import { describe, expect, it } from 'vitest';
import { ACTION_ITEM_ID, createUlidFactory, INCIDENT_ID, newActionItemId, newIncidentId, newPostmortemId, POSTMORTEM_ID } from './ids';

describe('ids', () => {
  it('incident, postmortem and action item ids have the documented shape', () => {
    expect(newIncidentId()).toMatch(INCIDENT_ID);
    expect(newPostmortemId()).toMatch(POSTMORTEM_ID);
    expect(newActionItemId()).toMatch(ACTION_ITEM_ID);
  });

  it('ULIDs are 26 characters and sort by time', () => {
    const make = createUlidFactory();
    const a = make(1_000);
    const b = make(2_000);
    expect(a).toHaveLength(26);
    expect(a < b).toBe(true);
  });

  it('ULIDs made in the same millisecond (or with the clock going back) still sort in creation order', () => {
    const make = createUlidFactory();
    const ids = [make(5_000), make(5_000), make(5_000), make(4_000)];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(4);
  });
});
