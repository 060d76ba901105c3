import { describe, expect, it } from 'vitest';
import { describeEvent, filterTimeline } from './describe-event';
import { declareInput, FILLED, incidentHarness } from '@/testing/incident-commands';

function story() {
  const h = incidentHarness();
  h.run({ type: 'declare', input: declareInput({ title: 'Checkout 500s' }) });
  h.run({ type: 'acknowledge', by: 'Ben' });
  h.run({ type: 'open_hypothesis', text: 'Pool exhausted' });
  h.run({ type: 'settle_hypothesis', hypothesisId: h.incident!.hypotheses[0]!.id, state: 'confirmed', evidence: '20/20 in use' });
  h.run({ type: 'transition', from: 'investigating', to: 'identified', fields: FILLED });
  h.run({ type: 'change_severity', from: 'P1', to: 'P0', reason: 'all payments failing' });
  h.run({ type: 'note', text: 'Paged the DBA' });
  h.run({ type: 'action', text: 'Rolled back', mitigation: 'rollback' });
  h.run({ type: 'tick', itemId: 'mitigation.verify', done: true });
  return h.events;
}

describe('timeline descriptions', () => {
  const events = story();
  const lines = events.map((e) => describeEvent(e, (id) => (id === 'checkout' ? 'Checkout service' : id)));

  it('says what happened in words', () => {
    expect(lines.map((l) => l.headline)).toEqual([
      'Declared: Checkout 500s',
      'Acknowledged by Ben; investigating',
      'Hypothesis: Pool exhausted',
      'Hypothesis confirmed: Pool exhausted',
      'Investigating → Identified',
      'Severity P1 → P0',
      'Note',
      'Action (rollback): Rolled back',
      'Done: Verify the error rate drops',
    ]);
  });

  it('gives the details each kind carries, with service names resolved', () => {
    expect(lines[0]!.details).toContainEqual({ label: 'Services', text: 'Checkout service' });
    expect(lines[3]!.details).toEqual([{ label: 'Evidence', text: '20/20 in use' }]);
    expect(lines[4]!.details).toContainEqual({ label: 'Root cause summary', text: FILLED.rootCause });
    expect(lines[5]!.details).toEqual([{ label: 'Why', text: 'all payments failing' }]);
  });

  it('filters by kind', () => {
    expect(filterTimeline(events, 'notes').map((e) => e.kind)).toEqual(['hypothesis', 'hypothesis', 'note']);
    expect(filterTimeline(events, 'actions').map((e) => e.kind)).toEqual(['action_taken', 'checklist_ticked']);
    expect(filterTimeline(events, 'all')).toHaveLength(events.length);
  });
});
