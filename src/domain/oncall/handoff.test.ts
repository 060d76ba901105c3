import { describe, expect, it } from 'vitest';
import { declareInput, incidentHarness } from '@/testing/incident-commands';
import { MONDAY, team } from '@/testing/on-call';
import { deadlines } from '../escalation/deadlines';
import { DEFAULT_POLICIES } from '../escalation/policy';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { composeHandoff, handoffIncident, handoffText, incidentsForTeam } from './handoff';

const MIN = 60_000;
const t = team();
const directory = { teams: [t], overrides: [] };

function incident(id: string, input: Parameters<typeof declareInput>[0], at = MONDAY) {
  const h = incidentHarness(id, at);
  h.run({ type: 'declare', input: declareInput(input) });
  return h.incident!;
}

describe('handoff notes', () => {
  const p0 = incident('INC-000000A0', { severity: 'P0', title: 'Checkout down' });
  const p2 = incident('INC-000000A1', { severity: 'P2', title: 'Slow search' }, MONDAY - 60 * MIN);
  const unowned = incident('INC-000000A2', { severity: 'P1', team: '', title: 'Nobody owns this' });
  const payments = incident('INC-000000A3', { severity: 'P0', team: 'Payments' });

  it('hand over the team’s open incidents and unowned ones, worst first', () => {
    expect(incidentsForTeam(t, [p2, payments, unowned, p0]).map((i) => i.id)).toEqual(['INC-000000A0', 'INC-000000A2', 'INC-000000A1']);
  });

  it('freeze each incident’s running clocks in words, nearest first', () => {
    const now = MONDAY + 13 * MIN;
    const h = handoffIncident(p0, deadlines(p0, DEFAULT_POLICIES.P0, directory, now, DEFAULT_SETTINGS));
    expect(h).toMatchObject({ id: 'INC-000000A0', severity: 'P0', status: 'detected', title: 'Checkout down' });
    // No watcher ran in this fixture, so level 1 is still the one owed.
    expect(h.clocks[0]).toBe('Escalation level 1: overdue by 8 min 00 s (on-call engineer: Sam Okafor)');
    expect(h.clocks).toContain('Acknowledgement: due in 2 min 00 s (soon) (on-call engineer: Sam Okafor; secondary on-call: Jon Ruiz)');
    expect(h.clocks).toHaveLength(5);
  });

  it('need an author, and a different person on each side', () => {
    const draft = { team: t, at: MONDAY, author: '', from: 'Sam', to: 'sam ', notes: '', outstanding: '', incidents: [] };
    expect(composeHandoff(draft, 'h1')).toEqual({
      ok: false,
      errors: ['Set your name first (Settings): a handoff is recorded with its author.', 'Hand over to someone else.'],
    });
    expect(composeHandoff({ ...draft, author: 'Sam', to: '' }, 'h1')).toEqual({ ok: false, errors: ['Say who takes over.'] });
  });

  it('read as plain text with UTC times, ready to paste', () => {
    const incidents = [handoffIncident(p0, deadlines(p0, DEFAULT_POLICIES.P0, directory, MONDAY + MIN, DEFAULT_SETTINGS))];
    const result = composeHandoff(
      { team: t, at: MONDAY + MIN, author: 'Sam Okafor', from: ' Sam Okafor ', to: 'Jon Ruiz', notes: 'Watch the pool.', outstanding: '', incidents },
      'h1',
    );
    expect(result.ok).toBe(true);
    const text = handoffText(result.ok ? result.handoff : (null as never));
    expect(text).toContain('On-call handoff — Storefront');
    expect(text).toContain('2026-11-23 09:01 UTC · from Sam Okafor to Jon Ruiz (written by Sam Okafor)');
    expect(text).toContain('- INC-000000A0 P0 Detected: Checkout down');
    expect(text).toContain('    Escalation level 1: due in 4 min 00 s');
    expect(text).toMatch(/Outstanding issues:\n- none\n\nNotes:\nWatch the pool\.$/);
  });
});
