import { describe, expect, it } from 'vitest';
import { closedIncident, PM_ID } from '@/testing/postmortem-fixtures';
import { makeBundle, validateBundle } from './bundle';
import { newPostmortem } from './postmortem';

function bundle() {
  const h = closedIncident();
  h.run({ type: 'postmortem_created', postmortemId: PM_ID });
  const pm = newPostmortem({ id: PM_ID, incident: h.incident!, events: h.events, now: h.now, author: 'Ana', whyId: 'w' });
  return makeBundle(h.incident!, h.events, pm, h.now);
}

describe('postmortem bundle', () => {
  it('round-trips through JSON and rebuilds the incident from its events', () => {
    const b = bundle();
    const result = validateBundle(JSON.stringify(b));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.bundle.postmortem).toEqual(b.postmortem);
      expect(result.incident).toMatchObject({ id: 'INC-0000000A', status: 'closed', postmortemId: PM_ID });
    }
  });

  it.each([
    ['not JSON', () => '{', /not valid JSON/],
    ['another file', () => JSON.stringify({ format: 'watchfloor-backup' }), /not a Watchfloor postmortem bundle/],
    ['a newer version', () => JSON.stringify({ ...bundle(), version: 9 }), /newer Watchfloor/],
    ['a bad field', () => JSON.stringify({ ...bundle(), postmortem: { ...bundle().postmortem, status: 'shipped' } }), /^postmortem\.status: /],
    [
      'a bad action item id',
      () => {
        const b = bundle();
        return JSON.stringify({ ...b, postmortem: { ...b.postmortem, content: { ...b.postmortem.content, actionItems: [{ id: 'AI-1' }] } } });
      },
      /postmortem\.content\.actionItems\.0\.id: must look like AI-1A2B3C/,
    ],
    [
      'events of another incident',
      () => {
        const b = bundle();
        return JSON.stringify({ ...b, events: [...b.events, { ...b.events[1]!, id: 'other', incidentId: 'INC-0000000F' }] });
      },
      /1 events belong to another incident/,
    ],
    [
      'no postmortem event',
      () => {
        const b = bundle();
        return JSON.stringify({ ...b, events: b.events.filter((e) => e.kind !== 'postmortem_created') });
      },
      /names postmortem \(none\), but the bundle carries PM-0000ABCD/,
    ],
    [
      'no declaration',
      () => {
        const b = bundle();
        return JSON.stringify({ ...b, events: b.events.filter((e) => e.kind !== 'declared') });
      },
      /has no "declared" event/,
    ],
  ])('refuses %s with a clear message', (_name, make, message) => {
    const result = validateBundle(make());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join('\n')).toMatch(message);
  });
});
