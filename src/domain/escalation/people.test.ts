import { describe, expect, it } from 'vitest';
import { DAY, MONDAY, WEEK, override, team } from '@/testing/on-call';
import { describeConcern, incidentRole, resolveWho } from './people';

describe('resolving who a level reaches', () => {
  const t = team();

  it('on-call roles go through the schedule at that moment', () => {
    expect(resolveWho(['on-call engineer', 'secondary on-call'], t, [], MONDAY + DAY)).toEqual([
      { label: 'on-call engineer', people: ['Sam Okafor'], role: true },
      { label: 'secondary on-call', people: ['Jon Ruiz'], role: true },
    ]);
    expect(resolveWho(['On-call engineer'], t, [], MONDAY + WEEK)[0]!.people).toEqual(['Jon Ruiz']);
  });

  it('an override is who gets paged', () => {
    const swap = override({ person: 'Lea Martin', startAt: MONDAY, endAt: MONDAY + 2 * DAY });
    expect(resolveWho(['on-call engineer'], t, [swap], MONDAY + DAY)[0]!.people).toEqual(['Lea Martin']);
  });

  it('other roles go through the team contacts; a role nobody holds stays a role with nobody', () => {
    expect(resolveWho(['team lead', 'CTO', 'engineering manager'], t, [], MONDAY).map((c) => c.people)).toEqual([
      ['Priya Nair'],
      ['Alex Moreau'],
      ['Dana Kim'],
    ]);
    expect(resolveWho(['team lead'], team({ contacts: [] }), [], MONDAY)).toEqual([{ label: 'team lead', people: [], role: true }]);
    expect(resolveWho(['on-call engineer'], undefined, [], MONDAY)).toEqual([{ label: 'on-call engineer', people: [], role: true }]);
  });

  it('anything else is a contact named directly', () => {
    expect(resolveWho(['#payments-war-room'], t, [], MONDAY)).toEqual([{ label: '#payments-war-room', people: ['#payments-war-room'], role: false }]);
  });

  it('describes concerns in words', () => {
    expect(describeConcern({ label: 'team lead', people: ['Priya Nair'], role: true })).toBe('team lead: Priya Nair');
    expect(describeConcern({ label: 'CTO', people: [], role: true })).toBe('CTO: nobody assigned');
    expect(describeConcern({ label: 'ops@example.com', people: ['ops@example.com'], role: false })).toBe('ops@example.com');
    expect(incidentRole('incident commander', ' ')).toEqual({ label: 'incident commander', people: [], role: true });
  });
});
