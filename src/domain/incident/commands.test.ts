import { describe, expect, it } from 'vitest';
import { STATUSES, TRANSITIONS, findTransition, type Status } from './lifecycle';
import { declareInput, FILLED, incidentHarness, MONITORING_PERIOD_MS } from '@/testing/incident-commands';

/** Walks a fresh incident along the happy path to `target`. */
function incidentIn(target: Status) {
  const h = incidentHarness();
  h.run({ type: 'declare', input: declareInput() });
  const path: Status[] = ['detected', 'investigating', 'identified', 'fixing', 'resolved', 'monitoring', 'closed'];
  for (let i = 1; i <= path.indexOf(target); i++) {
    const from = path[i - 1]!;
    const to = path[i]!;
    if (to === 'closed') h.advance(MONITORING_PERIOD_MS);
    const d = h.run({ type: 'transition', from, to, fields: FILLED });
    if (!d.ok) throw new Error(d.error);
  }
  return h;
}

describe('declare', () => {
  it('creates a detected incident with its roles', () => {
    const h = incidentHarness();
    const d = h.run({ type: 'declare', input: declareInput() });
    expect(d.ok).toBe(true);
    expect(h.incident).toMatchObject({ status: 'detected', severity: 'P1', services: ['checkout'], roles: { commander: 'Ana', commsLead: 'Ben' } });
  });

  it('refuses an empty title', () => {
    const h = incidentHarness();
    expect(h.run({ type: 'declare', input: declareInput({ title: '  ' }) })).toEqual({ ok: false, error: 'A title is required.' });
    expect(h.events).toHaveLength(0);
  });

  it('an override of the classifier needs a reason, and is recorded', () => {
    const h = incidentHarness();
    const classification = { answers: { securityIssue: false }, suggested: 'P2' as const, reason: 'error rate 12 % > 10 %', overrideReason: null };
    const refused = h.run({ type: 'declare', input: declareInput({ severity: 'P1', classification }) });
    expect(refused).toMatchObject({ ok: false, error: expect.stringContaining('suggested P2') });
    h.run({ type: 'declare', input: declareInput({ severity: 'P1', classification: { ...classification, overrideReason: 'VIP customer' } }) });
    expect(h.incident?.classification?.overrideReason).toBe('VIP customer');
  });

  it('records when impact started, never in the future', () => {
    const h = incidentHarness();
    expect(h.run({ type: 'declare', input: declareInput({ impactStartedAt: h.now + 60_000 }) })).toEqual({
      ok: false,
      error: 'The impact cannot start in the future.',
    });
    h.run({ type: 'declare', input: declareInput({ impactStartedAt: h.now - 4 * 60_000 }) });
    expect(h.incident?.impactStartedAt).toBe(h.now - 4 * 60_000);
  });

  it('refuses to declare twice', () => {
    const h = incidentHarness();
    h.run({ type: 'declare', input: declareInput() });
    expect(h.run({ type: 'declare', input: declareInput() }).ok).toBe(false);
  });

  it('refuses anything on an incident that does not exist', () => {
    const h = incidentHarness();
    expect(h.run({ type: 'note', text: 'x' })).toEqual({ ok: false, error: 'Incident INC-0000000A does not exist.' });
  });
});

describe('every transition of the lifecycle', () => {
  const pairs = STATUSES.filter((s) => s !== 'closed').flatMap((from) => STATUSES.map((to) => [from, to] as const));

  it.each(pairs)('%s → %s is allowed exactly when the machine says so', (from, to) => {
    const h = incidentIn(from);
    if (to === 'closed') h.advance(MONITORING_PERIOD_MS);
    const before = h.events.length;
    const d = h.run({ type: 'transition', from, to, fields: FILLED });
    const allowed = findTransition(from, to) !== undefined;
    expect(d.ok).toBe(allowed);
    if (allowed) {
      expect(h.incident?.status).toBe(to);
      expect(h.events).toHaveLength(before + 1);
    } else {
      expect(d).toMatchObject({ ok: false, error: expect.stringMatching(/Cannot go from/) });
      expect(h.incident?.status).toBe(from);
      expect(h.events).toHaveLength(before);
    }
  });

  it.each(STATUSES)('closed → %s is refused: a closed incident does not change', (to) => {
    const h = incidentIn('closed');
    const d = h.run({ type: 'transition', from: 'closed', to, fields: FILLED });
    expect(d).toMatchObject({ ok: false, error: expect.stringContaining('is closed') });
  });

  it.each(TRANSITIONS.map((t) => [t.from, t.to, t.requires[0]!.field] as const))('%s → %s requires %s', (from, to, field) => {
    const h = incidentIn(from);
    if (to === 'closed') h.advance(MONITORING_PERIOD_MS);
    const fields = { ...FILLED, [field]: '  ' };
    const d = h.run({ type: 'transition', from, to, fields });
    expect(d).toMatchObject({ ok: false, error: expect.stringContaining('needs') });
  });

  it('a transition made stale by another tab is refused with a message', () => {
    const h = incidentIn('investigating');
    h.run({ type: 'transition', from: 'investigating', to: 'identified', fields: FILLED });
    const stale = h.run({ type: 'transition', from: 'investigating', to: 'identified', fields: FILLED });
    expect(stale).toMatchObject({ ok: false, error: expect.stringContaining('changed elsewhere') });
    expect(h.events.filter((e) => e.kind === 'status_changed')).toHaveLength(1);
  });

  it('closing before the monitoring period ends needs a reason', () => {
    const h = incidentIn('monitoring');
    const { earlyCloseReason: _, ...fields } = FILLED;
    expect(h.run({ type: 'transition', from: 'monitoring', to: 'closed', fields })).toMatchObject({
      ok: false,
      error: expect.stringContaining('The monitoring period ends in 1 d'),
    });
    expect(h.run({ type: 'transition', from: 'monitoring', to: 'closed', fields: FILLED }).ok).toBe(true);
  });

  it('recurrence goes back to investigating and clears the resolution time', () => {
    const h = incidentIn('monitoring');
    expect(h.incident?.resolvedAt).not.toBeNull();
    h.run({ type: 'transition', from: 'monitoring', to: 'investigating', fields: FILLED });
    expect(h.incident).toMatchObject({ status: 'investigating', resolvedAt: null, monitoringSince: null });
    expect(h.incident?.identifiedAt).not.toBeNull();
  });

  it('records timestamps for MTTA, MTTI and MTTR', () => {
    const h = incidentHarness();
    const t0 = h.now;
    h.run({ type: 'declare', input: declareInput() });
    h.advance(60_000);
    h.run({ type: 'acknowledge', by: 'Ana' });
    h.advance(60_000);
    h.run({ type: 'transition', from: 'investigating', to: 'identified', fields: FILLED });
    expect(h.incident).toMatchObject({ createdAt: t0, acknowledgedAt: t0 + 60_000, identifiedAt: t0 + 120_000, rootCause: FILLED.rootCause });
  });
});

describe('acknowledge', () => {
  it('moves detected to investigating and assigns the responder', () => {
    const h = incidentIn('detected');
    h.run({ type: 'acknowledge', by: 'Chen' });
    expect(h.incident).toMatchObject({ status: 'investigating', acknowledgedBy: 'Chen', roles: { assignee: 'Chen' } });
  });
  it('cannot happen twice', () => {
    const h = incidentIn('investigating');
    expect(h.run({ type: 'acknowledge', by: 'Chen' })).toMatchObject({ ok: false, error: expect.stringContaining('Already acknowledged') });
  });
});

describe('severity, roles, services', () => {
  it('a severity change needs a reason and the current severity', () => {
    const h = incidentIn('investigating');
    expect(h.run({ type: 'change_severity', from: 'P1', to: 'P0', reason: '' }).ok).toBe(false);
    expect(h.run({ type: 'change_severity', from: 'P2', to: 'P0', reason: 'worse' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('changed elsewhere'),
    });
    expect(h.run({ type: 'change_severity', from: 'P1', to: 'P0', reason: 'full outage' }).ok).toBe(true);
    expect(h.incident?.severity).toBe('P0');
  });

  it('assigns every role', () => {
    const h = incidentIn('investigating');
    for (const role of ['commander', 'commsLead', 'assignee', 'scribe'] as const) h.run({ type: 'assign_role', role, person: `${role}-person` });
    expect(h.incident?.roles).toEqual({
      commander: 'commander-person',
      commsLead: 'commsLead-person',
      assignee: 'assignee-person',
      scribe: 'scribe-person',
    });
  });

  it('refuses an unknown role whatever the UI sends', () => {
    const h = incidentIn('investigating');
    expect(h.run({ type: 'assign_role', role: 'king' as never, person: 'x' }).ok).toBe(false);
  });

  it('adds and removes services, refusing duplicates and unknowns', () => {
    const h = incidentIn('investigating');
    expect(h.run({ type: 'add_service', serviceId: 'cart' }).ok).toBe(true);
    expect(h.run({ type: 'add_service', serviceId: 'cart' }).ok).toBe(false);
    expect(h.run({ type: 'remove_service', serviceId: 'checkout' }).ok).toBe(true);
    expect(h.run({ type: 'remove_service', serviceId: 'nope' }).ok).toBe(false);
    expect(h.incident?.services).toEqual(['cart']);
  });
});

describe('timeline entries', () => {
  it('hypotheses open, then are confirmed or refuted with evidence, once', () => {
    const h = incidentIn('investigating');
    h.run({ type: 'open_hypothesis', text: 'Pool too small' });
    const id = h.incident!.hypotheses[0]!.id;
    expect(h.run({ type: 'settle_hypothesis', hypothesisId: id, state: 'confirmed', evidence: '' }).ok).toBe(false);
    expect(h.run({ type: 'settle_hypothesis', hypothesisId: id, state: 'confirmed', evidence: 'pool at 20/20' }).ok).toBe(true);
    expect(h.run({ type: 'settle_hypothesis', hypothesisId: id, state: 'refuted', evidence: 'x' }).ok).toBe(false);
    expect(h.incident?.hypotheses[0]).toMatchObject({ state: 'confirmed', evidence: 'pool at 20/20' });
  });

  it('checklist ticks are events, and unknown items are refused', () => {
    const h = incidentIn('detected');
    expect(h.run({ type: 'tick', itemId: 'triage.channel', done: true }).ok).toBe(true);
    expect(h.incident?.checklist['triage.channel']).toBe(true);
    expect(h.run({ type: 'tick', itemId: 'triage.channel', done: true }).ok).toBe(false);
    expect(h.run({ type: 'tick', itemId: 'nope', done: true }).ok).toBe(false);
  });

  it('a closed incident still takes notes', () => {
    const h = incidentIn('closed');
    expect(h.run({ type: 'note', text: 'postmortem scheduled' }).ok).toBe(true);
    expect(h.run({ type: 'assign_role', role: 'scribe', person: 'x' }).ok).toBe(false);
  });

  it('escalations have deterministic ids and fire once per level', () => {
    const h = incidentIn('detected');
    const d = h.run({ type: 'escalate', level: 1, who: ['on-call'], channels: ['pager'], reason: 'not acknowledged', dueAt: 1 });
    expect(d.ok && d.event.id).toBe('escalated:INC-0000000A:1');
    expect(h.run({ type: 'escalate', level: 1, who: [], channels: [], reason: '', dueAt: 1 }).ok).toBe(false);
  });

  it('a postmortem starts once resolved, and only one', () => {
    expect(incidentIn('fixing').run({ type: 'postmortem_created', postmortemId: 'PM-00000001' }).ok).toBe(false);
    const h = incidentIn('resolved');
    expect(h.run({ type: 'postmortem_created', postmortemId: 'PM-00000001' }).ok).toBe(true);
    expect(h.run({ type: 'postmortem_created', postmortemId: 'PM-00000002' }).ok).toBe(false);
  });
});
